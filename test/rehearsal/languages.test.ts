// Rehearsal in every language a persona declares: each of the sixteen scenarios has a persona,
// each persona loads in at least two languages, and trainee scripts in Nepali, Ukrainian, Thai,
// Portuguese and Punjabi replay through the real functions, the good one scoring clearly above
// the harmful one, with the trainee's own lines as evidence.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPersonas, replay, startRehearsal, trainee, debrief, signalsOf, SIGNALS, PERSONAS_DIR, type Signal } from '../../src/rehearsal/index.ts';
import { readScript } from '../../src/rehearsal/cli.ts';

const SCRIPTS = join(import.meta.dirname, 'scripts');
const LOCALES = join(import.meta.dirname, '../../locales');
const { personas, ruleSets } = loadPersonas();

/** Rule sets written as machine drafts; each must say so at the top and cover every signal. */
const DRAFT_SETS = ['uk', 'ne', 'ht', 'th', 'pa', 'pt', 'vi'] as const;

type Evidence = Partial<Record<string, number[]>>;
/** Per script: the turns expected as evidence for some debrief points (1-based, as in the debrief). */
const CASES: { id: string; lang: string; good: Evidence; bad: Evidence }[] = [
  { id: 'recruitment-fee-debt', lang: 'ne', good: { introduced: [1], no_police: [7], safety: [2, 3], privacy: [3], person_first: [4], no_promise: [5] }, bad: { person_first: [1, 2], no_police: [3], no_promise: [4], no_status_ask: [5] } },
  { id: 'crew-housed-in-warehouse', lang: 'uk', good: { introduced: [1], safety: [1, 2], privacy: [2], no_police: [3], legal: [4], no_promise: [5] }, bad: { person_first: [2, 4], no_police: [2], no_promise: [3], no_status_ask: [4] } },
  { id: 'injured-worker-fears-removal', lang: 'th', good: { introduced: [1], safety: [2], person_first: [3, 7], no_promise: [4], privacy: [5], language: [5], legal: [6], next_steps: [3, 7] }, bad: { no_status_ask: [1], person_first: [2, 3], no_police: [3], no_promise: [4] } },
  { id: 'asking-for-a-friend', lang: 'pt', good: { introduced: [1], safety: [2], privacy: [3], no_promise: [6], legal: [7] }, bad: { person_first: [2, 3], no_police: [2], no_promise: [4], no_status_ask: [5] } },
  { id: 'grandparent-unpaid-housework', lang: 'pa', good: { introduced: [1], safety: [2], person_first: [3, 4], privacy: [5], language: [6], legal: [7], no_promise: [7] }, bad: { person_first: [1, 2], no_police: [1], no_status_ask: [3], no_promise: [4] } },
];

function run(id: string, lang: string, kind: 'good' | 'bad') {
  const lines = readScript(join(SCRIPTS, `${id}.${lang}.${kind}.yaml`));
  const { session } = replay(personas.get(id)!, lang, lines);
  return { lines, session, d: debrief(session) };
}

describe('personas in every language', () => {
  it('every scenario in scenarios.md (1 to 16) has exactly one persona', () => {
    const byScenario = new Map<number, string[]>();
    for (const p of personas.values()) byScenario.set(p.scenario, [...(byScenario.get(p.scenario) ?? []), p.id]);
    for (let n = 1; n <= 16; n += 1) expect(byScenario.get(n), `scenario ${n}`).toHaveLength(1);
  });

  it('every persona declares at least two languages, each with a rule set', () => {
    for (const p of personas.values()) {
      expect(p.languages.length, p.id).toBeGreaterThanOrEqual(2);
      expect(new Set(p.languages).size, p.id).toBe(p.languages.length);
      for (const lang of p.languages) expect(ruleSets.has(lang), `${p.id}: ${lang}`).toBe(true);
    }
  });

  // One case per persona and language it declares.
  const DECLARED = [...personas.values()].flatMap((p) => p.languages.map((lang) => [p.id, lang] as const));
  it.each(DECLARED)('%s starts, reveals and replies in %s, a language it declares', (id, lang) => {
    const p = personas.get(id)!;
    const where = `${p.id} (${lang})`;
    const { session, replies } = startRehearsal(p, lang);
    expect(replies, where).toHaveLength(1);
    expect(replies[0]!.text.trim(), where).not.toBe('');
    expect(replies[0], where).toMatchObject({ type: 'persona', lang, practice: true });
    for (const r of p.reveals) expect(r.text[lang]?.trim(), `${where}: reveal ${r.id}`).toBeTruthy();
    if (p.interrupt?.text) expect(p.interrupt.text[lang]?.trim(), `${where}: interrupt`).toBeTruthy();
    // A plain line the rules do not recognise gets a plain reply in the same language.
    const next = trainee(session, '...');
    expect(next.replies.length, where).toBe(1);
    expect(next.replies[0], where).toMatchObject({ lang, practice: true });
    expect(next.replies[0]!.text.trim(), where).not.toBe('');
  });

  it('the persona writes first in its own language: the first declared is the opening shown by default', () => {
    const own: Record<string, string> = {
      'crew-housed-in-warehouse': 'uk',
      'recruitment-fee-debt': 'ne',
      'watched-must-stop': 'ht',
      'injured-worker-fears-removal': 'th',
      'grandparent-unpaid-housework': 'pa',
      'asking-for-a-friend': 'pt',
      'immediate-danger': 'vi',
      'young-woman-not-a-victim': 'en',
      'indigenous-woman-prefers-indigenous-worker': 'en',
    };
    for (const [id, lang] of Object.entries(own)) expect(personas.get(id)!.languages[0], id).toBe(lang);
  });
});

