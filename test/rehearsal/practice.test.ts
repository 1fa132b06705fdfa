// The practice handoff keeps the desk's rules (claim before replying, the desk's limits and
// outcome codes), and the rooms that hold practices in memory stay bounded and expire.
import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { DeskError, MAX_REPLY_CHARS } from '../../src/handoff/types.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { AFTER_YES_KEYS, claimPractice, CONSENT_KEYS, closePractice, contactSawFrom, loadPersonas, PracticeRooms, replyPractice, startPractice } from '../../src/rehearsal/index.ts';

const content = loadContent({ flowsDir: './flows', localesDir: './locales' });
const loaded = loadPersonas();
const saw = contactSawFrom(content.catalog, content.locales.source);
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DeskError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'not refused';
};

describe('practice handoff', () => {
  const persona = loaded.personas.get('caregiver-passport-held')!;

  it('shows the consent the contact read, in the persona language with the English beside it', () => {
    const { practice, messages: shown } = startPractice(persona, 'tl', saw);
    const messages = shown.flatMap((m) => (m.type === 'assistant' ? [m] : []));
    expect(messages).toHaveLength(shown.length);
    expect(messages.map((m) => m.key)).toEqual([...CONSENT_KEYS, ...AFTER_YES_KEYS]);
    expect(practice.consent.map((m) => m.key)).toEqual(['person-what-they-see', 'person-deleted', 'person-child', 'person-confirm']);
    // The choice of an interpreter comes after yes, never before it.
    expect(practice.consent.map((m) => m.key)).not.toContain('person-options');
    expect(practice.afterYes.map((m) => m.key)).toEqual(['person-requested', 'person-options', 'person-reply-held', 'person-after-hours']);
    expect(messages.every((m) => m.lang === 'tl' && m.practice && m.text !== m.source)).toBe(true);
    expect(practice.card).toMatchObject({ state: 'queued', lang: 'tl', channel: 'whatsapp', handle: 'PRACTICE' });
    // The persona's first message waits in the thread until the claim.
    expect(practice.waiting[0]!.text).toBe(persona.opening.tl);
  });

  it('shows what flows/person.yaml shows: the consent prompt before yes, the handoff\'s messages after', () => {
    const flow = parse(readFileSync('flows/person.yaml', 'utf8')) as { nodes: Record<string, { prompt?: string[]; say?: string[] }> };
    expect([...CONSENT_KEYS]).toEqual(flow.nodes.confirm!.prompt);
    expect([...AFTER_YES_KEYS]).toEqual(flow.nodes.request!.say);
  });

  it('refuses what the desk refuses: writing before the claim, empty or too long replies, unknown outcomes, acting after close', () => {
    let { practice } = startPractice(persona, 'tl', saw);
    expect(refusal(() => replyPractice(practice, 'Kumusta po'))).toBe('not_allowed: Claim it first.');
    expect(refusal(() => closePractice(practice, 'information_given', saw))).toBe('not_allowed: Claim it first.');
    const claimed = claimPractice(practice, saw);
    practice = claimed.practice;
    expect(claimed.messages.map((m) => (m.type === 'assistant' ? m.key : 'persona'))).toEqual(['handoff-claimed', 'persona']);
    expect(refusal(() => claimPractice(practice, saw))).toMatch(/^already_claimed/);
    expect(refusal(() => replyPractice(practice, '   '))).toBe('empty: Nothing to send.');
    expect(refusal(() => replyPractice(practice, 'a'.repeat(MAX_REPLY_CHARS + 1)))).toMatch(/Too long/);
    expect(refusal(() => closePractice(practice, 'solved', saw))).toMatch(/^bad_outcome: Unknown outcome "solved"/);
    const r = replyPractice(practice, 'Ako si Ana, support worker. Hindi kami pulis.');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ type: 'persona', practice: true, lang: 'tl' });
    const closed = closePractice(r.practice, 'referral_legal', saw);
    expect(closed.messages[0]).toMatchObject({ key: 'handoff-closed', lang: 'tl' });
    expect(closed.debrief.closedAs).toBe('referral_legal');
    expect(refusal(() => replyPractice(closed.practice, 'hello'))).toMatch(/^closed/);
  });
});

