// Wanting never to wake, a place to jump from, a dose asked, bones threatened, a watcher at the
// window and a child taken tonight, in the words of t52a and t53a (read after they were scored),
// written again here in other words; and the near misses beside them: fire and smoke as one's
// daily work, a small fire put out, a fear of being jailed, a small training.
import { describe } from 'vitest';
import { eachFlagged, eachNeither } from './expectDanger.ts';

describe('not wanting to wake again, a bridge, a dose', () => {
  eachFlagged('danger', [
    'ayoko nang magising bukas, pagod na ako',
    'chi oi em khong muon thuc day ngay mai nua',
    'ਕੱਲ੍ਹ ਸਵੇਰੇ ਉੱਠਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ, ਬੱਸ ਸਭ ਖਤਮ ਕਰਨਾ ਚਾਹੁੰਦੀ',
    'bas hun kade na uthna, thak gaya',
    'konbyen grenn pou m dòmi epi pa janm leve',
    'กินยาพารากี่เม็ดถึงจะหลับไม่ตื่นอีกเลย',
    'mwen sou pon an kounye a',
    'पुलको छेउमा आएको छु, सबै सकियो जस्तो लाग्छ',
    'कति वटा निदाउने चक्की खाँदा मरिन्छ',
  ]);
  eachNeither('not danger', [
    'ayoko nang magtrabaho ng overtime, pagod na ako',
    'em ngu quen khong thuc day kip di lam, chu co tru luong khong',
    'ਸਵੇਰੇ ਉੱਠਣ ਦਾ ਮਨ ਨਹੀਂ ਕਰਦਾ, ਕੰਮ ਬਹੁਤ ਭਾਰਾ ਹੈ, ਛੁੱਟੀ ਕਿਵੇਂ ਲਵਾਂ',
  ]);
});

describe('a threat to break bones, a watcher at the window, a child taken tonight', () => {
  eachFlagged('danger', [
    'the foreman and his cousin are outside my room saying they will break my husbands legs',
    'deux gars nous regardent par la fenetre depuis tantot, ils travaillent pour le recruteur',
    'yung pamangkin ko 13 years old isasama daw nila mamayang gabi sa inuman ng mga lalaki',
  ]);
  eachNeither('not danger', [
    'my coworker fell and had to break his leg cast off, who pays the doctor?',
    'on regarde par la fenetre les camions arriver le matin, c est notre travail de les decharger',
  ]);
});

describe('fire and smoke as the work, a fire put out, a fear of jail, a small training', () => {
  eachNeither('not danger', [
    'Я зварювальник, дим і вогонь — моя щоденна робота. Чи роботодавець мусить дати маску?',
    'खाना पकाउँदा आगो र धुवाँ मेरो दैनिकी हो, मास्क पाइन्छ कि पाइँदैन?',
    'เผาฟางในไร่เป็นงานประจำ ควันเยอะมาก นายจ้างต้องให้หน้ากากไหม',
    'yè swa te gen yon ti dife nan kwizin nan, nou etenn li touswit, pèsonn pa blese. èske patwon an dwe gen yon extenktè?',
    'gusto ko sanang magsumbong sa pulis pero baka ikulong ako kasi wala na akong visa',
    'que doit faire une personne si son patron la frappe? c est pour une petite formation a notre eglise',
  ]);
});

describe('a car behind since work, a child shut in, a fever with no doctor, a fainting, an address not told', () => {
  eachFlagged('danger', [
    'فيه سيارة ماشية وراي من الشغل للبيت ولسا وراي',
    'patwon an fèmen yon timoun nan depo a depi maten',
    'minha amiga tem febre altíssima e não consegue levantar, a patroa não deixa ir no médico',
    '工友晕倒了，呼吸很弱，老板不让叫救护车',
    'esta noche me mandan a otra ciudad y no me dicen la direccion, tienen mi pasaporte',
  ]);
  eachNeither('not danger', [
    'mi patron me lleva a otra casa a limpiar los sabados, me tiene que pagar mas?',
    'semana passada tive febre muito alta, agora to bem, posso pedir atestado?',
    '去年我同事在车间晕倒了，现在好了，公司该赔钱吗？',
  ]);
});
