// t82a (the brief of t72a, other writers) was scored before anyone read it at 83046ee2 (273 of 280
// danger lines flagged, 6 asked, 1 missed; 12 of 378 harmless lines alarmed, 10 asked) and at
// 83830ae4 (274, 4, 2; 13 alarmed, 9 asked). Read since. Own lines beside its own.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachNeither } from './expectDanger.ts';

describe('t82a: missed or asked before, danger now', () => {
  eachFlaggedByLists('moved tonight in a van, no one says where, the passports taken (Egyptian Arabizi); kept in since Friday, the key with the supervisor; the agent’s men waiting at the dorm', [
    'el mudir 2al el leila hanetna2el fi van le makan tani, mesh 3ayez ye2ool feen, w 5ad el basborat bta3etna kolaha',
    'शुक्रबार देखि घर बाहिर जान दिएको छैन, चाबी supervisor सँग छ',
    'คนของนายหน้ามายืนรอหน้าหอตั้งแต่หัวค่ำ ถามหาข่อย บ่กล้าออกไปไส',
  ]);
  eachFlaggedByLists('an arm caught in the belt and crushed; a deep cut soaking the trousers, white in the face; fast breathing, cold, no ER, between questions about holiday pay', [
    'en la planta de pescado a mi amiga se le atoro el brazo en la banda, lo tiene bien apachurrado y grita, nadie sabe apagar la maquina',
    'Bạn em bị dao máy cắt cá cắt sâu vào đùi, máu chảy ướt hết quần, mặt trắng bệch',
    'hi po itatanong ko lang sana kung magkano dapat ang holiday pay kasi hindi binigay nung Canada Day at Labour Day. tsaka po pala yung kasama ko sa bahay na caregiver din, 2 araw na siyang hindi makatayo at ang bilis ng hinga niya, nanlalamig pa, ayaw siyang dalhin ng employer sa ER kasi wala pa daw health card. paano po yung holiday pay?',
  ]);
  eachFlaggedByLists('the blade already in hand, "I don’t know why I’m sending this"', ['刀片已经拿在手上了，不知道为什么要发这个']);
});

describe('t82a: false alarms before, no emergency now', () => {
  eachNeither('told as over: all fine now, the fire put out, got out and safe at a friend’s, not there any more, a year named', [
    'hubo un incendio en la planta hace un mes pero ya todo esta bien, ahora tenemos menos horas. nos tienen que pagar algo por eso?',
    'कल फार्म पर shed में आग लग गई थी, सब ठीक हैं, fire brigade ने बुझा दी। अब कुछ दिन काम नहीं है, पैसे मिलेंगे?',
    'uma amiga minha ficou presa numa casa trabalhando uns meses, mas semana passada ela conseguiu sair e ta morando comigo agora, ta segura. o q ela pode fazer agora?',
    'nung 2022 sinuntok ako ng dati kong foreman, wala na ako dun ngayon, may magagawa pa ba ako?',
  ]);
  eachNeither('a figure or a thing of work: late and "won’t leave me alive" laughing, late and "finished", the police at home, a broken shower, no English', [
    'ਜੇ ਮੈਂ ਕੱਲ੍ਹ ਫੇਰ ਲੇਟ ਹੋ ਗਿਆ ਤਾਂ ਮਾਲਕ ਨੇ ਮੈਨੂੰ ਜਿਊਂਦਾ ਨਹੀਂ ਛੱਡਣਾ ਹਾਹਾ, ਕੀ ਮੈਂ ਸ਼ਿਫਟ ਬਦਲਣ ਲਈ ਕਹਿ ਸਕਦਾ?',
    'mai ma di tre nua la chu xu dep e luon, xin doi ca dc ko nhi',
    'Nepal ma police le manche kutchha, yaha pani tyastai ho? police sanga dar lagchha',
    'a empresa arrumou casa pra gente mas são 11 pessoa num trailer do lado da fabrica de peixe em New Brunswick, cobram 120 por semana cada um, tem 1 banheiro so e o chuveiro ta quebrado',
  ]);
});
