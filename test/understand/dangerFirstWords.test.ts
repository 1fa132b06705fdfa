// Danger said in everyday words, often as a first message: a greeting or an apology, then a cry,
// a threat in other words, someone at the door, a lock, a vehicle going nowhere anyone names.
// Each line is one a person could send; none is taken from the evaluation sets.
import { describe, expect, it } from 'vitest';
import { eachFlagged, eachLeftAlone, eachNeither, eachNeitherByLists, expectDanger } from './expectDanger.ts';
import { understanding } from './shared.ts';

describe('Hindi: a cry with "quickly", a threat in other words, a lock, not knowing where', () => {
  expectDanger(
    'hi',
    [
      'madad chahiye abhi jaldi',
      'jaldi koi madad karo plz',
      'sir help karo na jaldi, wo log aa gaye',
      'malik bola aaj raat tera kaam tamaam kar dunga',
      'agent ne passport le liya aur bola bhaagi to maar ke phek denge',
      'usne bola tujhe uthwa lunga, ab uski gaadi bahar hai',
      'hum 6 log hai, 2 din se khana nahi diya, darwaze pe tala hai',
      'hum kahan hai pata nahi, 4 ghante se gaadi chal rahi hai',
      'malik ka beta meri beti ko chhed raha hai, wo abhi uske kamre me hai',
      'abhi baat nahi kar sakti, wo paas me hai. bas msg karo',
      'बोल नहीं सकती, वो पास में है',
      'मदद चाहिए जल्दी',
      'कोई मदद करो, वो दरवाज़ा तोड़ रहा है',
    ],
    [
      'jaldi batao overtime ka paisa kab milega',
      'supervisor galat tarike se chhoota hai, kya complaint kar sakte hai',
      'mujhe kaam me madad chahiye, resume kaise banau',
      'gaadi chal rahi hai ya nahi pata nahi, mechanic ko dikhana hai',
      'pata nahi kahan jau shikayat karne',
      'मुझे वीज़ा के लिए मदद चाहिए',
    ],
  );
});

describe('Spanish: burned by someone, a threat to bury, a locked room, someone to help', () => {
  expectDanger(
    'es',
    [
      'mi marido me quemo con agua hirviendo',
      'el patron me echo agua hirviendo en la espalda',
      'me dijo que si lo denuncio me entierra aqui mismo',
      'me tienen en un cuarto con llave',
      'buenas, no se si es el numero correcto pero nos tienen en la bodega con llave',
      'porfavor alguien que me ayude rapido',
      'ayuda porfavor',
    ],
    [
      'me queme con agua hirviendo haciendo cafe la semana pasada, ya estoy bien',
      'conozco a alguien que trabaja 14 horas sin descanso',
      'tienen mi pasaporte bajo llave en la oficina',
    ],
  );
});

describe('Tagalog: beaten up, a threat to bury, "tulungan nyo ko"', () => {
  expectDanger(
    'tl',
    ['ginugulpi ako ng asawa ko ngayon', 'sabi nya ililibing nya ko dito pag nagsumbong ako', 'tulungan nyo ko bilis', 'tulungan mo ko'],
    ['inilibing na si lola kahapon sa probinsya', 'tulungan nyo ko mag apply ng work permit'],
  );
});

// A word that hedges a question ("alguien que", someone who) read inside a cry for help ("alguien
// que me ayude") is that cry, not a question.
describe('a hedge read inside a cry is the cry', () => {
  eachFlagged('flags', ['porfavor alguien que me ayude rapido', 'alguien que me ayude por favor, urgente']);
  eachNeither('leaves alone', ['alguien que me ayude con mi declaración de impuestos', 'busco a alguien que me ayude con el currículum']);
});

// Fear with someone at the door or outside the room: the room is a place, not a housing matter.
describe('fear with someone at the door of the room', () => {
  it('asks the question', () => {
    const r = understanding().routeOffline('mai bahut darr gayi hu, malik ka aadmi kamre ke bahar hai aur chilla raha hai');
    expect(r.danger || r.dangerCheck).toBe(true);
  });
  eachNeither('a fear about the room itself', ['darr lag raha hai ki kamre ka kiraya badh jayega', 'tengo miedo de que me suban la renta del cuarto']);
});

