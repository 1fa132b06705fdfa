// t63a, written by people shown only the situations and the languages, was scored before anyone
// read it (261 of 280 danger lines flagged, 14 asked, 5 missed; 10 false alarms of 560). Its
// writers put wanting to die as a practical question again — one's last pay to one's mother with
// "I won't be here tomorrow", a noose or pills ready with a letter and "I just want someone to
// know", how many sleeping pills "would be enough" — and care refused in plain words: a chemical in
// the eye and "keep working", a fall and "wait till tomorrow", a foot crushed and "the doctor
// tomorrow", a man fallen into a pit who does not answer and "don't call anyone"; someone coming
// into one's child's room at night, now; men watching the room or the house for hours, a car that
// followed from the farm parked in front. And harmless lines read as danger by a word inside
// another: a knife's word inside "holding" (ar ماسكين), "hit" (because, Darija), "end me" (at the
// end, Hinglish), "enlève le loyer" (takes the rent off the pay). Own lines, in other words than
// the batch's where the words allow; the batch itself is in dev.
import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone, eachNeither, eachNeitherByLists } from './expectDanger.ts';

describe('t63a\'s danger in other words, own lines', () => {
  eachFlagged('wanting to die told as one\'s last pay, a letter, a rope or a dose', [
    "est-ce que ma derniere paye ira a ma mere? je pense pas que je serai la demain soir",
    "meri bakaya tankhah ghar bhej dena, kal tak main nahi rehna",
    "lương tháng này gửi về cho mẹ em nha, em ko còn ở đây lâu nữa đâu",
    "a quien le dejo mi ultimo cheque, ya no aguanto mas esto",
    "rassi ka फंदा तैयार है, बस माँ से एक बार बात करनी थी",
    "вже все готово, таблетки і лист на столі",
    "شريت الحبوب وكتبت رسالة لأهلي، حبيت حدا يعرف بس",
    "uong bao nhieu vien thuoc ngu thi du",
  ]);
  eachFlagged('hurt, and told to keep working, to wait, or not to call', [
    "aankh me chemical chala gaya hai, kuch dikh nahi raha aur manager bolta kaam karte raho",
    "khouya t7 f lbir w ma kayjawbch, lpatron gal ma t3eytouch 3la l ambulance",
    "me cai de la escalera, no siento la pierna y el capataz dice que espere hasta mañana",
    "natapakan ng forklift yung paa ng kasama ko, durog na, bukas na lang daw sa doktor sabi ni boss",
  ]);
  eachFlagged('someone in one\'s child\'s room at night, now; watched, followed to the door', [
    "my girl is 12 and her uncle keeps coming into her room at night, he's here right now",
    "ghar de bahar do bande khade ne, mere kamre wal dekhi jande ne",
    "มีรถขับตามมาตั้งแต่ออกจากฟาร์ม ตอนนี้จอดอยู่หน้าบ้าน",
    "mee phu chai yuen mong ban rao ma 3 chuamong laew",
  ]);
});

describe('what is no danger beside them (t63a), own lines', () => {
  eachNeither('a word read inside another, a figure, work that is fire every day', [
    "mon boss enleve le transport de ma paie chaque semaine, c'est permis?",
    "overtime ka paisa nahi deta, end me kuch nahi bachta ghar bhejne ko",
    "ma bghitch nmchi l bolis hit ma 3ndi wraq, chno ndir?",
    "المدير كان ماسكين جوازات الكل، هلق رجعهم، شو حقوقنا؟",
    "lchef kaysbni bzaf walakin 3mmro ma drbni",
    "ya zvariuvalnyk na zavodi, kozhen den vohon, chy platiat za shkidlyvist?",
    "main tandoor par kaam karta hoon, roz aag ke paas, koi extra paisa milta hai?",
    "mamamatay na ako sa sobrang homesick, kelan kaya ako makakauwi",
    "ghar jaan nu marda pya haan, visa kado aau",
    "can I report my old recruiter? she's here in canada now too",
    "torci o pe no trabalho e o chefe falou pra eu nao ir no medico, tenho direito a seguro?",
  ]);
  // The learned signal asks about it since t73a's lines were trained on (0.59): the lists do not.
  eachNeitherByLists('a sprain last week and no doctor, by the lists', ["上周搬货扭到腰，老板不让去看医生，现在还有点疼，我有保险吗"]);
  eachLeftAlone('a question of law about being locked in, just asked', [
    "ถ้ามีคนถูกขังไว้ในที่พัก ต้องแจ้งใคร ถามไว้เฉยๆ",
  ]);
});
