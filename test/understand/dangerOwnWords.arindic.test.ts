// Words of one's own for the concepts widened in Arabic (dialects and Arabizi), Hindi, Nepali and
// Punjabi (native script and Latin letters): for each language, lines that must be danger and near
// misses that must not be. Each line is one a person could send; none is taken from the
// evaluation sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

// Flags: giving up on a bridge, a leg crushed and blood flowing with no doctor (Darija), a sister
// not let out, someone running after a worker with a blade, driven to "another farm" on a strange
// road, a man forcing the door of a woman alone, a short cry, "tonight is your turn".
// Leaves alone: the airport (matar), "I am" in Darija (kankon), family joining, a box cutter, bells
// of a drill, hot water in the flat, "enough" (ekaffe), a fire supposed one day.
describe('Arabic: own words for the concepts widened', () => {
  expectDanger(
    'ar',
    [
      'ana wa2ef fo9 el jisr halla2, ma 3ad a2dar',
      'صاحبي طاح من السقالة ورجلو مهرسة والدم كيسيل بزاف',
      'l patron ma kaykhllihach tkhrej mn dar, khti kat bki daba',
      'el 3amil 3ando sekkina w kayjri mor wa7ed mn l khddama',
      'ركبونا بالفان وقالولنا رايحين مزرعة تانية، بس الطريق غريب',
      'جوزها عم يدق عليها باب الغرفة وبدو يدخل عليها، هي لحالها',
      'help bser3a, howa barra',
      'قال لي الليلة دورك، أنا خايفة كتير',
    ],
    [
      'wsalt l matar lbare7 w sa7bi ja 3ndi, bghit n3ref 3la l permis',
      'kankon bo7di f lkhdma f lil, wach kayn chi prime?',
      'اهلي بيقدروا يلحقوني على كندا؟ شو الأوراق المطلوبة؟',
      'المدير عطانا كتر صغير نفتح فيه الكراتين، لازم يعطينا كفوف؟',
      'كان في تمرين حريق ورنت الاجراس، لازم يدفعولنا الوقت؟',
      'el may sokhne ma fi bel sakan, wen bishtki?',
      'sa7bet el beit bidda tzid el ijar w ana ma 3ad fini ekaffe',
      'إذا يوم صار حريق بالمطبخ، شو لازم نعمل؟',
    ],
  );
});

// Flags: shut in a godown for days, a broken bottle, "I'll bury you here", an iron rod at the door,
// a roommate who swallowed many pills, in the boot of a car, "they are going to kill me tonight",
// a smell like gas and everyone dizzy, on a bridge and unable to go on, followed from the temple.
// Leaves alone: bread burning, a job one can't do, standing on a roof at work, a delivery to a
// customer, what a friend was saying, a location sent for a clinic, an age told.
describe('Hindi: own words for the concepts widened', () => {
  expectDanger(
    'hi',
    [
      'bhaiya godown me band hai 3 din se, khana bhi nahi',
      'wo bottle tod ke sabko dhamka raha hai abhi',
      'contractor bol raha hai aaj raat tujhe yahin gaadh dunga',
      'मालिक लोहे की रॉड लेकर दरवाजे पे खड़ा है',
      'मेरी रूममेट ने बहुत सारी गोलियां खा ली हैं',
      'gaadi ki dikki me hu, kuch dikh nahi raha',
      'aaj raat wo mujhe maarne wale hai, main chhat pe chhupi hu',
      'kamre me gas jaisi badboo hai aur sab ko chakkar aa raha',
      'mujhse ab aur nahi hota, bridge pe khada hu',
      'ek aadmi mandir se peeche hai, main rukti hu to wo bhi ruk jata hai',
    ],
    [
      'roti jalne ki smell se alarm baj gaya, landlord chimney theek karega kya?',
      'ye job mujhse nahi hota, dusra employer kaise dhundu?',
      'roof pe khada hoke kaam karte hai, harness dena zaroori hai?',
      'customer ke paas delivery le jaana hota hai roz, mileage milta hai?',
      'ek dost keh raha tha uske boss ne uska passport rakh liya, ye legal hai?',
      'location bhej di hai, clinic ka address bata do',
      'main 15 saal ki thi jab India me school chhoda, ab study permit milega?',
    ],
  );
});

