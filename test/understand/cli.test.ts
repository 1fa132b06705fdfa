import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { runUnderstand } from '../../src/understand/cli.ts';
import { isTopic } from '../../src/content/topics.ts';
import { understanding } from './shared.ts';

async function run(opts: { text?: string; lines?: string[]; json: boolean }): Promise<string> {
  const output = new PassThrough();
  let s = '';
  output.on('data', (c) => (s += c));
  await runUnderstand({
    json: opts.json,
    text: opts.text,
    input: Readable.from(opts.lines ? [opts.lines.join('\n') + '\n'] : []),
    output,
    env: {},
    understand: understanding(),
  });
  return s;
}

describe('runUnderstand', () => {
  it('prints one JSON object for TEXT', async () => {
    const out = JSON.parse(await run({ json: true, text: 'boss keeps my passport in his safe' }));
    expect(Object.keys(out)).toEqual(['lang', 'likely', 'topic', 'candidates', 'danger', 'dangerCheck', 'dangerLearned', 'dangerLang', 'social', 'offScope']);
    expect(out).toMatchObject({ lang: 'en', topic: 'documents', danger: false, dangerCheck: false, dangerLearned: false, dangerLang: null, social: null, offScope: false });
    expect(out.likely[0]).toBe('en');
  });

  it('prints one JSON line per stdin line, skipping blank lines', async () => {
    const out = await run({ json: true, lines: ['she has a knife', '', 'mi jefe no me paga las horas extra', 'zzz'] });
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ danger: true, topic: 'emergency', dangerLang: 'en' });
    expect(rows[1]).toMatchObject({ lang: 'es', topic: 'wages' });
    for (const r of rows) for (const c of r.candidates) expect(isTopic(c.topic)).toBe(true);
  });

  // The middle band was shown as "danger=no": someone checking what a message gets read that
  // nothing happens, where the reply asks "are you in danger right now?" first.
  it('shows the middle band: asked by the lists, asked by the learned signal alone', async () => {
    const rows = (await run({ json: true, lines: ['I am scared of my boss', 'help me, he is at the door'] })).trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ danger: false, dangerCheck: true, dangerLearned: false, dangerLang: 'en' });
    expect(rows[1]).toMatchObject({ danger: false, dangerCheck: true, dangerLearned: true, dangerLang: 'en' });
    const text = await run({ json: false, lines: ['I am scared of my boss', 'help me, he is at the door', 'she has a knife'] });
    expect(text.trim().split('\n').map((l) => / danger=(.*?) candidates=/.exec(l)?.[1])).toEqual(['ask(en)', 'ask(en, learned)', 'yes(en)']);
  });

  it('prints a readable line without --json', async () => {
    expect(await run({ json: false, text: 'delete everything' })).toMatch(/^lang=\S+ topic=privacy danger=no candidates=\[/);
  });
});
