// t70a (20 danger and 10 harmless-but-scary lines a language, topic lines and first messages) was
// written by people shown only the situations and the languages and scored before anyone read it:
// 260 of 280 danger lines flagged, 17 asked, 3 missed, 13 of 560 harmless lines alarmed, at f3aa4396
// and again after t68a had been worked from (7f1925cd, 4c02150c, 1c6cd4a7: unchanged). Read since.
// What it missed or only asked about, and its false alarms, in every language it showed them, and
// the same meaning in others. Own lines.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachLeftAlone, eachNeither } from './expectDanger.ts';

describe('t70a: asked or missed before, danger now', () => {
  eachFlaggedByLists('someone who comes into the room at night, now at the door', [
    "the manager comes into my room every night and now hes standing at the door and im alone",
    "el mudeer yedish ghurfti kil lail w al7een hu wa9if 3ind el bab",
  ]);
  eachFlaggedByLists('a threat to bury, watched now; rooms searched for phones now', [
    "li jabni hna kay9ol ghadi ydfenni ila hrbt, w daba wa9ef kaychouf fia",
    "yo di moun ki pale ak lapolis la ap peye sa, kounye a y ap fouye chanm yo youn pa youn",
  ]);
  eachFlaggedByLists('a child kept until one pays; taken tonight; a man outside all day to take her after work', [
    "They've got my daughter at the house and said she stays with them till I pay",
    "老板拿我女儿威胁，说今晚就把她带走，她才十四岁",
    "有个男的在按摩店外面站了一整天，他说下班就带我走",
  ]);
  eachFlaggedByLists('moved tonight to a place nobody knows, papers kept', [
    "la patronne dit qu'on part cette nuit pour une autre ferme, elle a gardé nos papiers, je connais personne là-bas",
  ]);
  eachFlaggedByLists('a dose asked with the means at hand; the easiest way without pain', [
    "c'est quoi la dose de pilules pour dormir qui est dangereuse? j'en ai une boîte pleine",
    "想问一下泰诺一次吃多少会死",
    "ما عاد فيني كمّل، شو أسهل طريقة الواحد يخلص فيها من غير وجع؟",
  ]);
  eachFlaggedByLists('goodbyes with last words for family, a bridge, a rope, tomorrow not here', [
    "मम्मी पापा को बोल देना मैं उनसे बहुत प्यार करती थी। अलविदा",
    "bebe nu keh dena main ohna nu bahut pyar karda si. alvida",
    "main bridge te khada aa. sorry sab nu",
    "Naglagay na ako ng lubid sa kwarto ko. Hindi ko alam bakit pa ako nagme-message dito.",
    "So queria agradecer. Amanha ja nao vou estar ca. Adeus a todos.",
    "请问怎么把我的钱都转给家里人，以后我用不上了",
  ]);
  eachFlaggedByLists('a bite bleeding with the doctor refused; eyes burned, blind, "rinse and keep working"', [
    "con chó cắn bạn em rách chân, máu nhiều lắm, ổng không cho đi bác sĩ",
    "眼睛被清洁剂溅到了，什么都看不见，领班说冲一下继续干",
  ]);
  eachFlaggedByLists('shut in since a weekday', [
    "on est enfermés dans l'entrepôt depuis vendredi, ils apportent à manger une fois par jour",
    "we are locked in the trailer since friday",
  ]);
  eachFlaggedByLists('forced to sleep with him, he is here in the house', [
    "me esta obligando a acostarme con el, dice q si no lo hago me deporta. esta aqui en la casa",
  ]);
});

describe('t70a: what is no danger', () => {
  eachLeftAlone('a quarrel, a kitchen, the past in another country, a question supposed', [
    "el boss tarradni men el sakan 3ashan et5ana2t ma3ah, fi shelter 2orayeb?",
    "نشتغل في مطبخ مطعم على الفرن والنار طول الليل، كل كم ساعة يحق لي استراحة؟",
    "en mi pais unos pandilleros me amenazaron de muerte, por eso me vine",
    "अगर किसी को कमरे में बंद करके रखा जाए तो वो किस कानून में आता है? बस जानना था",
    "ปีที่แล้วโดนหัวหน้าตบหน้า ตอนนี้ย้ายฟาร์มแล้ว ยังแจ้งได้อยู่ไหมครับ",
    "Dalawang taon na nung kinuha ng recruiter ang passport ko at kinulong kami, pero nakatakas na ako",
    "Nếu một người bị chủ khóa cửa nhốt trong nhà thì sẽ xử lý thế nào? Em chỉ hỏi để biết.",
    "năm ngoái ở chỗ cũ có lần chủ cầm dao dọa em, giờ em qua chỗ khác rồi",
    "我同乡以前在台湾被关过三个月，现在过得还好",
    "me dijeron que hay un permiso para las victimas de trata, yo creo que me paso eso, como se pide y cuanto tarda",
    "trabajo sola con el en la casa, no tengo opcion, es legal?",
    "what is the safe dose of tylenol for a headache at work",
    "quelle dose de doliprane pour un mal de dos?",
  ]);
  eachNeither('a trade\'s stove and knives, a boss who rages', [
    "我做烧腊的，每天对着火炉和刀，被烫到是常事，这个算工伤吗",
    "老板天天骂人摔东西，工资拖了两个月还没发",
  ]);
});
