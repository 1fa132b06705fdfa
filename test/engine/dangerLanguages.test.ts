import { describe, expect, it } from 'vitest';
import { dangerLanguages } from '../../src/engine/firstContact.ts';
import type { Turn } from '../../src/engine/turn.ts';
import type { Understanding } from '../../src/engine/types.ts';

// The languages the emergency message is said in, from what understanding told of a message
// (src/engine/firstContact.ts). A table, one rule a row: which reading of the language leads,
// when its kin (romanized Hindi, Punjabi, Nepali) comes too, and when it does not.
const OFFERED = ['en', 'fr', 'es', 'tl', 'pa', 'hi', 'vi', 'zh', 'ar', 'uk', 'th', 'ne', 'pt', 'ht'];
const turnOffering = (langs: readonly string[]): Turn => ({ bundle: { catalog: { languages: () => langs } } }) as unknown as Turn;

const read = (u: Partial<Understanding>): Understanding => ({ lang: null, topic: null, candidates: [], danger: true, ...u });

const rows: { rule: string; u: Partial<Understanding>; says: string[] }[] = [
  { rule: 'told with confidence, alone', u: { lang: 'es', likely: ['es'], dangerLang: 'es' }, says: ['es'] },
  { rule: 'told with confidence, its kin likely too (shares its words in Latin letters)', u: { lang: 'hi', likely: ['hi', 'pa'], dangerLang: 'hi' }, says: ['hi', 'pa'] },
  { rule: 'told by words its kin does not use: one language', u: { lang: 'pa', likely: ['pa', 'hi'], langApart: true, dangerLang: 'hi' }, says: ['pa'] },
  { rule: 'told with confidence, a likely language that is no kin: not said in it', u: { lang: 'fr', likely: ['fr', 'ar'], dangerLang: 'fr' }, says: ['fr'] },
  { rule: 'told with confidence, danger words of another language: said in both', u: { lang: 'tl', likely: ['tl'], dangerLang: 'en' }, says: ['tl', 'en'] },
  { rule: 'unsure, the likely language whose danger words matched leads', u: { likely: ['ar', 'ht'], dangerLang: 'ht' }, says: ['ht', 'ar'] },
  { rule: 'unsure between kin, the text leads, not the danger words', u: { likely: ['hi', 'pa'], dangerLang: 'pa' }, says: ['hi', 'pa'] },
  { rule: 'nothing likely, the danger words tell', u: { likely: [], dangerLang: 'uk' }, says: ['uk'] },
  { rule: 'never more than two', u: { likely: ['hi', 'pa', 'ne'], dangerLang: 'ne' }, says: ['hi', 'ne'] },
];

describe('the languages the emergency message is said in', () => {
  it.each(rows)('$rule', ({ u, says }) => {
    expect(dangerLanguages(turnOffering(OFFERED), read(u))).toEqual(says);
  });

  it('only languages the catalogues offer', () => {
    expect(dangerLanguages(turnOffering(['en', 'es']), read({ lang: 'hi', likely: ['hi', 'pa'], dangerLang: 'hi' }))).toEqual([]);
    expect(dangerLanguages(turnOffering(['en', 'pa']), read({ lang: 'hi', likely: ['hi', 'pa'], dangerLang: 'hi' }))).toEqual(['pa']);
  });
});
