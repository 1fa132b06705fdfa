// t79a (the brief of t72a, other writers) was scored before anyone read it at c018e52f (272 of 280
// danger lines flagged, 6 asked, 2 missed; 12 of 378 harmless lines alarmed, 13 asked) and at
// b1cb64a8, after t75a, t76a and t78a had been worked from (273, 5, 2; 12 alarmed, 11 asked).
// Read since. Own lines beside its own.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachNeither } from './expectDanger.ts';

describe('t79a: missed or asked before, danger now', () => {
  eachFlaggedByLists('breathless with fever and no hospital; a deep cut soaking the clothes; a child burnt with a cigarette now', [
    'bajei lai hernu parne ma aafai 3 din dekhi jwaro ra khoki, sas phulchha, madam bhanchhin kaam chhodera kaha janchhau, aspatal jaana dinnan',
    'haat ma thulo ghau chha sheesa le, ragat le kapada bhijyo',
    'छिमेकी कोठाको सानो नानीलाई उसको बाउले चुरोटले पोल्दैछ, नानी चिच्याइरहेकी छ',
  ]);
  eachFlaggedByLists('taken tonight, passport snatched, no one says where; a guard at the door (Thai in Latin letters)', [
    'hamro passport kosyo ani aja rati montreal tira lane bhanchha, kun thau ho kehi bhandainan',
    'pa kan maa 4 kon yu nai ran nuad, mai hai ok pai tang tae maa tueng, mi kon fao pratu, bok tha ni ja kha tiang',
  ]);
  eachFlaggedByLists('a newcomer beaten with a rolling pin between questions; a lender at the door all night', [
    '你好我想先问个事，我的SIN号码过期了还能不能报税，还有上个月的工钱他只给了一半，然后那个，现在后厨大厨正拿擀面杖打新来的小李，小李倒地上了头在流血，没人敢拉，之后我还想问下租房的事',
    '那个放贷的人在我宿舍门口坐了一晚上了，说我今天不还钱就别想出门',
  ]);
});

describe('t79a: false alarms before, no emergency now', () => {
  eachNeither('deducted, not cut or taken; fell ill, not shut in; "I will arrange it"', [
    'bonjour mon boss me paye 14$ de lheure mais le contrat dit 16,50 et il enleve aussi 50$ par semaine pour les bottes. jai droit a la difference?',
    'm te peye yon ajan 5000 dola meriken pou m jwenn travay sa a, kounya patwon an di m dwe l lajan avyon an epi l ap koupe l sou pey mwen. se legal?',
    'oiga cuantas horas es lo maximo q uno puede trabajar aqui en canada? nosotros le damos de 6 a 8 de la noche los 7 dias y el dia q me enferme igual me hicieron ir',
    'kathmandu ko consultancy lai 22 lakh tiryo buwa le jagga bechera, yaha aaye paxi job nai chhaina bhanchha, arko 5000 dollar deu ani milauchhu bhanchha. k garne',
  ]);
  eachNeither('told as over: healed, somewhere else now, years ago abroad; a Facebook video', [
    'احترقت إيدي بالفرن بشهر ٣، تعالجت وطابت، بس ما دفعولي الأيام اللي غبت فيها',
    'el año pasado el patron me dio una cachetada, ahorita ya estoy en otro lado tranquilo, pero quiero saber si puedo reclamar algo',
    'na arabia saudita eu fui trancada pela familia por 1 ano, ja passou, agora quero saber meus direitos aqui no canada',
    'ปีที่แล้วนายจ้างเก่าตบหน้า ตอนนี้ย้ายมาอยู่ฟาร์มใหม่แล้วสบายดี แต่ยังแจ้งได้มั้ย',
    'nung nasa hong kong ako dati kinulong ako ng amo ko ng isang taon, tapos na yun, ngayon dito na ako sa canada gusto ko lang malaman rights ko',
    '小时候在老家被亲戚带去工厂打工不让回家，早就过去了，但现在老板一锁门我就害怕，有没有人可以聊聊',
    'फेसबुकमा नेपाली केटीहरू क्यानडामा फसेको भिडियो देखेँ, डर लाग्यो, यो साँचो हो?',
  ]);
});

// "Quick question" opens many first messages: it is no call to hurry (the lists asked "are you in
// danger right now?" of a question about overtime beside an angry boss). Own lines.
describe('a quick question is no call to hurry', () => {
  eachNeither('quick question, nothing happening', [
    'hi quick question about overtime, my boss is angry at us',
    'Quick question, is it legal for an employer to hit a worker for making mistakes? Nothing happened, I just want to know the law',
  ]);
  eachFlaggedByLists('quick question, a knife at the door now', ['quick question he has a knife and hes outside my door']);
});
