import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/config.ts';

it('has defaults that start a laptop with PGlite', () => {
  const c = loadConfig({});
  expect(c.port).toBe(3000);
  expect(c.dataDir).toBe('./data');
  expect(c.databaseUrl).toBeUndefined();
  expect(c.smsAllowedCountries).toEqual(['CA', 'US']);
  expect(c.contentReviewedOnly).toBe(false);
});

it('names the variable in a clear error', () => {
  expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
  expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be an integer between 0 and 65535 \(got "abc"\)/);
  expect(() => loadConfig({ CONTACT_KEY_SECRET: 'short' })).toThrow(/CONTACT_KEY_SECRET must be at least 32 characters/);
  expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'k1:abc' })).toThrow(/DATA_ENCRYPTION_KEY/);
  expect(() => loadConfig({ PUBLIC_BASE_URL: 'not a url' })).toThrow(/PUBLIC_BASE_URL must be a URL/);
  expect(() => loadConfig({ CONTENT_REVIEWED_ONLY: 'maybe' })).toThrow(/CONTENT_REVIEWED_ONLY/);
});

it('reads booleans as true/false/1/0 and reports every problem on one line', () => {
  expect(loadConfig({ CONTENT_REVIEWED_ONLY: '1' }).contentReviewedOnly).toBe(true);
  expect(loadConfig({ CONTENT_REVIEWED_ONLY: '0' }).contentReviewedOnly).toBe(false);
  expect(loadConfig({ CONTENT_REVIEWED_ONLY: 'true', INBOX_RETENTION_DAYS: '30' })).toMatchObject({ contentReviewedOnly: true, inboxRetentionDays: 30 });
  const err = (() => {
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud' });
    } catch (e) {
      return e as Error;
    }
  })();
  expect(err).toBeInstanceOf(ConfigError);
  expect(err!.message).toBe(
    'Invalid configuration: PORT must be an integer between 0 and 65535 (got "70000"); LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
  );
});

it('never repeats a secret in an error', () => {
  expect(() => loadConfig({ CONTACT_KEY_SECRET: 'tooShortSecret' })).toThrow(ConfigError);
  try {
    loadConfig({ CONTACT_KEY_SECRET: 'tooShortSecret', DATA_ENCRYPTION_KEY: 'k1:c2VjcmV0' });
  } catch (e) {
    expect((e as Error).message).not.toContain('tooShortSecret');
    expect((e as Error).message).not.toContain('c2VjcmV0');
  }
});

it('.env.example lists every variable config.ts reads', () => {
  const example = readFileSync('.env.example', 'utf8');
  for (const v of CONFIG_VARIABLES) expect(example, v).toMatch(new RegExp(`^#?\\s*${v}=`, 'm'));
});

it('no other file reads process.env', async () => {
  const { execSync } = await import('node:child_process');
  const hits = execSync(`grep -rln "process\\.env" src || true`, { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  expect(hits).toEqual(['src/config.ts']);
});
