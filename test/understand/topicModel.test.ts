import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, UnderstandDataError } from '../../src/understand/data.ts';
import { TOPIC_MODEL_PATH, TopicModel, topicFeatures, topicModelFile, type TopicModelFile } from '../../src/understand/topicModel.ts';
import { createUnderstanding } from '../../src/understand/understanding.ts';
import { allLines, BLEND, modelFile, SETTINGS } from '../../scripts/topicModel/train.ts';
import { trainedOn, type TopicLine } from '../../scripts/topicModel/lines.ts';
import { trainRegression } from '../../scripts/topicModel/regression.ts';
import { namedTopic } from '../../src/content/topics.ts';
import { dataDir } from './smallData.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A small data folder with a topic model of our own: "zorblat" weighs towards housing (topic 1). */
function withModel(file: Partial<TopicModelFile> | string): string {
  const dir = dataDir();
  made.push(dir);
  mkdirSync(join(dir, 'model'));
  const model = { about: 'test', trainedOn: '0'.repeat(64), lines: 2, blend: 0.5, topics: ['wages', 'housing'], bias: [0, -2], features: ['w zorblat'], counts: [1], topicOf: [1], weights: [60], ...(typeof file === 'string' ? {} : file) };
  writeFileSync(join(dir, TOPIC_MODEL_PATH), typeof file === 'string' ? file : JSON.stringify(model));
  return dir;
}

const offered = (r: { topic: string | null; candidates: { topic: string }[] }): string[] => (r.topic ? [r.topic, ...r.candidates.map((c) => c.topic).filter((t) => t !== r.topic)] : r.candidates.map((c) => c.topic));

describe('the learned topic signal', () => {
  it('reads the danger signal\'s features, and each Chinese character and pair of characters', () => {
    const f = topicFeatures('Está AFUERA');
    expect(f).toContain('w esta');
    expect(f).toContain('cafuer');
    const zh = topicFeatures('老板不给工资');
    expect(zh).toContain('h工');
    expect(zh).toContain('h工资');
    expect(zh.filter((x) => x === 'h工')).toHaveLength(1);
  });

  it('adds a topic only it finds, and reorders by its probability times the blend', () => {
    const u = createUnderstanding({ dataDir: withModel({}) });
    expect(offered(u.routeOffline('zorblat'))).toContain('housing');
    const none = createUnderstanding({ dataDir: withModel({}), topicModel: null });
    expect(offered(none.routeOffline('zorblat'))).not.toContain('housing');
    const off = createUnderstanding({ dataDir: withModel({}), topicBlend: 0 });
    expect(offered(off.routeOffline('zorblat'))).not.toContain('housing');
  });

  it('one topic against the rest: each topic\'s own probability, shared out to add up to 1', () => {
    const m = TopicModel.load(withModel({ kind: 'ovr', bias: [0, 0] }))!;
    const flat = m.probabilities('nothing known');
    expect(flat.get(namedTopic('wages'))).toBeCloseTo(0.5);
    const p = m.probabilities('zorblat');
    expect(p.get(namedTopic('housing'))!).toBeGreaterThan(0.6);
    expect(p.get(namedTopic('housing'))! + p.get(namedTopic('wages'))!).toBeCloseTo(1);
  });

  it('never touches danger, small talk or a message to the machine', () => {
    const u = createUnderstanding({ dataDir: withModel({ bias: [-5, 5], features: [], counts: [], topicOf: [], weights: [] }) });
    const found = u.routeOffline('please send help');
    expect(found.danger).toBe(true);
    expect(found.topic).toBe('emergency');
    const thanks = u.routeOffline('thanks');
    expect(thanks.social).toBe('thanks');
    expect(thanks.candidates).toEqual([]);
  });

  it('a data folder without a model blends nothing; a broken model file is an error naming it', () => {
    const plain = dataDir();
    made.push(plain);
    expect(TopicModel.load(plain)).toBeNull();
    expect(() => TopicModel.load(withModel('{ not json'))).toThrow(UnderstandDataError);
    expect(() => TopicModel.load(withModel({ blend: 5 }))).toThrow(/topics\.json: blend/);
    expect(() => TopicModel.load(withModel({ topics: ['wages', 'nope'] as TopicModelFile['topics'] }))).toThrow(/topics\.json: topics/);
    expect(() => TopicModel.load(withModel({ topicOf: [7] }))).toThrow(/topics\.json: .*no topic 7/);
    expect(() => TopicModel.load(withModel({ weights: {} as unknown as number[] }))).toThrow(/topics\.json: weights/);
    expect(() => TopicModel.load(withModel({ counts: [2] }))).toThrow(/topics\.json: .*add up to 2/);
    expect(() => TopicModel.load(withModel({ weights: ['high'] as unknown as number[] }))).toThrow(/topics\.json: .*weight 0 is not a number/);
    expect(() => TopicModel.load(withModel({ bias: [0] }))).toThrow(/topics\.json: .*1 biases for 2 topics/);
  });

  it('the same lines always train the same weights', () => {
    const rows = [
      { features: ['w pay', 'w late'], label: 0 },
      { features: ['w room', 'w cold'], label: 1 },
      { features: ['w pay', 'w less'], label: 0 },
    ];
    for (const kind of ['ovr', 'softmax'] as const) {
      const a = trainRegression(rows, 2, { kind });
      expect(trainRegression(rows, 2, { kind })).toEqual(a);
      expect(a.weights.get('w pay')![0]!).toBeGreaterThan(a.weights.get('w pay')![1]!);
    }
    const small: TopicLine[] = [
      { lang: 'en' as TopicLine['lang'], topic: namedTopic('wages'), text: 'my pay is late' },
      { lang: 'en' as TopicLine['lang'], topic: namedTopic('housing'), text: 'the room is cold' },
    ];
    const read = (t: string): string => t;
    expect(modelFile(small, read)).toEqual(modelFile(small, read));
  });

  it('the model shipped was trained on today\'s example phrasings and dev topic lines, as train.ts says (else: npm run train:topics)', () => {
    const shipped = topicModelFile.parse(JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, TOPIC_MODEL_PATH), 'utf8')));
    const lines = allLines();
    expect(shipped.trainedOn).toBe(trainedOn(lines, SETTINGS));
    expect(shipped.blend).toBe(BLEND);
    expect(shipped.lines).toBe(lines.length);
  });
});
