import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * X-Hub-Signature-256 is `sha256=` + hex HMAC-SHA256 of the raw body with the app secret.
 * Checked on the bytes as received, before any parsing: re-serialised JSON would not match.
 */
export function validSignature(appSecret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header || !header.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}
