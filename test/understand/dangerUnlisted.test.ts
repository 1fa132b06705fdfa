// Danger told in words no list had, from t58a (a batch written apart, scored at 26eef3fe before
// anyone read it: 257/280 flagged, 16 asked, 7 missed): Thai typed in Latin letters (blood that
// won't stop in every spelling, "just got hit", a car following from work and parked in front of
// the house, "tell mum I'm sorry, don't wait for me any more"), Darija and Tunisian last words and
// "no reason left to live", a rope tied to the fan or ready, a bridge
// and the water below, a child taken into a room with the door locked from inside, a wrist cut, a
// finger almost cut off, a burn with the skin peeled and no leave to go, the pills "so as not to
// wake" (ne), a truck going nobody knows where, "goodbye, I can't any more" as a first message.
// And what is no danger: work that "killed me", dying to see or go home, slaughtering animals as
// the trade, pay "cut" (deducted) in Darija, a lockup last year and over. Own words, not the batch's.
import { describe } from 'vitest';
import { eachFlagged, eachNeither, eachLeftAlone } from './expectDanger.ts';

describe('danger in words no list had (t58a), own lines', () => {
  eachFlagged('danger', [
    "nong tham ngan mue tat, lueat mai yood loey, hua na bok hai tham tor",
    "phuean don tee yub, luead ok pak, khon tee yang yu na hong",
    "mee rot khap tam chan ma tae rong ngan, tonni jod yu na baan",
    "fak bok mae wa khor thot na, mai tong ror nu laew",
    "golo l mama smhili, hadi akher mra nkteb likom",
    "ma3adch 3andi sabab bech n3ich, bghit nahki m3a hadd",
    "el patron se quiere llevar a mi nina ahorita, dice q le debo",
    "maaf karna, main rassi pakhe naal bann ditti aa",
    "rassi tayar aa, bas ik vaar kise naal gall karni si",
    "pul pe khadi hoon, neeche paani bahut gehra hai, bas ho gaya",
    "maalik ka aadmi meri 10 saal ki bacchi ko le gaya, darwaza andar se band hai",
    "hiniwa ko ang pulso ko, ang dami ng dugo",
    "men mwen prèske koupe nan machin nan, bòs la di m tann",
    "कति वटा निद्राको चक्की खाए मान्छे नउठ्ने हो?",
    "gadi ko pachhadi halera laidai chhan, kata ho thaha chhaina",
    "natapunan ako ng kumukulong tubig, lapnos ang balat ko, ayaw ako paalisin",
    "अलबिदा साथी, अब सकिँदैन",
  ]);
});

describe('figures of speech, the trade, a deduction and a lockup that is over (t58a), own lines', () => {
  eachNeither('no danger, no question', [
    "l5edma hedhi 9tlatni, bghit nrawa7",
    "كل يوم بذبح خرفان بالمسلخ، بدي اعرف ساعات الشغل",
    "kay9ta3 lina men salaire dyal chahria 300 dh, wach normal?",
    "m ap mouri pou m wè pitit mwen yo",
    "pind jaan layi mar rahi haan, chhutti kinni milu?",
    "คิดถึงลูกจะตายอยู่แล้ว อยากกลับบ้าน",
    "cong viec nay giet chet em mat, lam 12 tieng",
    "el ano pasado el patron nos encerro en la bodega, ya me sali de ahi, puedo reclamar?",
    "meri 12 saal ki beti ke liye school admission kaise hoga",
    "kamm bas ho gaya, hun ghar jaana",
  ]);
  // "thanks, no need to wait any more, I'm off": leave-taking said once, in a hurry; the question may be asked
  eachLeftAlone('no danger', [
    "khob khun na, mai tong ror laew, pai kon",
  ]);
});

// Three of t58a's situations written in every language, own lines: a rope already tied to the fan,
// standing on a bridge with the water below, a child taken into a room and the door locked (the
// child was read everywhere; the rope was nothing or only asked in nine languages, the bridge in four).
describe('a rope tied, a bridge, a child shut in a room: every language', () => {
  eachFlagged('danger', [
    "i tied the rope to the ceiling fan already",
    "standing on the bridge now, the water down there looks so cold",
    "the bosses son took my 10 year old girl into his room and locked the door",
    "ya amarre la soga al ventilador del techo",
    "estoy parado en el puente, el agua de abajo se ve bien fria",
    "el hijo del patron se llevo a mi nina de 10 anos a su cuarto y cerro con llave",
    "j ai deja attache la corde au ventilateur",
    "je suis sur le pont la, l eau en bas a l air glaciale",
    "le fils du patron a emmene ma fille de 10 ans dans sa chambre et a ferme a cle",
    "ja amarrei a corda no ventilador do teto",
    "to em cima da ponte agora, a agua la embaixo ta gelada",
    "o filho do patrao levou minha filha de 10 anos pro quarto dele e trancou a porta",
    "m deja mare kod la nan vantilatè a",
    "m kanpe sou pon an kounye a, dlo anba a frèt anpil",
    "pitit gason patwon an pran pitit fi m ki gen 10 an mennen l nan chanm li e li fèmen pòt la",
    "naitali ko na yung lubid sa electric fan sa kisame",
    "nakatayo ako sa tulay ngayon, ang lamig ng tubig sa baba",
    "dinala ng anak ng amo yung 10 taong gulang kong anak sa kwarto niya at ni-lock ang pinto",
    "maine rassi pankhe se baandh di hai",
    "main abhi pul par khada hoon, neeche paani bahut thanda hai",
    "malik ke bete ne meri 10 saal ki beti ko apne kamre mein le jaakar darwaza band kar diya",
    "main rassi pakkhe naal bann ditti hai",
    "main hune pull te khada haan, thalle paani bahut thanda hai",
    "malik da munda meri 10 saal di kudi nu apne kamre ch lai gaya te darwaza band kar ditta",
    "maile dori pankha ma bandhisake",
    "ma ahile pul ma ubhiraheko chhu, tala pani dherai chiso chha",
    "sahuji ko chhora le mero 10 barsa ki chhori lai kotha ma lagyo ra dhoka band garyo",
    "ربطت الحبل بالمروحة خلص",
    "انا واقف على الجسر هلق، المي تحت كتير باردة",
    "ابن المعلم اخد بنتي عمرها 10 سنين على غرفته وسكر الباب بالمفتاح",
    "я вже прив'язав мотузку до люстри",
    "стою зараз на мосту, вода внизу дуже холодна",
    "син хазяїна забрав мою 10-річну доньку до своєї кімнати і замкнув двері",
    "我已经把绳子绑在吊扇上了",
    "我现在站在桥上，下面的水好冷",
    "老板的儿子把我10岁的女儿带进他房间，把门锁上了",
    "ผูกเชือกกับพัดลมเพดานไว้แล้ว",
    "ตอนนี้ยืนอยู่บนสะพาน น้ำข้างล่างดูเย็นมาก",
    "ลูกชายนายจ้างพาลูกสาวฉันอายุ 10 ขวบเข้าห้องแล้วล็อกประตู",
    "em da buoc day vao quat tran roi",
    "em dang dung tren cau, nuoc duoi kia lanh lam",
    "con trai ong chu dua con gai 10 tuoi cua em vao phong no roi khoa cua lai",
  ]);
});
