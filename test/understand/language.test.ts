import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

describe('language', () => {
  it.each([
    ['mi jefe no me paga las horas extra', 'es'],
    ['mon patron garde mon passeport depuis deux mois', 'fr'],
    ['hindi ako binabayaran ng amo ko', 'tl'],
    ['老板拿走了我的护照', 'zh'],
    ['นายจ้างยึดพาสปอร์ต', 'th'],
    ['ਮੇਰਾ ਪਾਸਪੋਰਟ ਮਾਲਕ ਕੋਲ ਹੈ', 'pa'],
    ['роботодавець забрав паспорт', 'uk'],
    ['صاحب العمل أخذ جوازي', 'ar'],
    ['patwon an pa peye m depi de mwa', 'ht'],
    // Thai in Latin letters, Isan-flavoured, sharing short words with Vietnamese typed without accents (t83a).
    ['sawatdee ka, nai jang lok hong wai tang tae chao, bo hai ork, hiw nam', 'th'],
    ['chi oi em bi khoa trong phong tu sang, khong cho ra ngoai', 'vi'],
  ])('detects %j as %s', (text, lang) => {
    expect(understanding().detectLanguage(text).lang).toBe(lang);
  });

  it.each([
    ['mera malik mainu bahar nahi jaan dinda, kamre ch band kar dinda', 'pa', true],
    ['mera malik mujhe bahar nahi jaane deta, kamre mein band kar deta hai', 'hi', true],
    ['meri madad karo', 'hi', false],
    ['bachao darwaza tod reha', 'pa', false],
  ])('%j: told %s apart from its kin by three words of its own: %s', async (text, lang, apart) => {
    const r = await understanding().route(text);
    expect(r.lang).toBe(lang);
    expect(r.langApart ?? false).toBe(apart);
  });

  it('only offers a switch: the contact language is a prior, the result says what to offer', async () => {
    const same = await understanding().route('mi jefe no me paga las horas extra', { lang: 'es' });
    expect(same.offerLanguage).toBeNull();
    const other = await understanding().route('mi jefe no me paga las horas extra', { lang: 'en' });
    expect(other.offerLanguage).toBe('es');
  });

  it.each([
    ['que es la TRP', 'es'],
    ['que es la PR', 'es'],
    ['o que e a TRP', 'es'],
    ['que es el LMIA', 'fr'],
  ])('offers no switch for a short question around an acronym (%j in a conversation in %s)', async (text, lang) => {
    expect((await understanding().route(text, { lang })).offerLanguage).toBeNull();
    // Nor when the conversation's language is not known to understanding (the engine knows it).
    expect((await understanding().route(text)).offerLanguage).toBeNull();
  });

  it('offers a switch on real evidence: several words of the other language', async () => {
    expect((await understanding().route("bonjour, c'est quoi le permis ouvert et comment je peux l'avoir", { lang: 'es' })).offerLanguage).toBe('fr');
    expect((await understanding().route('hello, my boss did not pay me for two weeks, what can I do', { lang: 'es' })).offerLanguage).toBe('en');
  });

  it.each([
    ['hi, tagalog po pls', 'tl'],
    ['privet, mozhno pysaty po-russki? na russkom', 'uk'],
    ['k cha dai, k garne aba', 'ne'],
    ['safi daba bghit nkhrej mn had lkhedma', 'ar'],
    ['lpatron ma khallasnish', 'ar'],
    ['lmoudir ma 3tanich lflous', 'ar'],
  ])('tells %j as %s with confidence (a named language, a two-word phrase, Maghrebi words)', (text, lang) => {
    const g = understanding().detectLanguage(text);
    expect([g.lang, g.confident]).toEqual([lang, true]);
  });

  it('reads a digit at the end of a word as Arabizi ("aroo7"), not a format or a model ("mp3", "win7")', () => {
    expect(understanding().detectLanguage('wen aroo7 ashtki')).toMatchObject({ lang: 'ar', confident: true });
    expect(understanding().detectLanguage('my win7 laptop and an mp3').scores.find((s) => s.lang === 'ar')).toBeUndefined();
  });

  it('reads "ma" and an English word ending in -sh as no Arabic negation (Nepali "ma english bujhdina")', () => {
    expect(understanding().detectLanguage('ma english bujhdina').lang).not.toBe('ar');
  });

  it.each(['lpatron ma khallasnish', 'ma khlsnich shi chhar', 'lmoudir ma khalsnach had chhar'])('finds unpaid wages in Moroccan Arabizi %j', async (text) => {
    expect((await understanding().route(text)).candidates[0]?.topic).toBe('wages');
  });

  // A threat of being sent home for complaining, typed in Moroccan Arabizi: threats and the complaint.
  it.each(['lpatron 9al liya ila chkit ghadi ysafrni lbled', 'lmoudir gal ghadi yrahhelni 7it chkit'])('reads a threat of being sent home for complaining in Arabizi %j', async (text) => {
    const top = (await understanding().route(text)).candidates.slice(0, 2).map((c) => c.topic);
    expect(top).toContain('abuse-threats');
    expect(top).toContain('complaint');
  });

  it.each([
    ['bachao koi maar raha hai', 'hi'],
    ['mera malik 2 mahine se paisa nahi de raha', 'hi'],
    ['bachao koi maar reha ae', 'pa'],
    ['malik ne mainu 2 mahine da paisa nahi dita', 'pa'],
  ])('tells romanized %j as %s: a word Hindi and Punjabi share counts for both, "raha" is Hindi, "reha" Punjabi', (text, lang) => {
    const g = understanding().detectLanguage(text);
    expect(g.lang).toBe(lang);
    expect(g.scores[0]!.lang).toBe(lang);
  });

  it.each([
    ['my boss keeps my passport, what can I do? 谢谢', 'zh'],
    ['can i change employer with this permit ครับ', 'th'],
    ['where do I send the form? شكرا', 'ar'],
  ])('answers %j in the language of its own-script word, English still likely', (text, lang) => {
    const g = understanding().detectLanguage(text);
    expect([g.lang, g.confident]).toEqual([lang, true]);
    expect(g.scores.map((s) => s.lang)).toContain('en');
  });

  it.each([
    ['c gratuit?', 'fr'],
    ['quanto custa?', 'pt'],
    ['bonswa mezanmi', 'ht'],
    ['lam sao de doi chu ntn', 'vi'],
  ])('tells a short %j as %s by its everyday words', (text, lang) => {
    const g = understanding().detectLanguage(text);
    expect([g.lang, g.confident]).toEqual([lang, true]);
  });

  it('English named by someone who does not read it says nothing for English', () => {
    const g = understanding().detectLanguage('mera english accha nahi hai, malik paise nahi deta');
    expect(g.lang).toBe('hi');
  });

  it.each(['passport visa permit', 'boss salary overtime', 'work permit pls', 'ok sir'])('English words every language borrows tell no language: %j is not told', (text) => {
    expect(understanding().detectLanguage(text).confident).toBe(false);
  });

  it.each([
    ['mera passport boss kol aa', 'mera kol aa'],
    ['kinuha ng boss passport ko', 'kinuha ng ko'],
    ['el boss a5ad el passport', 'el a5ad el'],
    ['salary kado aungi', 'kado aungi'],
  ])('a borrowed English noun counts for no list that holds it: %j is read as %j', (text, without) => {
    const rest = (t: string) => understanding().detectLanguage(t).scores.filter((s) => s.lang !== 'en').map((s) => s.lang);
    expect(rest(text)).toEqual(rest(without));
    expect(understanding().detectLanguage(text).lang).toBe(understanding().detectLanguage(without).lang);
  });

  it.each([
    ['mera passport boss kol aa', 'pa'],
    ['agent le paisa khayo', 'ne'],
    ['ma khalsouni chhar', 'ar'],
  ])('a word several languages share counts, for having enough words, for the one the rest points to: %j is %s', (text, lang) => {
    const g = understanding().detectLanguage(text);
    expect([g.lang, g.confident]).toEqual([lang, true]);
  });

  it.each([
    ['visa ko barema sodhnu thiyo', 'ne'],
    ['salary aaudai chaina', 'ne'],
    ['sir ek question tha', 'hi'],
    ['oq eu faco', 'pt'],
    ['n to recebendo hr extra', 'pt'],
    ['ocupo ayuda con el permiso', 'es'],
  ])('tells a short first message by its grammar words and text-message spellings, not its English nouns: %j is %s', (text, lang) => {
    const g = understanding().detectLanguage(text);
    expect([g.lang, g.confident]).toEqual([lang, true]);
  });

  it.each(['sir ek sawal hai mera', 'mera kaam'])('but it decides no lead: %j, words several languages share, is not told', (text) => {
    expect(understanding().detectLanguage(text).confident).toBe(false);
  });

  it.each([
    ['help chahiye', 'hi'],
    ['malai help', 'ne'],
    ['dopomozhit pls', 'uk'],
    ['tulungan pls', 'tl'],
  ])('a short message of borrowed English and one word only one language has: %j is %s', (text, lang) => {
    const g = understanding().detectLanguage(text);
    expect([g.lang, g.confident]).toEqual([lang, true]);
  });

  it.each(['talab', 'naukri', 'trabajo', 'tien', 'help talab kuch'])('one word alone, or beside a word no list knows, is not told: %j', (text) => {
    expect(understanding().detectLanguage(text).confident).toBe(false);
  });

  it.each(['tnx', 'thnx', 'hi sir', 'ok pls', 'hello madam'])('%j, English greetings and SMS typed in every language, names no language for a first message', async (text) => {
    expect((await understanding().route(text)).lang).toBeNull();
  });

  it.each([
    ['bonjour bonne soirée', 'fr'],
    ['allo bonne journee, c gratuit ici?', 'fr'],
    ['buenas tardes', 'es'],
    ['hola buenas noches, cuesta algo escribir aqui?', 'es'],
    ['boa noite', 'pt'],
    ['alo? funciona esse numero?', 'pt'],
  ])('%j, a greeting of the time of day or a first question in the language\'s own words, is answered in %s', (text, lang) => {
    const g = understanding().detectLanguage(text);
    expect({ lang: g.lang, confident: g.confident }).toEqual({ lang, confident: true });
  });

  it.each(['hi good morning', 'good evening', 'buenas', 'bonjour'])('%j, a greeting alone in English or one word, still asks which language', (text) => {
    expect(understanding().detectLanguage(text).confident).toBe(false);
  });

  it('does not claim a language for digits or emoji', () => {
    expect(understanding().detectLanguage('2').confident).toBe(false);
    expect(understanding().detectLanguage('🙂🙂').lang).toBeNull();
  });

  // Portuguese asking who we are, with "são" typed "sao" (Vietnamese "sao" too) and "vocês"
  // without its accent: Portuguese words, answered in Portuguese.
  it('answers "ola quem sao voces? sao do governo?" in Portuguese', () => {
    expect(understanding().routeOffline('ola quem sao voces? sao do governo?').lang).toBe('pt');
  });

  // Two or three words, one of them only one language's and none unknown: too little for a
  // confident guess, answered in the only language the words allow.
  it.each([
    ['porfa info', 'es'],
    ['tanong lang', 'tl'],
    ['hello dai', 'ne'],
  ])('answers %j in %s: one word is only its own, no other language in sight', (text, lang) => {
    expect(understanding().detectLanguage(text).confident).toBe(false);
    expect(understanding().routeOffline(text)).toMatchObject({ lang, likely: [lang] });
  });

  it.each([
    // A word no list knows beside one that looks French: still asked.
    'ce bezkoshtovno?',
    // A lone greeting many languages type.
    'hi',
  ])('asks which language for %j', (text) => {
    expect(understanding().routeOffline(text).lang).toBeNull();
  });
  it('lets a hint for another language ask rather than guess on one word', () => {
    expect(understanding().routeOffline('tanong lang', { hints: ['en'] }).lang).toBeNull();
  });

  it.each([
    ['my boss is not paying me, no me paga el overtime', ['en', 'es']],
    ['mi jefe no me paga, what can i do', ['en', 'es']],
    ['bonjour, my boss ne me paie pas and i dont know what to do', ['en', 'fr']],
  ])('%j mixes two languages: not confident, and both are the likely ones', async (text, pair) => {
    const guess = understanding().detectLanguage(text);
    expect(guess.mixed).toEqual(pair);
    expect(guess.confident).toBe(false);
    const r = await understanding().route(text);
    expect(r).toMatchObject({ lang: null, likely: pair, mixed: true });
  });

  it.each([
    // One language with a borrowed word or two, or a language that is written with English in it.
    'mi jefe no me paga el overtime',
    'hello, mi jefe no me paga las horas extra',
    'bonjour my boss ne me paie pas',
    'my boss po hindi nagbabayad ng sahod ko',
    'mera boss salary nahi de raha hai',
    'patwon an pa peye m, mwen pa konn sa pou m fe',
    'o meu patrao nao me paga as horas extras',
  ])('%j is not a mix', (text) => {
    expect(understanding().detectLanguage(text).mixed).toBeUndefined();
  });

  it.each([
    // Tagalog "hindi" (no, not) beside other Tagalog words is Tagalog's, not Hindi named.
    ['confidential ba to? hindi ba malalaman ng employer ko', 'tl'],
    // Filipino text greetings.
    ['gud pm po', 'tl'],
    ['gud pm, may tanong lng po about sa vacation pay', 'tl'],
    // Romanized Punjabi with words Hindi shares ("hona", "wale", "bina") and its own.
    ['basement da kiraya vadha ditta bina notice de, ki kariye', 'pa'],
    ['hello ji, mera work permit agle mahine expire hona, extension lai ki karna painda?', 'pa'],
    ['sick leave kitni milti hai?', 'hi'],
    // Hindi "hun" (am) and "kaunsa", which Punjabi says "haan" and "kehda".
    ['hi mera work permit closed hai, employer badal sakta hun kya?', 'hi'],
    ['hello ye kaunsa number hai?', 'hi'],
    ['mainu hun ki karna chahida', 'pa'],
    ['ye thik ho jayega?', 'hi'],
    // Romanized Nepali: "yo … ho", "ko lagi", a past of its own ("magyo").
    ['namaste, yo number ke ko lagi ho?', 'ne'],
    ['agent le Canada ko work permit ko 20 lakh magyo, yo thik ho?', 'ne'],
  ])('a first message %j is answered in %s', (text, lang) => {
    const g = understanding().detectLanguage(text);
    expect([g.lang, g.confident]).toEqual([lang, true]);
  });

  it('"hindi" still names Hindi where nothing around it is Tagalog', () => {
    const g = understanding().detectLanguage('do you speak hindi?');
    expect(g.scores[0]?.lang).toBe('hi');
  });

  it('"hindi" names Hindi beside words Tagalog shares with Hindi ("ho", "ko")', () => {
    const d = understanding().detectLanguage;
    const named = d('kya aap hindi me baat kar sakte ho').scores.find((s) => s.lang === 'hi')?.score ?? 0;
    const unnamed = d('kya aap me baat kar sakte ho').scores.find((s) => s.lang === 'hi')?.score ?? 0;
    expect(named).toBeGreaterThan(unnamed);
  });
});
