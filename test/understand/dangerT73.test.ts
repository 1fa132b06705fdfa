// t73a (the brief of t72a, other writers, each language's lines its own) was scored before anyone
// read it at c66e8def (263 of 280 danger lines flagged, 16 asked, 1 missed; 10 of 378 harmless lines
// alarmed, 10 asked) and again once t72a had been worked from (5c55ccb3: 262, 17, 1; 8 alarmed, 9
// asked). Read since. What it missed or only asked about, and its false alarms, in every language it
// showed them, and the same meaning in others. Own lines.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachLeftAlone, eachNeither } from './expectDanger.ts';

describe('t73a: missed or asked before, danger now', () => {
  eachFlaggedByLists('a doctor or the hospital refused beside an injury, blood coughed up, a chemical in the eye', [
    '我发烧三天了 今天开始咳血 老板娘说不严重 不让我去看医生 还说敢走就扣工资',
    "У мене третій день температура 40 і кашель з кров'ю, а хазяйка каже нічого страшного, до лікаря не везе і каже якщо піду сама то звільнить",
    'น้ำยาล้างถังกระเด็นเข้าตา แสบมากมองไม่เห็นเลย หัวหน้าบอกล้างน้ำเฉยๆพอ ห้ามไปโรงบาล',
    'me cai del tractor y creo q me quebre la pierna no me puedo parar, y el patron dice q si voy al hospital me regresa a mexico',
  ]);
  eachFlaggedByLists('a threat to come tonight, someone on the way; a threat to teach a lesson, blocked at the door', [
    'มันโทรมาบอกว่าคืนนี้จะมาฟันให้ตาย เพราะเราไปบอกเพื่อนเรื่องค่าแรง ตอนนี้มันขับรถออกมาแล้ว',
    'ele falou que vai vir aqui hoje arrebentar minha cara e depois mandar alguem pegar minha mae no brasil, ele ja saiu de casa',
    '老板和他儿子把我堵在冷库门口 说要给我点颜色看看',
  ]);
  eachFlaggedByLists('a weapon in a car that drives somewhere unknown; a chopper; men waiting outside', [
    "je suis dans l'auto du recruteur, il m'a montré son pistolet dans la boite a gants et il dit si je cours il tire. on roule je sais pas vers ou",
    'पीछे वाले खेत में झगड़ा हो गया, एक बंदा गंडासा लेके सबको दौड़ा रहा है',
    'sat sri akal ji, main puchna si ki mera PGWP khatam hon wala te LMIA wala employer 30000 mang reha. ajj jado main mana kita ta ohne apne do bande bulaye jo bahar parking ch khade ne te keh gaye ne ki nikal ke dikha. main office de andar aa. ki main LMIA de paise den ton mana kar sakda?',
  ]);
  eachFlaggedByLists('followed by a tracked phone, a car parked outside; a chain on the outside door', [
    "mon ancien boss a mis une app sur mon cell, il savait toujours ou j'etais. la je suis chez une amie a longueuil et son char est stationné devant depuis 20 min",
    'on a fini la fermeture du resto et le boss a mis la chaine sur la porte de dehors, il dit on dort ici pour le brunch demain, on est 4 dans la cuisine',
    '老板从昨天晚上就把我们锁在宿舍里了，门从外面锁的，没水了怎么办',
  ]);
  // Being moved tonight with the papers held, however it is asked (keptAround).
  eachFlaggedByLists('moved tonight or at dawn, papers held, no address, in a question about work', [
    'buenas tardes disculpe la molestia, tenia una duda de mi cheque porq me quitaron 300 y no dicen de q, no se si es de la renta o del vuelo, y tambien el señor q nos trajo dice q hoy en la noche nos va a subir a una van pa otra granja pero no dice donde y ya tiene los pasaportes de todos, y lo del cheque a quien le reclamo',
    'good evening po, tanong ko lang po kung pano mag claim ng EI pag natanggal, kasi po ung employer ko sabi wala na daw work, tapos sabi ng kasama nyang lalaki isasakay daw kami mamayang madaling araw papuntang ibang city para sa bagong trabaho, hawak na nya passport namin di nya sinasabi kung saan. pero ung EI po pwede ba ako',
    'chu bao thu don do, 3h sang nay co xe cho qua ben My, giay to ho giu het, k ai biet di dau',
  ]);
  eachFlaggedByLists('disappearing from this world with pills at hand; not able to live, a last talk', [
    'انا اسف على الازعاج بس حاسس ان احسن شي اختفي من هالدنيا، جبت حبوب كتير وقاعد لحالي',
    'mujhse nahi jiya jaata ab, bas aakhri baar kisi se baat karni thi',
  ]);
});

describe('t73a: false alarms before, no emergency now', () => {
  eachNeither('becoming undocumented, not violent, a former employer, the news in a film', [
    'pèmi travay mwen an ekspire nan 2 semèn e m poko jwenn repons pou renouvèlman an. eske m ka kontinye travay oswa m ap tonbe san papye?',
    'faz 4 meses que o patrao ta com meu passaporte. ele nao é violento nem nada, só nao devolve',
    'nan fim m t ap gade a yo te kidnape yon travaye imigran, sa fe m reflechi, eske gen yon nimewo pou rele si sa ta janm rive?',
    'shef skazav shcho vbye mene yakshcho shche raz zapiznyus 😅 a realno chy mozhe vin zniaty hroshi za zapiznennia?',
  ]);
  eachLeftAlone('the cold that kills, a past wish to die now better, a former employer who hurt', [
    'fre a ap touye nou nan chan frez yo, 5e di maten nou deja la. eske patwon an oblije ban nou rad pou fre?',
    '我之前抑郁很严重 有过轻生的念头 现在在吃药好多了 请问有中文的心理咨询吗',
    'อยากแจ้งตำรวจเรื่องที่นายจ้างเก่าทำร้าย แต่วีซ่าหมดแล้ว ตำรวจจะจับเราส่งอิมมิเกรชั่นไหมคะ',
  ]);
});
