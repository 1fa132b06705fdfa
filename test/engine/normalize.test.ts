import { describe, expect, it } from 'vitest';
import { asNumber, foldDigits, isBlank, normalize } from '../../src/engine/normalize.ts';

describe('normalize', () => {
  it('folds case and accents, trims edge punctuation and spaces, squeezes inner spaces', () => {
    expect(normalize('  Español!! ')).toBe('espanol');
    expect(normalize('ATRÁS')).toBe('atras');
    expect(normalize('Arrêt.')).toBe('arret');
    expect(normalize('main\t\n  menu')).toBe('main menu');
    expect(normalize('¿MENÚ?')).toBe('menu');
  });

  it('folds composed and decomposed forms alike', () => {
    expect(normalize('e\u0301')).toBe(normalize('\u00e9'));
  });

  it('removes invisible and bidi controls', () => {
    expect(normalize('\u200fMENU\u200b')).toBe('menu');
    expect(normalize('ME\u00adNU')).toBe('menu');
  });

  it('removes Arabic vowel marks but keeps the letters', () => {
    expect(normalize('مَرْحَبًا')).toBe('مرحبا');
  });

  it('keeps Devanagari and Thai vowel signs: they are letters there', () => {
    expect(normalize('मदद')).toBe('मदद');
    expect(normalize('हिंदी')).toBe('हिंदी');
    expect(normalize('ช่วย')).toBe('ช่วย');
  });

  it('does not map look-alike letters of other scripts to Latin', () => {
    expect(normalize('\u041c\u0415NU')).not.toBe('menu');
  });

  it('folds the digits of other scripts', () => {
    expect(foldDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(foldDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(foldDigits('०१२३४५६७८९')).toBe('0123456789');
    expect(foldDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(foldDigits('০১২৩')).toBe('0123');
    expect(foldDigits('੧੨')).toBe('12');
    expect(foldDigits('１２')).toBe('12');
    expect(normalize('٣.')).toBe('3');
  });

  it('asNumber reads up to three digits and nothing else', () => {
    expect(asNumber(normalize('2)'))).toBe(2);
    expect(asNumber(normalize('०७'))).toBe(7);
    expect(asNumber('1234')).toBeNull();
    expect(asNumber('2a')).toBeNull();
    expect(asNumber('')).toBeNull();
    expect(asNumber('-1')).toBeNull();
  });

  it('isBlank: whitespace and invisible characters only', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \n\t\u00a0')).toBe(true);
    expect(isBlank('\u200b\u200f\ufeff')).toBe(true);
    expect(isBlank('?')).toBe(false);
    expect(isBlank('👍')).toBe(false);
  });

  it('handles lone surrogates without throwing', () => {
    expect(() => normalize('a\ud800b\udc00')).not.toThrow();
  });
});

describe('the printable-ASCII fast path', () => {
  it('gives what the full folding gives, for every printable ASCII character and mixes of them', () => {
    // A zero-width space is outside printable ASCII, so it sends the same text down the full
    // path, which deletes it: the two results must be equal.
    const slow = (s: string): string => normalize(`${s}\u200b`);
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    for (const ch of ascii) expect(normalize(`a${ch}b`), JSON.stringify(ch)).toBe(slow(`a${ch}b`));
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: rand(12) }, () => ascii[rand(ascii.length)]).join('');
      expect(normalize(s), JSON.stringify(s)).toBe(slow(s));
    }
    expect(slow(' Si. ')).toBe('si');
  });
});
