import { describe, expect, it } from 'vitest';
import type { DangerLexicon } from '../../src/understand/data.ts';
import { DANGER, DangerDetector } from '../../src/understand/danger.ts';
import { skeletonLists, skeletonTerm, skeletonText } from '../../src/understand/dangerSkeleton.ts';
import { langOf, langsOf } from '../support/ids.ts';

const lex = (code: string, concepts: DangerLexicon['concepts']): DangerLexicon => ({
  lang: langOf(code),
  status: 'draft',
  reviewer_role: null,
  phrases: [],
  patterns: [],
  concepts,
  not_danger: [],
  shorthand: {},
});

describe('danger words typed in Latin letters, matched by consonant skeleton', () => {
  it('keeps native-script terms of four consonants or more (five matched inside a word), with their marks', () => {
    expect(skeletonTerm('حريق كبير')).toBe('hrk kbr');
    expect(skeletonTerm('*محتجز*')).toBe('*mhtjz*');
    expect(skeletonTerm('बंदूक')).toBe('bndk');
    expect(skeletonTerm('मार ~ देगा')).toBe('mr ~ dg');
    // Too short to tell apart ("hrk" is also "7arrek", move; "*drb*" is inside many words), or
    // typed in Latin letters already.
    expect(skeletonTerm('حريق')).toBeNull();
    expect(skeletonTerm('*ضرب*')).toBeNull();
    expect(skeletonTerm('मार')).toBeNull();
    expect(skeletonTerm('sekkin*')).toBeNull();
    // A one-consonant word left open at an end ("l*") would begin half the words typed.
    expect(skeletonTerm('*يخلص علي*')).toBeNull();
    // Words of one consonant (ما → "m", وين → "n") count for nothing: "ma ya3ref enno ana" is not ما نعرف وين.
    expect(skeletonTerm('ما نعرف وين')).toBeNull();
    expect(skeletonText('fi 7ari2 bel sakan 123')).toBe('f hrk bl skn');
  });

  it('drops a one-word skeleton an everyday word shares without being that word', () => {
    // مختبئ (hiding) and مكتب (office) are both "mktb"; حريق كبير (a big fire) is no everyday words' skeleton.
    const [hiding, fire] = skeletonLists([['مختبئ'], ['حريق كبير']], ['مكتب العمل', 'dafa3t lal maktab']);
    expect(hiding).toEqual([]);
    expect(fire).toEqual(['hrk kbr']);
  });

  it('drops a skeleton of short words that words side by side in everyday text share (t72)', () => {
    // собі вени (cut veins) and щоб він (so that he, typed "shob vin") are both "sb wn"; with no
    // such everyday phrase the term keeps its skeleton.
    expect(skeletonLists([['собі вени']], ['поскаржитись так щоб він не знав'])).toEqual([[]]);
    expect(skeletonLists([['собі вени']], ['подати скаргу'])).toEqual([['sb wn']]);
    // The term itself written in an everyday text drops nothing.
    expect(skeletonLists([['собі вени']], ['порізала собі вени'])).toEqual([['sb wn']]);
  });

  const d = new DangerDetector([lex('ar', { fire: ['حريق كبير'], hiding: ['مختبئ'], help: ['ana'] }), lex('en', { person: ['i'] })], [{ lang: langOf('ar'), text: 'مكتب' }]);

  it('finds an Arabic danger word in Arabizi spelled any way, in an Arabic-looking message', () => {
    for (const t of ['fi 7ari2 kbir bl sakan', 'fi 7areeq kabeer', 'fi hareeq kebir bel beit']) expect(d.read(t, langsOf(['ar'])).level, t).toBe(DANGER);
    // Arabizi digits say Arabic even when the language was not told.
    expect(d.read('fi 7ari2 kbir', []).level).toBe(DANGER);
  });

  it('finds a Ukrainian danger word typed in Latin letters, however it is transliterated', () => {
    const uk = new DangerDetector([lex('uk', { confined: ['замкнули'], person: ['mene'] })]);
    for (const t of ['mene zamknuly', 'mene zamknuli', 'mene zamknulu']) expect(uk.read(t, langsOf(['uk'])).level, t).toBe(DANGER);
    expect(uk.read('mene zamknuly', langsOf(['en'])).level).toBe(0);
  });

  it('leaves the same letters alone in a message in another language, and never counts them for the reply language', () => {
    expect(d.read('i read about the hareeq kabir', langsOf(['en'])).level).toBe(0);
    expect(d.read('ana bl maktab', langsOf(['ar'])).level).toBe(0);
  });
});
