import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone } from './expectDanger.ts';

// Danger in the forms batches written apart used (t48a, t48b), in our own words: a dose asked in
// Thai with its question particle and no question mark; one's children left in others' care with
// a goodbye (Levantine Arabic); a bridge and "nothing left in me" (Arabizi); taken at dawn to a
// place not named (Egyptian Arabic), put in a van at night (Hindi), "they're taking us somewhere"
// (Portuguese); a knife at the door with the writer locked in the toilet, a space between the two
// (Chinese: a knife and "locked" with only a space between were read as a knife locked away; a
// gun locked in someone's car, with a space too, still is).

describe('hints and plain danger in the forms t48a and t48b used', () => {
  eachFlagged('is danger', [
    'ถ้าตายที่นี่ จะมีใครส่งศพกลับบ้านไหม ถามไว้ก่อนเฉยๆ',
    'سامحوني، ما عاد فيني، ديروا بالكم على ولادي',
    'ma b2a fiyye, ana 3al jisr halla2',
    'بكرة الصبح هياخدوني مكان تاني ومش عارفة فين',
    'raat ko van में डाल दिया, कहाँ नहीं बताते',
    'tao levando a gente pra algum lugar, socorro',
    '他拿着刀在门口 我锁在厕所里了',
    'ong chu danh thang be bang cay, be nam im khong day',
  ]);

  eachLeftAlone('is not danger', [
    // a gun locked away, asked about calmly
    '老板的猎枪锁在柜子里，安全吗',
    '工地有人带了猎枪 说是去打猎的 锁在他车里 公司管不管',
    // a question in Thai with its particle, about pay
    'ทำโอทีได้เงินเพิ่มไหม',
    // a van to the farm every morning
    'roz subah van में डाल के farm le jaate hain, kya ye time bhi paid hai?',
  ]);
});

// The forms t49a used, in our own words: a dose asked "and not wake up" with Arabic's "and" joined
// to "not"; giving up said twice in Arabizi with tonight (giving up twice and an ending put now is
// wanting to die, where giving up twice alone asks); pills in hand and never getting up (romanized
// Punjabi); a word left for one's mother with "sorry" (Vietnamese, Hindi); a wrist cut with a blade
// and blood that will not stop (Chinese, romanized Thai); taken tonight to a place not told, a car
// already waiting (Portuguese, Ukrainian, Chinese, romanized Thai and Vietnamese without accents).
// And what must stay: a small fire already put out, thoughts of dying that are over, a question
// for a workshop.
describe('hints and plain danger in the forms t49a used', () => {
  eachFlagged('is danger', [
    'شو كمية حبوب النوم اللي بتخلي الواحد ينام وما يصحى',
    'ma 3ad fini kaffi, ma 7ada ra7 yefta2edni, ana mashi ellaile',
    'goliyan hath ch ne, bas kade na uthan',
    'cam on moi nguoi. noi voi me em la em xin loi',
    'धन्यवाद। मेरी माँ को बोल देना मुझे माफ़ कर दे',
    '用刀片划了手腕，血一直止不住',
    'kreed khaen tua eng leuad mai yud',
    'a noite o gerente disse que vamos ser levados pra outro lugar, o carro ja ta parado aqui na frente',
    'бригадир каже вночі кудись відвезуть, машина вже стоїть біля будинку',
    '今晚要把我们拉到别的地方去，车已经停在外面了',
    'khuen rot diao nee, mai bok wa pai nai',
    'toi nay chuyen tui em di, khong noi o dau',
  ]);

  eachLeftAlone('is not danger', [
    'o mes passado pegou fogo no fogao, ja apagou, agora o dono quer que a gente pague',
    'lane pase te gen dife nan kwizin nan, yo te etenn li, kounya patron an vle nou peye',
    'uma vez pensei em me matar mas agora to bem melhor e faco terapia, e de graca?',
    'колись думав про самогубство, але зараз краще. психолог безкоштовний?',
    'que debe hacer uno si el jefe le pega? es pregunta pa un taller de la parroquia',
  ]);
});

// The forms t50a used, in our own words: a blade or a rope at hand with "I can't stop thinking
// about it" or "I don't know why I'm writing"; one's things given away, "I won't need them"; a
// word left for one's mother or a hug asked for her, with an "if" around it or thanks for help
// before (two parts of leave-taking are lowered by neither); "after tonight I won't bother
// anyone"; a dose asked so one does not wake (Arabizi, Hindi); blood that will not stop, no
// ambulance, nobody willing to drive (Levantine Arabic), a face burned and the hospital refused
// (romanized Nepali), someone collapsed and not breathing and no doctor allowed (Isan Thai);
// locked in the storeroom (Vietnamese without accents), shut in for days (romanized Nepali);
// "if he finds me he kills" (Vietnamese: "em là giết" was read as a name, "I am Giết"); a hand
// to be broken, written from the bathroom (romanized Nepali); taken tonight to a man not known,
// passport held (romanized Hindi, Tagalog). And what must stay: work with knives and fire told as
// ordinary, a soap opera, thoughts of dying that are over, a question only to learn.
describe('hints and plain danger in the forms t50a used', () => {
  eachFlagged('is danger', [
    'i have the blade in my hand. cant stop thinking about it',
    'la soga ya esta lista, no se para que les escribo',
    "j'ai donné mes affaires à ma coloc, j'en aurai plus besoin",
    'обійміть за мене маму, якщо вона колись вам напише. вибачте всім',
    'if anyone asks, tell my mom im sorry. thank you for everything',
    'aaj raat ke baad kisi ko pareshan nahi karungi. bas itna batana tha',
    'kam 7abbe mn dawa el noum la ma yfi2?',
    'صاحبي نزف كتير، الدم مش عم يوقف والمعلم بيقول ما في إسعاف',
    'sahu ko chora le didi lai polyo, hospital lagdina bhanchha',
    'เพื่อนล้มกลางไร่ บ่หายใจ หัวหน้าบ่ให้โทรหาหมอ',
    'chu khoa bon em trong kho tu sang, khong co nuoc',
    'hắn nói tìm được em là giết',
    'dalal ka manchhe aaye, haat bhachidinchhau bhanchhan, bathroom bata lekhdai chhu',
    'boyfriend bolta hai aaj raat dost ke paas chhod ke aayega, main usko jaanti nahi, passport uske paas hai',
  ]);

  eachLeftAlone('is not danger', [
    'kam garda din bhari chakku chalauchhu, chot lagchha, yo ta sadharan ho. bima chha?',
    'sou chapeiro, queimadura pequena é rotina, o seguro cobre?',
    'nan telenovela a yo te kidnape yon moun, sa konn rive isit?',
    '上个月说过不想活了，那阵子已经过去了，现在在看心理医生',
    'kasaile thunera rakhyo bhane kun number? ahile tyesto kehi chhaina, sikna matra',
    'chào chị, em là Hà.',
    // giving up said of the job or the boss
    'i cant go on with this job, tonight i quit',
    'ya no puedo mas con el jefe, hoy renuncio',
  ]);

  eachFlagged('is still danger', [
    'i cant go on with this job. i have the pills ready',
    'ya no puedo mas, hoy me mato',
  ]);
});
