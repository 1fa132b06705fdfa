import { describe, expect, it } from 'vitest';
import { smsSegments } from '../../../src/channels/sms/segments.ts';
import { renderSms } from '../../../src/channels/sms/render.ts';
import { countryOf, isAllowedNumber } from '../../../src/channels/sms/country.ts';
import type { Output } from '../../../src/engine/types.ts';

const msg = (text: string, lang = 'en', choices: string[] = []): Output => ({
  type: 'message',
  key: 'k',
  text,
  lang,
  ...(choices.length ? { choices: choices.map((label, i) => ({ id: `c${i}`, key: `k${i}`, label })) } : {}),
});

describe('smsSegments', () => {
  it('counts GSM-7: 160 in one segment, then 153 per part', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSegments('a'.repeat(161)).segments).toBe(2);
    expect(smsSegments('a'.repeat(459)).segments).toBe(3);
    expect(smsSegments('a'.repeat(460)).segments).toBe(4);
  });
  it('counts the extension table double', () => {
    expect(smsSegments('€'.repeat(80))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSegments('[' + 'a'.repeat(159)).segments).toBe(2);
  });
  it('one character outside GSM-7 makes the whole message UCS-2: 70, then 67', () => {
    expect(smsSegments('á'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSegments('a'.repeat(69) + '’').encoding).toBe('ucs2');
    expect(smsSegments('a'.repeat(71) + 'á').segments).toBe(2);
    expect(smsSegments('á'.repeat(201)).segments).toBe(3);
    expect(smsSegments('🙂').units).toBe(2);
  });
  it('keeps GSM-7 accents that exist in the alphabet (Tagalog, Haitian Creole è ò)', () => {
    expect(smsSegments('Kreyòl è ò à é ù ì').encoding).toBe('gsm7');
  });
});

describe('renderSms', () => {
  it('joins a turn into one SMS with numbered choices', () => {
    expect(renderSms([msg('Hi, it is Waypoint.'), msg('Choose a language.', 'en', ['English', 'Français'])])).toEqual([
      'Hi, it is Waypoint.\n\nChoose a language.\n\n1. English\n2. Français',
    ]);
  });
  it('splits on sentence boundaries so every part fits 3 segments, GSM-7 or UCS-2', () => {
    const en = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const parts = renderSms([msg(en)]);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(smsSegments(p).segments).toBeLessThanOrEqual(3);
      expect(p.endsWith('.')).toBe(true);
    }
    const es = Array.from({ length: 20 }, (_, i) => `Aquí está la oración ${i}.`).join(' ');
    const esParts = renderSms([msg(es, 'es')]);
    for (const p of esParts) expect(smsSegments(p)).toMatchObject({ encoding: 'ucs2' });
    for (const p of esParts) expect(smsSegments(p).segments).toBeLessThanOrEqual(3);
    expect(esParts.join(' ')).toBe(es);
  });
  it('isolates numbers in right-to-left languages', () => {
    expect(renderSms([msg('اختر', 'ar', ['نعم'])], { dirOf: () => 'rtl' })[0]).toContain('\u20681\u2069. نعم');
  });
});

describe('countryOf', () => {
  it('knows Canada, the United States and the other NANP countries', () => {
    expect(countryOf('+14165550123')).toBe('CA');
    expect(countryOf('+15145550123')).toBe('CA');
    expect(countryOf('+12125550123')).toBe('US');
    expect(countryOf('+15555550123')).toBe('US');
    expect(countryOf('+18765550123')).toBe('NANP');
    expect(countryOf('+525555550123')).toBe(null);
    expect(countryOf('+1416555012')).toBe(null);
    expect(isAllowedNumber('+14165550123', ['CA'])).toBe(true);
    expect(isAllowedNumber('+12125550123', ['CA'])).toBe(false);
    expect(isAllowedNumber('+18765550123', ['CA', 'US'])).toBe(false);
  });
});
