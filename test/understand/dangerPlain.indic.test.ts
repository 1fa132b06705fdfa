// Danger told in plain words, with no cry, weapon or "danger" named, in Hindi, Punjabi and Nepali
// (native script and typed in Latin letters): someone poisoned by the spray (vomiting again and
// again, eyes rolling up), heat stroke (no sweat, knows no one), gas or ammonia smelt, a hand
// caught in a machine and the boss says keep working (`delay`: care refused), sex forced or men
// sent to one's room, "tonight come to his room", threats said as "I'll finish you", "if you come
// out we won't spare you", "your game is over", being picked up and taken, a child locked in alone,
// a latch put on from outside, giving up with leave-taking, "I don't feel safe here", and "hurry"
// or "someone come" said alone. Beside them, what stays no danger: a tandoor's fire, smoked fish,
// chilli that sets the mouth on fire, "he sucks our blood", a question of "if one day", a knife at
// the meat plant, a fire over and everyone safe, a threat told as a joke, "the deadline killed me",
// a kirpan worn to work. Each line is one a person could send; none is taken from the evaluation
// sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

describe('Hindi: poisoned, heat stroke, care refused, forced, finished off, hurry', () => {
  expectDanger(
    'hi',
    [
      'pesticide spray ke baad se mera saathi ulti pe ulti kar raha hai, aankhen upar chadh rahi hain',
      'mere roommate ko kisi ko pehchan nahi raha, dopahar bhar dhoop me khet me tha',
      'haath kat gaya hai, khoon nikal raha hai aur boss bolta hai kaam karte raho',
      'malik raat ko aata hai aur zabardasti karta hai, aaj phir aane wala hai',
      'agent bolta hai aaj customer ke saath jana padega, mujhe gaadi me bitha diya',
      'wo phone pe bola aaj raat tujhe nipta dunga, ab ghar ke bahar khada hai',
      'bahar nikla to chhodunga nahi bol raha hai wo, darwaze pe khada hai',
      'factory me ammonia leak ho gayi hai, sab khaans rahe hain',
      'ab thak gayi hun, sabko sorry, ye mera aakhri message',
      'koi aa jao please',
      'jaldi karo',
      'पड़ोस में बच्चा अकेला कमरे में बंद है, रो रहा है',
      'ज़िंदा नहीं रहना अब, आज सब खत्म',
    ],
    [
      'kal tandoor ki aag itni tez thi ki pasina aa gaya, chef bola normal hai',
      'aaj humne machli smoke ki ghar pe, mast bani',
      'ye landlord to khoon choos leta hai yaar, har mahine naya charge',
      'itni teekhi chutney thi ki munh me aag lag gayi',
      'agar kabhi factory me aag lag jaye to insurance kaun dega?',
      'restaurant me kaam karta hu, roz chaku se kaatna padta hai, gloves kaun dega?',
      'uniform ka paisa bhi salary se katta hai, ye theek hai kya?',
      'kal raat pados me aag lagi thi par sab safe hai, hamare ghar me alarm nahi hai',
      'main job to nahi chhodunga, bas overtime ka sawal tha',
    ],
  );
});

describe('Punjabi: poisoned, gas and ammonia, care refused, summoned at night, taken, hurry', () => {
  expectDanger(
    'pa',
    [
      'spray karke aaya ohdi ulti nahi rukdi te supervisor kehnda natak karda',
      'ਡੇਰੇ ਚ ਗੈਸ ਦੀ ਬੋ ਆ ਰਹੀ, ਸਿਰ ਘੁੰਮਦਾ',
      'plant ch ammonia leak ho gayi, saah aukha aa reha',
      'ohne mainu sir paad ditta, hun fer aa reha',
      'manager kehnda aj raat ohde kamre ch aa nahi ta deport karu',
      'ohne message kitta tera kam muka dena aj',
      'ohda hath machine ch aa gaya, khoon vag reha, boss kehnda kamm karde raho',
      'koi aa jao jaldi',
      'ਜਲਦੀ ਕਰੋ ਜੀ',
      'sanu chuk ke lai gaye raat nu, hun kise godown ch band aa',
      'mere kol kuch nahi bachya, pul te khada haan',
      'ਕਮਰੇ ਦੀ ਬਾਹਰੋਂ ਕੁੰਡੀ ਲਾ ਗਏ, ਕੱਲ੍ਹ ਦੀ ਰੋਟੀ ਵੀ ਨਹੀਂ ਦਿੱਤੀ',
    ],
    [
      'supervisor gaalan kadhda, maarda tan nahi, par eh legal aa?',
      'insta te reel dekhi ik munde nu agent ne vech ditta, sach hunda eh?',
      'pichhle saal dere ch agg lagi si, koi nuksaan ni hoya, claim kiven kariye?',
      'deadline ne maar ditta yaar, kal chutti mil sakdi?',
      'ਕੀ ਕਿਰਪਾਨ ਪਾ ਕੇ ਕੰਮ ਤੇ ਜਾ ਸਕਦੇ ਆਂ?',
      'ਟਰੱਕ ਚ ਅੱਗ ਬੁਝਾਉਣ ਵਾਲਾ ਸਿਲੰਡਰ ਹੋਣਾ ਚਾਹੀਦਾ?',
      'meat plant ch chaku naal kam karda, steel gloves kaun dinda?',
      'kal di roti vi nahi mili, malik ne paise ni ditte',
      'pichhle mahine plant ch ammonia leak hoya si, hun theek ho gaya, us din di pay milu?',
    ],
  );
});

describe('Nepali: not breathing, gas smelt, latched in, choked, men sent to the room, not safe', () => {
  expectDanger(
    'ne',
    [
      'sathi ko saas chaleko chhaina, k garne',
      'kotha bhari gas ganhaudai chha, sathi haru uthdainan',
      'malik le bahira bata chukul lagaidiyo, hijo dekhi khana chhaina',
      'usle gala thichyo, ahile pani dhoka ma chha',
      'aaja rati tero khel khatam bhanyo usle, ahile gate ma chha',
      'sahu le ahile kotha ma manchhe pathauchha, ma mandina',
      'tato tel pokhiyo haat ma, malik bhanchha ani kaam gara',
      'छिटो गर्नुस्',
      'kohi aaunu na plz',
      'ma kasaiko bojh hunna aba, sabai lai maaf garnu',
      'aaja yo kotha ma surakshit chhu jasto lagdaina',
    ],
    [
      'pohor sal hamro camp ma aago lagyo, sabai bahira niskiyau, aba naya thau ma chhau',
      'masu dhuwa ma sukayera sukuti banayeko, mitho bhayo',
      'masu katne plant ma chakku dhaar lagaune machine chha?',
      'yadi kunai din camp ma aago lagyo bhane kaha basne?',
      'chef le tero tauko fodidinchhu bhanyo majak ma, sabai hasyau',
      'duty le ta marnai lagyo yar, hijo 12 ghanta',
      'farm ko sahu le sikar khelne banduk rakhchha, tyo kanuni ho?',
    ],
  );
});
