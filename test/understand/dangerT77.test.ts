// t77a (the brief of t72a, other writers) was scored before anyone read it at c66e8def (273 of 280
// danger lines flagged, 5 asked, 2 missed; 13 of 378 harmless lines alarmed), at c018e52f and at
// every commit since up to e733a926 (274, 4, 2; 10 alarmed, 7 asked): the unread measure of two
// rounds. Read since, when t81a took its place. Own lines beside its own.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachNeither } from './expectDanger.ts';

describe('t77a: missed or asked before, danger now', () => {
  eachFlaggedByLists('a room full of smoke and a door that will not open; locked in since last night ("fenmen"), a padlock outside', [
    'الغرفة مليئة بالدخان والباب لا يفتح، أرجوكم ساعدوني',
    'yo fenmen nou nan depo a depi ye swa, kadna a deyo, nou 7, pa gen dlo',
  ]);
  eachFlaggedByLists('a bat in his hand, legs to be broken, three latched in a bathroom, between questions about pay and PR', [
    'sat sri akal ji, mera sawal si ki malik paycheque ton har hafte 250 kat lainda kehnda LMIA de paise, eh legal aa? te hune hune ohda bhra aaya hath ch bat laike, kehnda jehda v labour wale kol gaya ohdiyan latta tod du, asi 3 jane bathroom ch andar aan kunda laa ke. te PR layi eh job count hougi ke nahi?',
  ]);
  eachFlaggedByLists('on a bridge, "the only way left", sorry; cannot breathe after pesticide (Isan), told to sit it out; a car waiting downstairs for hours and "I saw you"', [
    'm la sou pon an kounya, m santi se sel solisyon ki rete. padon',
    'หายใจบ่ออก ยาฆ่าแมลงหกในโรงเรือน แสบคอหลาย หัวหน้าบอกนั่งพักเดี๋ยวก็หาย',
    '楼下有辆车停了两个小时了，是中介那边的人，我还欠他钱，他刚发微信说看到我了',
  ]);
});

describe('t77a: false alarms or questions before, no emergency now', () => {
  eachNeither('told as over: at another job now, help received and better, all healed, last winter, last year', [
    'el año pasado el patron me dio una cachetada, ahora ya estoy en otro trabajo pero quiero saber que derechos tenia yo',
    'el invierno pasado estuve muy deprimido y pense en quitarme la vida, pero ya recibi ayuda y estoy mejor. ahora quiero cambiar de patron porque este lugar tiene mucho que ver',
    'no inverno passado eu tava mt mal, pensei em tirar minha vida, mas procurei ajuda e hj to melhor. quero mudar de empregador pq aquele lugar foi parte do problema',
    'gaya barsa purano sahu le malai thappad hanyo, aile arko kaam ma chu, tyo bela ko lagi kei garna milcha?',
    'pehla mere mann ch apne aap nu khatam karan de khayal aunde si jad us farm te si, hun doctor kol ja reha te theek aan. bas puchhna si purane malik te case ho sakda?',
    'зламав палець на роботі в березні, вже все зажило, але WSIB нічого не виплатили, можна ще подати?',
  ]);
  eachNeither('a figure, a threat to the LMIA, a fire alarm for burnt popcorn', [
    'yo kaam le ta malai marcha hola yar, 14 ghanta ubhiera bhada majhne',
    'employer dhamki de raha hai ki agar maine job chhodi to LMIA cancel karwa dega aur PR ka chance khatam. kya wo aisa kar sakta hai?',
    'alam dife a sonnen maten an nan faktori a, se te selman popkon ki boule nan kafeterya a, men tout soti yo te bloke ak bwat. ki moun pou m di sa?',
  ]);
  // "perezhyvaiu" (I worry) typed in Latin letters beside "vona" (she) has the skeleton of a
  // Ukrainian term for cutting one's veins; it is blanked as a word of its own. Cutting stays.
  eachNeither('"I worry", in Ukrainian Latin letters (both danger before)', ['ya tak perezhyvaiu, vona tam sama na fermi bez vykhidnykh', 'duzhe perezhyvaiu vona ne znaie pro svoi prava']);
  eachFlaggedByLists('cut veins, in Ukrainian Latin letters, still', ['vona porizala veny, krov ide']);
});