describe('practice rooms (the rehearsal in-memory store)', () => {
  it('holds at most `max` rooms, dropping the least recently used, and expires idle ones', () => {
    let t = 0;
    const rooms = new PracticeRooms({ personas: loaded, catalog: content.catalog, sourceLang: 'en', max: 2, idleMinutes: 10, now: () => t });
    rooms.start('farm-worker-pay-deductions', 'es', 'a');
    rooms.start('farm-worker-pay-deductions', 'en', 'b');
    rooms.claim('a'); // a is now the most recently used
    rooms.start('recruitment-fee-debt', undefined, 'c');
    expect([rooms.has('a'), rooms.has('b'), rooms.has('c')]).toEqual([true, false, true]);
    t += 11 * 60_000;
    expect(rooms.size).toBe(0);
    expect(refusal(() => rooms.reply('a', 'hola'))).toMatch(/^not_found/);
  });

  it('keeps the debrief of a closed practice for download and refuses it before the close', () => {
    const rooms = new PracticeRooms({ personas: loaded, catalog: content.catalog, sourceLang: 'en' });
    const { view } = rooms.start('farm-worker-pay-deductions', 'es');
    expect(view.id).toMatch(/^[0-9a-f-]{36}$/);
    rooms.claim(view.id);
    expect(refusal(() => rooms.debrief(view.id))).toMatch(/Close the handoff first/);
    rooms.reply(view.id, 'Hola, me llamo Ana. No somos policia.');
    rooms.close(view.id, 'information_given');
    expect(rooms.debrief(view.id)).toMatchObject({ persona: 'farm-worker-pay-deductions', lang: 'es', closedAs: 'information_given' });
    expect(() => rooms.start('nobody', 'es')).toThrow(/unknown persona "nobody"/);
    expect(() => rooms.start('farm-worker-pay-deductions', 'xx')).toThrow(/not written in "xx"/);
  });
});

/** `waypoint rehearse` with piped input: its exit code and everything it wrote. */
async function rehearseWith(stdin: string, opts: { lang: string; json?: boolean }): Promise<{ code: number; text: string }> {
  const { PassThrough } = await import('node:stream');
  const { runRehearse } = await import('../../src/rehearsal/cli.ts');
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  input.end(stdin);
  const code = await runRehearse({ persona: 'farm-worker-pay-deductions', ...opts, input, output, interactive: false });
  return { code, text: chunks.join('') };
}

describe('waypoint rehearse (terminal) goes through the handoff', () => {
  it('shows consent and card, refuses an unknown outcome, and closes with "/close OUTCOME"', async () => {
    const { code, text } = await rehearseWith('Hola, me llamo Ana. No somos policia.\n/close whatever\n/close referral_legal\nthis line is after the close\n', { lang: 'es', json: true });
    expect(code).toBe(0);
    const objs = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const types = objs.map((o) => o.type);
    expect(types.slice(0, 11)).toEqual([...Array<string>(8).fill('assistant'), 'card', 'card', 'assistant']);
    expect(objs.filter((o) => o.type === 'card').map((o) => (o.card as { state: string }).state)).toEqual(['queued', 'claimed', 'closed']);
    expect(objs.find((o) => o.type === 'refused')).toMatchObject({ code: 'bad_outcome' });
    expect(objs.filter((o) => o.type === 'trainee')).toHaveLength(1);
    expect(objs.at(-1)).toMatchObject({ type: 'debrief', closedAs: 'referral_legal' });
  });

  it('in a pipe: echoes each line, shows English under each persona line, says when the person comes back', async () => {
    const { code, text } = await rehearseWith('Hola, soy Ana, trabajadora de apoyo.\nEres una víctima de trata.\nPerdón. No tienes que contestar nada.\n¿Estás seguro ahora?\n/end\nnot read\n', { lang: 'es' });
    expect(code).toBe(0);
    expect(text).toContain('you> Hola, soy Ana, trabajadora de apoyo.\n');
    expect(text).toContain('you> ¿Estás seguro ahora?\n');
    expect(text).not.toContain('not read');
    const persona = loaded.personas.get('farm-worker-pay-deductions')!;
    expect(text).toContain(`Andrés (practice): ${persona.opening.es}\n    en: ${persona.opening.en}\n`);
    expect(text).toContain('[the person stopped writing]');
    expect(text).toContain('[the person is writing again]');
  });

  it('a persona not written in the language asked for: one clear line and exit code 2, nothing else', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => {
      errors.push(String(c));
      return true;
    });
    let r: { code: number; text: string };
    try {
      r = await rehearseWith('Hola\n', { lang: 'ar' });
    } finally {
      spy.mockRestore();
    }
    expect(r).toEqual({ code: 2, text: '' });
    expect(errors).toEqual(['waypoint rehearse: Andrés (farm-worker-pay-deductions) is not written in "ar"; choose one of: es, en\n']);
  });
});

describe('waypoint rehearse in a pipe', () => {
  it('ends quietly when the reader stops early (| head -1)', async () => {
    const { spawnSync } = await import('node:child_process');
    const script = 'test/rehearsal/scripts/farm-worker-pay-deductions.es.good.yaml';
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `node bin/waypoint.js rehearse --persona farm-worker-pay-deductions --lang es --script ${script} | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^Practice only: Andrés/);
    expect(r.stderr).not.toMatch(/EPIPE/);
    expect(r.status).toBe(0);
    // A whole new process loads the content and the rules: on a shared machine, allow time.
  }, 90_000);
});
