import { beforeAll, describe, expect, it } from 'vitest';
import { withEndings } from '../../src/understand/data.ts';
import { withShorthand } from '../../src/understand/terms.ts';
import { withEuphony, withoutParticles } from '../../src/understand/danger.ts';
import { withoutProclitics } from '../../src/understand/arabic.ts';
import { tagalogForms } from '../../src/understand/tagalog.ts';
import { shortWords, skeletonTerm } from '../../src/understand/dangerSkeleton.ts';
import { fold } from '../../src/understand/fold.ts';
import { understanding } from './shared.ts';
import { eachFlagged, eachLeftAlone, eachNeither, eachNeitherByLists } from './expectDanger.ts';

// Built before the tests, not in the time of whichever comes first.
beforeAll(() => {
  understanding();
});

describe('verbs written once with who does them and to whom', () => {
  it('writes out beginnings and endings around a stem', () => {
    const endings = { pre: ['', 'ي', 'بت'], o: ['ني', 'وني'] };
    expect(withEndings('f', ['pre+حرق+o'], endings)).toEqual(['حرقني', 'حرقوني', 'يحرقني', 'يحرقوني', 'بتحرقني', 'بتحرقوني']);
    expect(withEndings('f', ['*حرق+o'], endings)).toEqual(['*حرقني', '*حرقوني']);
  });
});

describe('Arabic: the small words joined to the next one', () => {
  it('reads the text again without و ف ب ل ك and عال at the start of a word', () => {
    expect(withoutProclitics(fold('اخذوني لمكان ما اعرفه'))).toContain(fold('اخذوني مكان ما اعرفه'));
    expect(withoutProclitics(fold('محبوسين فالبيت'))).toContain(fold('محبوسين البيت'));
    expect(withoutProclitics(fold('ودمه عم يسيل'))).toContain(fold('دمه عم يسيل'));
    // Without "and" alone too, so that a term with its own ب still matches.
    expect(withoutProclitics(fold('وانا بامان'))).toContain(fold('انا بامان'));
    // Short words stay whole, but for مش (not): "ومش عارفة فين" is also "مش عارفة فين".
    expect(withoutProclitics(fold('ولا بيت'))).toEqual([fold('ولا بيت')]);
    expect(withoutProclitics(fold('ومش عارفة فين'))).toContain(fold('مش عارفة فين'));
  });
});

describe('skeletons of forms written out', () => {
  it('leaves out an Arabic word whose two letters of one class would collapse', () => {
    // تحرقك (burns you): ق and ك are both "k", and "thrk" is also "t7r9o" (burning).
    expect(skeletonTerm('تحرقك')).toBeNull();
    expect(skeletonTerm('يحرقني')).toBe('hrkn');
  });
  it('knows a skeleton of short words only', () => {
    expect(shortWords('mr dt')).toBe(true);
    expect(shortWords('mr dlg')).toBe(false);
    expect(shortWords('hrkn')).toBe(false);
  });
});

