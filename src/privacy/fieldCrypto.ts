import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Encryption keys by id; `current` encrypts, every listed key decrypts (so keys can rotate). */
export interface Keys {
  current: string;
  byId: Map<string, Buffer>;
}

const VERSION = 1;

export class DecryptError extends Error {
  readonly code = 'decrypt_failed';
}

/** `kid:base64(32 bytes)[,kid:base64…]` — the first entry is the current key. */
export function parseKeys(spec: string): Keys {
  const byId = new Map<string, Buffer>();
  let current = '';
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = part.indexOf(':');
    if (i <= 0) throw new Error('each key is "id:base64key"');
    const id = part.slice(0, i);
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new Error(`key id "${id}" must be 1–32 letters, digits, "-" or "_"`);
    const key = Buffer.from(part.slice(i + 1), 'base64');
    if (key.length !== 32) throw new Error(`key "${id}" must be 32 bytes of base64 (got ${key.length} bytes)`);
    if (byId.has(id)) throw new Error(`key id "${id}" appears twice`);
    byId.set(id, key);
    current ||= id;
  }
  if (!current) throw new Error('no key given');
  return { current, byId };
}

/** AES-256-GCM. Layout: version | id length | id | 12-byte IV | 16-byte tag | ciphertext. */
export function encrypt(keys: Keys, plaintext: string): Buffer {
  const key = keys.byId.get(keys.current);
  if (!key) throw new Error('the current encryption key is missing');
  const id = Buffer.from(keys.current, 'utf8');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(id);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION, id.length]), id, iv, cipher.getAuthTag(), body]);
}

export function decrypt(keys: Keys, blob: Buffer): string {
  if (blob.length < 2 || blob[0] !== VERSION) throw new DecryptError('unknown encrypted field format');
  const idLen = blob[1]!;
  const id = blob.subarray(2, 2 + idLen);
  const key = keys.byId.get(id.toString('utf8'));
  if (!key) throw new DecryptError(`no key with id "${id.toString('utf8')}"`);
  const at = 2 + idLen;
  const iv = blob.subarray(at, at + 12);
  const tag = blob.subarray(at + 12, at + 28);
  const body = blob.subarray(at + 28);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(id);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptError('encrypted field failed its integrity check');
  }
}
