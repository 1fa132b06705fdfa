// What building the understanding makes of its data, kept between starts (builtCache.ts): read back,
// it must read every message exactly as a build from the data does, and a file that is broken, or
// was made from other data, must never be used.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuiltCache, builtKey, NOTHING_KEPT, type Built } from '../../src/understand/builtCache.ts';
import { DEFAULT_DATA_DIR, loadUnderstandData, understandDataKey } from '../../src/understand/data.ts';
import { DangerDetector } from '../../src/understand/danger.ts';
import { LanguageDetector } from '../../src/understand/language.ts';
import { TopicKeywords } from '../../src/understand/keywords.ts';
import { fold } from '../../src/understand/fold.ts';
import { loadEvalSet } from '../../scripts/evalsets/understand.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'wp-built-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const data = loadUnderstandData(DEFAULT_DATA_DIR, { cacheDir: null });
const everyday = data.examples;
function buildAll(built: Built) {
  return {
    danger: new DangerDetector(data.lexicons, everyday, data.framing, built),
    keywords: new TopicKeywords(data.keywords, built),
    language: new LanguageDetector(
      () => [...data.examples, ...data.lexicons.flatMap((l) => [...l.phrases, ...Object.values(l.concepts).flat()].map((t) => ({ lang: l.lang, text: t.replace(/[*~]/g, ' ') })))],
      data.languageWords,
      built,
    ),
  };
}

describe('the understanding built once, read back at the next start', () => {
  it('reads every message as a build from the data does', { timeout: 120_000 }, () => {
    const dir = tempDir();
    const key = builtKey(understandDataKey(DEFAULT_DATA_DIR)!)!;
    const first = new BuiltCache(dir, key);
    const made = buildAll(first);
    expect(first.complete).toBe(false);
    first.save();
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toEqual([`${key}.json`]);

    const again = new BuiltCache(dir, key);
    const kept = buildAll(again);
    // Every part came from the file: nothing was built again.
    expect(again.complete).toBe(true);
    const fresh = buildAll(NOTHING_KEPT);

    // One line in thirty of the dev set, every language, danger and not.
    const { topics, danger, notDanger } = loadEvalSet('dev');
    const lines = [...topics, ...danger, ...notDanger].filter((_, i) => i % 30 === 0);
    expect(lines.length).toBeGreaterThan(1000);
    let dangerous = 0;
    for (const { lang, text } of lines) {
      const a = fresh.danger.read(text, [lang]);
      expect(kept.danger.read(text, [lang])).toEqual(a);
      expect(made.danger.read(text, [lang])).toEqual(a);
      if (a.level > 0) dangerous++;
      expect(kept.keywords.score(fold(text), [lang], text)).toEqual(fresh.keywords.score(fold(text), [lang], text));
      expect(kept.language.detect(text)).toEqual(fresh.language.detect(text));
    }
    // The comparison is not of empty readings.
    expect(dangerous).toBeGreaterThan(200);
  });

  it('a file cut short or not an object is ignored: everything is built', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'built-x.json'), '{"danger.terms": {"spac');
    const cut = new BuiltCache(dir, 'built-x');
    let made = 0;
    expect(cut.get('a', () => ++made)).toBe(1);
    expect(cut.complete).toBe(false);
    writeFileSync(join(dir, 'built-y.json'), '[1, 2]');
    expect(new BuiltCache(dir, 'built-y').get('a', () => 'made')).toBe('made');
    cut.save();
    const back = new BuiltCache(dir, 'built-x');
    expect(back.get('a', () => 99)).toBe(1);
    expect(back.complete).toBe(true);
  });

  it('is named by the data and the code: other data is another file; no folder or key keeps nothing', () => {
    expect(builtKey('a')).not.toBe(builtKey('b'));
    expect(builtKey('a')).toBe(builtKey('a'));
    expect(builtKey('a')).toMatch(/^built-[0-9a-f]{64}$/);
    const none = new BuiltCache(null, 'built-z');
    expect(none.get('a', () => 1)).toBe(1);
    none.save();
    expect(NOTHING_KEPT.get('a', () => 2)).toBe(2);
  });
});