// "I don't know if this is the right number" opens a first message: whether this is the place,
// not an "if" about what happens, and it lowers nothing told after it.
describe('not knowing whether this is the right number', () => {
  eachFlagged('flags what follows', [
    "idk if this is the right number but a man has been following me all week and he is outside now",
    'jsp si c le bon num mais il me suit depuis le boulot et il est devant chez moi',
    'no se si es el numero correcto pero un hombre me esta siguiendo y ahorita esta afuera',
    'pata nahi sahi number hai ya nahi, ek aadmi mera peecha kar raha hai, abhi bahar khada hai',
    'di ko po alam kung tama tong number, may sumusunod sakin, nasa labas siya ngayon',
  ]);
  it('asks about a fear told after it', () => {
    for (const t of ['idk if this is the right number, im scared, he is at my door', 'no se si es el numero correcto, tengo miedo, esta en mi puerta', 'jsp si c le bon numero, j ai peur, il est a ma porte']) {
      const r = understanding().routeOffline(t);
      expect(r.danger || r.dangerCheck, t).toBe(true);
    }
  });
  eachNeither('leaves what follows alone when it is a matter', ["idk if this is the right number but my boss didn't pay my overtime", 'no se si es el numero correcto, quiero saber de mi permiso de trabajo']);
});

// A call to come quickly written alone ("jaldi", "chhito", "vit"), as English "quick" and Spanish
// "rapido": a cry for help with it is danger, whatever its length; beside pay it is nothing.
describe('a cry with "quickly" in Punjabi, Nepali, Kreyòl', () => {
  expectDanger(
    'quickly',
    ['veerji madad karo jaldi, please koi aa jao', 'ਮਦਦ ਕਰੋ ਜਲਦੀ', 'didi maddat garnus chhito', 'ede nou vit tanpri'],
    ['jaldi batao salary kab aayegi', 'mainu jaldi paise chahide ne', 'chhito bhannus visa ko barema', 'm bezwen papye yo vit'],
  );
});

// Nepali "bhane" is a bare "if" (`cond`): it lowers what might happen, never a threat to kill.
describe('Nepali "bhane": an if, not a general question', () => {
  expectDanger(
    'ne',
    ['malik le police ma gayo bhane maridinchu bhanyo', 'sahuji le bhagis bhane maardinchu bhanchha, ahile dhoka ma cha'],
    ['yadi malik le pityo bhane k garne, police ma jane?'],
  );
});

// Not able to talk, and someone near ("oh kol hai", "u najik cha"): someone here.
describe('cannot talk, someone near, in Punjabi and Nepali', () => {
  eachFlagged('flags', ['gal nahi kar sakdi, oh kol hai', 'ਗੱਲ ਨਹੀਂ ਕਰ ਸਕਦੀ, ਉਹ ਕੋਲ ਹੈ', 'bolna sakdina, u najikai cha', 'dhoka bahira bata lock cha, niklina sakdina']);
});

// Driven off with the phones taken: a vehicle and the phones gone are being taken, as a vehicle
// and a destination no one names are.
describe('a vehicle and the phones taken', () => {
  expectDanger(
    'taken',
    [
      'humara malik hume raat ko kahin truck me le ja raha hai, bolta hai naya kaam, par sabke phone le liye',
      'nos estan llevando en una camioneta en la noche, dicen que a otro trabajo pero nos quitaron los telefonos',
      'dinadala kami ng amo sa truck ngayong gabi, bagong trabaho daw, pero kinuha lahat ng cellphone',
    ],
    [
      'nos quitaron los celulares durante el turno, es legal?',
      'malik ne kaam ke time phone le liye, kya ye legal hai',
      'kinuha ng amo ang cellphone ko habang nagtatrabaho, pwede ba yun',
      'the van takes us to the farm at 5, they take our phones during work',
    ],
  );
});

