import { describe, expect, it } from 'vitest';
import { listsAlone, understanding } from './shared.ts';

const route = (t: string) => understanding().routeOffline(t);
const caught = (lines: string[]) => {
  for (const t of lines) expect(route(t).danger, t).toBe(true);
};
const quiet = (lines: string[]) => {
  for (const t of lines) {
    const r = route(t);
    expect([r.danger, r.dangerCheck], t).toEqual([false, false]);
  }
};

// Hindi, Punjabi and Nepali, in their scripts and typed in Latin letters: the kinds of danger
// read in people's own words (data/danger/{hi,pa,ne}.yaml), each with look-alikes that are not.
describe('wanting to die: the means or place and giving up, or leaving', () => {
  it('is danger', () => {
    caught([
      'पुल से कूद जाऊं ऐसा लग रहा है, अब और सहा नहीं जाता',
      'ab saha nahi jata, rassi le aayi hu',
      'ਨਹਿਰ ਵਿੱਚ ਛਾਲ ਮਾਰ ਦਿਆਂ, ਹੋਰ ਨਹੀਂ ਸਹਿ ਹੁੰਦਾ',
      'patri kol khada haan, hor nahi seh hunda',
      'ਇਸ ਦੁਨੀਆ ਵਿੱਚ ਨਹੀਂ ਰਹਿਣਾ ਮੈਂ',
      'भीरबाट हाम फाल्छु जस्तो लाग्यो, अब सहन सक्दिन',
      'aba sahana sakdina, dori tayar chha',
      'ma marna chahanxu',
      'aja rati jindagi sakaunchhu, sabailai maaf',
    ]);
  });
  it('is not a roof, a canal or a bridge at work, nor tiredness', () => {
    quiet([
      'chhat se pani tapak raha hai, landlord theek nahi karta',
      'pul par traffic bahut hai, kaam pe late ho jata hu',
      'ਨਹਿਰ ਕੋਲ ਫਾਰਮ ਤੇ ਕੰਮ ਕਰਦਾ ਹਾਂ, ਤਨਖਾਹ ਘੱਟ ਮਿਲਦੀ',
      'kaam ma dherai thakai chha, overtime ko paisa didaina',
    ]);
  });
});

describe('a threat to break bones or to kill and bury, a weapon taken up', () => {
  it('is danger with the person near', () => {
    caught([
      'malik keh raha hai aaj teri haddi tod dunga, wo bahar khada hai',
      'ਉਹ ਕਹਿੰਦਾ ਤੈਨੂੰ ਮਾਰ ਦਊਂ, ਨਾਲ ਦੇ ਕਮਰੇ ਵਿੱਚ ਬੈਠਾ',
      'oh kehnda maar ke ethe hi dabb du, hun bahar aa',
      'ਠੇਕੇਦਾਰ ਕੁਹਾੜੀ ਲੈ ਕੇ ਸਾਡੇ ਵੱਲ ਆ ਰਿਹਾ',
      'साहुले आज तेरो हड्डी भाँच्छु भन्यो, ऊ ढोकामा छ',
      'malikle belt kholyo ra malai kutdai chha',
    ]);
  });
  it('is not a bone broken at work last year', () => {
    quiet(['pichle saal kaam pe haddi toot gayi thi, ab theek hai, claim kaise karein']);
  });
});

describe("one's own child kept or taken, not given back", () => {
  it('is danger', () => {
    caught([
      'मेरी बेटी को वो अपने साथ ले गया, कहता है पैसे दो तब मिलेगी',
      'ਮੇਰਾ 5 ਸਾਲ ਦਾ ਮੁੰਡਾ ਉਹ ਆਪਣੇ ਨਾਲ ਲੈ ਗਿਆ, ਵਾਪਸ ਨਹੀਂ ਕਰੂ ਕਹਿੰਦਾ',
      'mero chhora sahu le aafno ghar ma rakheko chha, paisa nadie farkaudina bhanchha',
    ]);
  });
  it('is not a child taken to school', () => {
    quiet(['mera beta school bus se jata hai, kya mujhe chutti mil sakti hai uske liye']);
  });
});

