// What the lists of English, Spanish, French, Haitian Creole, Portuguese and Tagalog were widened
// with from a new batch, in lines of our own: a veiled goodbye ("it all ends today", "thank you
// for trying", "I just wanted someone to know"), alone with a man who has been drinking, a threat
// to break the door down if it is not opened, a quota of clients forced on someone tonight, a
// knife in the boss's hands in the kitchen, a body shaking and sight going in the heat with rest
// refused. Beside them, what stays no danger: a question of rules said to be only that ("not
// saying he did", "so pra saber", "anyen pa rive m"), laughter said in words ("il rit en le
// disant", "l pale an ri", "nan jdec"), boredom, hunger or heat that "kills", a fire put out with
// nobody hurt, a recruiter arrested, a padlock told of a place left behind, a small burn in a
// kitchen, a series seen on Netflix. Each line is one a person could send; none is taken from the
// evaluation sets.
import { describe } from 'vitest';
import { eachNeitherByLists, expectDanger } from './expectDanger.ts';

describe('English: a veiled goodbye, alone with him drunk', () => {
  expectDanger(
    'en',
    [
      'it all ends tonight. thanks for trying to help me',
      'the rope is ready, i just wanted someone to know',
      'im alone with him in the house and hes drunk',
      'today it all ends, tell my mother sorry',
      'thank you for trying, i have all the pills here',
      'hes drunk and im alone with him, he keeps banging on my door',
      'i just wanted someone to know, im on the bridge',
      'it all ends today. forgive me',
      'boss is driving me to the airport tonight to send me home, he has my passport',
      // A blade named beside what it cuts stays a weapon when it is turned on someone.
      'he came back with a machete to cut me, hes outside',
    ],
    [
      'Can my boss hit me if I make a mistake? not saying he did, just want to know the law',
      "I called 911 last week for my coworker's allergy, she is fine now. will it affect my permit?",
      'small fire in the kitchen yesterday but nobody got hurt, do I report it?',
      'is it legal for the boss to slap a worker? nothing happened to me, just asking',
      'thanks for trying to help with my pay stub, I will call the office',
      'I work alone with him on sundays, is overtime paid?',
      'my cousin is driving me to the airport tomorrow, do I need my work permit?',
      // A blade named for the crop or wood it cuts, a licence to hunt: a tool, asked about.
      'we use machetes to cut the corn, is the company supposed to train us?',
      'I have a hunting licence, can I keep my rifle at the farm?',
    ],
  );
});

describe('Spanish: the door broken down if not opened, alone with him drunk, a veiled goodbye', () => {
  expectDanger(
    'es',
    [
      'esta afuera y dice que si no le abro tumba la puerta',
      'mi patron esta borracho y dice que va a tumbar la puerta',
      'estoy sola con el en la casa y esta borracho',
      'hoy se acaba todo. gracias por intentarlo',
      'tengo la soga lista, solo queria que alguien supiera',
      'amenaza con romper la puerta si no salgo, tengo miedo',
      'gracias a quien lea esto, ya tengo las pastillas',
      'van a derribar la puerta, estan borrachos, ayuda',
      // Threatened with a blade where blades are the work's tool: still a weapon.
      'usamos cuchillos en la planta y ahorita un compañero me esta amenazando con el cuchillo',
      'en el matadero el encargado me amenazo con la navaja y me esta esperando afuera',
    ],
    [
      'vi una serie de secuestros en netflix, si un dia me pasa algo a quien llamo?',
      'el cuchillo de deshuese me lastima la muñeca de tanto cortar, a quien le aviso?',
      'la bodega de quimicos tiene candado y solo el jefe tiene llave, eso esta bien o no?',
      'vi una pelicula de trata de personas y me dio miedo',
      'es legal que el patron nos grite? solo pregunto',
      'gracias por intentarlo, ya me pagaron lo que me debian',
      'el supervisor me amenazo con despedirme si no hago horas extra',
      'me amenazaron con un cuchillo el año pasado en otra granja, ahora estoy bien, puedo denunciar?',
    ],
  );
});

describe('French: clients forced tonight, alone with him drunk, a veiled goodbye', () => {
  expectDanger(
    'fr',
    [
      "a soir c'est 5 clients minimum sinon elle me frappe",
      'il dit ce soir 4 clients minimum sinon pas de paie, il a mon passeport',
      'je suis seule avec lui et il a bu, il frappe a ma chambre',
      "seule avec lui ce soir, il a bu, j'ai peur",
      "aujourd'hui tout se termine. merci d'avoir essaye",
      "la corde est prete, je voulais juste que quelqu'un sache",
      'elle veut 3 clients par soir sinon il me bat',
      'je suis seule avec lui, il a bu',
    ],
    [
      "le patron dit 'je vais te tuer' mais il rit en le disant, c'est sa facon de parler",
      "je vais l'etrangler ce proprio nan jdec, il peut augmenter le loyer?",
      'on a fait un feu de branches au verger, la fumee nous pique les yeux, on a droit a des masques?',
      'il a le droit de nous faire travailler sous la pluie?',
      "merci a ceux qui lisent ce groupe, j'ai une question sur mon permis",
      "je travaille seule avec lui le samedi, c'est legal de me faire travailler 12h?",
    ],
  );
});

