// `waypoint doctor` reads a fresh clone, a configured server's settings and a broken set-up,
// and says what is on, what is missing and what is wrong — sending nothing, changing nothing,
// never printing a secret.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { doctor } from '../../src/doctor/index.ts';
import { openStore } from '../../src/store/db.ts';
import { runCli, STACK_FRAME } from '../support/cli.ts';
import { seededDataDir } from '../support/dataDir.ts';
import { createDatabase, hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';

const dir = (): string => mkdtempSync(join(tmpdir(), 'wp-doctor-'));
const text = (lines: { mark: string; text: string }[]): string => lines.map((l) => `${l.mark} ${l.text}`).join('\n');

it('on a fresh clone: a readable report, nothing created, exit 0', async () => {
  const d = dir();
  const r = await runCli(['doctor'], { DATA_DIR: d });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Waypoint doctor: nothing is sent and nothing is changed\n/);
  expect(r.stdout).toMatch(/ok {4}configuration: \d+ variables read, every one valid/);
  expect(r.stdout).toMatch(/warn {2}secrets: CONTACT_KEY_SECRET and DATA_ENCRYPTION_KEY not set: the first start generates them/);
  expect(r.stdout).toMatch(/ok {4}content: \d+ flows in \.\/flows, 14 languages in \.\/locales/);
  expect(r.stdout).toMatch(/ok {4}store: PGlite in .*, not created yet \(the first start creates it and applies \d+ migrations\)/);
  expect(r.stdout).toMatch(/on {4}Web chat \(always on\)/);
  expect(r.stdout).toMatch(/off {3}SMS, receiving \(Twilio webhooks\): set TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL/);
  expect(r.stdout).toMatch(/off {3}Teams staff console: set TEAMS_HANDOFF_CONVERSATION_ID/);
  expect(r.stdout).toMatch(/\n0 problems, \d warnings?\n$/);
  expect(r.stderr + r.stdout).not.toMatch(STACK_FRAME);
  // Nothing written: no database, no generated secrets.
  expect(readdirSync(d)).toEqual([]);
}, 60_000);

it('names what an incomplete channel is missing, never a value; a broken roster fails', async () => {
  const d = dir();
  writeFileSync(join(d, 'roster.yaml'), 'coalitions:\n  - id: x\n    time_zone: Nowhere/Land\n');
  const lines = await doctor({
    DATA_DIR: d,
    ROSTER_FILE: join(d, 'roster.yaml'),
    WHATSAPP_VERIFY_TOKEN: 'doctor-secret-verify-value',
    TWILIO_AUTH_TOKEN: 'doctor-secret-twilio-value',
    PUBLIC_BASE_URL: 'http://waypoint.example.org',
    TEAMS_HANDOFF_CONVERSATION_ID: '19:doctor',
    TRAINER_TOKEN: 'doctor-trainer-token-value',
  });
  const out = text(lines);
  expect(out).toMatch(/warn WhatsApp \(Cloud API\) is incomplete, so it is off: missing WHATSAPP_APP_SECRET, WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID/);
  expect(out).toMatch(/on SMS, receiving/);
  expect(out).toMatch(/warn Teams staff console is incomplete, so it is off: missing TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET/);
  expect(out).toMatch(/on Trainers' rehearsal page/);
  expect(out).toMatch(/warn PUBLIC_BASE_URL is not https/);
  expect(out).toMatch(/warn SMS receives but cannot send later: a reply not ready within 10 s waits for Twilio/);
  expect(out).toMatch(/FAIL roster: roster is not valid \(1 problem\): .*roster\.yaml:3: /);
  for (const secret of ['doctor-secret-verify-value', 'doctor-secret-twilio-value', 'doctor-trainer-token-value']) expect(out).not.toContain(secret);
  const overrides = text(await doctor({ DATA_DIR: d, TWILIO_AUTH_TOKEN: 'doctor-secret-twilio-value', PUBLIC_BASE_URL: 'https://waypoint.example.org/#rc=3&rp=all' }));
  expect(overrides).toMatch(/FAIL PUBLIC_BASE_URL has a query or a fragment/);
  expect(text(await doctor({ PORT: 'eighty' }))).toMatch(/^FAIL configuration: Invalid configuration: PORT must be an integer/);
});

it('an embedded store: migrations counted without applying; one in use is not opened', async () => {
  const d = await seededDataDir('wp-doctor-');
  const store = await openStore({ dataDir: d });
  const held = text(await doctor({ DATA_DIR: d }));
  expect(held).toMatch(new RegExp(`ok store: PGlite in ${d}, in use by pid ${process.pid} \\(waypoint\\): not opened`));
  await store.close();
  const free = text(await doctor({ DATA_DIR: d }));
  expect(free).toMatch(/ok store: PGlite in .*, (\d+) of \1 migrations applied/);
  expect(free).toMatch(/ok clock: .*the database's within \d+\.\d s/);
  expect(existsSync(join(d, 'pglite.lock'))).toBe(false);
}, 120_000);

it.skipIf(!hasServer)(`a PostgreSQL server: pending migrations are named, not applied${hasServer ? '' : ` — ${SERVER_SKIP_REASON}`}`, async () => {
  const db = await createDatabase();
  try {
    const out = text(await doctor({ DATABASE_URL: db.url, DATA_DIR: dir() }));
    expect(out).toMatch(/warn store: PostgreSQL at .*, 0 of (\d+) migrations applied; the next start applies 0001, /);
    const store = await openStore({ databaseUrl: db.url, dataDir: '/nonexistent' });
    await store.close();
    expect(text(await doctor({ DATABASE_URL: db.url, DATA_DIR: dir() }))).toMatch(/ok store: PostgreSQL at .*, (\d+) of \1 migrations applied/);
  } finally {
    await db.drop();
  }
}, 60_000);
