// t74a (the brief of t72a, other writers, each language's lines its own, with people writing about
// someone else, long messages and very short ones) was scored before anyone read it at c66e8def
// (267 of 280 danger lines flagged, 10 asked, 3 missed; 12 of 378 harmless lines alarmed, 17 asked)
// and at ef2af24c, once t72a and t73a had been worked from (267, 11, 2; 11 alarmed, 17 asked). Read
// since. What it missed or only asked about, and its false alarms, in every language it showed
// them, and the same meaning in others. Own lines.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachNeither } from './expectDanger.ts';

describe('t74a: missed or asked before, danger now', () => {
  eachFlaggedByLists('charcoal burnt in a closed car; rat poison eaten; on a balcony, a last talk; the debt no longer to repay, take care everyone', [
    '我在车里烧了炭 门窗都关了',
    "i lit charcoal in the car, windows up",
    'मैले मुसा मार्ने औषधि खाएँ',
    'बालकनी पे खड़ा हूँ 14वीं मंज़िल, बस आखिरी बार किसी से बात करनी थी',
    '这个月的钱已经转给家里了，以后不用再还债了，大家保重',
  ]);
  eachFlaggedByLists('a threat to kill today with him on the way; whoever talks dies, a machete outside', [
    'el ra2ees 2ali hayigi yemawetny enaharda 3ashan kalemt el sefara, w howa delwa2ty fel tari2 3al sakan',
    'hola buenas noches, queria preguntar por lo de mi cheque porque hace 3 semanas que no nos pagan completo y el mayordomo dice que es por la renta, tambien me quito el pasaporte desde diciembre, y bueno ahorita vino al cuarto bien enojado con el machete diciendo que el que hable se muere, sigue afuera con los otros, y tambien queria saber lo de las horas extras si nos toca',
  ]);
  eachFlaggedByLists('beaten with bats now; electrocuted and not moving; people crushed under a scaffold, calling forbidden', [
    "y'é en train de fesser sur mon chum dans le stationnement, y sont 3 avec des bats, viiite",
    'hamro saathi lai karent lagyo, bhui ma ladeko chha chalna chhodyo',
    '工地脚手架塌了 下面压着两个人 老板叫我们别打电话',
  ]);
  // Being moved tonight with the papers held, however it is asked (keptAround, t73a).
  eachFlaggedByLists('sent off tonight somewhere not named, papers or passport held', [
    'supervisor ne bola saman pack karo raat 2 baje gaadi aayegi, kahin Quebec ki taraf le jayenge, aur sabke permit usne rakh liye',
    'हामी ४ जना केटीलाई आज राति मोन्ट्रियल पठाउने रे, कुन काम हो भन्दैनन्, कागज सबै म्यानेजरसँग छ',
    'owner kehnda tusi kal ton ethe nahi, raat nu ik banda aau lain, kithe lai ke jana nahi dasda, passport pehla hi ohde kol',
    'oi, queria tirar umas duvidas, eu vim como babá mas to fazendo faxina pra 3 familias, nao recebo desde janeiro, ela fica com meu passaporte, e hoje ela falou q a noite um amigo dela vem me buscar pra trabalhar em outra cidade, nem sei qual, ele chega as 10. e tbm queria saber se posso fazer curso de ingles',
  ]);
});

describe('t74a: false alarms before, no emergency now', () => {
  eachNeither('figures, a threat told from far away or over, a debt one is stuck in', [
    'manman m ap touye m si m pa voye kòb la vandredi, men patwon an poko peye m. kisa m ka fe',
    'yè swa vwazen an te menase m ak yon kouto men lapolis te vini e yo arete l. kounya kisa m dwe fe pou dosye a',
    'paguei 15 mil reais pra uma agencia no brasil me arrumar esse emprego e ainda to devendo metade, eles ficam ligando pra minha mae cobrando com juros. to preso nessa divida',
    'ตอนอยู่ไทยเจ้าหนี้นอกระบบขู่จะฆ่า เลยต้องหนีมา แบบนี้ขออยู่ที่นี่ได้ไหมครับ',
    'dati sa saudi kinulong ako ng amo ko ng 2 buwan, ngayon andito na ako sa canada. nakakatakot lang baka maulit',
    'Мене просто вбиває ця невизначеність, роботодавець 2 тижні не відповідає чи продовжить контракт. Шо мені робити?',
    'ba em nói sẽ giết em nếu em bỏ việc về nước vì nhà còn nợ, chắc ổng nói vậy thôi, mà em mệt quá. có cách nào đổi việc ko',
  ]);
});
