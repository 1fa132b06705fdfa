// Whole practice scripts written apart from the rules: read, replayed, scored; frozen, so a
// malformed file is reported by place, never by its text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScripts, hasScripts, loadScripts, scoreScripts } from '../../scripts/evalsets/rehearsalScripts.ts';
import { loadPersonas } from '../../src/rehearsal/persona.ts';

const { personas } = loadPersonas();

const good = [
  "Hi Kayla, I'm Sam, a support worker with the coalition. I'm not the police.",
  'Is it safe for you to text right now? Is anyone near who could see your phone?',
  "We don't keep your number and only I read this. You can send ERASE any time.",
  'If it helps, I can find an interpreter or someone who speaks your language.',
  "Thank you for telling me. None of this is your fault.",
  "Getting help here doesn't depend on going to the police; that is only your choice.",
  'A free legal clinic could give you advice before you decide anything.',
  'Would you like the number of a clinic that tests without ID? I can send it.',
  "I can't promise how things will turn out, but I can stay with you through it.",
  'You can write here any time.',
];
const bad = [
  'Are you a victim of trafficking?',
  'You must go to the police now.',
  'Are you here legally?',
  "What is your boyfriend's full name and address?",
  "Don't worry, everything will be fine, I promise.",
  'Why did you not leave him?',
  'ok',
  'ok',
  'ok',
  'ok',
];

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scripts-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('rehearsal practice scripts', () => {
  it('replays a good and a bad script and compares the debrief with the writer\'s points', () => {
    const f = {
      lang: 'en',
      persona: 'young-woman-not-a-victim',
      good: { lines: good, earns: ['introduced', 'safety', 'privacy'] as const, breaches: [] },
      bad: { lines: bad, earns: ['legal'] as const, breaches: ['no_police', 'no_status_ask'] as const },
    };
    const s = scoreScripts(JSON.parse(JSON.stringify(f)), personas.get(f.persona));
    expect(s.good).toBeGreaterThanOrEqual(8);
    expect(s.bad).toBeLessThanOrEqual(3);
    expect(s.expected).toBe(6);
    expect(s.disagreements).toEqual(['bad:legal missed, not passed']);
    const text = formatScripts([s]);
    expect(text).toContain('the writers\' expected points given: 5/6');
    expect(text).not.toContain('Kayla');
  });

  it('refuses a script that is not 10 lines, naming the place and not the text', () => {
    const dir = dirWith({ 'en.yaml': `lang: en\npersona: young-woman-not-a-victim\ngood: {lines: ["secret words here"]}\nbad: {lines: ["x","x","x","x","x","x","x","x","x","x"]}\n` });
    expect(() => loadScripts(dir)).toThrow(/good\.lines/);
    expect(() => loadScripts(dir)).not.toThrow(/secret words/);
  });

  it('the frozen scripts load: one file per persona language, each a known persona', () => {
    expect(hasScripts()).toBe(true);
    const files = loadScripts();
    expect(files.length).toBe(14);
    for (const f of files) expect(personas.get(f.persona)?.compiled[f.lang], `${f.lang}: ${f.persona}`).toBeTruthy();
  });
});
