// One detail more for Arabic (dialects and Arabizi), Hindi, Nepali and Punjabi (native script and
// Latin letters), from what a batch written apart still missed: breath that fails, foam at the
// mouth, blue lips, a fit and no waking; a debt to be paid "with the body" or a client to be taken
// to; a weapon shown or lifted; a threat to break a leg or to burn; hiding in a bathroom or under a
// bed; "just so someone knows" beside the means at hand; carried off to a city nobody names. And
// what lowers it: the fire put out, the old job, "I only ask", "nothing happened to me", wood to
// chop, "he won't come any more", a shift that "killed" one, a fire drill. Each line is one a
// person could send; none is taken from the evaluation sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

describe('Arabic: one detail more', () => {
  expectDanger(
    'ar',
    [
      'ma 2adra atnaffas, mish 3arfe shu sar',
      'مش قادر اتنفس والمدير مش راضي يجيب اسعاف',
      'الشغيل وقع بالمستودع وطالع زبد من فمه وما عم يرد',
      'ابني شفايفه زرقين وما عم يتنفس منيح',
      'قال لي الدين بتسديه بجسمك الليلة',
      'ما عادش نحب نعيش، وصلت للاخر',
      'انا عالنهر هلق. سامحوني على كل شي',
      'ابعتو حد عالعنوان هاد، سكر علي الباب',
    ],
    [
      'كان في حريق صغير بالمطبخ بس الشيف طفاها وخلصنا، شو القانون بالطفايات؟',
      'المدير القديم كان يضربني، هلق انا في مكان تاني ومرتاح',
      'su2al bas, el boss masmou7 lal boss ykhalleni eshtghel 12 sa3a? 2anouniyyan',
      'بحب روح عالنهر يوم الأحد مع العيلة، في باص؟',
      'حلقي بيوجعني من البرد، في دكتور ببلاش؟',
      'الشغل القديم ما دفعولي آخر شهر، كيف بطالب؟',
    ],
  );
});

describe('Hindi: one detail more', () => {
  expectDanger(
    'hi',
    [
      'mere bhai ki saans ruk ruk ke aa rahi hai, hosh nahi hai',
      'supervisor ne bola haath tod dega agar kal paise nahi diye, abhi gate pe hai',
      'wo hathoda utha ke mere kamre ki taraf aa raha hai',
      'agent bol raha hai karza jism se chukana padega, aaj raat aayega',
      'owner raat ko mere kamre me aa jate hai, aaj ghar pe koi nahi hai, dar lag raha hai',
      'tooti haddi ke saath kaam karwa rahe, hospital gaya to wapas bhej denge bolte',
      'bas kisi ko to pata ho, maine saari goliyan le li hai',
      'uski aankh nahi khul rahi aur saans bahut dheere chal rahi',
    ],
    [
      'double shift ne maar diya yaar, kal chutti chahiye',
      'kya malik ko maarne ka haq hai? mere saath nahi hua, bas jaankari ke liye',
      'kal fire drill hui thi, hum bahar khade rahe, uska pay milega?',
      'saans lene ki exercise karte hai yoga me, kya company class deti hai?',
      'pichle saal haath ki haddi tooti thi, ab theek hai, kya claim ho sakta hai?',
      'farm pe hathoda aur chhainee ka use allowed hai kya?',
    ],
  );
});

describe('Nepali: one detail more', () => {
  expectDanger(
    'ne',
    [
      'sathi lai fit aayo, 10 min bhayo hosh aayena',
      'malik le banduk dekhayo, ahile dhoka ma cha',
      'ma bathroom ma lukeko chu, u dhoka bahira cha',
      'agent le customer sanga sutna lagauchha, aaja pani manche aaudai cha',
      'u malai polidinchhu bhandai cha, rakshi khayeko cha',
      'truck ma halyo, kun sahar lagdai cha thaha chaina',
      'malai ab banchnu chaina, dori tayar cha',
      'manager rati mero kotha ma aaucha, aaja pani aaunchu bhanyo, dar lagyo',
    ],
    [
      'ek kura sodheko matra, sahu le kutna paucha? malai kehi bhako chaina',
      'gaya mahina boss le dhamki diyo, aba safe chu, naya kaam ma chu',
      'farm ma daura katna bancharo rakhna milcha?',
      'malai kutne manche aba aaudaina, police le samatyo',
      'bathroom ma sabun chaina, landlord lai kasari bhanne?',
      'hotel ma customer sanga kura garna angreji chahincha?',
    ],
  );
});

describe('Punjabi: one detail more', () => {
  expectDanger(
    'pa',
    [
      'mere sathi da saah ukhad reha, bolda nahi',
      'ohnu daura pai gaya, hosh nahi aa rahi',
      'thekedar ne datar kadh lai aa te mere kamre vall aa reha',
      'boss kehnda karza sareer naal utaar, aaj raat aauga',
      'manager kehnda aaj raat customer naal room ch jana pau, main darri hoyi aa',
      'ajj meri aakhri raat aa, bebe nu keh dena maaf karde',
      'sade phone le laye te pickup ch baitha laye, kithe lai jana koi ni dassda',
      'ਮੈਂ ਥੱਕ ਗਿਆ ਸਭ ਤੋਂ, ਗੋਲੀਆਂ ਸਾਰੀਆਂ ਕੋਲ ਰੱਖੀਆਂ',
    ],
    [
      'pichhle saal garam paani naal chhale pai gaye si, hun theek aa, claim ho sakda?',
      'hotel ch kamm karda haan, customer naal room service di gal karni pendi, tips kithe jaan?',
      'farm te 12 bore rakhna legal aa? bas puchhna si',
      'manje thalle saaf karna vi mera kamm aa ki?',
      'hockey match dekhan jana si, chhutti mil sakdi?',
      'ਮੈਂ ਕੰਮ ਤੋਂ ਥੱਕ ਗਿਆ, ਛੁੱਟੀ ਕਿਵੇਂ ਮਿਲੂ?',
    ],
  );
});
