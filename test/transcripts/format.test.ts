import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TranscriptSchema, formatTranscript, readTranscript, recordTurn, runTranscript, writeTranscript, type Transcript } from '../../src/transcripts/format.ts';
import { createRecorder } from '../../src/transcripts/record.ts';
import type { Reply } from '../../src/conversation/types.ts';
import { choice, command, makeBundle, run } from '../support/engineFixtures.ts';

const bundle = makeBundle();
const dir = mkdtempSync(join(tmpdir(), 'waypoint-transcripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample: Transcript = {
  description: 'menu, topic b, quick exit',
  lang: 'fr',
  turns: [
    { in: 'hi', out: [{ key: 'menu-prompt', lang: 'fr', choices: ['a', 'b'] }], at: 'main.menu' },
    { choice: 'b', out: [{ key: 'b-prompt', lang: 'fr', choices: ['yes', 'no'] }], at: 'main.b' },
    {
      command: 'erase',
      out: [{ key: 'erased', lang: 'fr' }],
      effects: [{ type: 'erase' }],
      events: ['command_used', 'contact_erased'],
      at: null,
    },
  ],
};

describe('transcript format', () => {
  it('a run that matches has no diffs, and the actual run equals the fixture', () => {
    const r = runTranscript(bundle, sample);
    expect(r.diffs).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.actual).toEqual(sample);
  });

  it('a mismatch names the turn, the input and the field', () => {
    const wrong = structuredClone(sample);
    wrong.turns[1]!.out[0]!.choices = ['yes'];
    wrong.turns[2]!.effects = [];
    wrong.turns[2]!.events = ['contact_erased'];
    wrong.turns[2]!.at = 'main.b';
    const r = runTranscript(bundle, wrong);
    expect(r.ok).toBe(false);
    expect(r.diffs).toEqual([
      'turn 2 (choice b): out[0]: expected b-prompt/fr [yes], got b-prompt/fr [yes, no]',
      'turn 3 (command erase): effects: expected [], got [{"type":"erase"}]',
      'turn 3 (command erase): events: expected [contact_erased], got [command_used, contact_erased]',
      'turn 3 (command erase): at: expected main.b, got null',
    ]);
    expect(r.actual).toEqual(sample);
  });

  it('a missing or extra message is reported by position', () => {
    const wrong = structuredClone(sample);
    wrong.turns[0]!.out.push({ key: 'extra', lang: 'fr' });
    expect(runTranscript(bundle, wrong).diffs).toEqual(['turn 1 (in "hi"): out[1]: expected extra/fr, got (nothing)']);
  });

  it('no message text: out items hold keys, languages and choice ids only', () => {
    const bad = structuredClone(sample) as unknown as { turns: { out: Record<string, unknown>[] }[] };
    bad.turns[0]!.out[0]!.text = 'Pick one.';
    expect(TranscriptSchema.safeParse(bad).success).toBe(false);
  });

  it('a turn has exactly one input', () => {
    const two = { description: 'x', turns: [{ in: 'hi', choice: 'a', out: [], at: null }] };
    const none = { description: 'x', turns: [{ out: [], at: null }] };
    expect(TranscriptSchema.safeParse(two).success).toBe(false);
    expect(TranscriptSchema.safeParse(none).success).toBe(false);
    expect(TranscriptSchema.safeParse({ description: 'x', turns: [{ command: 'dance', out: [], at: null }] }).success).toBe(false);
  });

  it('recordTurn: input kind, effects omitted when none, events only when asked for', () => {
    const [r1, r2] = run(bundle, ['hi', command('erase')]);
    expect(recordTurn(r1!, { type: 'text', text: 'hi' })).toEqual({ in: 'hi', out: [{ key: 'menu-prompt', lang: 'en', choices: ['a', 'b'] }], at: 'main.menu' });
    const t2 = recordTurn(r2!, command('erase'), { events: true });
    expect(Object.keys(t2)).toEqual(['command', 'out', 'effects', 'events', 'at']);
    expect(t2.events).toEqual(['command_used', 'contact_erased']);
    expect(recordTurn(r2!, choice('x')).choice).toBe('x');
  });

  it('writes stable YAML: flow style for out items and effects, and reads it back', () => {
    const path = join(dir, 'main.sample.yaml');
    writeTranscript(path, sample);
    const written = readFileSync(path, 'utf8');
    expect(written).toContain('      - { key: menu-prompt, lang: fr, choices: [ a, b ] }\n');
    expect(written).toContain('      - { type: erase }\n');
    expect(written).toContain('    events: [ command_used, contact_erased ]\n');
    expect(readTranscript(path)).toEqual(sample);
    expect(formatTranscript(readTranscript(path))).toBe(written);
  });

  it('numbers and words YAML would read otherwise stay strings', () => {
    const t: Transcript = { description: 'x', turns: [{ in: '1', out: [], at: null }, { in: 'yes', out: [], at: null }, { in: 'null', out: [], at: null }] };
    const path = join(dir, 'main.scalars.yaml');
    writeTranscript(path, t);
    expect(readTranscript(path)).toEqual(t);
  });

  it('the chat recorder writes what the conversation did (no file when nothing was said)', () => {
    const path = join(dir, 'main.recorded.yaml');
    const rec = createRecorder(path, 'es');
    rec.save();
    expect(() => readFileSync(path)).toThrow();
    const said = ['hi', '2'];
    run(bundle, said).forEach((r, i) => {
      const reply = { contactKey: 'k', outputs: r.outputs, duplicate: false, deliver: true, erased: false, silenced: false, step: r } satisfies Reply;
      rec.onTurn(said[i]!, reply);
    });
    rec.onTurn('2', { contactKey: 'k', outputs: [], duplicate: true, deliver: false, erased: false, silenced: false });
    rec.save();
    const t = readTranscript(path);
    expect(t.lang).toBe('es');
    expect(t.turns.map((x) => x.in)).toEqual(['hi', '2']);
    expect(t.turns.map((x) => x.at)).toEqual(['main.menu', 'main.b']);
  });
});
