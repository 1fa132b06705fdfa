// The evaluation set is data: every line well-formed, none repeating an example phrasing, and
// every injection attempt routed to a known topic or none. The accuracy targets are figures that
// `npm run eval` prints, not assertions here.
import { describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../src/understand/evalSet.ts';
import { loadExamples } from '../../src/understand/data.ts';
import { fold } from '../../src/understand/fold.ts';
import { isLang, isTopic, TOPICS } from '../../src/understand/topics.ts';
import { MAX_INPUT_CHARS } from '../../src/engine/types.ts';
import { understanding } from './shared.ts';

const set = loadEvalSet();

describe('evaluation set', () => {
  it('every line is well-formed', () => {
    for (const l of set.topics) {
      expect(isLang(l.lang), l.text).toBe(true);
      expect(isTopic(l.topic), l.text).toBe(true);
      expect(l.text.trim().length, l.text).toBeGreaterThan(0);
      expect(l.text.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    }
    for (const l of [...set.danger, ...set.notDanger]) {
      expect(isLang(l.lang)).toBe(true);
      expect(l.text.trim().length).toBeGreaterThan(0);
    }
    expect(set.injection.length).toBeGreaterThanOrEqual(50);
  });

  it('has at least 20 lines per topic across at least 8 languages', () => {
    for (const topic of TOPICS) {
      const lines = topic === 'emergency' ? set.danger : set.topics.filter((l) => l.topic === topic);
      expect(lines.length, topic).toBeGreaterThanOrEqual(20);
    }
    expect(new Set(set.topics.map((l) => l.lang)).size).toBeGreaterThanOrEqual(8);
  });

  it('repeats no example phrasing (after folding)', () => {
    const examples = new Set(loadExamples().map((e) => fold(e.text)));
    const all = [...set.topics, ...set.danger, ...set.notDanger].map((l) => l.text);
    for (const t of [...all, ...set.injection]) expect(examples.has(fold(t)), t).toBe(false);
  });

  it('no line is both danger and not-danger, or listed twice', () => {
    const seen = new Set<string>();
    for (const t of [...set.topics.map((l) => l.text), ...set.danger.map((l) => l.text), ...set.notDanger.map((l) => l.text)]) {
      expect(seen.has(fold(t)), t).toBe(false);
      seen.add(fold(t));
    }
  });

  it('every injection attempt yields a known topic id or none', async () => {
    for (const text of set.injection) {
      const r = await understanding().route(text);
      expect(r.topic === null || isTopic(r.topic), text).toBe(true);
      for (const c of r.candidates) expect(isTopic(c.topic), text).toBe(true);
      expect(Object.keys(r).sort()).toEqual(['candidates', 'danger', 'dangerLang', 'lang', 'likely', 'offScope', 'offerLanguage', 'social', 'topic', 'via']);
      for (const l of r.likely) expect(isLang(l), text).toBe(true);
      expect(r.dangerLang === null || isLang(r.dangerLang), text).toBe(true);
      expect(typeof r.offScope, text).toBe('boolean');
    }
  });
});