// Someone fainting, a doctor refused with deportation; a threat to make someone disappear or
// break their legs; writing in secret; "get me out of here".
describe('a doctor refused with deportation, threats in other words, writing in secret', () => {
  expectDanger(
    'more',
    [
      'bhai sahab mere saath wale ko bukhar hai 3 din se, behosh ho jata hai, malik bolta hai doctor ke paas gaya to deport kara dunga',
      'yung kasama ko may lagnat, nahihimatay, sabi ng amo pag pumunta sa doctor ipapadeport nya',
      'माफ़ कीजिए, मुझे डर लग रहा है, मेरा मालिक कहता है अगर मैंने किसी को बताया तो मुझे गायब कर देगा',
      'sorry po natatakot ako, sabi ng amo pag may pinagsabihan ako ipapawala nya ako',
      'mi patron me dijo que si me voy me va a romper las piernas, esta afuera con sus amigos',
      'mi compañera de cuarto se colgo de la regadera, no se si respira',
      'agent bol raha hai aaj raat mujhe dusri jagah bhej dega, phone bhi rakh liya, mai bathroom se likh rahi hu',
      'wait lang. papunta na sya. ilabas nyo ko dito',
      'hola quisiera saber si me pueden ayudar. no nos dejan salir de la casa y la señora nos pega',
    ],
    [
      'si voy al doctor me deportan?',
      'pag pumunta ako sa doctor ipapadeport ba ako?',
      'doctor ke paas gaya to deport to nahi karenge na?',
      'mera passport gayab ho gaya, kya karu',
      'la computadora se colgo otra vez',
      'dinala ng amo ko ang anak ko sa doctor',
      'quisiera saber si me pueden ayudar. no me pagan las horas extra',
    ],
  );
});

// What happened minutes or hours ago is happening still: no past that makes it smaller.
describe('minutes or hours ago', () => {
  expectDanger(
    'recent',
    [
      'my friend got hit by the forklift 20 min ago, hes not moving and the boss says no ambulance',
      'he beat my roommate an hour ago, she is still on the floor',
      'do ghante pehle malik ne mere dost ko bahut maara, wo uth nahi raha',
      'ik ghanta pehlan malik ne mere bhra nu kuttya, oh hil nahi reha',
    ],
    ['he hit me a year ago, i left that job', 'two hours ago my boss yelled at me about the schedule'],
  );
});

// Punjabi written in Shahmukhi: its letters (ی ک ں ہ ے ٹ) are not Arabic's, and its words are
// danger words of the Punjabi list.
describe('Punjabi in Shahmukhi', () => {
  expectDanger(
    'pa (Shahmukhi)',
    [
      'میرا مالک مینوں کمرے وچ بند کر کے چلا گیا اے، مدد کرو',
      'مینوں مالک نے بہت ماریا، ہن وی باہر کھڑا اے',
      'سانوں ٹرک وچ بٹھا کے لے جا رہے، پتہ نئیں کتھے',
      'میں ہن جینا نئیں چاہندی',
      'اگ لگ گئی، دھواں ای دھواں',
    ],
    [
      'مالک دکان بند کر کے گھر گیا',
      'ساڈا مالک تنخواہ نئیں دیندا',
      'پچھلے سال سانوں کمرے وچ بند کر دیندے سی، ہن میں ٹھیک آں',
      'الكفيل أخذ جوازي',
    ],
  );
});

