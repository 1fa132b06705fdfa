import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKeys, type Keys } from './fieldCrypto.ts';

export interface Secrets {
  contactKeySecret: Buffer;
  encryptionKeys: Keys;
  /** Names of the variables that were generated because they were not set. */
  generated: string[];
}

interface Stored {
  CONTACT_KEY_SECRET?: string;
  DATA_ENCRYPTION_KEY?: string;
}

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
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    } catch {
      // Never generate over it: contact keys made with the lost secret could not be matched again.
      throw new Error(`${file} is not valid JSON: repair it from a backup, or set CONTACT_KEY_SECRET and DATA_ENCRYPTION_KEY`);
    }
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
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return { contactKeySecret: Buffer.from(contact, 'utf8'), encryptionKeys: parseKeys(enc), generated };
}
