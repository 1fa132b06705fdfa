// Danger told in plain words, with no cry, weapon or "danger" named, in Vietnamese (with and
// without marks) and Tagalog (Taglish, some Bisaya): someone lying still who will not wake when
// shaken, a saw cut soaking through and "bandage it and keep working" (`injury` and `delay`), a
// machine turned over with someone pinned under it who has gone silent (`unresponsive`), a gas or
// ammonia leak, a fire with the exit chained, a pregnant woman in pain told to wait till tomorrow,
// "he'll teach you a lesson tonight" and "you're done for" (`kill`), a video to be sent home, being
// made to go to a hotel with the boss's friend or someone coming into one's room while one sleeps
// (`hit`), being packed off with the passport taken or driven who knows where (`vehicle`,
// `unknown`, `held`), "I'll just go for good, nobody needs me" (`goodbye` and `farewell`), slurred
// speech in the heat and "keep him working", being chased once Tagalog's "hahabulin" is no longer
// read as laughter. Beside them, what stays no danger: burnt bread and smoke cleared by opening a
// window, a boss's joke everyone laughed at, a kitchen knife all day, missing one's child "to
// death", an escape told once one is settled, a grease flare that did no harm, a fire or a locked
// gate asked about as a rule, a film, work that is "a massacre" for the orders, a house "like a
// prison", a mother who had a stroke and is stable now, a gun kept for hunting. Each line is one
// a person could send; none is taken from the evaluation sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

describe('Vietnamese: danger in plain words, and what only looks like it', () => {
  expectDanger(
    'vi',
    [
      // lying still, not waking when shaken; pinned under a machine and gone silent; a beating and then stillness
      'anh Tâm té từ giàn giáo, nằm im lay không tỉnh',
      'xe cày bị lật, chú Bình bị đè ở dưới, giờ im luôn rồi',
      'tụi nó đè anh Tuấn ra đánh, giờ nằm im luôn',
      // a deep cut soaking through and "back to work"; a pregnant woman told to wait till tomorrow
      'máy ép cắt vào đùi chị Lan, máu thấm hết quần, quản lý bảo băng lại rồi làm tiếp',
      'vợ anh Hải bầu 7 tháng đau bụng quá, chủ bảo đợi mai',
      // a gas leak; a fire where one lives with people inside
      'xưởng bị rò khí amoniac, mấy người ho sặc sụa',
      'cháy ở trailer rồi, còn người ở trong',
      // a threat to teach a lesson, a video to be sent home
      'ông chủ nói tối nay sẽ dạy cho em một bài học, giờ ổng đang say dưới nhà',
      'nó nói sẽ gửi clip của em về cho gia đình nếu tối nay em không đi khách',
      // no longer wanting to live, razor blades bought; going for good, nobody needs me; pills by the pack
      'em ko còn muốn sống nữa, đã mua dao lam rồi',
      'chac em di luon day, khong ai can em nua',
      'em mới uống hết 3 vỉ thuốc ngủ',
    ],
    [
      'bánh mì bị khét, khói đầy bếp, mở cửa sổ là hết khói rồi',
      'bà chủ hay nói đùa là làm chậm tao giết, cả tiệm cười',
      'em làm bếp cầm dao cả ngày, có cần găng tay chống cắt không?',
      'nhớ con muốn chết, bao giờ được nghỉ phép về thăm?',
      'hồi 2021 em bị chủ cũ nhốt, giờ em thoát ra rồi, ổn định rồi, làm giấy tờ gì?',
      'nấu ăn lửa bùng lên tí xíu mà không sao',
      'nếu nhà trọ bị cháy thì chủ nhà có phải bồi thường không',
      'coi phim Hàn thấy chồng nhốt vợ trong nhà, sợ ghê',
      'đây là 1 bài học cho em, lần sau làm cẩn thận hơn',
      'chủ trọ khóa cổng sau 10h tối, ai về trễ phải gọi, vậy có được không',
    ],
  );
});

describe('Tagalog: danger in plain words, and what only looks like it', () => {
  expectDanger(
    'tl',
    [
      // slurred speech in the heat and kept working; gushing blood and "back to the line"
      'si kuya Ben nagsasalita ng di maintindihan sa init, pinapatuloy pa rin sya ng foreman sa bubong',
      'bumubulwak ang dugo sa braso ni Jun, sabi ng lead balik daw sa line',
      'yung kasama ko uminom ng pesticide, bumubula ang bibig nya',
      // made to go to a hotel; someone in one's room while one sleeps, coming back tonight
      'pinipilit ako ni sir sumama sa kaibigan nya sa hotel ngayong gabi',
      'kagabi pumasok sya sa kwarto ko habang tulog ako, babalik daw sya mamaya, takot ako',
      // taken off who knows where (also in Bisaya)
      'gidala siya sa usa ka lalaki, wala mi kahibalo asa',
      'nasa kotse nila ako, di namin alam san kami papunta',
      // "you're done for", buried, chased
      'text nya mamaya daw pagdating nya tapos na ko',
      "sabi ng asawa ni ma'am ililibing daw nya kami dito",
      'kuya hawak nya yung itak, hahabulin daw ako pag lumabas ako',
      // a crushed foot and "ice it, come in tomorrow"; an ammonia leak
      'naipit ng forklift yung paa ko, durog ang paa, sabi ni boss yelo lang daw tas pasok pa rin bukas',
      'may ammonia leak sa warehouse, hirap na kami',
    ],
    [
      'patayan sa trabaho ngayon sa dami ng orders, pero ok lang',
      'ang sikip ng bahay namin, parang kulungan, 12 kami sa isang kwarto',
      'pag may sunog sa staff house, sino ang responsable sa mga gamit namin?',
      'sa meat plant kutsilyo hawak ko buong araw, libre ba ang cut gloves?',
      'nilolock nila ang gate pag gabi, bawal lumabas after 10, ok lang ba yun?',
      'napanood namin sa teleserye na binubugbog yung katulong, may ganun ba dito?',
      'si nanay na stroke sa Batangas pero stable na at binabantayan ng kapatid ko',
      'may baril ang amo ko pang hunting, nakatago lang sa cabinet, normal ba yun?',
      'tapos na ko sa training, kailan ang unang sahod?',
      'yung pinsan ko sa Dubai kinukulong daw ng amo nya, pwede nyo ba sya tulungan kahit wala sa Canada?',
    ],
  );
});
