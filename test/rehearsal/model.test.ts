// The learned second opinion beside the rules (src/rehearsal/model.ts, docs/adr/0010): it only
// earns points the rules left without a verdict, never breaches and never reverses a rule; the
// debrief quotes the line it earned on with the point's plain note; trust and the persona's replies
// follow the rules alone; and the shipped weights were trained on today's labelled lines and test lines.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { debrief } from '../../src/rehearsal/debrief.ts';
import { MODEL_FILE, RehearsalModel, RehearsalModelError, rehearsalModelFile, withModel, type RehearsalModelFile } from '../../src/rehearsal/model.ts';
import { loadPersonas, PERSONAS_DIR, type Persona } from '../../src/rehearsal/persona.ts';
import { POINTS, type PointId, type Verdict } from '../../src/rehearsal/points.ts';
import { replay } from '../../src/rehearsal/session.ts';
import { taggedLines, trainedOn } from '../../scripts/rehearsalModel/lines.ts';
import { testLines } from '../../scripts/rehearsalModel/testLines.ts';
import { OPTIONS } from '../../scripts/rehearsalModel/train.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A model of our own: "zorblat" weighs towards earning safety, nothing else weighs at all. */
function fileWith(weight: number, over: Partial<RehearsalModelFile> = {}): RehearsalModelFile {
  const bytes = Int8Array.from([weight, 0]);
  return {
    about: 'test',
    trainedOn: '0'.repeat(64),
    lines: 2,
    earnAt: 0.9,
    vocabulary: 'w zorblat\nw other',
    earn: { safety: { bias: -3, scale: 1, weights: Buffer.from(bytes.buffer).toString('base64') } },
    ...over,
  };
}

const { personas } = loadPersonas();
const farm = personas.get('farm-worker-pay-deductions')!;
const withOwn = (p: Persona, model: RehearsalModel | null): Persona => ({ ...p, model });

describe('the learned second opinion in rehearsal', () => {
  it('earns a point the rules gave no verdict, when sure enough, and nothing else', () => {
    const m = new RehearsalModel(fileWith(120));
    expect(m.probabilities('zorblat').get('safety')).toBeGreaterThan(0.99);
    expect(m.earns('zorblat', new Map())).toEqual(['safety']);
    expect(m.earns('hello there', new Map())).toEqual([]);
    // A point the rules already read, either way, keeps the rules' verdict.
    const rules = new Map<PointId, Verdict>([['safety', 'breached']]);
    expect(withModel(rules, 'zorblat', m)).toEqual(rules);
  });

  it('never reads a line as breaching', () => {
    const m = new RehearsalModel(fileWith(120));
    for (const text of ['zorblat', 'zorblat zorblat other', '']) expect([...withModel(new Map(), text, m).values()]).not.toContain('breached');
  });

  it("is quoted in the debrief with the point's note, and leaves trust and the replies to the rules", () => {
    const line = 'zorblat';
    const without = replay(withOwn(farm, null), 'es', [line]);
    const withIt = replay(withOwn(farm, new RehearsalModel(fileWith(120))), 'es', [line]);
    const item = debrief(withIt.session).items.find((i) => i.id === 'safety')!;
    expect(item.status).toBe('passed');
    expect(item.evidence).toEqual([{ turn: 1, line }]);
    expect(item.note).toBe(POINTS.find((p) => p.id === 'safety')!.note);
    expect(debrief(without.session).items.find((i) => i.id === 'safety')!.status).toBe('missed');
    expect(withIt.session.trust).toBe(without.session.trust);
    expect(withIt.session.transcript).toEqual(without.session.transcript);
  });

  it('names the file when it is broken, and is absent when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'waypoint-rmodel-'));
    made.push(dir);
    expect(RehearsalModel.load(dir)).toBeNull();
    writeFileSync(join(dir, MODEL_FILE), '{');
    expect(() => RehearsalModel.load(dir)).toThrow(RehearsalModelError);
    writeFileSync(join(dir, MODEL_FILE), JSON.stringify(fileWith(1, { vocabulary: 'w zorblat' })));
    expect(() => RehearsalModel.load(dir)).toThrow(/2 weights for 1 features/);
  });

  it('was trained on the labelled lines and with the options there are now (npm run train:rehearsal)', () => {
    const file = rehearsalModelFile.parse(JSON.parse(readFileSync(join(PERSONAS_DIR, MODEL_FILE), 'utf8')));
    expect(file.trainedOn, 'run npm run train:rehearsal').toBe(trainedOn(taggedLines(), testLines(), OPTIONS));
    expect(farm.model).not.toBeNull();
  });
});
