// Plays every golden transcript (test/transcripts/<flow>.<case>.yaml) against the real flows
// and catalogues. After a deliberate content change, rewrite them from the actual run and
// review the diff:
//
//   UPDATE_TRANSCRIPTS=1 npx vitest run test/transcripts
//
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { formatTranscript, readTranscript, runTranscript, writeTranscript, type UnderstandFn } from '../../src/transcripts/format.ts';
import { asUnderstanding, createUnderstanding } from '../../src/understand/understanding.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = import.meta.dirname;
// The one place tests read the environment: the update switch, like goflow's -update.
const UPDATE = process.env.UPDATE_TRANSCRIPTS === '1';

const { bundle } = loadContent({ flowsDir: join(ROOT, 'flows'), localesDir: join(ROOT, 'locales') });
// Offline understanding, as every channel has it, for the transcripts marked `understand: true`.
const understanding = createUnderstanding();
const understand: UnderstandFn = (text, lang) => (text.trim() === '' ? undefined : asUnderstanding(understanding.routeOffline(text, { lang })));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('golden transcripts', () => {
  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s', (file) => {
    expect(file).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+\.yaml$/);
    const path = join(DIR, file);
    const transcript = readTranscript(path);
    const run = runTranscript(bundle, transcript, understand);
    if (UPDATE) {
      if (formatTranscript(run.actual) !== readFileSync(path, 'utf8')) writeTranscript(path, run.actual);
      return;
    }
    expect(run.diffs).toEqual([]);
    expect(run.ok).toBe(true);
    // Fixtures stay in the canonical layout, so a rewrite shows only real changes.
    expect(readFileSync(path, 'utf8')).toBe(formatTranscript(transcript));
  });
});
