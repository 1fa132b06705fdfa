import { describe, expect, it } from 'vitest';
import { loadDangerLexicons } from '../../src/understand/data.ts';
import { LANGUAGES } from '../../src/understand/topics.ts';
import { understanding } from './shared.ts';

// Per language: lines that show immediate danger, and figures of speech or near misses that do not.
const CASES: Record<string, { yes: string[]; no: string[] }> = {
  en: {
    yes: ['he is coming back now', "I'm locked in help", 'she has a knife', 'HELP', 'they are coming for me, hurry'],
    no: ['this deadline is killing me', "I'm dying to know", 'they lock the door at night', 'can you help me with my visa', 'am I in danger of losing my permit'],
  },
  fr: { yes: ['il revient, au secours', 'il a un couteau'], no: ['ce boulot me tue', 'je meurs d envie de partir'] },
  es: { yes: ['estoy encerrada ayuda', 'tiene un cuchillo'], no: ['me muero de ganas de saber', 'el calor me está matando'] },
  tl: { yes: ['nakakulong ako tulong', 'may kutsilyo siya'], no: ['mamatay ako sa tawa', 'kinuha nila passport ko'] },
  pa: { yes: ['ਬਚਾਓ', 'ਉਸ ਕੋਲ ਚਾਕੂ ਹੈ'], no: ['ਮਾਲਕ ਤਨਖਾਹ ਨਹੀਂ ਦਿੰਦਾ'] },
  hi: { yes: ['बचाओ वो आ रहा है', 'mujhe band kar diya bachao'], no: ['मालिक पैसे नहीं देता', 'haste haste mar gaya'] },
  vi: { yes: ['anh ay dang dap cua', 'anh ấy đang đập cửa', 'cuu em voi'], no: ['met chet di duoc', 'chu khong tra luong'] },
  zh: { yes: ['救命', '他拿着刀'], no: ['笑死我了', '老板不给我工资'] },
  ar: { yes: ['ساعدوني', 'معه سكين'], no: ['اموت من الضحك', 'صاحب العمل لا يدفع لي'] },
  uk: { yes: ['допоможіть', 'у нього ніж'], no: ['вмираю від сміху', 'роботодавець не платить мені'] },
  th: { yes: ['ช่วยด้วย', 'เขามีมีด'], no: ['เหนื่อยจะตาย', 'นายจ้างไม่จ่ายเงินเดือน'] },
  ne: { yes: ['बचाउ', 'उसँग चक्कु छ'], no: ['मालिकले तलब दिँदैन'] },
  pt: { yes: ['socorro estou trancada', 'ele tem uma faca'], no: ['morrendo de vontade de saber', 'esse trabalho tá me matando'] },
  ht: { yes: ['anmwe', 'li gen yon kouto'], no: ['m ap mouri ri', 'patwon an pa peye m'] },
};

describe('danger', () => {
  it('has a lexicon per language, every non-English one a draft', () => {
    const lex = loadDangerLexicons();
    expect(lex.map((l) => l.lang).sort()).toEqual([...LANGUAGES].sort());
    for (const l of lex) if (l.lang !== 'en') expect(l.status).toBe('draft');
  });

  for (const lang of LANGUAGES) {
    const c = CASES[lang]!;
    it(`${lang}: flags immediate danger`, () => {
      for (const t of c.yes) expect(understanding().isDanger(t), t).toBe(true);
    });
    it(`${lang}: leaves figures of speech and ordinary questions alone`, () => {
      for (const t of c.no) expect(understanding().isDanger(t), t).toBe(false);
    });
  }

  it('flags every phrase of every lexicon inside a sentence, in capitals and with extra spaces', () => {
    // Each phrase rule is skipped unless the text holds its longest word: this fails if that
    // shortcut ever skips a rule that would have matched.
    const u = understanding();
    const lexicons = loadDangerLexicons();
    let checked = 0;
    for (const lex of lexicons) {
      for (const phrase of lex.phrases) {
        const spaced = phrase.toUpperCase().replace(/ /g, '   ');
        for (const text of [phrase, `ok ${phrase} ok`, `ok ${spaced}!`]) expect(u.isDanger(text), `${lex.lang}: ${text}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('routes danger to the emergency topic first', async () => {
    const r = await understanding().route('she has a knife, my passport is with her');
    expect(r).toMatchObject({ danger: true, topic: 'emergency' });
  });
});
