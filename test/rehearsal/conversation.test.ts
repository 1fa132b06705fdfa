// The lines a trainer tried in Spanish, Tagalog, Arabic and English, each with the verdict it
// should get (issue: negation and modality, polite suggestions, promises, status, early questions
// about names and addresses), and how a persona answers what is asked, reacts to an early
// question for names, and comes back after a good apology.
import { describe, expect, it } from 'vitest';
import { debrief, loadPersonas, replay, signalsOf, trainee } from '../../src/rehearsal/index.ts';
import { lineVerdicts, type PointId, type Verdict } from '../../src/rehearsal/points.ts';

const { personas } = loadPersonas();
const PERSONA: Record<string, string> = { es: 'farm-worker-pay-deductions', tl: 'caregiver-passport-held', ar: 'man-no-safe-bed-tonight', en: 'young-woman-not-a-victim' };

function verdicts(lang: string, line: string): Record<string, Verdict> {
  const reader = personas.get(PERSONA[lang]!)!.compiled[lang]!.reader;
  return Object.fromEntries(lineVerdicts(signalsOf(line, reader)));
}

const QUOTED: [string, string, Partial<Record<PointId, Verdict>>][] = [
  ['es', 'Nada de esto depende de ir a la policía; usted no tiene que denunciar a nadie para recibir ayuda.', { no_police: 'earned' }],
  ['ar', 'يجب أن تذهب إلى الشرطة فورًا وتبلغ عن صاحب العمل.', { no_police: 'breached' }],
  ['ar', 'عليك أن تتصل بالشرطة الآن، هذا هو الحل الوحيد.', { no_police: 'breached' }],
  ['tl', 'Walang pipilit sa iyo na makipag-usap sa pulis, at hindi mo kailangang magsumbong para matulungan ka.', { no_police: 'earned' }],
  ['tl', 'Hindi ako pulis.', { introduced: 'earned' }],
  ['tl', 'Huwag kang mag-alala, makakakuha ka ng bagong permit para makalipat ng employer.', { no_promise: 'breached' }],
  ['tl', 'Kung gusto mo, pwede kitang ikonekta sa libreng legal clinic.', { next_steps: 'earned', legal: 'earned' }],
  // Asks about status and names the person with the word "illegal": both, as every batch's writers judged it.
  ['en', 'Are you here illegally?', { no_status_ask: 'breached', person_first: 'breached' }],
  ['ar', 'هل أنت هنا بشكل غير قانوني؟', { no_status_ask: 'breached', person_first: 'breached' }],
  ['en', 'Help does not depend on going to the police.', { no_police: 'earned' }],
  ['es', '¿Está en un lugar seguro para escribir ahora?', { safety: 'earned' }],
  ['es', 'No guardamos su número. Solo yo leo este chat, y puede mandar BORRAR cuando quiera para borrar lo que tenemos.', { privacy: 'earned' }],
  ['es', '¿Cómo se llama su patrón y cuál es la dirección de la granja?', { identifying_details: 'breached' }],
  ['en', "What is your employer's name and address?", { identifying_details: 'breached' }],
];

describe('the lines quoted in the trainer\'s report get the right verdicts', () => {
  it.each(QUOTED)('%s: %s', (lang, line, want) => {
    const got = verdicts(lang, line);
    for (const [point, v] of Object.entries(want)) expect(got[point], point).toBe(v);
    // A line that earns something breaches nothing.
    if (Object.values(want).every((v) => v === 'earned')) expect(Object.values(got)).not.toContain('breached');
  });
});

