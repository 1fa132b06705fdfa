import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { lintContent } from '../../src/flows/lint/index.ts';
import { proseWords, readability } from '../../src/content/readability.ts';
import { MAX_GRADE, TARGET_GRADE } from '../../src/flows/lint/plainLanguage.ts';
import { EN, fixture, FR } from './fixture.ts';

const rule = (r: ReturnType<typeof lintContent>, id: string) => [...r.errors, ...r.warnings].filter((f) => f.rule === id);
const withInfo = (en: string) => fixture({ en: EN.replace('info-text = Some information.', `info-text = ${en}`), fr: FR });

describe('readability', () => {
  it('counts syllables with the syllable library: legal terms get their full count', () => {
    // The old hand-made list counted these as two; the standard count is what a reader meets.
    expect(readability('immigration').syllables).toBe(4);
    expect(readability('temporary').syllables).toBe(4);
    expect(readability('cat').syllables).toBe(1);
  });
  it('scores plain text low and dense text high; numbers, addresses and command words are not words', () => {
    expect(readability('You can ask for help. It is free. Call any time.').grade).toBeLessThan(3);
    expect(readability('Notwithstanding administrative considerations, applicants demonstrating vulnerability may qualify.').grade).toBeGreaterThan(12);
    expect(readability('Call 1-888-242-2100 or see https://www.canada.ca/x.').words).toBe(3);
    expect(proseWords('Website: www2.gov.bc.ca. Helpline 24/7: 1-833-900-1010.')).toEqual(['Website', 'Helpline']);
    expect(proseWords('Send ERASE to delete it. TRP means a permit.', { commandWords: new Set(['ERASE']) })).toEqual(['Send', 'to', 'delete', 'it', 'TRP', 'means', 'a', 'permit']);
  });
});

describe('plain-language lint', () => {
  it('every scored message has a grade; above 6 is a warning, above 8 fails, short labels are not scored', () => {
    const dense = 'Notwithstanding administrative considerations, applicants demonstrating vulnerability may qualify for consideration.';
    const r = lintContent(withInfo(dense));
    expect(rule(r, 'reading-grade').map((f) => [f.key, f.severity])).toEqual([['info-text', 'error']]);
    expect(r.reading?.messages.find((m) => m.key === 'info-text')!.grade).toBeGreaterThan(MAX_GRADE);
    const middling = lintContent(withInfo('You must get a copy of your employment agreement before you start working there.'));
    const g = middling.reading!.messages.find((m) => m.key === 'info-text')!.grade;
    expect(g).toBeGreaterThan(TARGET_GRADE);
    expect(g).toBeLessThanOrEqual(MAX_GRADE);
    expect(rule(middling, 'reading-grade').map((f) => f.severity)).toEqual(['warning']);
    expect(rule(lintContent(fixture()), 'reading-grade')).toEqual([]);
  });
  it('fails when fewer than 95% of scored messages are at grade 6 or below', () => {
    const r = lintContent(withInfo('Notwithstanding administrative considerations, applicants demonstrating vulnerability may qualify for consideration.'));
    expect(r.reading).toMatchObject({ lang: 'en', scored: 1, atTarget: 0 });
    expect(rule(r, 'reading-level')).toHaveLength(1);
    expect(rule(lintContent(withInfo('You can ask for help here. It is free and you can call any time.')), 'reading-level')).toEqual([]);
  });
  it('words to avoid are flagged, as whole words', () => {
    const r = lintContent(withInfo('You are a victim of this.'));
    expect(rule(r, 'words-to-avoid')[0]?.message).toMatch(/"victim"/);
    expect(rule(lintContent(withInfo('We save nothing you write here.')), 'words-to-avoid')).toEqual([]);
  });
  it('the first line may not show an alarming word in its first 40 characters', () => {
    const c = fixture({ en: EN.replace('menu-prompt = Pick one.', 'menu-prompt = Police and immigration help. Pick one.'), fr: FR });
    expect(rule(lintContent(c), 'lock-screen').map((f) => f.lang)).toEqual(['en']);
  });
  it('the real English content passes: grade, words to avoid, lock screen', () => {
    const r = lintContent(loadContent({ flowsDir: 'flows', localesDir: 'locales' }));
    for (const id of ['words-to-avoid', 'lock-screen']) expect(rule(r, id), id).toEqual([]);
    expect(r.reading!.scored).toBeGreaterThan(90);
  });
});

describe('command clash', () => {
  it('a choice word that is also a command leading elsewhere is an error; one leading to the same place is not', () => {
    const bad = fixture({ en: EN.replace('menu-info = Information\n    .synonyms = info', 'menu-info = Information\n    .synonyms = info, stop'), fr: FR });
    const found = rule(lintContent(bad), 'command-clash');
    expect(found.map((f) => [f.key, f.lang])).toEqual([['menu-info', 'en']]);
    expect(found[0]!.message).toMatch(/STOP command/);
    expect(rule(lintContent(fixture()), 'command-clash')).toEqual([]);
  });
  it('the real content has no clash in any language', () => {
    expect(rule(lintContent(loadContent({ flowsDir: 'flows', localesDir: 'locales' })), 'command-clash')).toEqual([]);
  });
});