// Words of danger other lists had no form of: a fire named where it is, someone coming now with
// a drunk man, an end set for tonight, the pills in hand, watching the window, run over, a bus
// waiting to take people no one says where, a threat to beat or burn, a question about emergency
// help asked by someone who can only write.
describe('more everyday forms of danger', () => {
  eachFlagged('flags', [
    'FIRE AT THE WAREHOUSE, PEOPLE STILL INSIDE',
    'boss drunk and angry, him coming now to the bunkhouse',
    'so tired of all this. tonight i end it',
    'un tipo esta parado frente a la casa mirando la ventana, creo que lo mando el patron',
    'mi hijo esta con el y el esta muy borracho, no me deja entrar',
    'j ai toutes mes pilules devant moi, je veux que tout s arrete',
    'kamyon an pase sou pye kolèg mwen, li pa reponn ankò',
    'gen yon bis k ap tann deyò, yo pa di kote n prale',
    'sabai chakki haat ma cha, aba sakiyo',
    'u raksi khayera aayo, aaja timilai pitchu bhanchha',
    'kadho mainu ithon please',
    'malik da banda danda lai ke kamre val aa reha',
    'sabi ng amo susunugin daw niya ako, nasa labas siya',
    'nasa kotse kami ng agent, ibang daan ang dinadaanan, bawal magtanong',
    'अगर कोई खतरा हो और मैं बोल न पाऊं तो क्या मैं यहाँ मैसेज कर सकती हूँ?',
    'si il se passe quelque chose cette nuit, je vous ecris ici?',
  ]);
  eachNeitherByLists('leaves alone (the learned signal asks: ADR 0013)', ['we watched the hockey game at the bunkhouse']);
  eachNeither('leaves alone', [
    'the fire at the camp last year destroyed the kitchen, we rebuilt it',
    'i want to end it with my employer and find a new job, how',
  ]);
});

// Someone coming into one's room at night, hair pulled and dragged, an electric shock, the police
// asked for with an address, a gate shut on people, someone taken to a room and heard screaming,
// gasoline poured, "you'll see", being searched for after escaping a car.
describe('danger told without the usual words', () => {
  const askedOrFlagged = (t: string) => {
    const r = understanding().routeOffline(t);
    return r.danger || r.dangerCheck;
  };
  it('asks at least', () => {
    for (const t of [
      'namaste ji mujhe bahut dar lag raha hai malik raat ko mere kamre me aata hai',
      'hola buenas, mi patron se mete a mi cuarto en la noche y tengo mucho miedo',
      'hello po, natatakot po ako, pumapasok po yung amo ko sa kwarto ko pag gabi',
    ]) expect(askedOrFlagged(t), t).toBe(true);
  });
  eachFlagged('flags', [
    'bhai sahab wo mere baal pakad ke ghaseet raha tha, ab bahar gaya hai par aayega',
    'hello? koi police bhej do please, mera address 14 maple road',
    'hello?? pakitawagan po ang pulis, dito sa 14 maple street',
    'maaf karna, hum log 3 din se bhukhe hai, bahar nahi nikal sakte, supervisor ne gate band kiya hai',
    'malik ne mujhe current laga diya',
    'el patron me dio toques con un cable',
    'kinuryente ako ng amo ko',
    'hola, el patron se llevo a mi compañera al cuarto, se oyen gritos',
    'dinala ng amo yung kasama ko sa kwarto, naririnig ko syang sumisigaw',
    'mi esposo echo gasolina en el cuarto, tiene el encendedor',
    'binuhusan ng asawa ko ng gasolina yung kwarto, may hawak na lighter',
    'sabi nya makikita ko daw mamaya, papunta na siya dito',
    'pilit akong isinasakay sa kotse kanina, nakatakas ako, hinahanap nila ako',
  ]);
  // Read at 0.73-0.78 by the learned signal, which asks from 0.7 (ADR 0014): the lists leave it
  // and nothing answers it as danger; the signal may ask "are you in danger right now?".
  eachNeitherByLists('leaves alone by the lists (the learned signal may ask: ADR 0014)', ['what is the address of the office in toronto']);
  eachNeither('leaves alone', [
    'mi patron entra a mi cuarto a revisar el calentador cada mes',
    'current nahi hai kamre me, bijli chali gayi',
    'me dieron la direccion de la oficina, calle 5',
    'tengo miedo, trabajo de noche muchas horas',
  ]);
});

