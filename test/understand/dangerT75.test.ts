// t75a (the brief of t72a, other writers) was scored before anyone read it at c66e8def (275 of 280
// danger lines flagged, 4 asked, 1 missed; 10 of 378 harmless lines alarmed, 12 asked) and at
// c018e52f, the end of the round that read t72a to t74a (276, 3, 1; 10 alarmed, 11 asked). Read
// since. What it missed or only asked about, and its false alarms, in the languages it showed them
// and the same meaning in others. Own lines beside its own.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachLeftAlone, eachNeither } from './expectDanger.ts';

describe('t75a: missed or asked before, danger now', () => {
  eachFlaggedByLists('a door banged on or kicked, with a threat to break it, alone inside', [
    'pano po pag kinakalampag nila yung pinto at sisirain daw nila, mag isa lang ako sa kwarto',
    'sinisipa nila yung pinto ko ngayon, mag isa ako',
    '他一直在砸门，说不开就砸进来，怎么办啊',
    '他一直在踹门，我一个人在房间',
  ]);
  eachFlaggedByLists('the door shut on them for days, food once a day', [
    'depi de jou yo femen pot la sou nou, yo pote manje yon sel fwa pa jou',
    'yo fèmen pòt la sou mwen depi yè',
  ]);
  eachFlaggedByLists('someone on the way with a bat ("bat" alone is also Taglish for why)', [
    'Papunta na daw dito yung asawa ng employer, may dala daw bat, galit na galit kasi nagreklamo ako sa agency',
    'papunta na yung anak ng amo, may dalang baseball bat',
    'malik ka bhai baseball bat leke aaya hai',
  ]);
});

describe('t75a: false alarms before, no emergency now', () => {
  eachNeither('a beating in an earlier job, told as over; a debt or a late bus that "will kill me"', [
    'pahila ko malik le 2023 ma malai kuteko thiyo, aba ma arko thaun ma chu, thik chu. tyo bela ko kura ma case garna milcha?',
    'pahila ko kaam ma malik le kuteko thiyo, aba arko thau ma chu',
    'em 2023 o encarregado me deu um tapa na cara na frente de todo mundo, pedi as contas e saí. ainda dá pra fazer alguma coisa contra ele?',
    'essa dívida com o agenciador vai me matar, todo mês some metade do salário. tem como renegociar ou ele n pode cobrar isso?',
    'essas contas vão me matar, quanto posso pedir de adiantamento?',
    'ถ้าไปสายอีกรอบหัวหน้าเอาตายแน่ๆ รถบัสมาช้าตลอด',
  ]);
  // A broken rib may still be asked about ("are you in danger right now?"); where the boss wants it
  // said to have happened ("at home") is no one near.
  eachLeftAlone('a work injury the boss wants told as one at home: a question of compensation', [
    'Упав з драбини на будові, зламав ребро. Бос каже не кажи що на роботі, скажи що вдома впав. Мені положена компенсація? страховка якась є?',
  ]);
  eachNeither('a hand hurt by a nail gun or a welding torch: a question of compensation', [
    '在工地被钉枪打到手，老板让我自己去看医生别说是工伤。WSIB是什么？我能拿到赔偿吗',
    '被焊枪烫到手，已经好了，想问能不能拿赔偿',
  ]);
});

// "Can someone locked in at work call 911 without papers?" is a question about calling, as it is in
// Spanish and French (supposedAsked): answered by the topic, no longer by the emergency message in
// Vietnamese alone ("gọi 911 được không" counted as a question about how to get emergency help).
// Locked in oneself and asking whether one may call, it stays danger.
describe('t75a: a call to 911 asked of someone supposed (vi)', () => {
  eachLeftAlone('asked of someone supposed', [
    'Cho em hỏi nếu ai đó bị nhốt ở chỗ làm thì có gọi 911 được không, người không có giấy tờ gọi có sao không',
    'cho hoi neu ai bi chu nhot trong nha thi goi 911 dc ko, khong co giay to co sao k',
  ]);
  eachFlaggedByLists('asked by someone locked in now', [
    'em bi nhot trong phong, goi 911 duoc khong',
    'chủ khóa cửa nhốt em trong kho, gọi 911 được không anh',
  ]);
});
