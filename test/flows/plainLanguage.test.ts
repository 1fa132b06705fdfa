import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { lintContent } from '../../src/flows/lint/index.ts';
import { readability, syllables } from '../../src/content/readability.ts';
import { EN, fixture, FR } from './fixture.ts';

const rule = (r: ReturnType<typeof lintContent>, id: string) => [...r.errors, ...r.warnings].filter((f) => f.rule === id);
const withInfo = (en: string) => fixture({ en: EN.replace('info-text = Some information.', `info-text = ${en}`), fr: FR });

describe('readability', () => {
  it('counts syllables the usual way, explained terms as two', () => {
    expect(syllables('cat')).toBe(1);
    expect(syllables('paper')).toBe(2);
    expect(syllables('employment')).toBe(2);
    expect(syllables('communication')).toBeGreaterThanOrEqual(4);
  });
  it('scores plain text low and dense text high; numbers and links are not words', () => {
    expect(readability('You can ask for help. It is free. Call any time.').grade).toBeLessThan(3);
    expect(readability('Notwithstanding administrative considerations, applicants demonstrating vulnerability may qualify.').grade).toBeGreaterThan(12);
    expect(readability('Call 1-888-242-2100 or see https://www.canada.ca/x.').words).toBe(3);
  });
});

describe('plain-language lint', () => {
  it('a message above grade 6 is an error; short labels are not scored', () => {
    const r = lintContent(withInfo('Notwithstanding administrative considerations, applicants demonstrating vulnerability may qualify for consideration.'));
    expect(rule(r, 'reading-grade').map((f) => f.key)).toEqual(['info-text']);
    expect(rule(lintContent(fixture()), 'reading-grade')).toEqual([]);
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
    for (const id of ['reading-grade', 'words-to-avoid', 'lock-screen']) expect(rule(r, id), id).toEqual([]);
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
