// t78a (the brief of t72a, other writers) was scored before anyone read it at c66e8def (260 of 280
// danger lines flagged, 14 asked, 6 missed; 12 of 378 harmless lines alarmed, 5 asked) and at
// ddedbf87, after t75a and t76a had been worked from (260, 14, 6; 10 alarmed, 5 asked). Read since.
// Its writers buried danger between two questions about pay or papers more than earlier batches
// did: a run of told sentences between questions is now read alone (danger.ts `buried`) when it
// tells more than one harm, or a harm with someone here, a cry, a vehicle or papers held. Own
// lines beside its own.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachLeftAlone, eachNeither } from './expectDanger.ts';

describe('t78a: danger between two questions', () => {
  eachFlaggedByLists('a harm told now between questions about pay or papers', [
    'مرحبا، كنت بدي اسأل عن الراتب لأنه ما دفعلنا من شهر ونص، وكمان الفيزا تبعي لازم تتجدد قريب. هلق هو فات ع الغرفة عم يصرخ ومسك العصاية وقال رح يكسرلي ايدي اذا ما سكتت، انا خايفة كتير. ولو سمحتوا قولولي كيف بقدم على اوراق التجديد',
    'oi boa noite, queria entender se a empresa de limpeza pode descontar o uniforme e os produtos do meu salario, e se tenho direito a feriado pago. ah e outra coisa, a menina nova que chegou semana passada, de 16 anos, o dono levou ela hoje pra fazer uma limpeza especial na casa de um amigo dele e ela me mandou msg chorando dizendo que trancaram ela la e tem uns homens bebendo. mas enfim sobre o desconto do uniforme, pode?',
    '你好，想问下我上个月被扣了500块说是宿舍清洁费，这个合理吗？还有我的工签明年到期，老板说续签得再给他一万。今天晚上老板娘说她弟弟要带我去温哥华一个新店上班，已经把我护照拿走了，车就在楼下等，我不想去，她说不去就让我马上还钱。那个清洁费能要回来吗',
    'hola, una pregunta sobre mis horas extras? ahorita el mayordomo agarro el machete y dice que me va a matar, esta en la puerta. y lo de las vacaciones como es?',
    "bonjour, c'est quoi le salaire minimum? là le boss est saoul, il a un couteau et il frappe mon collègue dans la cuisine. et pour les vacances?",
  ]);
  // One harm and nothing here between questions, asked about in what follows: read whole.
  eachNeither('a threat told between questions about the police', [
    'manzè m di m pa janm fè lapolis konfyans, se konsa l te ye Pòtoprens. men patwon an ap menase nou. eske polis isit la diferan?',
    '哈喽，想问一下加班费怎么算？老板一直骂我们。年假有几天？',
  ]);
});

