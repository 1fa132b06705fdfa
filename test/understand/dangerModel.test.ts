import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, UnderstandDataError } from '../../src/understand/data.ts';
import { BUCKETS, DANGER_MODEL_PATH, DangerModel, type DangerSignal, bucketOf, wordCount, dangerBuckets, dangerFeatures, dangerModelFile, decodeWeights, encodeWeights, type DangerModelFile } from '../../src/understand/dangerModel.ts';
import { createUnderstanding } from '../../src/understand/understanding.ts';
import { devLines, modelFile, trainedThrough } from '../../scripts/dangerModel/train.ts';
import { replyLines, trainedOn } from '../../scripts/dangerModel/lines.ts';
import { trainLogistic } from '../../scripts/dangerModel/logistic.ts';
import { dataDir } from './smallData.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/**
 * A small data folder with a model of our own: "zorblat" weighs towards danger, nothing else does
 * (each feature counts n^-0.65, n about fifty for a short line): asked about at 0.9.
 */
function withModel(file: Partial<DangerModelFile> | string, named: Record<string, number> = { 'w zorblat': 30, 'czorb': 30, 'corbl': 30 }): string {
  const dir = dataDir();
  made.push(dir);
  mkdirSync(join(dir, 'model'));
  const table = new Float64Array(BUCKETS);
  for (const [f, w] of Object.entries(named)) table[bucketOf(f)] = (table[bucketOf(f)] ?? 0) + w;
  const model = { about: 'test', trainedOn: '0'.repeat(64), lines: { danger: 1, notDanger: 1 }, askAt: 0.9, askAtBesideMatter: 0.95, confirmAt: 0.99, bias: 0, buckets: BUCKETS, weights: encodeWeights(table), ...(typeof file === 'string' ? {} : file) };
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

  it('answers as an emergency a weak sign the lists would ask about, when it reads it as surely danger', () => {
    // A signal that is sure of everything: only the lists' own question is turned into danger.
    const sure: DangerSignal = { asks: () => true, confirms: () => true };
    const u = createUnderstanding({ dangerModel: sure });
    const lists = createUnderstanding({ dangerModel: null });
    const weak = "i'm afraid, he is drunk again";
    expect(lists.routeOffline(weak).dangerCheck).toBe(true);
    const r = u.routeOffline(weak);
    expect(r.danger).toBe(true);
    expect(r.dangerConfirmed).toBe(true);
    expect(r.dangerLang).toBe('en');
    // Where the lists found nothing, it still only asks; where they found danger, nothing changes.
    const nothing = u.routeOffline('my friend has a question about the bus');
    expect(nothing.danger).toBe(false);
    expect(nothing.dangerConfirmed).toBeUndefined();
    const found = u.routeOffline('someone is following me');
    expect(found.danger).toBe(true);
    expect(found.dangerConfirmed).toBeUndefined();
    // Not sure enough: the lists' question stays a question.
    const unsure = createUnderstanding({ dangerModel: { asks: () => false, confirms: () => false } }).routeOffline(weak);
    expect(unsure.danger).toBe(false);
    expect(unsure.dangerCheck).toBe(true);
  });

  it('never answers as an emergency a cut with the work\'s own blade, and nothing more', () => {
    // The signal learned knives and cuts from threats; a cut at the butcher's stays the lists' question.
    const sure = createUnderstanding({ dangerModel: { asks: () => true, confirms: () => true } });
    const lists = createUnderstanding({ dangerModel: null });
    const cut = 'جرحت صبعي بالسكينة وانا عم قص اللحمة بالملحمة';
    expect(lists.routeOffline(cut).dangerCheck).toBe(true);
    const r = sure.routeOffline(cut);
    expect(r.danger).toBe(false);
    expect(r.dangerCheck).toBe(true);
    // A call for help beside the cut lets the signal answer it.
    const help = 'cut my hand on the saw at work now, please help';
    expect(lists.routeOffline(help).danger).toBe(false);
    expect(lists.routeOffline(help).dangerCheck).toBe(true);
    expect(sure.routeOffline(help).danger).toBe(true);
  });

  it('must be surer to ask about a message that names a matter of work or papers', () => {
    // "pay" names wages in the small data folder's keywords; "friend" names nothing.
    const u = createUnderstanding({ dataDir: withModel({ askAtBesideMatter: 0.9999 }) });
    expect(u.routeOffline('zorblat my friend').dangerCheck).toBe(true);
    expect(u.routeOffline('zorblat my pay').dangerCheck).toBe(false);
    const lenient = createUnderstanding({ dataDir: withModel({ askAtBesideMatter: 0.9 }) });
    expect(lenient.routeOffline('zorblat my pay').dangerCheck).toBe(true);
  });

  it('asks nothing about a number or one word: a reply at a question', () => {
    const u = createUnderstanding({ dataDir: withModel({}, { 'w zorblat': 30, 'czorb': 30, 'corbl': 30, 'w 2': 30, 'c 2 ': 30 }) });
    expect(u.routeOffline('zorblat').dangerCheck).toBe(false);
    expect(u.routeOffline('2').dangerCheck).toBe(false);
    expect(u.routeOffline('zorblat 2 friend').dangerCheck).toBe(true);
    expect(wordCount('ok 2')).toBe(1);
    expect(wordCount('not now')).toBe(2);
    // A script written without spaces: a word for every two letters.
    expect(wordCount('เข้ามาในห้องแล้ว')).toBeGreaterThanOrEqual(2);
  });

  it('hashes each feature into one of a fixed number of buckets, and keeps the weights as 16-bit thousandths', () => {
    expect(bucketOf('w knife')).toBe(bucketOf('w knife'));
    expect(bucketOf('w knife')).toBeLessThan(BUCKETS);
    expect(new Set(['w knife', 'w gun', 'b he has', 'cknif'].map((f) => bucketOf(f))).size).toBe(4);
    expect(dangerBuckets('knife knife').length).toBe(new Set(dangerFeatures('knife knife').map((f) => bucketOf(f))).size);
    const w = decodeWeights(encodeWeights([1.2344, -0.0006, 32.767, -32.768]), 4)!;
    expect([...w]).toEqual([1.234, -0.001, 32.767, -32.768]);
    expect(() => encodeWeights([40])).toThrow(RangeError);
    expect(decodeWeights(encodeWeights([1, 2]), 4)).toBeNull();
  });

  it('withdraws the question the lists would ask about a harm told as over, when it reads the message as surely no danger (ADR 0015)', () => {
    const lists = createUnderstanding({ dangerModel: null });
    const u = createUnderstanding();
    for (const t of [
      'last year at my old farm the boss pushed me once, now I am at a new place and everything is fine, can I still report it?',
      'mi antiguo patron me empujo hace dos años, ahora trabajo en otro lugar y estoy bien, todavia puedo poner una queja?',
    ]) {
      expect(lists.routeOffline(t).dangerCheck, t).toBe(true);
      const r = u.routeOffline(t);
      expect(r.dangerCheck, t).toBe(false);
      expect(r.danger, t).toBe(false);
      expect(r.dangerWithdrawn, t).toBe(true);
    }
  });

  it('never withdraws a coded cry, a short line, or danger the lists found, however sure the signal is', () => {
    // A signal that would withdraw every question it is shown.
    const never: DangerSignal = { asks: () => false, confirms: () => false, withdraws: () => true };
    const u = createUnderstanding({ dangerModel: never });
    const lists = createUnderstanding({ dangerModel: null });
    const coded = 'llámame y haz como que eres mi prima';
    expect(lists.routeOffline(coded).dangerCheck).toBe(true);
    expect(u.routeOffline(coded).dangerCheck).toBe(true);
    expect(u.routeOffline(coded).dangerWithdrawn).toBeUndefined();
    // A question the lists ask with nothing around it that lowered it ("i'm afraid"): kept.
    const weak = "i'm afraid, he is drunk again";
    expect(u.routeOffline(weak).dangerCheck).toBe(true);
    expect(u.routeOffline('someone is following me').danger).toBe(true);
    // A signal that reads everything as surely no danger withdraws nothing under 20 characters,
    // and nothing at all from a model file that names no threshold (a reviewer's own).
    const sureNot = DangerModel.load(withModel({ bias: -20, withdrawBelow: 0.02 }, {}))!;
    expect(sureNot.probability('old boss hit me')).toBeLessThan(0.02);
    expect(sureNot.withdraws('old boss hit me')).toBe(false);
    expect(sureNot.withdraws('my old boss hit me two years ago, now all is fine')).toBe(true);
    expect(DangerModel.load(withModel({ bias: -20 }, {}))!.withdraws('my old boss hit me two years ago, now all is fine')).toBe(false);
  });

  it('answers as an emergency a long message the lists found nothing in when it reads it as surely danger (ADR 0016), never beside a joke', () => {
    // A signal sure of everything: a message the lists found nothing in is answered, and says so.
    const sure: DangerSignal = { asks: () => true, confirms: () => true, flags: () => true };
    const u = createUnderstanding({ dangerModel: sure });
    const plain = 'my cousin painted the whole kitchen blue last weekend and it looks great';
    const r = u.routeOffline(plain);
    expect(r.danger).toBe(true);
    expect(r.topic).toBe('emergency');
    expect(r.dangerLearned).toBe(true);
    expect(r.dangerLang).toBe('en');
    // Beside what the lists read as taking a harm away (here a laugh) it only asks.
    const joke = u.routeOffline('my cousin painted the whole kitchen blue last weekend lol');
    expect(joke.danger).toBe(false);
    expect(joke.dangerCheck).toBe(true);
    // A signal without `flags` only ever asks.
    const asksOnly = createUnderstanding({ dangerModel: { asks: () => true, confirms: () => true } }).routeOffline(plain);
    expect(asksOnly.danger).toBe(false);
    expect(asksOnly.dangerCheck).toBe(true);
    // The model flags from its file's flagAt, a message of 40 characters or more; without flagAt, never.
    const zorb = 'zorblat zorblat zorblat zorblat zorblat in the back room';
    const m = DangerModel.load(withModel({ flagAt: 0.97 }))!;
    expect(m.probability(zorb)).toBeGreaterThan(0.97);
    expect(m.flags(zorb)).toBe(true);
    expect(m.probability('zorblat zorblat')).toBeGreaterThan(0.97);
    expect(m.flags('zorblat zorblat')).toBe(false);
    expect(DangerModel.load(withModel({}))!.flags(zorb)).toBe(false);
  });

  it('beside a habit, a rule asked or the past, answers as an emergency only from 0.95 (FLAG_WHEN_LOWERED)', () => {
    // Every message reads 0.92: over the file's flagAt (0.9), under 0.95.
    const m = DangerModel.load(withModel({ flagAt: 0.9, bias: Math.log(0.92 / 0.08) }, {}))!;
    const long = 'my roommate comes back very late and very loud almost every single day';
    expect(m.probability(long)).toBeCloseTo(0.92, 5);
    expect(m.flags(long)).toBe(true);
    expect(m.flags(long, true)).toBe(false);
    // The understanding says which: a habit or a rule asked is lowered, an "if" is not (threats are told with one).
    const seen: boolean[] = [];
    const spy: DangerSignal = { asks: () => true, confirms: () => false, flags: (_t, lowered) => (seen.push(lowered ?? false), !lowered) };
    const u = createUnderstanding({ dangerModel: spy });
    const habit = u.routeOffline('my roommate gets very loud every night in the room, can i change rooms?');
    expect(habit.danger).toBe(false);
    expect(habit.dangerCheck).toBe(true);
    expect(seen.at(-1)).toBe(true);
    const plain = u.routeOffline('my cousin painted the whole kitchen blue and it looks really great');
    expect(plain.danger).toBe(true);
    expect(seen.at(-1)).toBe(false);
  });

  it('never lowers what the lists found, and never asks about small talk', () => {
    const u = createUnderstanding({ dataDir: withModel({ bias: 8 }, {}) });
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
    // Asking from under 0.5 would ask where the signal reads harm as less likely than not (ADR 0018).
    expect(() => DangerModel.load(withModel({ askAt: 0.49 }))).toThrow(/danger\.json: askAt/);
    expect(() => DangerModel.load(withModel({ askAtBesideMatter: 0.49 }))).toThrow(/danger\.json: askAtBesideMatter/);
    expect(DangerModel.load(withModel({ askAt: 0.5, askAtBesideMatter: 0.5 }))?.askAt).toBe(0.5);
    expect(() => DangerModel.load(withModel({ weights: '!!' }))).toThrow(/danger\.json: weights/);
    expect(() => DangerModel.load(withModel({ weights: encodeWeights([1, 2, 3]) }))).toThrow(/danger\.json: weights: not one 16-bit weight a bucket/);
    expect(() => DangerModel.load(withModel({ buckets: 1000 }))).toThrow(/danger\.json: buckets/);
  });

  it('never asks about a first message of work, a greeting with an apology, or a question of language', () => {
    const u = createUnderstanding();
    for (const t of ['मेरा मालिक मुझे पैसे नहीं दे रहा है', 'hello, sorry to bother you, is this the right number?', 'm pa ka pale angle, nou pale kreyol?', 'my boss did not pay me for two weeks', 'what are my rights about overtime']) {
      expect(u.routeOffline(t).dangerCheck, t).toBe(false);
    }
  });

  // Lines of our own, written for this test and never trained on: work and papers in every
  // language, and scary words said of harmless things. None may be asked about.
  it('never asks about harmless lines of our own', () => {
    const u = createUnderstanding();
    const lines = [
      'they cut my hours and i cant pay rent',
      'the chef showed me how to use the big knife for the meat',
      'we had a fire drill at the warehouse today',
      'i was fired last week can i get EI',
      'my back is killing me after lifting boxes all day',
      'the manager shouts a lot but pays on time',
      'i hurt my finger at work last month, it is fine now',
      'is it legal to keep my passport in the office safe if i asked them to',
      'my cousin was in the hospital last year, now she wants to change jobs',
      'can my employer make me work on christmas',
      'el patrón no me paga las horas extras',
      'me cortaron el dedo con el cuchillo de cocina hace un año, ya sané, puedo pedir compensación?',
      'mon patron garde mon passeport, est-ce légal?',
      "j'ai perdu mes clés et je suis enfermé dehors, haha",
      'o patrão não paga há dois meses',
      'meu chefe grita muito mas paga certinho',
      'mera malik paise nahi de raha hai',
      'malik ne passport rakh liya hai, kya karu',
      'amo ko hindi nagbabayad ng overtime',
      'chủ không trả lương cho tôi hai tháng rồi',
      '老板两个月没发工资了',
      '我想换工作，需要什么手续',
      'صاحب العمل لا يدفع لي الراتب منذ شهرين',
      'роботодавець не платить зарплату вже два місяці',
      'patron an pa peye m depi de mwa',
      'नियोक्ताले दुई महिनादेखि तलब दिएको छैन',
      'ਮੇਰਾ ਮਾਲਕ ਤਨਖਾਹ ਨਹੀਂ ਦੇ ਰਿਹਾ',
      'นายจ้างไม่จ่ายเงินเดือนสองเดือนแล้ว',
    ];
    for (const t of lines) {
      const r = u.routeOffline(t);
      expect(r.dangerLearned, t).toBeUndefined();
    }
    // Replies at a question, in the catalogues or near them.
    for (const t of ['not now', 'no thanks', 'pa kounye a', 'not now maybe later']) {
      expect(u.routeOffline(t).dangerLearned, t).toBeUndefined();
    }
  });

  it('learns from the choices and commands the product offers as harmless replies, never the emergency words', () => {
    const replies = replyLines();
    for (const t of ['Not now', 'not now', 'no thanks', 'pa kounye a', 'ahora no']) expect(replies, t).toContain(t);
    for (const t of ['EMERGENCY', 'i am in danger', 'help me', 'sos', '911', 'HELP']) expect(replies, t).not.toContain(t);
    expect(devLines().filter((l) => replies.includes(l.text) && !l.danger).length).toBeGreaterThan(1000);
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

  it('the model shipped was trained on the dev sets, through the framing lists and with the settings as they are now (else: npm run train:danger)', () => {
    const shipped = dangerModelFile.parse(JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, DANGER_MODEL_PATH), 'utf8')));
    const lines = devLines();
    expect(shipped.trainedOn).toBe(trainedOn(lines, trainedThrough()));
    expect(shipped.lines.danger).toBe(lines.filter((l) => l.danger).length);
  });
});

// Whether a message names a matter of work is looked up only where the two thresholds would give
// different answers: with both at 0.8 it is never looked up, and the answer is the threshold's.
describe('the matter beside a reading, looked up only when it decides', () => {
  const shipped = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, DANGER_MODEL_PATH), 'utf8')) as DangerModelFile;
  const line = 'the boss is outside my room with a knife right now';
  it('is never looked up when the thresholds are the same', () => {
    const m = new DangerModel({ ...shipped, askAt: 0.5, askAtBesideMatter: 0.5 });
    let looked = 0;
    const asked = m.asks(line, () => (looked++, true));
    expect(looked).toBe(0);
    expect(asked).toBe(m.probability(line) >= 0.5);
  });
  it('decides between them when the reading lies between', () => {
    const p = new DangerModel(shipped).probability(line);
    const m = new DangerModel({ ...shipped, askAt: p - 0.001, askAtBesideMatter: Math.min(1, p + 0.001) });
    expect(m.asks(line, () => false)).toBe(true);
    expect(m.asks(line, () => true)).toBe(false);
  });
});
