import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

// Punjabi in Shahmukhi and Urdu write the Arabic script with letters Arabic never writes
// (ٹ ڈ ڑ ں ھ ہ ے): they are not Arabic.
describe('Punjabi in Shahmukhi', () => {
  const detect = (t: string) => understanding().detectLanguage(t);
  it('is Punjabi when Punjabi words say so', () => {
    for (const t of ['میرا مالک مینوں کمرے وچ بند کر کے چلا گیا اے', 'ساڈا مالک تنخواہ نئیں دیندا', 'تسی میری مدد کر سکدے او؟ مینوں کم دے پیسے نئیں ملے']) {
      const g = detect(t);
      expect([g.lang, g.confident], t).toEqual(['pa', true]);
    }
  });
  it('is never Arabic; without Punjabi words, Punjabi and Hindi are asked', () => {
    const g = detect('میرا مالک مجھے تنخواہ نہیں دیتا');
    expect(g.confident).toBe(false);
    expect(g.scores.map((s) => s.lang)).toEqual(['pa', 'hi']);
  });
  it('leaves Arabic as it was', () => {
    for (const t of ['صاحب العمل ما دفعلي معاشي', 'سلام', 'الكفيل أخذ جوازي']) expect(detect(t).lang, t).toBe('ar');
  });
});
