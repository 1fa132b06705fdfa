// t66a, written by people shown only the situations and the languages, was scored at 2d55604d
// before anyone read it (257 of 280 danger lines flagged, 11 asked, 12 missed; 8 false alarms of
// 560). Its writers put: a guard at the gate who lets nobody out, told after a question about
// late pay (Gulf Arabic), "di foreman a lick mi bredda wid a pipe right now" (Jamaican), the boss
// coming with his henchmen (pt), someone watching the house day and night, a head split open and
// "no need for the hospital" (Thai in Latin letters), the rope brought and "tonight's the night"
// (th), a knife held by the madam's husband in the kitchen (tl: the kitchen's knives were read as
// a cook's tools), the insecticide bottle and "I just want to end it" (vi without marks), locked
// from outside with bars on the window (zh), how many blood-pressure pills to sleep and not get up
// (Levantine), a child burned by hot water with the doctor refused (Darija), on the bridge "I'll
// probably jump", a daughter taken in a car to nobody knows where (ne), a man in a car watching
// for hours, a rope and "bye everyone" (pa), cutting one's arm again tonight, a goodbye to the
// family on Facebook, "this is the last" (tl: Facebook read as the news), a son moved nobody says
// where (uk Latin), locked in since yesterday with the keys taken (uk), a tractor over a leg and
// "wait till the shift is over" (vi). And harmless lines: "just shoot me now" of a schedule, "this
// work will kill me" (ne th), a slap last month "that hasn't happened again" (en fr hi tl vi),
// "she doesn't hurt me" (tl), killing chickens at a slaughterhouse (zh). Own lines.
import { describe } from 'vitest';
import { eachFlagged, eachNeither, eachNeitherByLists } from './expectDanger.ts';

describe('t66a\'s danger in other words, own lines', () => {
  eachFlagged('kept in, beaten now, threatened, hurt with care refused, taken, wanting to die', [
    "فيه حارس عند البوابة ما يخلي أحد يطلع، وأخذوا جوالاتنا",
    "di boss a lick mi friend wid a pipe right now, nobody stopping him",
    "o patrao ta vindo pra ca com os capanga dele, descobriu que eu denunciei",
    "hua taek leuat ok yer, hua na bok mai tong pai rong payaban",
    "เอาเชือกมาแล้ว คืนนี้แหละ",
    "may hawak na kutsilyo si sir at sinisigawan kami sa kusina ngayon",
    "e lay chai thuoc tru sau roi, chi muon ket thuc thoi",
    "门从外面锁了，我出不去，窗户也有铁栏",
    "kam 7abbeye men dawa el daght lazem ta2kholha 7atta ma t2oum",
    "wa7ed men drari sghar t7ra9 b lma skhoun w ma bghawch y3ytou l tbib",
    "म पुलमा छु, हाम फाल्छु होला",
    "मेरो छोरालाई साहुको साथीले कारमा लगे, कहाँ लगे थाहा छैन",
    "ik banda car ch baitha mainu dekh reha ghante ton, boss da banda aa",
    "rassi le aaya haan, sab nu bye",
    "naghiwa ako sa braso ko ngayong gabi, mas malalim ngayon",
    "nagpaalam na ako sa pamilya ko sa facebook, ito na ang huli",
    "donka ne povernulas z roboty, hazyayin kazhe shcho yiyi perevezly, ne kazhe kudy",
    "у мене забрали ключі, я зачинена в кімнаті з учора",
    "nguoi bi may keo can qua chan, chu noi doi het ca moi cho di",
  ]);
});

describe('what is no danger beside them (t66a), own lines', () => {
  eachNeither('a figure, a blow in the past that has not happened again, a slaughterhouse, a post seen', [
    "यो कामले त मलाई मार्छ, overtime कति हुन्छ?",
    "งานนี้ฆ่าฉันแน่ๆ เหนื่อยมาก",
    "sinampal ako ng amo ko noong isang buwan, hindi na naulit, ano pwede kong gawin?",
    "sumisigaw si ma'am araw araw pero di naman niya ako sinasaktan",
    "my supervisor shoved me last week, it hasn't happened again but i'm nervous, what are my options?",
    "mon boss m'a bouscule la semaine passee, ca ne s'est pas reproduit, je peux porter plainte?",
    "tháng trước chủ tát em, chưa bị lại, em có thể khiếu nại không?",
    "nakita ko sa fb na may nagpaalam sa pamilya nya, nakakalungkot",
  ]);
  eachNeitherByLists('"just shoot me now" of a schedule (the learned signal may ask)', [
    "just shoot me now, they moved my shift again",
  ]);
  // Blood on the gloves at a slaughterhouse: the lists read the work's own routine; the learned
  // signal, retrained with t77a and t80a, reads it at 0.70 beside a matter and asks (ADR 0014).
  eachNeitherByLists('a slaughterhouse, by the lists (the learned signal may ask)', ["我在屠宰场上班，每天杀几百只鸭，手套都是血，能多休息吗"]);
});