describe('t78a: missed or asked before, danger now', () => {
  eachFlaggedByLists('a worker fallen into a manure pit, the boss forbidding calls (buried in a Gulf question)', [
    'السلام عليكم، عندي سؤال عن نهاية الخدمة، هل في كندا يعطون مكافأة نهاية خدمة مثل الخليج؟ وكمان الاجازة السنوية كم يوم. ترى الحين واحد من العمال طاح في حفرة السماد في المزرعة وما طلع، ونزل وراه واحد ثاني وبعد ما طلع، والمعزب يقول لا تتصلون على احد. وبالنسبة للاجازة هل تنحسب من اول يوم؟',
  ]);
  eachFlaggedByLists('poison drunk, a fever with no breath, a finger to the bone, a leg torn open: no doctor', [
    'buenas tardes, disculpe, queria preguntar como le hago pa pedir mi T4 porque el año que entra ya no vengo y tambien lo del seguro de desempleo, el patron nunca nos explico nada. ahorita mi compañero Rigo se tomo del veneno de fumigar, esta vomitando y temblando y el mayordomo dice que no lo llevemos a ningun lado que ya se le pasa. y lo del T4 se puede pedir por internet?',
    'el patron no quiere llevar a mi compa al hospital, tiene 3 dias con calentura y ya ni se puede parar, dice que es pura flojera',
    'me corte el dedo con la maquina de empacar y el supervisor dice que me ponga cinta y siga, no me deja ir al doctor, se me ve el hueso',
    "je me suis fait mordre par le chien du boss, j'ai la jambe ouverte pis ça enfle, il veut pas m'amener a l'hopital parce que je suis pas declaree",
    '同事从脚手架上摔下来，不动了，也不怎么喘气，怎么办',
  ]);
  eachFlaggedByLists('moved tonight, papers kept, nobody says where or why', [
    'el contratista dice que hoy en la noche nos va a pasar con otro patron en BC, ya tiene las maletas en la troca y no nos devolvio los papeles. que hacemos??',
    "le recruteur nous conduit vers un motel a la sortie de la ville, il a gardé nos passeports, il dit qu'on commence une nouvelle job demain mais veut pas dire c'est quoi",
    'passport ra permit khosera bhanyo aaja raati Manitoba lanchau, kina bhanera bhandaina',
    "забрали документи і сказали сьогодні вночі переїжджаємо в іншу провінцію на новий об'єкт, нікому не можна дзвонити",
  ]);
  eachFlaggedByLists('locked in until they are back in an hour; a hunting rifle fired about; men in a car watching the window', [
    'she locks me in the house when they go out and took my phone charger, im on the neighbours wifi, they back in 1 hr. how do i get out',
    '老板喝多了拿着猎枪在后院乱开，我们几个躲在冷库里面，怎么办啊',
    '楼下有两个人在车里守了一下午，是工头的人，一直往我窗户这边看',
  ]);
  eachFlaggedByLists('wanting to die: better off if I did not wake, taking leave of this world, on the roof to jump; a rope taken into the bathroom, no answer', [
    'honestly everyone would be better off if i just didnt wake up tomorrow. already sent all my money home',
    'म अब थाकेँ, यो संसारबाट बिदा लिन्छु होला, कसैलाई फरक पर्दैन',
    'sydzhu na dakhu hurtozhytku i dumaiu strybnuty',
    'สวัสดีค่ะ อยากถามว่าถ้าจะเปลี่ยนนายจ้างต้องทำเรื่องยังไง แล้วภาษีที่โดนหักไปขอคืนได้ไหมคะ ตอนนี้พี่ที่อยู่ห้องข้างๆเขาถือเชือกเข้าห้องน้ำไปนานแล้ว เรียกก็ไม่ตอบ ประตูล็อกอยู่ หนูกลัวมาก แล้วเรื่องภาษีต้องไปยื่นที่ไหนคะ',
  ]);
});

describe('t78a: false alarms before, no emergency now', () => {
  eachNeither('a boss who "will slaughter me" if late; papers locked in a drawer; watching over grandma at night', [
    'el boss ha yedba7ni law et2akhart bokra, bas 3ayez a3raf law ye2dar yekhsem men morattabi 3ashan el ta2khir?',
    'मालिकले मेरो राहदानी र वर्क परमिट आफ्नो दराजमा ताल्चा लगाएर राखेको छ, माग्दा भोलि भोलि भन्छ। के गर्न सकिन्छ?',
    'hi po, caregiver po ako sa Mississauga, live-in. 40 hrs lang daw bayad pero halos 60 hrs ako kasi pati gabi binabantayan ko si lola. wala din overtime. tama po ba un?',
  ]);
  eachNeither('over: a small fire with nobody hurt, a burn healing, shut in and beaten years ago and fine now', [
    'صار حريق صغير بالسكن من أسبوعين ومحد تأذى، بس المعلم لهلق ما صلح شي ونحنا نايمين بالكراج. في حدا بيفتش على هالشي؟',
    'mes passado queimei a mão na fritadeira, ja fui no hospital e ta sarando. da pra pedir algum auxilio pelos dias parados?',
    '2 saal pehle Delhi wale agent ne mujhe kamre mein band karke maara tha, ab main Canada mein hu aur sab theek hai. kya wo case yahan se kar sakta hu?',
  ]);
  // A fall with an injury and a boss who says tell no one may still be asked about.
  eachLeftAlone('a fall at work and a question of compensation (Arabizi); a fire next door last month', [
    'ya3teek el 3afye, ejre t3awwaret bel shighel min jum3a, wa2a3et 3an el sullam, w el boss 2al ma t2ol la 7ada. fi ta3wid aw ta2meen hon bi ontario?',
    'pichle mahine saade ghar de nede ik worker trailer ch agg lagi si, koi nai marya. par saade trailer ch vi alarm nai, kinnu dasiye?',
  ]);
});
