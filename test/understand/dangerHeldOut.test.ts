import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchesOf, devFiles, heldOutTexts } from '../../scripts/dangerModel/batches.ts';
import { formatHeldOut, measureHeldOut } from '../../scripts/dangerModel/heldout.ts';
import { dataDir } from './smallData.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A tiny dev set of our own: a first batch, then one marked (dev1), in each list. */
function fixture(): { evalRoot: string; firstContactDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'wp-heldout-'));
  made.push(root);
  mkdirSync(join(root, 'dev'));
  writeFileSync(
    join(root, 'dev', 'en.yaml'),
    [
      'lang: en',
      'topics:',
      '  wages:',
      '    - my pay is late',
      '    - zorblat pay is late',
      '    # written apart from the project (dev1) and added after its figures were measured',
      '    - "they did not pay me"',
      'danger:',
      '  - zorblat has a knife',
      '  - zorblat is at the door',
      '  # written apart from the project (dev1)',
      '  - zorblat is outside now',
      '  - zorblat has a knife',
      'not_danger:',
      '  - the movie was scary',
      '  # (dev1)',
      '  - my feet are killing me',
      '',
    ].join('\n'),
  );
  const fc = join(root, 'firstcontact');
  mkdirSync(fc);
  writeFileSync(join(fc, 'dev.yaml'), ['en:', '  first:', '    - hi is this the helpline', '    # (dev1)', '    - "hello, my pay is late"', '  danger:', '    # (dev1)', '    - zorblat came back', ''].join('\n'));
  return { evalRoot: root, firstContactDir: fc };
}

function data(): string {
  const d = dataDir();
  made.push(d);
  return d;
}

describe('leave-batch-out measuring of the learned danger signal', () => {
  it('reads each line’s batch from the mark above it in its own list; lines above every mark are the first batch', () => {
    const b = batchesOf('a:\n  - one\n  # x (dev3) y\n  - two\n  - three\nb:\n  - four\n  # (t14)\n  - " five "\n');
    expect(b.get('one')).toEqual(new Set(['dev']));
    expect(b.get('two')).toEqual(new Set(['dev3']));
    expect(b.get('three')).toEqual(new Set(['dev3']));
    expect(b.get('four')).toEqual(new Set(['dev']));
    expect(b.get('five')).toEqual(new Set(['t14']));
  });

  it('holds out every line of the batches named, in the eval files and the first-contact file, and a line written again elsewhere too', () => {
    const { evalRoot, firstContactDir } = fixture();
    const held = heldOutTexts(['dev1'], devFiles(evalRoot, firstContactDir));
    expect([...held].sort()).toEqual(['hello, my pay is late', 'my feet are killing me', 'they did not pay me', 'zorblat came back', 'zorblat has a knife', 'zorblat is outside now']);
  });

  it('trains on the rest, scores the held-out lines with the lists alone and with the signal, and prints per language', () => {
    const { evalRoot, firstContactDir } = fixture();
    const h = measureHeldOut(['dev1'], { evalRoot, firstContactDir, dataDir: data(), examples: [], replies: [], read: (t) => t.toLowerCase() });
    // Trained on: "zorblat is at the door" (danger); "my pay is late", "zorblat pay is late", "the movie was scary", the first message.
    expect(h.trainedOn).toEqual({ danger: 1, notDanger: 4 });
    expect(h.lines.map((l) => `${l.kind} ${l.text}`).sort()).toEqual(['danger zorblat has a knife', 'danger zorblat is outside now', 'first hello, my pay is late', 'firstDanger zorblat came back', 'harmless my feet are killing me', 'topic they did not pay me']);
    for (const l of h.lines) {
      expect(l.lists.dangerCheck && l.lists.dangerLearned).toBeFalsy();
      // The signal was consulted where the lists found nothing.
      if (!l.lists.danger && !l.lists.dangerCheck) expect(l.p).not.toBeNull();
    }
    const text = formatHeldOut(h, true);
    expect(text).toMatch(/^held out: dev1 \(3 danger lines and first messages, 3 others\)/);
    expect(text).toMatch(/\nen +3 /);
    expect(text).toMatch(/\nall +3 /);
    expect(text).toContain('p ≥');
    // Where the signal alone would answer, and where it confirms the lists' question, at other thresholds too.
    expect(text).toMatch(/the signal alone answering as an emergency: \d+ danger lines and \d+ harmless ones with the shipped file \(flag at [0-9.]+\)/);
    expect(text).toMatch(/the lists' question confirmed by the signal \(consulted on \d+ danger and \d+ harmless lines the lists would ask about; confirms at [0-9.]+\)/);
    expect(text).toContain('  0.970 ');
  });

  it('names a batch that has no line', () => {
    const { evalRoot, firstContactDir } = fixture();
    expect(() => measureHeldOut(['dev9'], { evalRoot, firstContactDir, dataDir: data(), examples: [], replies: [] })).toThrow(/no dev line in batches dev9/);
  });
});
