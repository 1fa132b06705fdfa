import { describe, expect, it } from 'vitest';
import { chooseRendering, numberedText, splitByLength, splitWithin } from '../../src/channels/degrade.ts';
import type { Output } from '../../src/engine/types.ts';

const out = (n: number, label = 'Choice', display?: 'buttons' | 'list'): Output => ({
  type: 'message',
  key: 'k',
  text: 'Pick one.',
  lang: 'en',
  choices: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, key: `k${i}`, label: `${label} ${i + 1}` })),
  ...(display ? { display } : {}),
});

describe('numberedText', () => {
  it('puts numbered choices under the text', () => {
    expect(numberedText('Pick one.', out(2).choices!)).toBe('Pick one.\n\n1. Choice 1\n2. Choice 2');
  });
  it('bidi-isolates the numbers in right-to-left text', () => {
    expect(numberedText('اختر', out(1).choices!, 'rtl')).toBe('اختر\n\n\u20681\u2069. Choice 1');
  });
});

describe('chooseRendering', () => {
  const caps = { maxText: 4096, buttons: { max: 3, titleMax: 20 }, list: { rows: 10, titleMax: 24 }, markup: 'markdown' as const };
  it('uses buttons, then a list, then numbered text', () => {
    expect(chooseRendering(caps, out(3)).as).toBe('buttons');
    expect(chooseRendering(caps, out(3, 'Choice', 'list')).as).toBe('list');
    expect(chooseRendering(caps, out(4)).as).toBe('list');
    expect(chooseRendering(caps, out(11))).toEqual({ as: 'text', reason: 'too_many_choices' });
    expect(chooseRendering(caps, out(2, 'A label that is clearly far too long'))).toEqual({ as: 'text', reason: 'choice_title_too_long' });
    expect(chooseRendering(caps, out(2, 'Twenty-one chars xx')).as).toBe('list');
    expect(chooseRendering({ ...caps, buttons: null, list: null }, out(2))).toEqual({ as: 'text' });
  });
});

describe('splitWithin', () => {
  it('keeps text that fits whole', () => {
    expect(splitByLength('One. Two.', 100)).toEqual(['One. Two.']);
  });
  it('cuts on sentence boundaries and packs sentences greedily', () => {
    const parts = splitByLength('First sentence here. Second one here. Third one.', 40);
    expect(parts).toEqual(['First sentence here. Second one here.', 'Third one.']);
  });
  it('prefers paragraph breaks', () => {
    expect(splitByLength('Para one. Still one.\n\nPara two.', 25)).toEqual(['Para one. Still one.', 'Para two.']);
  });
  it('falls back to words, then characters, and never loses text', () => {
    const long = 'word '.repeat(50).trim();
    const parts = splitByLength(long, 23);
    expect(parts.every((p) => p.length <= 23)).toBe(true);
    expect(parts.join(' ')).toBe(long);
    expect(splitByLength('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
  it('splits Thai, which has no spaces between words, on word boundaries', () => {
    const thai = 'สวัสดีครับ'.repeat(8);
    const parts = splitWithin(thai, (p) => p.length <= 30, 'th');
    expect(parts.join('')).toBe(thai);
    expect(parts.every((p) => p.length <= 30)).toBe(true);
  });
});