// A word that hedges ("se puede", can one) read inside a harm ("no se puede respirar") is that
// harm; poison taken with a goodbye; hot water thrown; a phone switched off beside someone taken.
describe('a hedge inside a harm, and more forms', () => {
  eachFlagged('flags', [
    'somos 10 en un contenedor, casi no se puede respirar',
    'es normal que el supervisor le pegue a mi amigo con un tubo? todavia no se puede parar',
    'malkin mujhe roz peet ti hai aur aaj usne garam pani daal diya. please help',
    'maine zeher le liya hai, sorry sab ko',
    'nagkulong yung kapatid ko sa kwarto at sabi nya tatapusin na nya ang lahat',
    '10 kami sa container, hirap na kami huminga',
  ]);
  it('asks at least', () => {
    for (const t of ['se llevaron a mi hermana hace 2 dias y su telefono esta apagado', 'yung kapatid ko nabalian ng paa, ayaw siyang payagan pumunta sa ospital']) {
      const r = understanding().routeOffline(t);
      expect(r.danger || r.dangerCheck, t).toBe(true);
    }
  });
  eachNeither('leaves alone', ['se puede respirar mejor con la mascarilla nueva?', 'mi telefono esta apagado porque no tengo cargador', 'sorry sab ko late reply ke liye']);
  // "tatapusin na nya ang lahat" ("he'll end it all") is wanting to die beside a brother shut in:
  // the reports he finishes tomorrow are never an emergency. The learned signal, retrained with
  // t35a's Tagalog, asks about them: the question, never more; the lists leave them alone.
  eachLeftAlone('is never answered as an emergency', ['tatapusin na nya lahat ng report bukas']);
  eachNeitherByLists('the lists leave alone', ['tatapusin na nya lahat ng report bukas']);
});

// Wishing never to wake up, sleeping forever, not bearing it any more: wanting to die said softly.
describe('wanting to die said softly', () => {
  expectDanger(
    'soft',
    [
      'ab aur nahi jhel sakti, bas hamesha ke liye sona chahti hu',
      'kaash kal subah aankh hi na khule',
      'मैं अब और नहीं सह सकती, हमेशा के लिए सो जाना चाहती हूँ',
      'काश कल सुबह आंख ही न खुले',
      'sana hindi na ako magising bukas',
      'ojala ya no despierte mañana',
      'je voudrais dormir pour toujours',
    ],
    ['no quiero despertar temprano mañana, es mi dia libre', 'ayoko na magising ng maaga araw araw', 'sleep forever on weekends lol'],
  );
});

// Touching, groping, forcing: at work alone a matter of abuse (a topic), with one's own child
// something forced on them; a daughter or a roommate who stops answering.
describe('touching and forcing, a child who stops answering', () => {
  expectDanger(
    'touch',
    [
      'namaste, meri beti 15 saal ki hai, malik ke ghar kaam karti hai, aaj ro rahi thi bol rahi thi malik usko chhoo raha hai, ab phone nahi utha rahi',
      'hello po, 15 years old anak ko, kasambahay siya, tumawag siya umiiyak, hinahawakan daw siya ng amo, ngayon hindi na sumasagot',
      'hinihipuan ng amo ang anak ko, tulong po',
      'hello po, magtatanong lang, yung roommate ko 2 araw nang hindi kumakain at sabi nya wala nang kwenta mabuhay',
    ],
    [
      'yung manager hinihipuan ako, sabi nya wag daw ako magsumbong kung gusto ko pa ng trabaho',
      'boss mujhe kandhe pe chhoota hai baat karte waqt, ye theek hai?',
      'malik phone nahi uthata jab salary ka poochte hai',
    ],
  );
});

// A fit, bleach swallowed, chest pain and a fall, a snake bite: emergencies of the body.
describe('emergencies of the body', () => {
  expectDanger(
    'body',
    [
      'bachhe ko daura pad raha hai',
      'meri beti ne bleach pee liya',
      'dost ke seene me dard hai aur wo gir gaya',
      'saanp ne kaat liya khet me',
      'me pico una vibora en el campo, se me esta hinchando la pierna',
      'nakagat ng ahas yung kasama ko sa bukid',
      'inatake sa puso yung kasama ko, hindi makapagsalita',
    ],
    ['mujhe seene me dard hai kabhi kabhi, kya doctor ke paas jau? insurance hai?', 'he visto una vibora en el campo hoy, dan miedo', 'may ahas sa bukid kanina, buti di nakagat', 'bleach pee liya to kya hota hai? bas jaankari ke liye'],
  );
});
