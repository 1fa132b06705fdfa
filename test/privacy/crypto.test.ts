import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contactKey } from '../../src/privacy/contactKey.ts';
import { decrypt, DecryptError, encrypt, parseKeys } from '../../src/privacy/fieldCrypto.ts';

const k = (): string => randomBytes(32).toString('base64');

describe('contact keys (invariant 1)', () => {
  const secret = Buffer.from('a'.repeat(32));
  it('are stable, hex, and never contain the address', () => {
    const a = contactKey(secret, 'sms', '+15555550123');
    expect(a).toBe(contactKey(secret, 'sms', '+15555550123'));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toContain('5555550123');
  });
  it('differ by channel, by address and by secret', () => {
    const a = contactKey(secret, 'sms', '+15555550123');
    expect(contactKey(secret, 'whatsapp', '+15555550123')).not.toBe(a);
    expect(contactKey(secret, 'sms', '+15555550124')).not.toBe(a);
    expect(contactKey(Buffer.from('b'.repeat(32)), 'sms', '+15555550123')).not.toBe(a);
    expect(contactKey(secret, 'smsx', '')).not.toBe(contactKey(secret, 'sms', 'x'));
  });
});

describe('field encryption', () => {
  it('round-trips and never holds the plaintext', () => {
    const keys = parseKeys(`k1:${k()}`);
    const blob = encrypt(keys, '+15555550123');
    expect(blob.toString('latin1')).not.toContain('5555550123');
    expect(decrypt(keys, blob)).toBe('+15555550123');
    expect(encrypt(keys, 'same').equals(encrypt(keys, 'same'))).toBe(false);
  });
  it('decrypts with an old key after rotation', () => {
    const old = `old:${k()}`;
    const blob = encrypt(parseKeys(old), 'hello');
    const rotated = parseKeys(`new:${k()},${old}`);
    expect(rotated.current).toBe('new');
    expect(decrypt(rotated, blob)).toBe('hello');
    expect(decrypt(rotated, encrypt(rotated, 'x'))).toBe('x');
  });
  it('detects tampering and unknown keys', () => {
    const keys = parseKeys(`k1:${k()}`);
    const blob = encrypt(keys, 'hello');
    const bad = Buffer.from(blob);
    bad[bad.length - 1]! ^= 1;
    expect(() => decrypt(keys, bad)).toThrow(DecryptError);
    expect(() => decrypt(parseKeys(`k2:${k()}`), blob)).toThrow(/no key with id "k1"/);
  });
  it('rejects malformed key specs clearly', () => {
    expect(() => parseKeys('nocolon')).toThrow(/id:base64key/);
    expect(() => parseKeys('k1:c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => parseKeys(`k1:${k()},k1:${k()}`)).toThrow(/twice/);
  });
});
