import { beforeAll, describe, expect, it } from 'vitest';
import { loadDangerLexicons, type DangerLexicon } from '../../src/understand/data.ts';
import { ASK, DANGER, DangerDetector } from '../../src/understand/danger.ts';
import { fold } from '../../src/understand/fold.ts';
import { languages } from '../../src/content/topics.ts';
import { langOf, langsOf } from '../support/ids.ts';
import { listsAlone, understanding } from './shared.ts';
import { expectDanger } from './expectDanger.ts';

// Per language: lines that show immediate danger, and figures of speech or near misses that do not.
const CASES: Record<string, { yes: string[]; no: string[] }> = {
  en: {
    yes: ['he is coming back now', "I'm locked in help", 'she has a knife', 'HELP', 'they are coming for me, hurry', 'my cousin not waking up, we tried shaking him'],
    no: ['this deadline is killing me', "I'm dying to know", 'they lock the door at night', 'can you help me with my visa', 'am I in danger of losing my permit', 'we use knives all day at the meat plant, is there a bonus'],
  },
  fr: { yes: ['il revient, au secours', 'il a un couteau', 'jarrive plus a respirer'], no: ['ce boulot me tue', 'je meurs d envie de partir', 'juste une question, un patron peut il enfermer quelqu un?'] },
  es: { yes: ['estoy encerrada ayuda', 'tiene un cuchillo', 'se golpeo y se puso morado, casi no respira', 'ayudaaa', 'ayuda por favor'], no: ['me muero de ganas de saber', 'el calor me está matando', 'por curiosidad, es legal que un patron encierre a alguien?'] },
  tl: { yes: ['nakakulong ako tulong', 'may kutsilyo siya', 'di makahinga ang tatay ko'], no: ['mamatay ako sa tawa', 'kinuha nila passport ko'] },
  pa: { yes: ['ਬਚਾਓ', 'ਉਸ ਕੋਲ ਚਾਕੂ ਹੈ', 'sanu bahar to kundi la ditti'], no: ['ਮਾਲਕ ਤਨਖਾਹ ਨਹੀਂ ਦਿੰਦਾ'] },
  hi: { yes: ['बचाओ वो आ रहा है', 'mujhe band kar diya bachao', 'help jaldi'], no: ['मालिक पैसे नहीं देता', 'haste haste mar gaya', 'jaldi help chahiye visa ke liye'] },
  vi: { yes: ['anh ay dang dap cua', 'anh ấy đang đập cửa', 'cuu em voi', 'ban e ko tho dc', 'e dang bi khoa trong phong'], no: ['met chet di duoc', 'chu khong tra luong', 'e bi dau that lung qua'] },
  zh: { yes: ['救命', '他拿着刀', '他拿着锤子对着我', '门从外面锁了'], no: ['笑死我了', '老板不给我工资', '上班不让带手机'] },
  ar: { yes: ['ساعدوني', 'معه سكين', 'ma abi a3eesh khalas', 'لكمني وهو هون'], no: ['اموت من الضحك', 'صاحب العمل لا يدفع لي', 'بدي احكي مع حدا من فضلكم', 'ممكن تساعدوني في الراتب لو سمحتو من فضلكم'] },
  uk: { yes: ['допоможіть', 'у нього ніж', "vin kazhe shcho vb'ie mene", 'не знаю куди мене везуть'], no: ['вмираю від сміху', 'роботодавець не платить мені', 'не знаю куди подати документи'] },
  th: { yes: ['ช่วยด้วย', 'เขามีมีด', 'เขาขู่จะเอาไปฝัง ตอนนี้อยู่หน้าห้อง'], no: ['เหนื่อยจะตาย', 'นายจ้างไม่จ่ายเงินเดือน'] },
  ne: { yes: ['बचाउ', 'उसँग चक्कु छ', 'u ghanti retchhu bhanchha'], no: ['मालिकले तलब दिँदैन'] },
  pt: { yes: ['socorro estou trancada', 'ele tem uma faca', 'n quero mais viver', 'me ajuda!'], no: ['morrendo de vontade de saber', 'esse trabalho tá me matando', 'a gente usa facas no frigorifico, quem paga as luvas?'] },
  ht: { yes: ['anmwe', 'li gen yon kouto', 'l ap tann mwen deyo a, m pe'], no: ['m ap mouri ri', 'patwon an pa peye m', 'bos la ap fe m fe kriz ak tout travay sa yo'] },
};