describe('Haitian Creole: clients forced on someone, alone with him drunk, a veiled goodbye', () => {
  expectDanger(
    'ht',
    [
      'kòd la pare, m te jis vle yon moun konnen',
      'bòs la di aswè a m oblije al fè plezi kliyan yo, li gen paspò m',
      'm pou kont mwen ak li lakay la, li sou, m pè',
      'jodi a tout bagay fini. mèsi paske nou eseye',
      'yo fòse m al kouche ak kliyan chak swa, ede m',
      'm sèl ak li epi li sou, l ap frape pòt chanm mwen',
      'grenn yo pare, m te jis vle yon moun konnen',
      'li di fòk m al ak kliyan aswè a, m pa vle, ede m',
    ],
    [
      'chalè sa a pral touye m, èske yo dwe ban nou dlo?',
      'èske patwon an gen dwa frape m? anyen pa rive m, m jis vle konnen lwa a',
      "bòs la di 'm ap touye w' men l pale an ri",
      'm boule ti kras nan kizin nan, èske m ka jwenn konje?',
      'nèg ki t ap swiv mwen an pa vini ankò, lapolis te pale avè l, mèsi',
      'm kache l nan sak mwen paske yo pa vle telefòn nan travay',
    ],
  );
});

describe('Portuguese: clients forced tonight, alone with him drunk, a veiled goodbye', () => {
  expectDanger(
    'pt',
    [
      'o dono disse que hoje tenho que pagar a divida com o corpo, socorro',
      'ela disse que vou atender os amigos dele no quarto hoje, tô com medo',
      'estou sozinha com ele em casa e ele bebeu, ele tá batendo na porta',
      'hoje tudo acaba. obrigada por tentar',
      'a corda ta pronta, so queria que alguem soubesse',
      'ultima vez que escrevo, cuidem da minha filha',
      'ele me obriga a atender os amigos dele no quarto hoje, pegou meu passaporte',
      'so queria que alguem soubesse, to em cima da ponte',
      'o patrao ta me levando pro aeroporto agora, ele ta com meu passaporte',
    ],
    [
      'esse calor ta me matando, tem lei de pausa?',
      'to morrendo de fome, que horas e o almoco no turno?',
      'o recrutador que me enganou foi preso, posso receber o dinheiro?',
      'quando eu morava na outra casa tinha cadeado na porta, agora to num lugar normal',
      'o patrao pode me bater? so pra saber',
      'queimei um pouco a mão no fogo alto da cozinha, passei pomada',
    ],
  );
});

describe('Tagalog: a knife in the boss hands in the kitchen, shaking and sight going in the heat', () => {
  expectDanger(
    'tl',
    [
      'tulong, may kutsilyo si boss nasa kusina siya ngayon',
      'nanginginig na ang katawan ko sa init, hindi na ako makakita, ayaw kami pagpahingahin',
      'tulungan nyo ako, nahihilo ako at hindi na ko makakita sa init sa bukid',
      'tabangi ko, nagkurog akong lawas, dili na ko makakita',
      'may kutsilyo si sir, nasa kusina, tulong po',
      'nanginginig ang katawan ko at di na ako makakita, tulong',
      'tulong po may kutsilyo ang amo ko nasa kusina siya',
      'hindi na ako makakita at nanginginig ang katawan ko, walang doktor, tulong',
    ],
    [
      'mamamatay na ako sa inip dito sa dorm pag day off',
      'kung sakaling saktan ako ng amo ko balang araw, ano ang karapatan ko?',
      'may maliit na sunog sa kusina kanina pero napatay agad, walang nasaktan',
      'gamit ko ang kutsilyo sa kusina buong araw, may gloves ba dapat?',
      'mamamatay ako sa gutom, anong oras ang break?',
      'ayaw kami pagpahingahin ng foreman, may batas ba sa break?',
    ],
  );
});

// A cut one gave oneself with the work's blade ("me corté", "cortei") is a cut at work, not a
// knife beside a person: Spanish had answered "me corté el dedo con el cuchillo de la planta, ahora
// me duele" as an emergency. Someone who cut the writer ("me cortó"), a wrist cut, a cut that does
// not stop bleeding stay danger.
describe('Spanish and Portuguese: a cut given oneself with the work\'s knife', () => {
  expectDanger(
    'es/pt',
    ['el patron me corto con el cuchillo', 'me corte el dedo con el cuchillo y no para de sangrar, ayuda', 'me corte las venas'],
    [],
  );
  eachNeitherByLists('a cut at work, by the lists (the learned signal may ask)', [
    'me corté el dedo con el cuchillo de la planta, ahora me duele',
    'me corte la mano con el cuchillo en el trabajo, quien paga el doctor?',
    'cortei o dedo com a faca da fabrica, tenho direito a afastamento?',
  ]);
});

// "FIRE" typed alone to a help line is a cry; "fire" beside anything else may be losing a job.
describe('English: fire shouted alone', () => {
  expectDanger('en', ['FIRE', 'fire!!', 'Fire.', 'smoke!!'], ['fired', 'can they fire me', 'fire drill', 'they might fire me tomorrow', 'fire me and see']);
});
