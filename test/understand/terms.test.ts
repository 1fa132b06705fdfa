// The term forms reviewers write in the danger lists (data/danger/README.md), matched on folded text.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/understand/fold.ts';
import { compileTerms, decodeParts, encodeParts, foldingOnce, parseTerm, TermMatcher } from '../../src/understand/terms.ts';

function found(terms: string[], text: string): string[] {
  return new TermMatcher([terms]).find(text).map((h) => h.term).sort();
}

describe('TermMatcher', () => {
  it('matches a word as a whole word, folded (case, accents, contractions)', () => {
    expect(found(['knife'], 'He has a KNIFE!')).toEqual(['knife']);
    expect(found(['knife'], 'knifes and penknife')).toEqual([]);
    expect(found(['está'], 'el patron esta aqui')).toEqual(['está']);
    expect(found(['cant breathe'], "I can't breathe")).toEqual(['cant breathe']);
  });

  it('reads * as the start, end or inside of a word', () => {
    expect(found(['beat*'], 'he keeps beating me')).toEqual(['beat*']);
    expect(found(['beat*'], 'upbeat')).toEqual([]);
    expect(found(['*ضرب*'], 'عم يضربني هلق')).toEqual(['*ضرب*']);
    expect(found(['*ni'], 'mujhe bachani hai')).toEqual(['*ni']);
    expect(found(['*ni'], 'nice')).toEqual([]);
  });

  it('reads ~ as up to three other words, and phrases as words in order', () => {
    expect(found(['locked ~ in'], 'they locked me in')).toEqual(['locked ~ in']);
    expect(found(['locked ~ in'], 'they locked all of us in')).toEqual(['locked ~ in']);
    expect(found(['locked ~ in'], 'they locked the big red door and went in')).toEqual([]);
    expect(found(['locked in'], 'in locked')).toEqual([]);
  });

  it('matches Chinese and Thai anywhere in the text, spaces ignored', () => {
    expect(found(['锁在房'], '他把我 锁在房间里')).toEqual(['锁在房']);
    expect(found(['ช่วยด้วย'], 'ช่วย ด้วย ค่ะ')).toEqual(['ช่วยด้วย']);
    expect(found(['不让~出去'], '他们不让我们出去')).toEqual(['不让~出去']);
  });

  it('finds Chinese and Thai terms wherever they start, one character long or with a gap, in the order of the lists', () => {
    // Looked up by the two characters a term opens with: a term at the very end, one opening with
    // a single character, one whose gap starts right after its opening, and one seen twice.
    const m = new TermMatcher([['刀', '他打~我'], ['不让~出去', 'ช่วยด้วย'], ['打我']]);
    const hits = (text: string) => m.find(text).map((h) => `${h.list}:${h.term}`);
    expect(hits('他们不让我们出去，他打了我，刀在桌上，他打了我')).toEqual(['0:刀', '0:他打~我', '1:不让~出去']);
    expect(hits('ผมบอกว่าช่วยด้วย')).toEqual(['1:ช่วยด้วย']);
    expect(hits('打我')).toEqual(['2:打我']);
    expect(hits('不让')).toEqual([]);
    expect(hits('他打了很久很久很久很久才停下来我')).toEqual([]);
  });

  it('cuts a word only at the lengths its beginnings, endings and inner parts are listed at', () => {
    const m = new TermMatcher([['beat*', 'strang*'], ['*cuchill*', '*ضرب*'], ['*ni']]);
    expect(m.find('strangled and beaten, acuchillado').map((h) => h.term)).toEqual(['strang*', 'beat*', '*cuchill*']);
    expect(m.find('bachani').map((h) => h.term)).toEqual(['*ni']);
    expect(m.find('bea stran cuchil')).toEqual([]);
  });

  it('reports each term once, with the list it belongs to', () => {
    const m = new TermMatcher([['help'], ['knife', 'help']]);
    expect(m.find('help help knife').map((h) => `${h.list}:${h.term}`).sort()).toEqual(['0:help', '1:help', '1:knife']);
  });

  it('refuses a term with no words', () => {
    expect(() => parseTerm('*')).toThrow(/no words/);
    expect(() => parseTerm('~')).toThrow(/no words/);
  });
});

describe('foldingOnce', () => {
  it('folds each word as fold does, the second time from memory, and one word never as another', () => {
    const once = foldingOnce();
    const words = ['Cuchillo', 'cuchillo', 'ĐÁNH', 'l\'immigration', 'मार', 'ਮਾਰ', 'Cuchillo'];
    for (const w of words) expect(once(w), w).toBe(fold(w));
    expect(once('ĐÁNH')).toBe('danh');
    expect(once('Cuchillo')).not.toBe(once('ĐÁNH'));
  });

  it('gives the same parts to a term as parseTerm with plain folding', () => {
    const once = foldingOnce();
    for (const t of ['*pegá* ~ cuchillo', 'he has a KNIFE*', 'me está pegando']) expect(parseTerm(t, once)).toEqual(parseTerm(t));
  });
});

describe('compiled terms, as kept between starts', () => {
  it('encode a term\'s parts in one string and decode them to the same parts, every mode and gap', () => {
    for (const t of ['*pegá* ~ cuchillo', 'beat* ~ *ni me', 'locked ~ in', '*ضرب* ~ ~ هلق', 'knife']) {
      const parts = parseTerm(t);
      expect(decodeParts(encodeParts(parts)), t).toEqual(parts);
    }
  });

  it('match through JSON exactly as the lists they were compiled from', () => {
    const lists = [['beat* ~ me', 'knife'], ['*ضرب*', 'locked ~ in', '他打~我', 'ช่วยด้วย'], ['*ni', 'help me now']];
    const kept = JSON.parse(JSON.stringify(compileTerms(lists)));
    const fresh = new TermMatcher(lists);
    const read = new TermMatcher(kept);
    for (const text of ['he beat all of me with a knife', 'عم يضربني', 'they locked us in, help me now', '他打了我 ช่วยด้วย', 'bachani', 'nothing here']) {
      expect(read.find(text), text).toEqual(fresh.find(text));
    }
    expect(read.find('they locked us in, help me now').map((h) => `${h.list}:${h.term}`)).toEqual(['1:locked ~ in', '2:help me now']);
  });
});
