import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, UnderstandDataError } from '../../src/understand/data.ts';
import { DANGER_MODEL_PATH, DangerModel, dangerFeatures, dangerModelFile, type DangerModelFile } from '../../src/understand/dangerModel.ts';
import { createUnderstanding } from '../../src/understand/understanding.ts';
import { devLines, modelFile } from '../../scripts/dangerModel/train.ts';
import { framingText, trainedOn } from '../../scripts/dangerModel/lines.ts';
import { trainLogistic } from '../../scripts/dangerModel/logistic.ts';
import { dataDir } from './smallData.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/**
 * A small data folder with a model of our own: "zorblat" weighs towards danger, nothing else does
 * (each feature counts 1/√n, n about forty for a short line).
 */
function withModel(file: Partial<DangerModelFile> | string): string {
  const dir = dataDir();
  made.push(dir);
  mkdirSync(join(dir, 'model'));
  const model = { about: 'test', trainedOn: '0'.repeat(64), lines: { danger: 1, notDanger: 1 }, askAt: 0.9, bias: -3, weights: { 'w zorblat': 60 }, ...(typeof file === 'string' ? {} : file) };
  writeFileSync(join(dir, DANGER_MODEL_PATH), typeof file === 'string' ? file : JSON.stringify(model));
  return dir;
}

describe('the learned danger signal', () => {
  it('reads words, word pairs and runs of 3 to 5 letters of the folded text, each once', () => {
    const f = dangerFeatures('Está AFUERA, está');
    expect(f).toContain('w esta');
    expect(f).toContain('b esta afuera');
    expect(f).toContain('b afuera esta');
    expect(f).toContain('c est');
    expect(f).toContain('cafuer');
    expect(f).toContain('ca af');
    expect(f.filter((x) => x === 'w esta')).toHaveLength(1);
    // Text without spaces (Thai, Chinese) is read by its runs of letters.
    expect(dangerFeatures('ช่วยด้วย').some((x) => x.startsWith('c'))).toBe(true);
  });

  it('asks about a message the lists found nothing in, in the language it was written in, and says so', () => {
    const u = createUnderstanding({ dataDir: withModel({}) });
    const r = u.routeOffline('zorblat my friend');
    expect(r.danger).toBe(false);
    expect(r.dangerCheck).toBe(true);
    expect(r.dangerLearned).toBe(true);
    expect(u.routeOffline('my friend').dangerCheck).toBe(false);
  });

  it('never lowers what the lists found, and never asks about small talk', () => {
    const u = createUnderstanding({ dataDir: withModel({ bias: 8, weights: {} }) });
    const found = u.routeOffline('please send help');
    expect(found.danger).toBe(true);
    expect(found.dangerLearned).toBeUndefined();
    expect(u.routeOffline('thanks').dangerCheck).toBe(false);
  });

  it('a data folder without a model asks nothing more; a broken model file is an error naming it', () => {
    const plain = dataDir();
    made.push(plain);
    expect(DangerModel.load(plain)).toBeNull();
    expect(createUnderstanding({ dataDir: plain }).routeOffline('zorblat').dangerCheck).toBe(false);
    expect(() => DangerModel.load(withModel('{ not json'))).toThrow(UnderstandDataError);
    expect(() => DangerModel.load(withModel({ askAt: 2 }))).toThrow(/danger\.json: askAt/);
    expect(() => DangerModel.load(withModel({ weights: { 'w knife': 'high' } as unknown as Record<string, number> }))).toThrow(/danger\.json: weights/);
  });

  it('never asks about a first message of work, a greeting with an apology, or a question of language', () => {
    const u = createUnderstanding();
    for (const t of ['मेरा मालिक मुझे पैसे नहीं दे रहा है', 'hello, sorry to bother you, is this the right number?', 'm pa ka pale angle, nou pale kreyol?', 'my boss did not pay me for two weeks', 'what are my rights about overtime']) {
      expect(u.routeOffline(t).dangerCheck, t).toBe(false);
    }
  });

  it('the same lines always train the same weights', () => {
    const lines = [
      { features: ['w knife', 'w now'], positive: true },
      { features: ['w pay', 'w late'], positive: false },
      { features: ['w door', 'w locked', 'w now'], positive: true },
      { features: ['w door', 'w paint'], positive: false },
    ];
    const a = trainLogistic(lines);
    expect(trainLogistic(lines)).toEqual(a);
    expect(a.weights.get('w knife')!).toBeGreaterThan(0);
    expect(a.weights.get('w pay')!).toBeLessThan(0);
    const small = [
      { text: 'he has a knife now', danger: true },
      { text: 'my pay is late', danger: false },
    ];
    const read = (t: string): string => t;
    expect(modelFile(small, read)).toEqual(modelFile(small, read));
  });

  it('the model shipped was trained on the dev sets and read through the framing lists as they are now (else: npm run train:danger)', () => {
    const shipped = dangerModelFile.parse(JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, DANGER_MODEL_PATH), 'utf8')));
    const lines = devLines();
    expect(shipped.trainedOn).toBe(trainedOn(lines, framingText(DEFAULT_DATA_DIR)));
    expect(shipped.lines.danger).toBe(lines.filter((l) => l.danger).length);
  });
});
