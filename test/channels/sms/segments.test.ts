import { describe, expect, it } from 'vitest';
import { firstNonGsm7, smsSegments } from '../../../src/channels/sms/segments.ts';

describe('smsSegments', () => {
  it.each([
    [0, 0],
    [1, 1],
    [160, 1],
    [161, 2],
    [306, 2],
    [307, 3],
    [459, 3],
    [460, 4],
  ])('%i GSM-7 characters take %i segments', (n, segments) => {
    expect(smsSegments('a'.repeat(n))).toEqual({ encoding: 'gsm7', units: n, segments });
  });

  it.each([
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
    [201, 3],
    [202, 4],
  ])('%i UCS-2 characters take %i segments', (n, segments) => {
    expect(smsSegments('á'.repeat(n))).toEqual({ encoding: 'ucs2', units: n, segments });
  });

  it('counts the extension table double in GSM-7', () => {
    expect(smsSegments('€')).toEqual({ encoding: 'gsm7', units: 2, segments: 1 });
    expect(smsSegments('^{}\\[~]|€')).toMatchObject({ encoding: 'gsm7', units: 18 });
    expect(smsSegments('a'.repeat(159) + '€')).toMatchObject({ units: 161, segments: 2 });
    expect(smsSegments('a'.repeat(158) + '€')).toMatchObject({ units: 160, segments: 1 });
  });

  it('never splits an escape pair across parts', () => {
    // 306 septets would be 2 parts of 153, but the € cannot straddle parts 1 and 2.
    expect(smsSegments('a'.repeat(152) + '€' + 'a'.repeat(152))).toEqual({ encoding: 'gsm7', units: 306, segments: 3 });
    expect(smsSegments('a'.repeat(151) + '€' + 'a'.repeat(153))).toMatchObject({ units: 306, segments: 2 });
  });

  it('one character outside GSM-7 makes the whole text UCS-2', () => {
    expect(smsSegments('a'.repeat(100) + 'á')).toEqual({ encoding: 'ucs2', units: 101, segments: 2 });
    expect(smsSegments('It’s')).toMatchObject({ encoding: 'ucs2' }); // curly quote
    expect(smsSegments('a — b')).toMatchObject({ encoding: 'ucs2' }); // long dash
    expect(smsSegments('ç')).toMatchObject({ encoding: 'ucs2' }); // only capital Ç is GSM-7
    expect(smsSegments('Ç é è à ü ñ')).toMatchObject({ encoding: 'gsm7' });
    expect(firstNonGsm7('Ça va? ça')).toBe('ç');
    expect(firstNonGsm7('plain text\n')).toBeNull();
  });

  it('counts an emoji as 2 UTF-16 units, never split between parts', () => {
    expect(smsSegments('😀')).toEqual({ encoding: 'ucs2', units: 2, segments: 1 });
    expect(smsSegments('😀'.repeat(35))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSegments('a'.repeat(69) + '😀')).toEqual({ encoding: 'ucs2', units: 71, segments: 2 });
    // 134 units would be 2 parts of 67, but the emoji cannot straddle them.
    expect(smsSegments('á'.repeat(66) + '😀' + 'á'.repeat(66))).toEqual({ encoding: 'ucs2', units: 134, segments: 3 });
  });

  it('counts scripts without Latin letters as UCS-2 units', () => {
    expect(smsSegments('ਸਤ ਸ੍ਰੀ ਅਕਾਲ')).toMatchObject({ encoding: 'ucs2', units: 12, segments: 1 });
    expect(smsSegments('你好'.repeat(36))).toMatchObject({ units: 72, segments: 2 });
  });
});
