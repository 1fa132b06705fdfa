// What a danger-list pattern cannot match without (src/understand/needs.ts): a message holding
// none of it skips the pattern, so the reading must never name a string a match can do without.
import { describe, expect, it } from 'vitest';
import { compileDual, fold, foldPattern, isAscii } from '../../src/understand/fold.ts';
import { literalsNeeded, NeededIndex } from '../../src/understand/needs.ts';
import { loadDangerLexicons } from '../../src/understand/data.ts';
import { loadEvalSet } from '../../scripts/evalsets/understand.ts';

const sorted = (s: string[] | null) => (s ? [...s].sort() : s);

describe('literalsNeeded', () => {
  it('joins the letters of a word and of the alternatives beside it', () => {
    expect(literalsNeeded('\\bhe has a knife\\b')).toEqual(['he has a knife']);
    expect(sorted(literalsNeeded('\\b(cant|cannot) breathe\\b'))).toEqual(['cannot breathe', 'cant breathe']);
    expect(sorted(literalsNeeded('\\bmedo de ser pres[ao]\\b'))).toEqual(['medo de ser presa', 'medo de ser preso']);
    expect(sorted(literalsNeeded('\\bhelps?\\b'))).toEqual(['help', 'helps']);
  });

  it('keeps the longest piece where a gap or a class breaks the words', () => {
    expect(literalsNeeded('\\bfire\\b.{0,40}\\b(drill|alarm test)\\b')).toEqual(['drill', 'alarm test']);
    expect(literalsNeeded('\\bkill\\w* (me|him)\\b')).toEqual(['kill']);
    expect(literalsNeeded('\\d+ (pills|tablets)')).toEqual([' pills', ' tablets']);
  });

  it('counts what a positive lookaround looks for, never what a negative one refuses', () => {
    expect(literalsNeeded('(?<=\\bbutcher\\b.{0,60})\\bknife\\b')).toEqual(['butcher']);
    expect(literalsNeeded('(?<!\\bno )\\bfire\\b')).toEqual(['fire']);
    expect(literalsNeeded('\\bfire\\b(?! drill)')).toEqual(['fire']);
  });

  it('needs nothing of a pattern that can match without a fixed letter', () => {
    expect(literalsNeeded('\\d+')).toBeNull();
    expect(literalsNeeded('(fire)?\\s+')).toBeNull();
    expect(literalsNeeded('knife|\\w+')).toBeNull();
    expect(literalsNeeded('[a-z]{3}')).toBeNull();
  });

  it('reads letters beyond ASCII as they are written', () => {
    expect(sorted(literalsNeeded('(ما بغا|مابغا) (الاسعاف|اسعاف)'))).toEqual(sorted(['ما بغا الاسعاف', 'ما بغا اسعاف', 'مابغا الاسعاف', 'مابغا اسعاف']));
    expect(literalsNeeded('ตอนนี้(หายแล้ว|ดีขึ้นแล้ว)')).toEqual(['ตอนนี้หายแล้ว', 'ตอนนี้ดีขึ้นแล้ว']);
  });
});

describe('NeededIndex', () => {
  it('tells which patterns could match a text: any one of its strings present, or nothing needed', () => {
    const index = new NeededIndex([['knife', 'gun'], ['on fire'], null, ['ab'], ['knife']]);
    const may = index.reader('he has a gun and ab');
    expect([0, 1, 2, 3, 4].map(may)).toEqual([true, false, true, true, false]);
    const none = index.reader('x');
    expect([0, 1, 2, 3, 4].map(none)).toEqual([false, false, true, false, false]);
    expect([0, 1, 2, 3, 4].map(index.reader('the house is on fire, knife'))).toEqual([true, true, true, false, true]);
  });
});

describe('the danger lists read by what they need', () => {
  // Every pattern of every language against the dev lines of danger and of harmless-but-scary
  // messages, where the patterns match most: wherever a pattern matches, the text holds what it
  // was read to need. A reading that named too much would skip a match here.
  const patterns = loadDangerLexicons().flatMap((l) => [...l.patterns, ...l.not_danger]);
  const dev = loadEvalSet('dev');
  const lines = [...dev.danger, ...dev.notDanger].filter((_, i) => i % 16 === 0).map((l) => fold(l.text));

  it('never skips a pattern that matches', () => {
    const needs = patterns.map((p) => literalsNeeded(foldPattern(p)));
    const index = new NeededIndex(needs);
    const compiled = patterns.map(compileDual);
    let matched = 0;
    let skipped = 0;
    const wrong: string[] = [];
    for (const text of lines) {
      const may = index.reader(text);
      patterns.forEach((p, i) => {
        const d = compiled[i]!;
        const re = d.needsUnicode || !isAscii(text) ? d.unicode(text) : d.ascii;
        re.lastIndex = 0;
        const hit = re.test(text);
        if (hit) matched++;
        if (!may(i)) {
          skipped++;
          if (hit) wrong.push(`${p} ⟵ ${text}`);
        }
      });
    }
    expect(wrong).toEqual([]);
    // Not a hollow check: patterns do match these lines, and most are skipped on most of them.
    expect(matched).toBeGreaterThan(300);
    expect(skipped / (lines.length * patterns.length)).toBeGreaterThan(0.95);
  }, 60_000);
});