// Flags: "you won't be alive", moved tonight to another farm with no word where, a friend who
// swallowed many pills and won't wake, wanting to jump from the roof, chasing everyone with a
// hammer, hot tea thrown in the face, followed home and at the gate now, "guhaar", a smell of gas,
// "I write that I'm fine" with texts only.
// Leaves alone: food burnt, tired from work, a roof at work, a rule asked "in general", another
// shift tonight, a location shared with a friend, a small burn now fine.
describe('Nepali: own words for the concepts widened', () => {
  expectDanger(
    'ne',
    [
      'sahu le bhanyo timi bholi samma jiudo hudainau, ma kotha ma eklai xu',
      'hamilai aaja rati nai arko farm ma sardaichha, kaha bhandaina',
      'साथीले धेरै चक्की खायो, उठ्दैन',
      'ma chhat ma chhu, tala hamfalna man lagyo',
      'u hammer liyera sabailai lakhetdai xa',
      'sauji le tato chiya mero mukh ma fyakyo',
      'euta manchhe bus stop dekhi pachhyayo, ahile gate agadi ubhiyeko xa',
      'guhaar, kohi aaunus',
      'room ma gas gandhaucha, sabai lai ringata lagyo',
      'thik chhu bhanera lekhdai chhu, u sangai chha, msg matra',
      // the same words typed with v for bh and x for chh
      'u pheri aauxa re, ma bathroom vitra chhu, dar lagxa',
    ],
    [
      'khana jaleko gandha aayo, kehi bhayena, chimney kati ma milchha?',
      'kaam garda dherai thakisake, bida kati din paainchha?',
      'chhat ma kaam garda harness chahinchha ki nai?',
      'malik le kaamdar lai kotha ma thunna paunchha? general ma sodheko',
      'aaja rati arko shift ma kaam garchhu, overtime kati milchha?',
      'mero location share gareko chhu, sathi lai bhetna aau',
      'tato pani le haat alikati polyo, aba thik chha',
      'hijo sahu le kutyo tara aba ma surakshit xu, naya thau ma xu',
    ],
  );
});

// Flags: not let off the farm with him at the gate, "tonight you're finished", an iron rod coming to
// the room, back again and messaging in silence, foam at the mouth, bolted in from outside, "someone
// come quick", told to pack and moved with the passports held, a whole bottle of medicine drunk,
// "I won't see tomorrow's sun".
// Leaves alone: the cold that "killed" me, "I'm fine but" the pay, a location sent to meet, a brother
// who won't go to the doctor, a debt one never gets out of, a bunkhouse gate shut every night, taking
// a child to the park.
describe('Punjabi: own words for the concepts widened', () => {
  expectDanger(
    'pa',
    [
      'ਸੇਠ ਸਾਨੂੰ ਫਾਰਮ ਤੋਂ ਨਿਕਲਣ ਨਹੀਂ ਦਿੰਦਾ, ਹੁਣੇ ਵੀ ਗੇਟ ਤੇ ਖੜ੍ਹਾ',
      'owner keh reha aj raat tera kam tamam, oh bahar khada',
      'ਉਹਦੇ ਹੱਥ ਚ ਰਾਡ ਆ ਤੇ ਮੇਰੇ ਕਮਰੇ ਵੱਲ ਆ ਰਿਹਾ',
      'ohi banda fer aa gya, chup chaap msg kar rahi aa',
      'ਮੇਰੇ ਸਾਥੀ ਦੇ ਮੂੰਹ ਚੋਂ ਝੱਗ ਆ ਰਹੀ, ਹਿੱਲਦਾ ਨੀ',
      'ਸਾਨੂੰ ਕਮਰੇ ਚ ਬੰਦ ਕਰਕੇ ਬਾਹਰੋਂ ਕੁੰਡਾ ਲਾ ਗਏ',
      'ਕੋਈ ਆਜੋ ਛੇਤੀ',
      'agent kehnda bag chuko hune, sanu dooje province lai jana, sab de passport ohde kol',
      'ਮੇਰੇ ਰੂਮਮੇਟ ਨੇ ਦਵਾਈ ਦੀ ਸਾਰੀ ਸ਼ੀਸ਼ੀ ਪੀ ਲਈ',
      'kal da suraj nahi dekhna, sab nu maaf kar dena',
    ],
    [
      'thand ne maar ditta aj, -30 ch kamm band hunda?',
      'ਮੈਂ ਠੀਕ ਹਾਂ ਪਰ ਤਨਖਾਹ ਲੇਟ ਆ, ਕੀ ਕਰਾਂ',
      'location bhej rahi aan, Brampton wale office de bahar milde',
      'bhra doctor kol nahi janda, health card nahi bana, ki kariye?',
      'ਕਰਜ਼ਾ ਏਨਾ ਹੋ ਗਿਆ, ਲੱਗਦਾ ਕਦੇ ਨਿਕਲ ਨਹੀਂ ਸਕਣਾ',
      'roz raat nu 10 vaje to baad bunkhouse da gate band, koi bahar nahi ja sakda, eh theek aa?',
      'ਮੈਂ ਅੱਜ ਬੱਚੇ ਨੂੰ ਆਪਣੇ ਨਾਲ ਲੈ ਜਾਊਂਗਾ ਪਾਰਕ',
    ],
  );
});