describe('Arabic harms in every person, gender and dialect', () => {
  const yes = [
    'حرقتني بالمكوه وهي هون',
    'رح تحرقني المدام بالمي السخنه',
    'حرقوني بالسجاير وهم برا هلق',
    'خنقتني وهي هون',
    'قفلت علي المدام الغرفه وراحت',
    'اخذوني بالقوه لمكان ما اعرفه',
    '7ara2etni bl mekwe',
    'bidhom yi2tlouna',
  ];
  const no = ['حرقت الاكل اليوم', 'nrchiw dwa w kankoh kol lil', 'شو بيصير قانونيا اذا حدا سكروا عليه الباب؟ عم بسال بشكل عام'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves cooking, a cough and a general question alone', no);
});

describe('Punjabi and Nepali verbs in every form', () => {
  const yes = ['oh kehnda tainu maar dauga', 'ਉਹ ਮੈਨੂੰ ਮਾਰੇਗਾ ਅੱਜ ਰਾਤ', 'mainu garam tel naal saad ditta', 'ਮੈਨੂੰ ਪ੍ਰੈੱਸ ਨਾਲ ਸਾੜ ਦਿੱਤਾ', 'malai iron le polidiyo', 'मलाई तातो तेलले पोलिदियो', 'u le malai maarchhu bhanchha, bahira ubhiraako chha'];
  const no = ['je main chat chhad dyan ta tusi mera data kinne chir rakhde?'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves a question about data alone', no);
});

describe('Tagalog verbs made from a root', () => {
  it('writes out aspect, focus and the common prefixes, without the root alone', () => {
    const f = tagalogForms('sampal');
    for (const w of ['sinampal', 'sinasampal', 'sasampalin', 'sampalin', 'pinagsasampal', 'sinampalan', 'nakasampal']) expect(f, w).toContain(w);
    // Not the root alone, nor what the doer did (nag-, -um-: "nagtataga ng kahoy", chopping wood),
    // nor what befell one (na-: "napaso", burned while cooking; "nalason", food poisoning).
    for (const w of ['sampal', 'nagsasampal', 'sumampal', 'nasampal']) expect(f, w).not.toContain(w);
    // A final o is u before a suffix; before l, -in- may be ni-.
    expect(tagalogForms('bugbog')).toContain('bubugbugin');
    expect(tagalogForms('lason')).toContain('nilason');
    // Not ma-: what might happen ("baka makulong").
    expect(tagalogForms('kulong')).not.toContain('makulong');
  });
  it('reads a root in a lexicon only for a language that has forms for it', () => {
    expect(withEndings('tl.yaml', ['@palo ako'], {}, tagalogForms)).toContain('pinapalo ako');
    expect(() => withEndings('es.yaml', ['@palo'], {})).toThrow(/root/);
  });
  const yes = ['pinagsasampal ako ng amo', 'sinasakal niya yung kasama ko', 'tinali nila ako', 'dinukot nila yung anak ko'];
  const no = ['ayoko po ng pulis baka ako pa makulong, may iba bang paraan?', 'tanong lang po, bawal ba ikulong ng employer ang caregiver pag day off?', 'napaso ako sa kusina kanina habang nagluluto', 'nagtataga ako ng kahoy sa farm'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves a fear of jail, a question, a burn while cooking and chopping wood alone', no);
});

describe('Spanish and Ukrainian verbs with who it is done to', () => {
  const yes = ['nos patearon y siguen afuera', 'lo están madreando afuera del bar', 'me jalonearon y me subieron a una troca a la fuerza', 'nos amenazaron de muerte y están afuera', 'він бив мене і досі тут', 'мене замикають в кімнаті', 'за мной следят, он у двери'];
  const no = ['me queme con el aceite en la cocina, me duele', 'Минулого року мене бив бригадир, але я звідти поїхала і зараз у безпеці. Чи можна поскаржитись?'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves a burn while cooking and a past told once safe alone', no);
  it('reads Ukrainian у as в', () => {
    expect(withEuphony('зараз у безпеці')).toContain('зараз в безпеці');
    expect(withEuphony('думаю')).toEqual(['думаю']);
  });
});

describe('Portuguese, French and Haitian Creole verbs with who does them and to whom', () => {
  it('writes out a pronoun class around a verb', () => {
    const endings = { su: ['li', 'yo'], asp: ['ap', 'te'] };
    expect(withEndings('ht.yaml', ['+su +asp bat'], endings)).toEqual(['li ap bat', 'li te bat', 'yo ap bat', 'yo te bat']);
  });
  const yes = [
    'ele tá me espancando agora',
    'o patrão nos trancou no galpão, socorro',
    'eles vão me esfaquear, estão aqui',
    'il m a giflée pis y est encore là',
    'ils nous barrent dans la roulotte, aidez-nous',
    'il va me buter, il est dans le salon',
    'yo bat kouzen m, li la a',
    'y ap kale pitit mwen kounye a',
  ];
  const no = [
    // Said of heat, a fall of one's own, what one does oneself, the past told to ask about a complaint.
    'esse calor tá me matando, posso pedir pausa?',
    'o que eu faco se eu me machucar no trabalho',
    'je me tape tout le ménage pis le patron paye pas les heures',
    'je me barre de cette job, je peux changer d employeur?',
    "l'an passé mon boss me frappait, je peux porter plainte?",
  ];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves work, heat and a past complaint alone', no);
  it('matches Spanish terms with the pronoun typed as one letter', () => {
    expect(understanding().isDanger('m esta pegando mi esposo, ayuda')).toBe(true);
  });
});

describe('Chinese and Thai verbs with who it is done to, and the passive', () => {
  it('writes out a stem with several classes of endings, or a class of beginnings', () => {
    const endings = { asp: ['', '了'], obj: ['我'], pas: ['被', '俾'] };
    expect(withEndings('zh.yaml', ['打+asp+obj'], endings)).toEqual(['打我', '打了我']);
    expect(withEndings('zh.yaml', ['pas+人打'], endings)).toEqual(['被人打', '俾人打']);
  });
  const yes = ['老板娘用熨斗烫我', '佢打咗我 佢仲喺度', 'เขาเอาเตารีดนาบหนู', 'เขามัดหนูไว้', 'เขาต่อยผมแล้วยังอยู่ที่นี่'];
  const no = ['前年在另一个省被老板打断过一根手指，现在换了工作，新老板对我很好，那件事还能追究吗', 'ตีหนึ่งแล้วยังไม่ได้นอน'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves a past told once it is over, and the hour, alone', no);
});

describe('wanting to die, being tied up or taken away, in the ordinary forms', () => {
  const yes = ['mujhe mar jaana hai ab', 'hun jeen nu dil nahi karda, main apni jaan de deyanga', 'ohna ne mere bhra nu chukk leya', 'mero bhailai uthayera lagyo', 'زهقت من حياتي بدي انهيها'];
  const no = ['ma 3andnach jour de repos, kol youm nekhdmou 7atta nhar el a7ad, normal hedha?'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves a week without rest alone (a term with a gap keeps no skeleton of short words)', no);
});

describe('Arabic dialect verbs, in Arabic letters and in Arabizi', () => {
  const yes = ['ماما المدام تلطمني كل شوي والحين معصبه', 'بيزقني على الحيط وهو لسه هنا', 'ادهولي علقه وهما بره دلوقتي', 'سدّ علي الباب بالساروت', 'el kafeel y6giny w howa hon', '3am yerfesni', 'sakkarou 3alayna el bab w ra7o, ana khayfe'];
  const no = ['قفلت حسابي بالبنك', 'المدير سكر الشركه'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves a closed account or company alone', no);
});

describe('an ending typed apart, a threat to burn what is someone’s, a neck held, lying in wait', () => {
  const yes = ['ghar wala roz peet ta hai, aaj bhi maar ta hai aur darwaza band kar diya', 'المعلم بهددني انو رح يحرقلي الكرفان', 'حد ماسكني من رقبتي', '有个男的一直在宿舍楼下等我'];
  const no = ['kam te pith te satt lag gayi boss kehnda claim na kari', 'حرقلي قلبي هالفيلم'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves a hurt back and a sad film alone', no);
});

describe('Tagalog small words of politeness, a Spanish pronoun before its helper verb, an English blow to whom', () => {
  it('reads Tagalog again without po, ho, nga, naman', () => {
    expect(withoutParticles(fold('tulungan nyo po ako'))).toContain('tulungan nyo ako');
    expect(withoutParticles(fold('sinasaktan nga niya ako, po.'))).toContain('sinasaktan niya ako,');
    expect(withoutParticles('pobre de mi')).toEqual(['pobre de mi']);
  });
  const yes = ['tulungan nyo po ako', 'tulungan nyo naman po kami', 'me lo están golpeando ahorita afuera', 'nos quieren encerrar en la bodega, ayuda', 'le está dando con el palo a mi hijo', 'me quiero quitar la vida', 'he is choking my roommate', 'hes hurting the kids right now'];
  const no = ['my back is hurting me, can i take a day off?', 'el año pasado el patrón le estaba pegando a un compañero, ¿todavía se puede denunciar?'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves a sore back and a past told to ask about a complaint alone', no);
});

describe('Devanagari and Gurmukhi typed either way', () => {
  it('reads a nukta left out, candrabindu as anusvara, and Gurmukhi without its addak, as one form', () => {
    expect(fold('ज़िंदा')).toBe(fold('जिंदा'));
    expect(fold('दूँगा')).toBe(fold('दूंगा'));
    expect(fold('ਦਿੱਤਾ')).toBe(fold('ਦਿਤਾ'));
    expect(fold('ਜ਼ਿੰਦਾ')).toBe(fold('ਜਿੰਦਾ'));
  });
  it('flags a threat however it is dotted', () => {
    expect(understanding().isDanger('वो कहता है जिंदा नहीं छोडूँगा, अभी बाहर खड़ा है')).toBe(true);
    expect(understanding().isDanger('ਉਹ ਕਹਿੰਦਾ ਮੈਨੂੰ ਜਾਨੋਂ ਮਾਰ ਦਿਤਾ ਜਾਊ, ਹੁਣੇ ਬਾਹਰ ਖੜਾ')).toBe(true);
  });
});

describe('Chinese with what is done to someone named before the verb, and more forms in five languages', () => {
  const yes = [
    '他们把我表哥打了，躺在地上不动',
    '老板把我推下楼梯，我腿动不了',
    '老板娘拿开水泼我',
    '佢哋將我哋鎖喺宿舍',
    'นายจ้างเอาไม้ฟาดหนู',
    'หัวหน้าถีบหนูตกบันได',
    'tui no danh anh ho em, nam duoi dat',
    'він хоче мене порізати',
    'hinihila nya ako sa buhok',
  ];
  const no = ['我把文件打印了，老板说明天交', '请帮我把护照复印件寄过去'];
  eachFlagged('flags them', yes);
  eachNeither('leaves printing, copying and one’s contacts alone', no);
  // Updating one's phone contacts is read from 0.5 by the learned signal, which asks from 0.5 where no matter is named (ADR 0018): the lists leave it, nothing answers it as danger.
  eachNeitherByLists('leaves one’s contacts alone by the lists (the learned signal may ask: ADR 0018)', ['em muon cap nhat danh ba dien thoai']);
});

describe('short forms typed as one word for several', () => {
  it('matches a term holding the words of a key with each form of it', () => {
    const out = withShorthand(['je suis enfermee', 'il me frappe'], { 'je suis': ['chui', 'jsuis'], il: ['y'] });
    expect(out).toEqual(expect.arrayContaining(['chui enfermee', 'jsuis enfermee', 'y me frappe']));
    expect(withShorthand(['enfermee'], { 'je suis': ['chui'] })).toEqual(['enfermee']);
  });
  const yes = ["j'ai pu envie de vivre", 'y me frappe pis y est encore là', 'chu barrée dans la chambre aidez moi'];
  const no = ['老板把这个月工资打了，少了两百', '老板把工资打到我卡上了吗？', '你们可以用微信打我电话吗', '我把衣服塞进行李箱'];
  eachFlagged('flags them', yes);
  eachNeither('leaves wages paid in, a call and packing alone', no);
});

describe('thrown from a height, held by the throat, beaten by a group, in eight languages', () => {
  const yes = [
    'me quiere aventar del carro',
    'il veut me jeter par la fenêtre',
    'he said hes gonna throw me out the window',
    'itatapon daw nya ako sa bintana',
    'li kenbe kou m li pa lage m',
    'хоче викинути мене з вікна',
    '他说要把我从窗户扔下去',
    'no doa nem em qua cua so',
    'ils sont en train de lui donner une raclée dehors',
    '他们在外面围殴我朋友',
  ];
  const no = ['le vent a jeté les papiers par la fenêtre', 'they threw my stuff out the window last year, can i get it back?'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves things thrown, not people, alone', no);
});

describe('now and here, and calls for help, as they are typed in short', () => {
  const yes = ['ele ta me batendo agr', 'il me frappe mtn', 'sinasaktan nya ako ngaun', 'chong em danh em bh', 'l ap bat mwen konya', 'aider moi il a un couteau'];
  eachFlagged('flags a blow with now or a call for help typed in short', yes);
  it('leaves a question that says now in short alone', () => {
    const r = understanding().routeOffline('em muon hoi bh co the doi chu khong');
    expect(r.danger || r.dangerCheck).toBe(false);
  });
});

describe('Cantonese hit till it hurts, a Tagalog hand raised, Ukrainian context in Latin letters', () => {
  const yes = ['佢打到我好痛 仲喺度', '佢打到我流晒血', '救下我啊', 'pinagbubuhatan ako ng kamay ng amo ko', 'binuhusan nya ako ng mainit na tubig', 'muzh menya izbil, on eshche doma'];
  eachFlagged('flags them', yes);
  it('leaves a call to one’s phone alone', () => {
    const r = understanding().routeOffline('老板打到我手机问我明天几点上班');
    expect(r.danger || r.dangerCheck).toBe(false);
  });
});

describe('watched from outside, taken to a place one does not know', () => {
  it('flags them, and leaves watching a concert alone', () => {
    expect(understanding().isDanger('me levaram pra um lugar q n sei onde')).toBe(true);
    expect(understanding().routeOffline('มีคนมายืนดูหนูอยู่หน้าบ้าน').dangerCheck || understanding().isDanger('มีคนมายืนดูหนูอยู่หน้าบ้าน')).toBe(true);
    const r = understanding().routeOffline('หนูไปยืนดูคอนเสิร์ตมา สนุกมาก');
    expect(r.danger || r.dangerCheck).toBe(false);
  });
});

describe('Thai in Latin letters with the person between, Chinese in pinyin, circling outside', () => {
  const yes = ['chuay chan duay kon tam chan', 'wo bei guan zhe, ta men bu rang wo chu qu, jiu ming', 'ta da wo, xian zai hai zai', 'yak tai laew'];
  eachFlagged('flags them', yes);
  it('asks when a man keeps circling outside, and leaves a walk around alone', () => {
    const r = understanding().routeOffline('那个男的又开车在外面转，我一个人在店里');
    expect(r.danger || r.dangerCheck).toBe(true);
    // The lists leave a walk around alone; the learned signal, retrained with t34, reads it at
    // 0.7 or more and may ask ("are you in danger right now?"), never answer it as an emergency.
    const w = understanding().routeOffline('我在外面转了一圈，找不到地址');
    expect(w.danger).toBe(false);
    expect(w.dangerCheck && !w.dangerLearned).toBe(false);
  });
});

describe('Vietnamese stomping with who does it', () => {
  it('flags a stomp and a kick in the body, and leaves "already" typed without marks alone', () => {
    expect(understanding().isDanger('chong em dap em, gio van o nha')).toBe(true);
    expect(understanding().isDanger('no da vao bung em, no van o day')).toBe(true);
    const r = understanding().routeOffline('chu da em luong roi ma thieu');
    expect(r.danger).toBe(false);
  });
});