describe('rule sets drafted for new languages', () => {
  it.each(DRAFT_SETS)('%s: marked as a machine draft, every signal, all stock replies', (lang) => {
    const text = readFileSync(join(PERSONAS_DIR, 'rules', `${lang}.yaml`), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# DRAFT: machine translation awaiting review by a qualified translator/);
    const set = ruleSets.get(lang)!;
    for (const s of SIGNALS) expect(set.signals[s], `${lang}: ${s}`).toBeDefined();
    for (const k of ['neutral', 'question', 'guarded'] as const) expect(set.replies[k].length).toBeGreaterThanOrEqual(3);
  });

  // The assistant's own messages in each draft language, one case per message: sentences the
  // assistant writes, not topic titles ("Going to the police" is a title).
  const OWN = DRAFT_SETS.map((lang) => ({
    lang,
    messages: readFileSync(join(LOCALES, lang, 'waypoint.ftl'), 'utf8')
      .split('\n')
      .filter((l) => /^[a-z0-9-]+ = /.test(l) && !/^topic-[a-z0-9-]+ = /.test(l))
      .map((l) => [l.slice(0, l.indexOf(' = ')), l.slice(l.indexOf(' = ') + 3)] as const),
  }));
  const HARMFUL: Signal[] = ['blame', 'police_push', 'promise', 'identifying_ask', 'employer_name', 'introduced', 'record_share'];
  it.each(OWN.map((o) => [o.lang, o.messages.length] as const))('%s: more than 100 of the assistant\'s own messages to read (%i)', (_lang, count) => {
    expect(count).toBeGreaterThan(100);
  });
  it.each(OWN.flatMap((o) => o.messages.map(([key, text]) => [o.lang, key, text] as const)))(
    '%s: the assistant\'s own message %s never reads as blame, a police push, a promise, an identifying question, a self-introduction or a conversation recorded or passed on',
    (lang, _key, text) => {
      const p = [...personas.values()].find((x) => x.languages.includes(lang))!;
      expect(signalsOf(text, p.compiled[lang]!.reader).filter((s) => HARMFUL.includes(s))).toEqual([]);
    },
  );
});

describe('descriptions are not orders or questions', () => {
  // [lang, line, signal, expected]: the same words as a description must not count; as an order or a question they must.
  const LINES: [string, string, Signal, boolean][] = [
    ['ht', 'Fè sa anvan ou ale lapolis.', 'police_push', false],
    ['ht', 'Rele lapolis kounye a.', 'police_push', true],
    ['th', 'ปรึกษาทนายก่อน ทำก่อนไปหาตำรวจ', 'police_push', false],
    ['th', 'คุณต้องไปแจ้งตำรวจ', 'police_push', true],
    ['uk', 'Якщо вам не дають піти з місця, де ви живете чи працюєте, про це можна повідомити.', 'identifying_ask', false],
    ['uk', 'Де ви живете?', 'identifying_ask', true],
    ['pt', 'Se alguém impede você de sair de onde você mora ou trabalha, você pode denunciar.', 'identifying_ask', false],
    ['pt', 'Onde você mora?', 'identifying_ask', true],
    ['vi', 'Một người có thể giúp bạn tìm văn phòng đó, mà không cần nói bạn ở đâu.', 'identifying_ask', false],
    ['vi', 'Chị đang ở đâu?', 'identifying_ask', true],
    ['pa', 'ਬੰਦ ਪਰਮਿਟ \'ਤੇ ਮਾਲਕ ਦਾ ਨਾਂ ਵੀ ਹੁੰਦਾ ਹੈ।', 'employer_name', false],
    ['pa', 'ਮਾਲਕ ਦਾ ਨਾਂ ਕੀ ਹੈ?', 'employer_name', true],
    ['ne', 'किन भने तपाईंले धेरै कुरा बताउनुभयो, धन्यवाद।', 'blame', false],
    ['ne', 'किन यस्तो एजेन्टलाई पैसा दिनुभयो?', 'blame', true],
    ['pt', 'Uma pessoa de apoio vai responder.', 'introduced', false],
    ['pt', 'Oi, aqui é a Bia, trabalhadora de apoio.', 'introduced', true],
    ['fr', 'Il te traite mal?', 'label', false],
    ['fr', 'Tu es victime de la traite.', 'label', true],
    ['fr', 'La police, c\'est ton choix.', 'no_police', true],
  ];
  it.each(LINES)('%s: %s (%s: %s)', (lang, line, signal, expected) => {
    const p = [...personas.values()].find((x) => x.languages.includes(lang))!;
    expect(signalsOf(line, p.compiled[lang]!.reader).includes(signal)).toBe(expected);
  });
});

describe('scripts in five more languages', () => {
  it.each(CASES.map((c) => [c.id, c.lang] as const))('%s (%s): the good script scores clearly higher than the harmful one', (id, lang) => {
    const good = run(id, lang, 'good');
    const bad = run(id, lang, 'bad');
    expect(good.d.score).toBeGreaterThanOrEqual(8);
    expect(bad.d.score).toBeLessThanOrEqual(3);
    expect(good.d.score - bad.d.score).toBeGreaterThanOrEqual(6);
    expect(good.d.lang).toBe(lang);
    // Ostap is interrupted at a fixed turn: that is not a withdrawal.
    expect(['open', 'interrupted']).toContain(good.session.status);
    expect(good.session.revealed.length).toBeGreaterThanOrEqual(2);
    // The harmful script makes the person stop writing, and more harm makes them leave for good.
    expect(bad.session.withdrawals).toBe(1);
    expect(['withdrawn', 'left']).toContain(bad.session.status);
    expect(bad.session.revealed).toEqual([]);
    expect(bad.d.items.filter((i) => i.status === 'breached').map((i) => i.id)).toEqual(expect.arrayContaining(['person_first', 'no_police', 'no_promise']));
  });

  it.each(CASES.map((c) => [c.id, c.lang] as const))('%s (%s): the debrief quotes the trainee\'s own lines as evidence', (id, lang) => {
    const c = CASES.find((x) => x.id === id && x.lang === lang)!;
    for (const kind of ['good', 'bad'] as const) {
      const { lines, d } = run(id, lang, kind);
      // Every piece of evidence is a line the trainee wrote, word for word, at that turn.
      for (const item of d.items) for (const e of item.evidence) expect(e.line, `${kind} ${item.id}`).toBe(lines[e.turn - 1]);
      for (const [item, turns] of Object.entries(c[kind])) {
        const found = d.items.find((i) => i.id === item)!;
        expect(found.status, `${kind} ${item}`).toBe(kind === 'good' ? 'passed' : 'breached');
        expect(found.evidence, `${kind} ${item}`).toEqual(turns!.map((t) => ({ turn: t, line: lines[t - 1] })));
      }
    }
  });

  it('the persona answers in the script\'s language, and each reply is practice', () => {
    for (const c of CASES) {
      const { session } = run(c.id, c.lang, 'good');
      const said = session.transcript.filter((m) => m.from === 'persona');
      expect(said.length).toBeGreaterThan(1);
      for (const m of said) expect(m).toMatchObject({ lang: c.lang, practice: true });
    }
  });
});

describe('personas whose practice is to stop', () => {
  it('immediate danger (vi): one short message with 911 keeps her writing; a question about where she is ends it', () => {
    const lan = personas.get('immediate-danger')!;
    const good = replay(lan, 'vi', ['Goi 911 ngay, mien phi. Duong day 24/7: 1-833-900-1010. Gui XOA de xoa tin nhan.']);
    // Ostap is interrupted at a fixed turn: that is not a withdrawal.
    expect(['open', 'interrupted']).toContain(good.session.status);
    expect(good.session.trust).toBeGreaterThan(0);
    const bad = replay(lan, 'vi', ['Chi o dau? Dia chi la gi?']);
    expect(bad.session.status).toBe('withdrawn');
  });

  it('watched (ht): the cover message comes at the second line, in Creole, then silence', () => {
    const p = personas.get('watched-must-stop')!;
    const { session } = replay(p, 'ht', ['Bonjou, mwen rele Ana, mwen se yon travaye sipo.', 'Eske w an sekirite kounye a?']);
    expect(session.status).toBe('interrupted');
    expect(session.transcript.at(-1)).toMatchObject({ from: 'persona', lang: 'ht', text: p.interrupt!.text!.ht });
    expect(trainee(session, 'Ou la?').replies).toEqual([]);
  });

  it('Kayla in French stops writing when she is labelled', () => {
    const { session } = replay(personas.get('young-woman-not-a-victim')!, 'fr', ['Tu es une victime, il faut appeler la police.']);
    expect(session.status).toBe('withdrawn');
  });
});
