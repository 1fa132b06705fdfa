// Words of one's own for the concepts widened in Ukrainian, Vietnamese, Chinese and Thai (native
// script and Latin letters, with and without tone marks, Cantonese forms): for each language,
// lines that must be danger and near misses that must not be. Each line is one a person could
// send; none is taken from the evaluation sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

// Flags: a child poisoned and vomiting (Latin letters too), a gate chained, a phone hidden while he
// sleeps, a head broken open and "not finished yet", photographed for hours, taken by strangers, a
// smell of burning, driven who knows where.
describe('Ukrainian: own words for the concepts widened', () => {
  expectDanger(
    'uk',
    [
      'malyi vypyv zasib dlia posudu, bliuie i plache, mamy nema',
      'Донька отруїлася якимись таблетками, блює, я сама вдома',
      'нас тут восьмеро, ворота на ланцюгу, бригадир зараз пяний ходить по двору',
      'пишу поки він спить, телефон я сховала, нас не випускають з будинку',
      'цей телефон я сховала від нього, він замкнув нас у бараці',
      'vin rozbyv meni holovu, krov teche, kazhe shcho shche ne zakinchyv',
      'якийсь чоловік вже 2 години стоїть біля гуртожитку і фоткає мене',
      'мою подругу забрали двоє невідомі біля магазину, вона не відповідає',
      'з кухні тягне горілим, сусід не відповідає і двері закриті',
      'нас везуть хз куди, телефони забрали, допоможіть',
    ],
    // Leaves alone: a series about kidnapping with laughter, a hunting gun, war at home with the
    // parents in the shelter, "writes to me" at night, not let go until a debt is paid, wildfire
    // smoke, food poisoning last week.
    [
      'дивилась серіал про викрадення, тепер боюсь спати 😂',
      'брат їздить на полювання, чи можна тримати рушницю в гуртожитку?',
      'в Україні знову обстріли, але батьки в укритті, з ними все добре',
      'brygadyr pyshe meni vnochi pro hrafik zmin, tse normalno?',
      'kazhe ne vidpustyt poky ne vyplachu za kvytok, tse zakonno?',
      'лісові пожежі поруч, все в диму, чи можна не працювати надворі?',
      'отруївся шаурмою минулого тижня, чи оплачують лікарняний?',
    ],
  );
});

// Flags: threatened with a knife or a gun, burned with a cigarette, hurting oneself, "it all ends
// tonight" with the means at hand, a room of people dizzy with one who does not wake, made to see
// clients and slapped.
describe('Vietnamese: own words for the concepts widened', () => {
  expectDanger(
    'vi',
    [
      'ông chủ đe dọa em bằng súng, giờ ổng đang đứng ngoài cửa',
      'chong e doa chem e, dang cam rua ngoai san',
      'bà chủ dí thuốc lá vào tay con em, nó khóc quá',
      'em muốn làm đau bản thân, không chịu nổi nữa rồi',
      'e da mua thuoc ngu, dem nay la het',
      'cả phòng ai cũng chóng mặt buồn nôn, có mùi lạ, 1 người không dậy',
      'tối nay nó ép em đi khách, em nói không thì nó tát em',
      'em tu lam dau minh roi, mau chay nhieu lam',
    ],
    // Leaves alone: a knife taken fishing, paperwork that "makes one want to die", a hunting gun
    // with a permit, the shift over tonight, a threat long past, a film with laughter.
    [
      'đi câu cá cuối tuần có được mang dao theo không?',
      'hồ sơ thuế làm em muốn chết luôn, khai sao vậy chị',
      'bạn em đi săn, súng có giấy phép, để trong nhà được không?',
      'tối nay là xong ca, mai em nghỉ',
      'năm ngoái chủ cũ dọa đánh em, giờ em đổi chỗ rồi',
      'xem phim về bắt cóc xong sợ quá kk',
    ],
  );
});

// Flags: all the lights turned off (Cantonese) with someone come, watched all the time, a friend's
// emergency call made for her, writing in secret, a knife pointed, taken away at night to a place
// not known, the pills made ready, someone on duty at night.
describe('Chinese: own words for the concepts widened', () => {
  expectDanger(
    'zh',
    [
      '我熄晒灯躲喺房 佢嚟咗',
      '他来了 我把灯都关了 不敢出声',
      '老板天天盯着我们 现在他在门口',
      '如果我姐出事了 我可以替她打911吗 她不会英文',
      '我偷偷给你们发信息 老板现在在楼下',
      '他拿刀指着我 现在在客厅',
      '中介半夜把我们从宿舍带走 现在在一个不认识的房子 护照也被拿了',
      '安眠药我都准备好了 以后不会再麻烦大家了',
      '你们晚上有人值班吗 如果出事了能马上回吗',
    ],
    // Leaves alone: family told they worry for nothing, "he did not hit anyone", a path to papers
    // cut, watched at work, "is this trafficking?" once safe, knives at the meat plant.
    [
      '家里人说加拿大很危险 我说你们想多了 这边挺好的',
      '他没有打人 只是骂人扣钱 这算职场霸凌吗',
      '换工作的话 我的PR路径会不会断了',
      '老板天天盯着我们干活 上厕所都要报告 合法吗',
      '朋友被中介骗来做工 这是不是拐卖？不过她现在已经安全了',
      '我们是肉厂的 每天都拿刀 切到手有工伤吗',
    ],
  );
});

// Flags: smothered with a pillow and hardly breathing, a car following since somewhere, under the
// bed with "do not call", an emergency at night and which number, this line helping at once, a
// smell of gas (romanized).
describe('Thai: own words for the concepts widened', () => {
  expectDanger(
    'th',
    [
      'มันเอาหมอนอุดหน้าหนู ตอนนี้หายใจไม่ค่อยออก',
      'มีรถตามหนูมาตั้งแต่ออกจากร้าน ตอนนี้จอดอยู่หน้าบ้าน',
      'หนูอยู่ใต้เตียง เขาอยู่ในห้อง อย่าโทรมา',
      'ถ้ามีเหตุฉุกเฉินตอนดึกต้องโทรหาใคร มีคนพูดไทยไหม',
      'ฉุกเฉินค่ะ ทางนี้ช่วยได้เลยไหม',
      'แฟนเอาหมอนกดหน้าลูก ตอนนี้ลูกหายใจแทบไม่ออก',
      'ถ้าเกิดอะไรขึ้นกลางคืน โทรเบอร์ไหนได้บ้าง',
      'ผู้ชายคนนั้นขับตามมาตั้งแต่ตลาด ตอนนี้ยืนอยู่หน้าห้องหนู',
      'glin gas rang mak nai hong, puen ajian laew',
    ],
    // Leaves alone: a door locked at night asked as a rule, a kidnapping film with laughter, a
    // knife taken fishing, "do not call" at work, แต่อยู่ (holding ต่อย), กัน typed gun, ที่ฉัน
    // typed tee chan.
    [
      'นายจ้างล็อกประตูตอนกลางคืน เขาทำแบบนี้ได้เหรอ',
      'ดูหนังเรื่องลักพาตัว กลัวจนนอนไม่หลับ 555',
      'เพื่อนไปตกปลา เอามีดไปได้ไหม',
      'อย่าโทรมาตอนทำงานนะ พิมพ์อย่างเดียว ถามเรื่องค่าจ้าง',
      'โดนไล่ออกจากบ้านพัก แต่อยู่ได้อีกสองวัน ต้องทำยังไง',
      'puak rao 5 kon yak pai rong rian prom gun dai mai',
      'khun yai tee chan doo lae jai dee mak, tham ngan tee nee dai mai',
    ],
  );
});