// Read once for the whole file: the lists, and every phrase of them as a case of its own.
const LEXICONS = loadDangerLexicons();
const PHRASES = LEXICONS.flatMap((lex) => lex.phrases.map((phrase) => [lex.lang, phrase] as const));

// Built before the tests, not in the time of whichever comes first.
beforeAll(() => {
  understanding();
});

describe('danger', () => {
  it('has a lexicon per language, every non-English one a draft', () => {
    expect(LEXICONS.map((l) => l.lang).sort()).toEqual([...languages()].sort());
    for (const l of LEXICONS) if (l.lang !== 'en') expect(l.status).toBe('draft');
  });

  it('has lines of danger and lines without it for every language', () => {
    expect(Object.keys(CASES).sort()).toEqual([...languages()].sort());
    for (const [lang, c] of Object.entries(CASES)) {
      expect(c.yes.length, lang).toBeGreaterThan(0);
      expect(c.no.length, lang).toBeGreaterThan(0);
    }
  });

  // Immediate danger flagged; figures of speech and ordinary questions left alone.
  for (const lang of languages()) expectDanger(lang, CASES[lang]?.yes ?? [], CASES[lang]?.no ?? []);

  it('reads Traditional Chinese as the simplified lists, and leaves simplified text as it is', () => {
    expect(fold('頭好暈 佢喺門口')).toBe('头好晕 佢喺门口');
    expect(fold('怎么办 么')).toBe('怎么办 么');
    expect(understanding().isDanger('佢拎住刀話要殺我')).toBe(true);
    expect(understanding().isDanger('宿舍著火了')).toBe(true);
  });

  // Each phrase rule is skipped unless the text holds its longest word: this fails if that
  // shortcut ever skips a rule that would have matched. One case per phrase, three forms each.
  it('reads more than 300 phrases', () => {
    expect(PHRASES.length).toBeGreaterThan(300);
  });
  it.each(PHRASES)('flags a phrase of the %s lexicon inside a sentence, in capitals and with extra spaces: %s', (lang, phrase) => {
    const spaced = phrase.toUpperCase().replace(/ /g, '   ');
    for (const text of [phrase, `ok ${phrase} ok`, `ok ${spaced}!`]) expect(understanding().isDanger(text), `${lang}: ${text}`).toBe(true);
  });

  it('routes danger to the emergency topic first', async () => {
    const r = await understanding().route('she has a knife, my passport is with her');
    expect(r).toMatchObject({ danger: true, topic: 'emergency' });
  });
});

// The combination rules, on a small made-up lexicon so the figures are easy to follow.
const lex = (code: string, concepts: DangerLexicon['concepts'], phrases: string[] = []): DangerLexicon => ({
  lang: langOf(code),
  status: 'draft',
  reviewer_role: null,
  phrases,
  patterns: [],
  concepts,
  not_danger: code === 'en' ? ['\\bkilling me\\b'] : [],
  shorthand: {},
});
const rules = new DangerDetector([
  lex('en', {
    weapon: ['knife'],
    hit: ['hitting', 'hit'],
    fire: ['on fire'],
    injury: ['bleeding'],
    care_refused: ['no ambulance', 'not let go to the doctor'],
    confined: ['not let go', 'locked ~ in'],
    child: ['my son'],
    self_harm: ['want to die'],
    unresponsive: ['not answering'],
    now: ['now'],
    near: ['outside'],
    help: ['help'],
    person: ['he', 'me'],
    past: ['last year'],
    general: ['what if'],
    cond: ['if'],
    habit: ['every day'],
    joke: ['haha'],
    far: ['back home'],
    naming: ['is this trafficking'],
    asking: ['just asking'],
    over: ['im safe now'],
    taken: ['dont know where we are going'],
  }, ['call 911']),
  lex('tl', { hit: ['sinasaktan'], person: ['ako'], now: ['ngayon'] }),
  lex('es', { kill: ['mata'], person: ['el'], now: ['ahora'] }),
  // Without marks, bị bắn (shot) and bị bán (sold) are one word: "bi ban".
  lex('vi', { kill: ['bị bắn'], taken: ['bị bán'], person: ['tôi'], general: ['có tính là'] }),
]);
const level = (text: string, langs: string[] = []) => rules.read(text, langsOf(langs)).level;

