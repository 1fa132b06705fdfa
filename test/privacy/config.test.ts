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

it('.env.example lists every variable config.ts reads', () => {
  const example = readFileSync('.env.example', 'utf8');
  for (const v of CONFIG_VARIABLES) expect(example, v).toMatch(new RegExp(`^#?\\s*${v}=`, 'm'));
});

it('no other file reads process.env', async () => {
  const { execSync } = await import('node:child_process');
  const hits = execSync(`grep -rln "process\\.env" src || true`, { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  expect(hits).toEqual(['src/config.ts']);
});
