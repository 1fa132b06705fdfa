// A code word is kept only as a salted scrypt hash: the stored form cannot be turned back into
// the word, and guessing it from a copy of the database costs a scrypt per guess per contact.
// The word arrives folded by the engine's normalize() (case, accents, digits of other scripts),
// so "Blue heron" and "BLUE HERON" are one word.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** N = 2^14, r = 8: about 16 MB and a few tens of milliseconds per hash, off the event loop. */
const OPTIONS: ScryptOptions = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

function derive(word: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(word.normalize('NFC'), salt, KEY_LENGTH, OPTIONS, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export interface CodewordHash {
  salt: Buffer;
  hash: Buffer;
}

export async function hashCodeword(word: string): Promise<CodewordHash> {
  const salt = randomBytes(16);
  return { salt, hash: await derive(word, salt) };
}

export async function codewordMatches(word: string, stored: CodewordHash): Promise<boolean> {
  const hash = await derive(word, stored.salt);
  return hash.length === stored.hash.length && timingSafeEqual(hash, stored.hash);
}