describe('danger by concept', () => {
  it('a phrase, self-harm, fire: danger on their own', () => {
    expect(level('please call 911')).toBe(DANGER);
    expect(level('i want to die')).toBe(DANGER);
    expect(level('the kitchen is on fire')).toBe(DANGER);
  });

  it('a harm done by someone asks alone and is danger with a person, now, here, a call for help or a second harm', () => {
    expect(level('knife')).toBe(ASK);
    expect(level('he has a knife')).toBe(DANGER);
    expect(level('a knife outside')).toBe(DANGER);
    expect(level('knife help')).toBe(DANGER);
    expect(level('hitting my son')).toBe(DANGER);
    expect(level('bleeding')).toBe(ASK);
    expect(level('bleeding and no ambulance')).toBe(DANGER);
  });

  it('the past lowers by two unless something says now or here; a question or a habit by one', () => {
    expect(level('he hit me last year')).toBe(0);
    expect(level('he hit me last year and he is outside now')).toBe(DANGER);
    expect(level('what if he has a knife')).toBe(ASK);
    expect(level('he is hitting me every day')).toBe(ASK);
    expect(level('he is hitting me every day help')).toBe(DANGER);
    expect(level('i want to die every day')).toBe(DANGER);
  });

  it('a person adds nothing to a harm that is danger on its own, and one word is one harm however many it could be', () => {
    // Sold, asked about: taken (2) lowered by the question; "tôi" raises neither it nor the
    // "shot" reading of the same word (which would have been a second harm).
    expect(level('tôi bị bán có tính là không', ['vi'])).toBe(ASK);
    expect(level('toi bi ban co tinh la khong', ['vi'])).toBe(ASK);
    expect(level('tôi bị bắn', ['vi'])).toBe(DANGER);
  });

  it('a harm whose words lie inside a longer term of another harm is that harm read once', () => {
    expect(level('not let go to the doctor')).toBe(ASK);
    expect(level('bleeding and not let go to the doctor')).toBe(DANGER);
  });

  it('unresponsive counts only beside another harm, never alone or with context alone', () => {
    expect(level('the boss is not answering')).toBe(0);
    expect(level('he is not answering now help')).toBe(0);
    expect(level('he is bleeding and not answering')).toBe(DANGER);
  });

  it('laughter is nothing unless it also calls for help; a place far away lowers by one', () => {
    expect(level('he is hitting me now haha')).toBe(0);
    expect(level('he is hitting me now haha help')).toBe(ASK);
    expect(level('he is hitting me now')).toBe(DANGER);
    expect(level('he will hit my family back home')).toBe(ASK);
  });

  it('asking what one\'s situation is called lowers by two', () => {
    expect(level('he is hitting me now, is this trafficking')).toBe(ASK);
    expect(level('he has a knife, is this trafficking')).toBe(0);
  });

  it('saying one only asks to know lowers by two and is never more than the question', () => {
    expect(level('he has a knife, just asking')).toBe(0);
    expect(level('he is hitting me now, just asking')).toBe(ASK);
    expect(level('please call 911 outside now, just asking')).toBe(ASK);
  });

  it('saying it is over and one is safe now lowers by two; a denial does not hold it', () => {
    expect(level('he had a knife, im safe now')).toBe(0);
    expect(level('he hit me last year, im safe now')).toBe(0);
    expect(level('im not safe now, he has a knife')).toBe(DANGER);
  });

  it('being locked in as a habit and nothing else is the rule of a house: lowered by two, one with a call for help', () => {
    expect(level('he locked me in')).toBe(DANGER);
    expect(level('every day he locked me in outside')).toBe(ASK);
    expect(level('every day he locked me in')).toBe(0);
    expect(level('every day he locked me in help')).toBe(DANGER);
    expect(level('every day he locked me in with a knife')).toBe(DANGER);
  });

  it('a bare "if" lowers a blow, never wanting to die; a general question lowers both', () => {
    expect(level('if he has a knife')).toBe(ASK);
    expect(level('i dont know if you can read this, i want to die')).toBe(DANGER);
    expect(level('what if i want to die')).toBe(ASK);
  });

  it('a letter held down is read once more as one letter', () => {
    expect(level('he has a knifeeee')).toBe(DANGER);
    expect(level('i want to dieee')).toBe(DANGER);
    expect(level('on fireee')).toBe(DANGER);
  });

  it('a habit lowers neither being followed nor being taken', () => {
    expect(level('every night they drive us off, dont know where we are going')).toBe(DANGER);
  });


  it('terms of two words or more are matched with the short forms people type, single words never', () => {
    const short = new DangerDetector([{ ...lex('vi', { critical: ['không thở'], person: ['em'], now: ['đang'] }, ['cứu em']), shorthand: { không: ['ko', 'k'], em: ['e'] } }]);
    expect(short.read('ko tho', langsOf(['vi'])).level).toBe(DANGER);
    expect(short.read('be k thở', langsOf(['vi'])).level).toBe(DANGER);
    expect(short.read('cuu e', langsOf(['vi'])).level).toBe(DANGER);
    // "em" alone stays "em": "e" is no word of its own.
    expect(short.read('e', langsOf(['vi'])).level).toBe(0);
  });

  it('figures of speech are blanked out first', () => {
    expect(level('this job is killing me')).toBe(0);
  });

  it('context counts in the harm word\'s language, English and the languages the message seems to be in', () => {
    // "mata" is Spanish here; "ako" (Tagalog "I") is context only when the message seems Tagalog.
    expect(level('mata ako')).toBe(ASK);
    expect(level('mata ako', ['tl'])).toBe(DANGER);
    expect(level('sinasaktan ako ngayon help')).toBe(DANGER);
  });

  it('names the language the danger is written in', () => {
    expect(rules.read('sinasaktan ako ngayon help').lang).toBe('tl');
    expect(rules.read('he has a knife').lang).toBe('en');
    expect(rules.read('nothing here')).toEqual({ level: 0, lang: null, found: [], unframed: 'nothing here' });
  });
});

