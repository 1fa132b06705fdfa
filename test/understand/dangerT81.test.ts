// t81a (the brief of t72a, other writers, asked to write as different people and to put danger
// words into harmless lines) was scored before anyone read it at 83830ae4 (265 of 280 danger lines
// flagged, 9 asked, 6 missed; 9 of 378 harmless lines alarmed, 19 asked) and kept unread as the
// measure for a round; at 4548c6b4: 264, 10, 6; 9 alarmed, 17 asked. Read since.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachNeither } from './expectDanger.ts';

describe('t81a: missed or asked before, danger now', () => {
  eachFlaggedByLists("the rope ready; beating, in one word (romanized Nepali); drunk and kicking the door; a burden, no more trouble after tonight, goodbye; a goodbye sent and no answer since, with a call for help (ht fr); bleeding that will not stop and \"finish shift then see\"; walking into the lake tonight; men at the gate taking photos; a truck tonight with the passport kept; a nail in the foot, swollen, no doctor; a saw cut still dripping, finish the shift", [
    "tengo la cuerda lista, nomas quiero que alguien sepa porque lo hice",
    "pitdaichha maddat",
    "ऊ मातेर ढोका लात्तीले हानिरहेको छ, के गरूँ? प्रहरी बोलाउँदा मेरो भिसा जान्छ कि?",
    "म सबैको लागि बोझ भएँ। आज रातपछि कसैलाई दुःख दिन्नँ। बिदा",
    "ti sè m voye m yon mesaj orevwa sa gen 20 minit e li pa reponn ankò, li travay sou yon fèm Quebec. tanpri",
    "ma petite soeur au Canada m a envoye un message d adieu il y a 20 min et elle repond plus. elle travaille dans une famille a Laval. svp aidez",
    "my cousin works at the meat plant she cut her hand real bad on the machine, like very deep, blood wont stop, supervisor says finish shift then see. she texted me, shes 3 hours from me",
    "je suis un fardeau pour tout le monde. je pense que si je marche dans le lac ce soir ca reglera tout",
    "farm ke gate pe subah se ek gaadi khadi hai, agent ke aadmi hai, humari photo le rahe hai, kal ek ladke ko inhone bahut maara tha",
    "agent le bhanyo aaja raati 12 baje truck aauchha arko province lagne, passport ra phone usle rakhyo, yo lukaera rakheko phone ho",
    "ਮੇਰੇ ਪੈਰ ਵਿੱਚ ਕੱਲ੍ਹ ਕਿੱਲ ਵੱਜਿਆ ਸੀ, ਹੁਣ ਬਹੁਤ ਸੁੱਜ ਗਿਆ ਤੇ ਬੁਖਾਰ ਤੇਜ਼, ਸਿਰ ਘੁੰਮਦਾ। ਮਾਲਕ ਡਾਕਟਰ ਕੋਲ ਨਹੀਂ ਜਾਣ ਦਿੰਦਾ ਕਹਿੰਦਾ permit cancel ਕਰਾ ਦੂੰ",
    "cortei a mao na serra, mt sangue, o chefe falou pra enrolar num pano e terminar o turno, ta pingando ainda",
  ]);
});

describe('t81a: a habit beside being kept in up to now lowers nothing; "once a day" is how often, not the past', () => {
  eachFlaggedByLists('shut in a basement for two days, fed once a day, the place unknown', [
    'दो दिन से तहखाने में बंद हैं, दिन में एक बार खाना देते हैं, पता नहीं कौन सी जगह है',
  ]);
  eachNeither('fed once a day asked about, no one kept in; once, in the past, and fine now', [
    'दिन में एक बार खाना मिलता है, क्या ये सही है?',
    'एक बार उसने मुझे मारा था, अब मैं ठीक हूँ',
  ]);
});

describe('t81a: false alarms or asked before, no emergency now', () => {
  eachNeither("told as before or over (had me locked in, healed, moved away, never seen again, treated, fine now), a figure (\"I would rather die than go back\", only talk), a blood test, only curious", [
    "una señora de una organizacion me dijo que como me trajeron enganado y me tenian encerrado puedo pedir un permiso especial de residente temporal para victimas. es cierto? cuanto tarda? tengo miedo que me manden a Honduras",
    "m te koupe dwèt mwen ak kouto nan kwizin nan nan mwa fevriye, yo koud li, li geri. m gen dwa pou jou m pa t travay yo?",
    "pahila agent ko manchhe le mero pichha garthyo, tara ma arkai sahar sarisake, 1 barsa bhayo dekheko chaina. ahile report garna milchha?",
    "ਮੈਂ ਮਰ ਜਾਊਂ ਪਰ ਉਸ ਫਾਰਮ ਤੇ ਵਾਪਸ ਨਹੀਂ ਜਾਣਾ 😤 ਹੁਣ ਭਰਾ ਕੋਲ ਰਹਿੰਦਾ ਹਾਂ, ਦੱਸੋ ਦੂਜਾ ਕੰਮ ਕਿਵੇਂ ਲੱਭਾਂ ਇਸ permit ਨਾਲ?",
    "truoc co nguoi theo doi e tu cho lam ve nha, 2 thang truoc, gio e chuyen nha roi ko thay nua. co nen bao ko",
    "老板老说再迟到就弄死你，他那个人就是嘴臭，说说而已。不过迟到一次能扣多少钱？",
    "jara7et edi bel sekkine bel matbakh men shahren, 5ayyatouha w tabet. fi ta3wid 3an el ayyam yalli ma shta8alet fiyon?",
    "كان في واحد يلحقني بعد الشغل السنة الماضية، بس انتقلت وما عاد شفته. اقدر ابلغ عنه الحين؟",
    "he followed me home once back in 2022, then I moved and changed my number. never saw him again. should I still tell someone?",
    "se me cayo una caja en el pie y salio sangre, ya me curaron en la clinica, todo bien. debo reportarlo igual?",
    "do saal pehlan main vi marna chahunda si jadon agent ne dhokha kita, hun theek haan, counselling lainda. hor mundeyan di madad karni chahunda, tuhade kol volunteer lagde?",
    "ਪਿਛਲੇ ਮਹੀਨੇ ਚਾਕੂ ਨਾਲ ਹੱਥ ਕੱਟ ਗਿਆ ਸੀ ਕੰਮ ਤੇ, ਟਾਂਕੇ ਲੱਗ ਗਏ ਹੁਣ ਠੀਕ ਹਾਂ। ਕੀ ਉਹਨਾਂ ਦਿਨਾਂ ਦੇ ਪੈਸੇ ਮਿਲ ਸਕਦੇ ਜਿਹੜੇ ਘਰ ਬੈਠਾ ਰਿਹਾ?",
    "fiz exame de sangue e deu anemia, ja to tratando, mas a empresa descontou o dia q fui no laboratorio. eles tinham q pagar?",
    "看了一部电视剧，里面工人被关起来不让走，还被人跟踪，加拿大真的有这种事吗？纯好奇，我这边挺好的",
  ]);
});
