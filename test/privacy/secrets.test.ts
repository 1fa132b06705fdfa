import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadOrCreateSecrets } from '../../src/privacy/secrets.ts';

it('generates secrets once into the data folder and reuses them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-secrets-'));
  const a = loadOrCreateSecrets(dir, {});
  expect(a.generated).toEqual(['CONTACT_KEY_SECRET', 'DATA_ENCRYPTION_KEY']);
  expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  const b = loadOrCreateSecrets(dir, {});
  expect(b.contactKeySecret.equals(a.contactKeySecret)).toBe(true);
  expect(b.encryptionKeys.current).toBe(a.encryptionKeys.current);
  expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'))).toHaveProperty('CONTACT_KEY_SECRET');
});

it('uses configured secrets and generates nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-secrets-'));
  const s = loadOrCreateSecrets(dir, { contactKeySecret: 'x'.repeat(40), dataEncryptionKey: `k9:${Buffer.alloc(32, 7).toString('base64')}` });
  expect(s.generated).toEqual([]);
  expect(s.encryptionKeys.current).toBe('k9');
});

it('refuses to overwrite a damaged secrets file', async () => {
  const { writeFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'wp-secrets-'));
  writeFileSync(join(dir, 'secrets.json'), '{ not json');
  expect(() => loadOrCreateSecrets(dir, {})).toThrow(/secrets\.json: is not valid JSON/);
  expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toBe('{ not json');
});