describe('danger language in a route', () => {
  it('answers danger in the language it was written in, whatever the contact\'s language', async () => {
    const u = understanding();
    expect(await u.route('ayuda me esta pegando', { lang: 'en' })).toMatchObject({ danger: true, dangerLang: 'es' });
    expect(await u.route('tulungan nyo ako sinasaktan ako ng amo ko', { lang: 'en' })).toMatchObject({ danger: true, dangerLang: 'tl' });
    expect(await u.route('bachao wo mujhe maar raha hai', { lang: 'en' })).toMatchObject({ danger: true, dangerLang: 'hi' });
    // Romanized Punjabi shares most words with Hindi: its own ("nu", "laina", "ch", "hor") decide.
    expect(await u.route('main apne aap nu khatam kar laina')).toMatchObject({ danger: true, dangerLang: 'pa' });
    expect(await u.route('ghar ch aag lag gayi, dhuan hi dhuan')).toMatchObject({ danger: true, dangerLang: 'pa' });
  });

  it('asks first when the signs are weak', async () => {
    const r = await understanding().route('what should i do if he comes back with a knife');
    expect(r).toMatchObject({ danger: false, dangerCheck: true, dangerLang: 'en' });
    expect(await understanding().route('my boss does not pay overtime')).toMatchObject({ danger: false, dangerCheck: false, dangerLang: null });
  });

  it.each([
    ['im scared', 'en'],
    ['tengo miedo', 'es'],
    ["j'ai peur", 'fr'],
    ['natatakot ako', 'tl'],
    ['mujhe dar lag raha hai', 'hi'],
    ['ਮੈਨੂੰ ਡਰ ਲੱਗਦਾ', 'pa'],
    ['malai dar lagyo', 'ne'],
    ['انا خايفة', 'ar'],
    ['em sợ quá', 'vi'],
    ['我好害怕', 'zh'],
    ['หนูกลัวมาก', 'th'],
    ['мені страшно', 'uk'],
    ['tô com medo', 'pt'],
    ['m pè anpil', 'ht'],
  ])('asks %j, the writer afraid and nothing else, "are you in danger right now?" in %s', async (text, lang) => {
    expect(await understanding().route(text)).toMatchObject({ danger: false, dangerCheck: true, dangerLang: lang });
  });

  it.each([
    ['natatakot ako, mamayang gabi babalik siya', 'tl'],
    ['tengo miedo, esta noche viene otra vez', 'es'],
    ['i am scared, tonight he comes back', 'en'],
    ["j'ai peur, ce soir il revient", 'fr'],
  ])('asks %j (or answers it as danger), a fear beside a time of day being no matter of hours, in %s', async (text, lang) => {
    const r = await understanding().route(text);
    expect(r.danger || r.dangerCheck, text).toBe(true);
    expect(r.dangerLang).toBe(lang);
  });

  it.each([
    "I'm scared of losing my job",
    "I'm afraid of getting fired",
    'afraid my permit expires',
    'scared to ask my boss for overtime pay',
    "I'm afraid I can't come to work tomorrow",
    'tengo miedo de perder mi trabajo',
    "j'ai peur de perdre mon emploi",
    'natatakot ako na mawalan ng trabaho',
    'mujhe dar hai ki mera permit khatam ho jayega',
    '我怕老板不给工资',
    'กลัวตกงาน',
    'tengo miedo de que me quiten la visa',
    'tô com medo de perder o emprego',
    'ana khayfa ma ykhalsounich',
    'em sợ chủ không trả lương',
    'боюся що не продовжать дозвіл',
    'm pè yo pa renouvle pemi m',
    'ਮੈਨੂੰ ਡਰ ਹੈ ਕਿ ਮਾਲਕ ਪੈਸੇ ਨਹੀਂ ਦੇਵੇਗਾ',
  ])('leaves a fear about a matter of work or papers (%j) on its topic', async (text) => {
    expect(await understanding().route(text)).toMatchObject({ danger: false, dangerCheck: false });
  });

  it.each([
    ['he is very angry and shouting outside my room', 'en'],
    ['el patron esta borracho y gritando afuera de mi cuarto', 'es'],
    ['lasing si boss at sumisigaw sa labas ng kwarto ko', 'tl'],
    ['wo nashe me hai aur darwaze pe chilla raha hai', 'hi'],
    ['هو سكران وعم يصرخ عالباب', 'ar'],
    ['他喝多了在我门外大喊大叫', 'zh'],
    ['เขาเมาและตะโกนอยู่หน้าห้อง', 'th'],
    ['o patrão está bêbado gritando na porta do meu quarto', 'pt'],
    ['anh ta say rượu đang la hét ngoài cửa phòng em', 'vi'],
    ['malik raksi khayera dhoka ma karaudai cha', 'ne'],
    ['ਮਾਲਕ ਸ਼ਰਾਬ ਪੀ ਕੇ ਦਰਵਾਜ਼ੇ ਤੇ ਚੀਕ ਰਿਹਾ', 'pa'],
  ])('asks about someone angry, shouting or drunk at the door or the room (%j), or answers it as danger where the learned signal is sure', async (text, lang) => {
    // The lists read a weak sign and ask; the learned signal may confirm it (ADR 0013).
    expect(listsAlone().routeOffline(text)).toMatchObject({ danger: false, dangerCheck: true, dangerLang: lang });
    const r = await understanding().route(text);
    expect(r.dangerLang).toBe(lang);
    expect(r.danger ? r.dangerConfirmed : r.dangerCheck).toBe(true);
  });

  it.each(['my boss is always angry and shouting at us', 'my boss was angry yesterday because I was late'])(
    'leaves anger as a habit, in the past or in a question (%j) alone',
    async (text) => {
      expect(await understanding().route(text)).toMatchObject({ danger: false, dangerCheck: false });
    },
  );

  it('leaves a drunk roommate every night, asked as a housing question, to the topic: the lists read no danger, and nothing answers it as one', async () => {
    // Since dev18 was trained on, the learned signal reads this line at 0.80-0.87 and may ask
    // "are you in danger right now?" (ADR 0013, amended): a question, never the emergency answer.
    const text = 'my roommate is drunk every night in the room, can I change rooms?';
    expect(listsAlone().routeOffline(text)).toMatchObject({ danger: false, dangerCheck: false });
    expect(await understanding().route(text)).toMatchObject({ danger: false, topic: 'housing' });
  });
});
