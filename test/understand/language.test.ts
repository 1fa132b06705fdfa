import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

describe('language', () => {
  it.each([
    ['mi jefe no me paga las horas extra', 'es'],
    ['mon patron garde mon passeport depuis deux mois', 'fr'],
    ['hindi ako binabayaran ng amo ko', 'tl'],
    ['老板拿走了我的护照', 'zh'],
    ['นายจ้างยึดพาสปอร์ต', 'th'],
    ['ਮੇਰਾ ਪਾਸਪੋਰਟ ਮਾਲਕ ਕੋਲ ਹੈ', 'pa'],
    ['роботодавець забрав паспорт', 'uk'],
    ['صاحب العمل أخذ جوازي', 'ar'],
    ['patwon an pa peye m depi de mwa', 'ht'],
  ])('detects %j as %s', (text, lang) => {
    expect(understanding().detectLanguage(text).lang).toBe(lang);
  });

  it('only offers a switch: the contact language is a prior, the result says what to offer', async () => {
    const same = await understanding().route('mi jefe no me paga las horas extra', { lang: 'es' });
    expect(same.offerLanguage).toBeNull();
    const other = await understanding().route('mi jefe no me paga las horas extra', { lang: 'en' });
    expect(other.offerLanguage).toBe('es');
  });

  it('does not claim a language for digits or emoji', () => {
    expect(understanding().detectLanguage('2').confident).toBe(false);
    expect(understanding().detectLanguage('🙂🙂').lang).toBeNull();
  });
});
