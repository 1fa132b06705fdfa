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