describe('a question about emergency help', () => {
  it('is answered with the emergency reply', () => {
    caught([
      'अगर भागना पड़े तो कहाँ जाऊं?',
      'ਜੇ ਭੱਜਣਾ ਪਿਆ ਤਾਂ ਕੀ ਲੈ ਕੇ ਜਾਵਾਂ?',
      'emergency ma tapaiharu ke garnuhunchha, kohi aauna sakchha?',
      'ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਕੋਈ ਆ ਸਕਦਾ?',
      'raat nu vi koi jawab dinda? 24 ghante khule ho?',
    ]);
  });
  it('is not a question about a family emergency or a phone number at work', () => {
    quiet(['ghar pe family emergency hai, chutti kaise milegi', 'office ka number kya hai']);
  });
});

describe('"help" said alone, and its word inside a question', () => {
  it('alone is danger', () => caught(['मदद', 'madad', 'ਮਦਦ', 'maddat', 'बचाउनुस्']));
  it('inside a question about the service is nothing', () => {
    quiet(['क्या आप लोग हिंदी में मदद करते हो?', 'ki tusi punjabi vich madad karde ho?', 'ke tapaiharu nepali ma maddat garnu hunchha?']);
  });
});

describe('a blow told as a habit, a blade in the kitchen', () => {
  it('is no more than the question', () => {
    for (const t of ['मालिक कई बार थप्पड़ मारता है, क्या शिकायत कर सकते हैं', 'sahu le dherai patak kuteko chha, ujuri garna milchha?']) {
      expect(route(t).danger, t).toBe(false);
    }
  });
  it('a cut while cutting onions is nothing', () => {
    quiet(['pyaz kaatte hue chaku se ungli kat gayi, chhutti milegi?', 'tarkari kaatda chakku le aula katiyo, sick leave paucha?']);
  });
});

describe('someone failing, help refused; taken somewhere else; watched, followed; gas', () => {
  it('is danger', () => {
    caught([
      'saathi ke honth neele ho rahe hain, boss bolta hai ambulance mat bulao',
      'ਉਹਦੇ ਬੁੱਲ੍ਹ ਨੀਲੇ ਹੋ ਗਏ, ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ',
      'sathi ko oth nilo bhayo, sahu ambulance nabolau bhanchha',
      'ठेकेदार हमें रात में कहीं और ले जा रहा है, कुछ नहीं बताता',
      'agent kehnda raat nu hor agge lai jana, pata nahi kithe',
      'ek manchhe malai herdai xa, bus dekhi pachhi lagirakheko chha',
      'मेरो पछाडि दुई जना आइरहेका छन्, छिटो',
      'kamre me gas ki badboo aa rahi hai aur darwaza nahi khul raha',
    ]);
  });
  it('is not a lip colour, a bus behind, a gas bill', () => {
    quiet(['gas ka bill bahut aata hai, landlord paise kaat leta hai']);
    // The lists read no harm in a room behind one's own; the learned signal, trained with t55a,
    // reads this line at 0.707, just over its 0.7 to ask, and asks: never more than the question.
    const behind = 'mero pachhadi ko kotha ma arko manchhe baschha, bhada kati ho?';
    expect(listsAlone().routeOffline(behind)).toMatchObject({ danger: false, dangerCheck: false });
    expect(route(behind).danger).toBe(false);
  });
});

describe('asking what one\'s situation is, anger or a shift that "kills"', () => {
  it('is no danger', () => {
    for (const t of [
      'agent ne kaam kuch aur bataya tha, ab bahar nahi jaane dete, ye sab kya hai?',
      'kaam arkai garauchha, bahira jana dinna, yo sab k ho?',
      'sahu ko kura sunda rish le mardai chhu, tara thik chhu, bida ko barema sodhnu thiyo',
    ]) {
      expect(route(t).danger, t).toBe(false);
    }
  });
  it('a shift that will kill me is at most the question', () => {
    expect(route('eh duty ta mainu maar ke chhaddu, lakk dukhda').danger).toBe(false);
  });
});
