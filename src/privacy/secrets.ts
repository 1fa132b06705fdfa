import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../configError.ts';
import { parseKeys, type Keys } from './fieldCrypto.ts';

export interface Secrets {
  contactKeySecret: Buffer;
  encryptionKeys: Keys;
  /** Names of the variables that were generated because they were not set. */
  generated: string[];
}

const storedSchema = z.object({
  CONTACT_KEY_SECRET: z.string().min(32).optional(),
  DATA_ENCRYPTION_KEY: z.string().optional(),
});
type Stored = z.infer<typeof storedSchema>;

/**
 * CONTACT_KEY_SECRET and DATA_ENCRYPTION_KEY from the configuration, or — for a first
 * start on a laptop — generated once into <dataDir>/secrets.json (mode 0600) and reused.
 */
export function loadOrCreateSecrets(
  dataDir: string,
  config: { contactKeySecret?: string | undefined; dataEncryptionKey?: string | undefined },
): Secrets {
  const file = join(dataDir, 'secrets.json');
  let stored: Stored = {};
  if (existsSync(file)) {
    // Never generate over it: contact keys made with the lost secret could not be matched again.
    const repair = 'repair it from a backup, or set CONTACT_KEY_SECRET and DATA_ENCRYPTION_KEY';
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      const why = e instanceof SyntaxError ? 'is not valid JSON' : `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
      throw new ConfigError({ file, message: `${why}: ${repair}` });
    }
    const r = storedSchema.safeParse(json);
    if (!r.success) throw new ConfigError({ file, message: `${r.error.issues.map((i) => `${i.path.join('.') || 'the file'} ${i.message}`).join(', ')}: ${repair}` });
    stored = r.data;
  }
  const generated: string[] = [];
  let changed = false;
  let contact = config.contactKeySecret;
  if (!contact) {
    if (!stored.CONTACT_KEY_SECRET) {
      stored.CONTACT_KEY_SECRET = randomBytes(32).toString('base64');
      changed = true;
    }
    contact = stored.CONTACT_KEY_SECRET;
    generated.push('CONTACT_KEY_SECRET');
  }
  let enc = config.dataEncryptionKey;
  if (!enc) {
    if (!stored.DATA_ENCRYPTION_KEY) {
      stored.DATA_ENCRYPTION_KEY = `k1:${randomBytes(32).toString('base64')}`;
      changed = true;
    }
    enc = stored.DATA_ENCRYPTION_KEY;
    generated.push('DATA_ENCRYPTION_KEY');
  }
  if (changed) {
    try {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
      chmodSync(file, 0o600);
    } catch (e) {
      throw new ConfigError({ variable: 'DATA_DIR', file, message: `cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'}): set DATA_DIR to a writable folder` });
    }
  }
  let encryptionKeys: Keys;
  try {
    encryptionKeys = parseKeys(enc);
  } catch (e) {
    // Only a stored key can fail here: config.ts has already checked DATA_ENCRYPTION_KEY.
    throw new ConfigError({ file, variable: 'DATA_ENCRYPTION_KEY', message: (e as Error).message });
  }
  return { contactKeySecret: Buffer.from(contact, 'utf8'), encryptionKeys, generated };
}
