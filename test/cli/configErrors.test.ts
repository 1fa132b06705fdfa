// Every configuration a person can get wrong stops the command with one line naming the
// variable or the file and line, before the store is opened, and never a stack trace.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME } from '../support/cli.ts';

const dataDir = (): string => mkdtempSync(join(tmpdir(), 'wp-cfg-'));
/** Set, so that no "generated a secret" warning comes before the error. */
const SECRETS = { CONTACT_KEY_SECRET: 'x'.repeat(32), DATA_ENCRYPTION_KEY: `k1:${Buffer.alloc(32, 1).toString('base64')}` };

const badRoster = `coalitions:
  - id: north
    time_zone: Mars/Olympus
staff: []
`;

const cases: { name: string; env: (dir: string) => Record<string, string>; says: RegExp }[] = [
  { name: 'a bad PORT', env: () => ({ PORT: 'eighty' }), says: /PORT must be an integer/ },
  {
    name: 'a malformed roster file',
    env: (dir) => {
      const f = join(dir, 'roster.yaml');
      writeFileSync(f, badRoster);
      return { ROSTER_FILE: f };
    },
    says: /roster is not valid \(1 problem\): .*roster\.yaml:3: .*time zone/,
  },
  {
    name: 'a roster that is not YAML',
    env: (dir) => {
      const f = join(dir, 'roster.yaml');
      writeFileSync(f, 'staff: [unclosed\n  - : :\n');
      return { ROSTER_FILE: f };
    },
    says: /roster is not valid .*roster\.yaml:\d+: /,
  },
  { name: 'an unknown LLM provider', env: () => ({ LLM_PROVIDER: 'skynet', LLM_BASE_URL: 'http://127.0.0.1:9', LLM_MODEL: 'm' }), says: /LLM_PROVIDER must be openai-compatible \(got "skynet"\)/ },
  { name: 'an LLM without a model', env: () => ({ LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: 'http://127.0.0.1:9' }), says: /LLM_MODEL must be set when LLM_PROVIDER is set/ },
  {
    name: 'a secrets file that is not JSON',
    env: (dir) => {
      writeFileSync(join(dir, 'secrets.json'), '{ "CONTACT_KEY_SECRET": ');
      return {};
    },
    says: /secrets\.json: is not valid JSON: repair it from a backup/,
  },
  {
    name: 'a secrets file with a broken key',
    env: (dir) => {
      writeFileSync(join(dir, 'secrets.json'), JSON.stringify({ DATA_ENCRYPTION_KEY: 'k1:short' }));
      return {};
    },
    says: /secrets\.json: DATA_ENCRYPTION_KEY key "k1" must be 32 bytes/,
  },
];

describe('a configuration error is one line, before the store is opened', () => {
  for (const [i, c] of cases.entries()) {
    // Every case through serve (npm start) and report; chat too for the first two (same path as report).
    for (const command of [['serve'], ['report'], ...(i < 2 ? [['chat']] : [])]) {
      it(`${c.name}: waypoint ${command.join(' ')}`, async () => {
        const dir = dataDir();
        const env = c.env(dir);
        const r = await runCli(command, { DATA_DIR: dir, PORT: '0', ...(/secrets/.test(c.name) ? {} : SECRETS), ...env }, 'hello\n');
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(c.says);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/^waypoint: /);
        expect(r.stderr + r.stdout).not.toMatch(STACK_FRAME);
        // Nothing was opened: the embedded database was never created.
        expect(existsSync(join(dir, 'pglite'))).toBe(false);
      }, 60_000);
    }
  }
});

it('an unexpected failure is one line too, with the stack trace only at debug level', async () => {
  // The drawings cannot be written: not an error anyone planned a message for.
  const r = await runCli(['flows', 'graph', '--out', '/dev/null/flows'], {});
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^waypoint: unexpected error \(Error: ENOTDIR.*\); set LOG_LEVEL=debug for the stack trace$/m);
  expect(r.stderr + r.stdout).not.toMatch(STACK_FRAME);
  const debug = await runCli(['flows', 'graph', '--out', '/dev/null/flows'], { LOG_LEVEL: 'debug' });
  expect(debug.code).toBe(1);
  // At debug level the stack is in the log, as one JSON line with its digits masked.
  const logged = debug.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; stack?: string });
  expect(logged.find((l) => l.msg === 'stack trace')?.stack).toMatch(/\n\s+at /);
  expect(debug.stderr.split('\n').filter((l) => l.startsWith('waypoint: '))).toHaveLength(1);
}, 60_000);