describe('personas that converse', () => {
  it.each([
    ['trp-holder-permit-expiring', 'zh', ['你好，我叫小林，是支援工作人员。你不需要报警。', '你现在安全吗？', '你最担心什么？', '发生了什么事？']],
    ['young-woman-not-a-victim', 'en', ["Hi Kayla, I'm Jess, a support worker with the coalition.", 'Is it safe for you to text right now?', 'What worries you most?', 'What happened?']],
    ['closed-permit-wants-to-change', 'hi', ['नमस्ते, मैं नेहा हूँ, सपोर्ट वर्कर।', 'क्या अभी लिखना आपके लिए सुरक्षित है?', 'आपको सबसे ज़्यादा किस बात का डर है?', 'क्या हुआ, बताएँगे?']],
    ['asking-for-a-friend', 'pt', ['Oi, sou a Ana, trabalhadora de apoio.', 'É seguro pra você escrever agora?', 'O que mais te preocupa?', 'O que aconteceu com a sua amiga?']],
    ['grandparent-unpaid-housework', 'pa', ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੈਂ ਜਸਲੀਨ ਹਾਂ, ਸਪੋਰਟ ਵਰਕਰ।', 'ਕੀ ਹੁਣ ਲਿਖਣਾ ਤੁਹਾਡੇ ਲਈ ਸੁਰੱਖਿਅਤ ਹੈ?', 'ਤੁਹਾਨੂੰ ਕਿਸ ਗੱਲ ਦਾ ਡਰ ਹੈ?', 'ਕੀ ਹੋਇਆ?']],
    ['crew-housed-in-warehouse', 'uk', ['Вітаю, я Оксана, соціальна працівниця.', 'Чи безпечно вам зараз писати?', 'Чого ви найбільше боїтеся?', 'Що сталося?']],
    ['injured-worker-fears-removal', 'th', ['สวัสดีค่ะ ดิฉันชื่อนิด เป็นเจ้าหน้าที่ช่วยเหลือ', 'ตอนนี้คุยได้ปลอดภัยไหมคะ', 'คุณกังวลเรื่องอะไรที่สุดคะ', 'เกิดอะไรขึ้นคะ']],
    ['recruitment-fee-debt', 'ne', ['नमस्ते, म सीता, सहयोग कार्यकर्ता हुँ।', 'के अहिले लेख्न तपाईंलाई सुरक्षित छ?', 'तपाईंलाई सबैभन्दा बढी केको डर छ?', 'के भयो?']],
  ] as const)('%s (%s) answers a safety check, the fears and the story in the person\'s own words', (id, lang, lines) => {
    const p = personas.get(id)!;
    const { session } = replay(p, lang, [...lines]);
    const answers = p.compiled[lang]!.answers;
    const said = session.transcript.filter((m) => m.from === 'persona').map((m) => m.text);
    for (const kind of ['safety', 'ask_fears', 'ask_story'] as const) expect(said.some((t) => answers[kind]!.some((a) => a.text === t)), kind).toBe(true);
  });

  // Lan and Roseline stop at a fixed turn (he comes back; her cover message at the second line),
  // so each question is asked in a practice of its own, after the lines that build the trust it needs.
  it.each([
    ['immediate-danger', 'vi', ['Tôi là Mai, nhân viên hỗ trợ.'], { safety: 'Chị có an toàn không?', ask_fears: 'Chị sợ điều gì nhất?', ask_story: 'Chuyện gì đã xảy ra?', ask_wants: 'Chị muốn gì?' }],
    ['watched-must-stop', 'ht', [], { safety: 'Èske w an sekirite pou ekri kounye a?', ask_fears: 'Kisa ki fè w pi pè?', ask_story: 'Bonjou, mwen se Nadia, travayèz sipò. Kisa k te pase?', ask_wants: 'Kisa ou ta vle?' }],
    ['only-asks-about-records', 'es', ['Hola, soy Lucía, trabajadora de apoyo.', 'No guardamos su número. Solo yo leo este chat, y puede mandar BORRAR cuando quiera.'], { safety: '¿Está en un lugar seguro para escribir ahora?', ask_fears: '¿Qué es lo que más le preocupa?', ask_story: '¿Qué pasó?', ask_wants: '¿Qué le ayudaría?' }],
    ['sex-worker-information-only', 'fr', ["Bonjour Sophie, je m'appelle Julie, intervenante de soutien. La police, c'est seulement si tu le choisis."], { safety: 'Es-tu en sécurité pour écrire maintenant?', ask_fears: "Qu'est-ce qui t'inquiète le plus?", ask_story: "Qu'est-ce qui s'est passé?", ask_wants: "Qu'est-ce qui t'aiderait?" }],
    ['indigenous-woman-prefers-indigenous-worker', 'en', ["Hi Dana, I'm Mary, a support worker. Yes, I can connect you with an Indigenous worker."], { safety: 'Is it safe for you to text right now?', ask_fears: 'What worries you most?', ask_story: 'What happened?', ask_wants: 'What would help you?' }],
    ['indigenous-woman-prefers-indigenous-worker', 'fr', ['Bonjour Dana, je suis Julie, intervenante. Je peux vous mettre en lien avec une intervenante autochtone.'], { safety: "Est-ce que c'est sécuritaire d'écrire maintenant?", ask_fears: "Qu'est-ce qui vous inquiète le plus?", ask_story: "Qu'est-ce qui s'est passé?", ask_wants: "Qu'est-ce qui vous aiderait?" }],
  ] as const)('%s (%s) answers each question in the person\'s own words, with the English beside', (id, lang, before, asks) => {
    const p = personas.get(id)!;
    const answers = p.compiled[lang]!.answers;
    for (const [kind, line] of Object.entries(asks) as [keyof typeof answers, string][]) {
      const { session } = replay(p, lang, [...before, line]);
      // What the person wrote after the question (a safety answer can carry something they share).
      const after = session.transcript.slice(session.transcript.findLastIndex((m) => m.from === 'trainee') + 1);
      const said = after.find((m) => answers[kind]!.some((a) => a.text === m.text));
      expect(said, `${kind}: ${after.map((m) => m.text).join(' / ')}`).toBeDefined();
      const own = answers[kind]!.find((a) => a.text === said!.text)!;
      if (lang !== 'en') expect(said).toMatchObject({ english: own.english, practice: true });
    }
  });

  it('Érick answers nothing but his question about records until he has an answer about them', () => {
    const p = personas.get('only-asks-about-records')!;
    const guarded = p.compiled.es!.replies.guarded.map((g) => g.text);
    const before = replay(p, 'es', ['Hola, soy Lucía, trabajadora de apoyo.', '¿Está en un lugar seguro para escribir ahora?', '¿Qué es lo que más le preocupa?']).session;
    expect(guarded).toContain(before.transcript.at(-1)!.text);
    // His safety answer turns back to his question.
    expect(before.transcript.at(-3)!.text).toMatch(/se guarda/);
    const after = trainee(trainee(before, 'No guardamos su número. Solo yo leo este chat, y puede mandar BORRAR cuando quiera.').session, '¿Qué es lo que más le preocupa?');
    expect(p.compiled.es!.answers.ask_fears!.map((a) => a.text)).toContain(after.replies[0]!.text);
  });

  it('a safety check gets an answer about safety; a question about fears gets fears or a guarded answer, not the pay', () => {
    const p = personas.get('farm-worker-pay-deductions')!;
    const { session } = replay(p, 'es', ['Hola Andrés, soy Lucía, trabajadora de apoyo.', '¿Qué es lo que más te preocupa?', '¿Está en un lugar seguro para escribir ahora?']);
    const said = session.transcript.filter((m) => m.from === 'persona').map((m) => m.text);
    const fears = [...(p.compiled.es!.answers.ask_fears ?? []), ...p.compiled.es!.replies.guarded].map((a) => a.text);
    const safety = [...(p.compiled.es!.answers.safety ?? []), ...p.compiled.es!.replies.ack.safety].map((a) => a.text);
    expect(fears).toContain(said[2]);
    expect(safety).toContain(said[3]);
  });

  it('with some trust, a question about fears gets a fear, and "what happened" the story, in the persona\'s own words', () => {
    const p = personas.get('man-no-safe-bed-tonight')!;
    const { session } = replay(p, 'ar', ['مرحبا، أنا سارة، عاملة دعم. لست من الشرطة، ومش لازم تروح عالشرطة.', 'ما الذي يقلقك أكثر؟', 'ماذا حدث؟']);
    const said = session.transcript.filter((m) => m.from === 'persona');
    expect(p.compiled.ar!.answers.ask_fears!.map((a) => a.text)).toContain(said[2]!.text);
    expect(said.at(-1)!.text).toBe(p.compiled.ar!.answers.ask_story![0]!.text);
    // The trainer reads the English beside it.
    expect(said.at(-1)).toMatchObject({ english: p.compiled.ar!.answers.ask_story![0]!.english, practice: true });
  });

  it('in Tagalog, "what are you most afraid of" is a question about fears', () => {
    const reader = personas.get('caregiver-passport-held')!.compiled.tl!.reader;
    const p = personas.get('caregiver-passport-held')!;
    const { session } = replay(p, 'tl', ['Ano ang pinakakinatatakutan mo?']);
    expect(session.lines[0]!.intents).toContain('ask_fears');
    expect(signalsOf('Ano ang pinakakinatatakutan mo?', reader)).toEqual([]);
  });

  it('the same lines give the same answers; different lines can give different ones', () => {
    const p = personas.get('caregiver-passport-held')!;
    const a = replay(p, 'tl', ['Kumusta po?', 'Ano po ang nangyari?']).session.transcript.map((m) => m.text);
    const b = replay(p, 'tl', ['Kumusta po?', 'Ano po ang nangyari?']).session.transcript.map((m) => m.text);
    expect(b).toEqual(a);
    // Polite "po" does not hide the question: a story question and a question about wants get different answers.
    const story = replay(p, 'tl', ['Ano po ang nangyari?']).session;
    const wants = replay(p, 'tl', ['Ano po ang gusto ninyong mangyari?']).session;
    expect(story.lines[0]!.intents).toEqual(['ask_story']);
    expect(wants.lines[0]!.intents).toEqual(['ask_wants']);
  });

  it('asking early for the employer\'s name and address lowers trust and is flagged; later, with trust and need, it is not', () => {
    const p = personas.get('caregiver-passport-held')!;
    const early = replay(p, 'tl', ['Magandang hapon, ako si Ana, isang support worker. Hindi ako pulis.', 'Ligtas ka bang makipag-usap ngayon?', 'Ano ang pangalan ng amo mo at saan kayo nakatira?']);
    const asked = early.session.lines[2]!;
    expect(asked.signals).toEqual(expect.arrayContaining(['employer_name', 'identifying_ask']));
    expect(asked.trust[1]).toBeLessThan(asked.trust[0]);
    const item = debrief(early.session).items.find((i) => i.id === 'identifying_details')!;
    expect(item.status).toBe('breached');
    expect(item.evidence).toEqual([{ turn: 3, line: 'Ano ang pangalan ng amo mo at saan kayo nakatira?' }]);
    expect(item.note).not.toMatch(/\.md|\(FRONT\)|CONTENT/);
    // With trust and need (the person has said what is going on), the same question is not early.
    const good = ['Hi, ako si Ana, support worker ng coalition. Hindi kami pulis o immigration.', 'Ligtas ka bang makipag-chat ngayon? May ibang gumagamit ba ng phone na ito?', 'Ang itinatago namin: hindi ang numero mo. Puwede mong i-type ang ERASE para burahin.', 'Hindi mo kasalanan ito. Hindi mo kailangang pumunta sa pulis. Ikaw ang magpapasya.'];
    const later = replay(p, 'tl', [...good, 'Para sa legal clinic, kung gusto mo lang: ano ang pangalan ng amo mo?']);
    expect(later.session.revealed.length).toBeGreaterThanOrEqual(2);
    expect(later.session.lines.at(-1)!.signals).not.toContain('employer_name');
    expect(debrief(later.session).items.find((i) => i.id === 'identifying_details')!.status).toBe('passed');
  });

  it('English lines in an Arabic practice are read with the English rules too (english_too); Arabic lines are not', () => {
    const reader = personas.get('man-no-safe-bed-tonight')!.compiled.ar!.reader;
    expect(reader.english).toBeDefined();
    expect(signalsOf('Are you here illegally?', reader)).toContain('status_ask');
    expect(signalsOf('You must call the police now.', reader)).toContain('police_push');
    expect(signalsOf('لا يلزمك الذهاب إلى الشرطة.', reader)).not.toContain('police_push');
    // Spanish is written in Latin letters: its rules do not take English ones.
    expect(personas.get('farm-worker-pay-deductions')!.compiled.es!.reader.english).toBeUndefined();
  });

  it('after a withdrawal the person can come back, slowly, on an apology and a return to safety and choice', () => {
    const p = personas.get('farm-worker-pay-deductions')!;
    const lines = ['Hola Andrés, soy Lucía, trabajadora de apoyo.', 'Eres una víctima de trata.', 'Perdón, no debí decir eso.', 'No tienes que decirme nada que no quieras. ¿Estás seguro ahora?'];
    const { session, events } = replay(p, 'es', lines);
    expect(events[1]!.map((e) => e.type)).toContain('persona_withdrew');
    expect(events[2]!.map((e) => e.type)).toEqual(['persona_silent']);
    expect(events[3]!.map((e) => e.type)).toContain('persona_returned');
    expect(session.status).toBe('open');
    // Harm that is not the label gets a cool answer, not silence; the label again makes them leave for good.
    const cool = trainee(session, 'Tienes que llamar a la policía ya.');
    expect(cool.replies).toHaveLength(1);
    expect(cool.session.status).toBe('open');
    const gone = trainee(cool.session, 'Como víctima de trata, usted tiene derechos.');
    expect(gone.session.status).toBe('left');
    expect(gone.events.map((e) => e.type)).toContain('persona_left');
    const after = trainee(gone.session, 'Vas a recuperar todo tu dinero, te lo prometo.');
    expect(after.replies).toEqual([]);
    // Every mistake still shows in the debrief, with its line.
    const d = debrief(after.session);
    expect(d.items.find((i) => i.id === 'no_promise')!.evidence.map((e) => e.turn)).toEqual([7]);
    expect(d.items.find((i) => i.id === 'no_police')!.status).toBe('breached');
  });
});
