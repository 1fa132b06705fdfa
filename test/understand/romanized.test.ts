import { describe, expect, it } from 'vitest';
import { romanCanon, romanTerm, romanText } from '../../src/understand/romanized.ts';
import { withEndings, UnderstandDataError } from '../../src/understand/data.ts';
import { understanding } from './shared.ts';

describe('romanized Hindi, Punjabi and Nepali in one spelling', () => {
  it('reads long vowels, aspirates, w/v, z/j and doubled letters as one spelling', () => {
    expect(romanCanon('maarega')).toBe(romanCanon('marega'));
    expect(romanCanon('peechha')).toBe(romanCanon('picha'));
    expect(romanCanon('khoon')).toBe(romanCanon('kun'));
    expect(romanCanon('zinda')).toBe(romanCanon('jinda'));
    expect(romanCanon('woh')).toBe(romanCanon('vo'));
    expect(romanCanon('bandh')).toBe(romanCanon('band'));
    expect(romanCanon('gayi')).toBe(romanCanon('gai'));
    expect(romanCanon('kutt')).toBe(romanCanon('kut'));
    // Words of other scripts are left as they are.
    expect(romanCanon('मारेगा')).toBe('मारेगा');
  });

  it('keeps a term’s marks and leaves terms of other scripts out', () => {
    expect(romanTerm('maar daalega')).toBe('mar dalega');
    expect(romanTerm('*chhod*')).toBe('*cod*');
    expect(romanTerm('jaan ~ le lega')).toBe('jan ~ le lega');
    expect(romanTerm('मार डालेगा')).toBeNull();
    expect(romanText('wo mujhe maarega अभी')).toBe('vo muje marega अभी');
  });
});

describe('endings written once for a stem', () => {
  const endings = { v: ['ta', 'ega'], dena: ['diya', 'dega'] };
  it('writes out a stem with each ending and a word of a class with each word', () => {
    expect(withEndings('f', ['maar+v'], endings)).toEqual(['maarta', 'maarega']);
    expect(withEndings('f', ['maar +dena'], endings)).toEqual(['maar diya', 'maar dega']);
    expect(withEndings('f', ['jaan se maar+v', 'plain'], endings)).toEqual(['jaan se maarta', 'jaan se maarega', 'plain']);
    expect(withEndings('f', ['*maar+v*'], endings)).toEqual(['*maarta*', '*maarega*']);
  });
  it('stops at a class the file does not name', () => {
    expect(() => withEndings('hi.yaml', ['maar+x'], endings)).toThrow(UnderstandDataError);
  });
});

describe('Hindi verbs in every person and tense, however romanized', () => {
  const yes = [
    'wo mujhe maarega aaj raat, darr lag raha hai',
    'wo log mujhe marenge',
    'mujhe maarne aa raha hai wo',
    'वो मुझे मारेगा, अभी दरवाज़े पर है',
    'usne mujhe garam press se jala diya',
    'मुझे जला दिया गरम तेल से, बहुत दर्द है',
    'wo mujhe jaan se maar daalega',
    'vo mujhe jan se mar dalega',
    'mere saath maar peet kar rahe hai',
  ];
  const no = ['maine khana jala diya galti se', 'passport boss ke paas hai, maangne pe gussa karta hai'];
  it('flags a threat or a blow in any form', () => {
    for (const t of yes) expect(understanding().isDanger(t), t).toBe(true);
  });
  it('leaves a stove lit or anger alone', () => {
    for (const t of no) expect(understanding().isDanger(t), t).toBe(false);
  });
});
