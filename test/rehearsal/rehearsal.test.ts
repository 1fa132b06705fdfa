import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ContentError } from '../../src/data/errors.ts';
import { loadPersonas, replay, startRehearsal, trainee, debrief, debriefMarkdown, debriefHtml, walkFlows, PERSONAS_DIR } from '../../src/rehearsal/index.ts';
import { readScript } from '../../src/rehearsal/cli.ts';

const SCRIPTS = join(import.meta.dirname, 'scripts');
const { personas } = loadPersonas();
const CASES = [
  ['caregiver-passport-held', 'tl'],
  ['farm-worker-pay-deductions', 'es'],
  ['trp-holder-permit-expiring', 'zh'],
  ['sex-worker-information-only', 'fr'],
] as const;

function run(id: string, lang: string, kind: 'good' | 'bad') {
  const lines = readScript(join(SCRIPTS, `${id}.${lang}.${kind}.yaml`));
  const { session } = replay(personas.get(id)!, lang, lines);
  return { lines, session, d: debrief(session) };
}

describe('personas', () => {
  it('at least 12 validate, from scenarios, in at least four languages', () => {
    expect(personas.size).toBeGreaterThanOrEqual(12);
    const langs = new Set([...personas.values()].flatMap((p) => p.languages));
    expect(langs.size).toBeGreaterThanOrEqual(4);
    for (const p of personas.values()) {
      expect(p.reveals.length).toBeGreaterThan(0);
      for (const l of p.languages) expect(p.compiled[l]!.reader.signals.length).toBeGreaterThan(10);
    }
    expect([...personas.values()].filter((p) => p.interrupt).length).toBeGreaterThanOrEqual(3);
  });

  it('reports a bad persona with file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'personas-'));
    mkdirSync(join(dir, 'rules'));
    cpSync(join(PERSONAS_DIR, 'rules', 'en.yaml'), join(dir, 'rules', 'en.yaml'));
    writeFileSync(join(dir, 'x.yaml'), 'id: x\nscenario: 99\nname: X\n');
    let err: unknown;
    try {
      loadPersonas(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContentError);
    expect((err as Error).message).toMatch(/x\.yaml:2: scenario:/);
  });
});

describe('sessions', () => {
  it('every persona message is practice, in the persona language', () => {
    const { session, replies } = startRehearsal(personas.get('man-no-safe-bed-tonight')!, 'ar');
    expect(replies[0]).toMatchObject({ type: 'persona', lang: 'ar', practice: true });
    const r = trainee(session, 'اسمي آنا، عاملة دعم. هل أنت في أمان الآن؟');
    expect(r.replies.every((m) => m.practice === true && m.lang === 'ar')).toBe(true);
    expect(r.events[0]).toMatchObject({ type: 'trust_changed', signals: ['introduced', 'safety'] });
  });

  it('replays exactly from the trainee lines', () => {
    for (const [id, lang] of CASES) {
      for (const kind of ['good', 'bad'] as const) {
        const lines = readScript(join(SCRIPTS, `${id}.${lang}.${kind}.yaml`));
        const a = replay(personas.get(id)!, lang, lines);
        const b = replay(personas.get(id)!, lang, lines);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }
    }
  });

  it('reveals facts only as trust is built, withdraws on a label, and leaves on harm while silent', () => {
    const good = run('caregiver-passport-held', 'tl', 'good');
    expect(good.session.revealed.length).toBeGreaterThanOrEqual(2);
    const bad = run('caregiver-passport-held', 'tl', 'bad');
    expect(bad.session.revealed).toEqual([]);
    // The label stops her writing; the police push that follows makes her leave for good.
    expect(bad.session.withdrawals).toBe(1);
    expect(bad.session.status).toBe('left');
  });

  it('someone comes in at a fixed turn: the person stops, then silence', () => {
    const p = personas.get('watched-must-stop')!;
    const { session } = replay(p, 'en', ['Hi, my name is Ana, a support worker.', 'Is it safe to chat now?', 'Are you there?']);
    expect(session.status).toBe('interrupted');
    expect(session.transcript.filter((m) => m.from === 'persona').at(-1)).toMatchObject({ from: 'persona', text: 'ok thanks for the recipe. wrong number', practice: true });
    const last = trainee(session, 'hello?');
    expect(last.replies).toEqual([]);
    expect(last.events).toEqual([{ type: 'persona_silent' }]);
  });
});

describe('debrief', () => {
  it.each(CASES)('%s (%s): the good script scores clearly higher than the harmful one', (id, lang) => {
    const good = run(id, lang, 'good').d;
    const bad = run(id, lang, 'bad').d;
    expect(good.score).toBeGreaterThanOrEqual(8);
    expect(bad.score).toBeLessThanOrEqual(2);
    expect(good.score - bad.score).toBeGreaterThanOrEqual(6);
    expect(bad.items.filter((i) => i.status === 'breached').map((i) => i.id)).toEqual(expect.arrayContaining(['person_first', 'no_police', 'no_promise']));
  });

  it('names the lines that earned or lost each point', () => {
    const { d, lines } = run('farm-worker-pay-deductions', 'es', 'bad');
    const status = d.items.find((i) => i.id === 'no_status_ask')!;
    expect(status.status).toBe('breached');
    expect(status.evidence).toEqual([{ turn: 1, line: lines[0] }]);
    const police = d.items.find((i) => i.id === 'no_police')!;
    expect(police.evidence.map((e) => e.line)).toEqual([lines[1]]);
    expect(police.note).toMatch(/never depends on going to the police/);
    const good = run('farm-worker-pay-deductions', 'es', 'good');
    const intro = good.d.items.find((i) => i.id === 'introduced')!;
    expect(intro).toMatchObject({ status: 'passed', evidence: [{ turn: 1, line: good.lines[0] }] });
  });

  it('escapes everything in Markdown and HTML', () => {
    const p = personas.get('young-woman-not-a-victim')!;
    const { session } = replay(p, 'en', ['<script>alert(1)</script> my name is *Ana*, a support worker', 'You are a victim & should call the police']);
    const d = debrief(session);
    const html = debriefHtml(d);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('victim &amp; should');
    // Markdown: markup characters as character references, never backslashes.
    const md = debriefMarkdown(d);
    expect(md).toContain('&#60;script&#62;');
    expect(md).toContain('&#42;Ana&#42;');
    expect(md).not.toContain('\\');
    expect(md).not.toContain('<script>');
  });
});

describe('walk mode', () => {
  it('runs the real flows and gives key, English source and review status per output', () => {
    const turns = walkFlows('es', ['hola', '1']);
    const first = turns[0]!.outputs[0]!;
    expect(first).toMatchObject({ type: 'assistant', lang: 'es', status: expect.stringMatching(/draft|reviewed/) });
    expect(first.key).toMatch(/^[a-z0-9-]+$/);
    expect(first.source).toBeTruthy();
    expect(first.source).not.toBe(first.text);
    expect(JSON.stringify(walkFlows('es', ['hola', '1']))).toBe(JSON.stringify(turns));
  });
});
