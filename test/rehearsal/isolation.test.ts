// Rehearsal never opens the real database and never sends anything: a real store opened beside
// a full rehearsal (CLI, JSON, debrief, walk mode) keeps every table's row count, and fetch is
// never called.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { openStore, type Store } from '../../src/store/db.ts';
import { runRehearse } from '../../src/rehearsal/cli.ts';
import { walkFlows } from '../../src/rehearsal/index.ts';
import { tableRowCounts } from '../support/app.ts';

const SCRIPTS = join(import.meta.dirname, 'scripts');
let store: Store;
let dataDir: string;

async function rehearse(args: Partial<Parameters<typeof runRehearse>[0]>, stdin = ''): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  input.end(stdin);
  const code = await runRehearse({ input, output, interactive: false, ...args });
  expect(code).toBe(0);
  return chunks.join('').split('\n').filter(Boolean);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'waypoint-real-'));
  store = await openStore({ dataDir });
  await store.query("INSERT INTO contacts DEFAULT VALUES").catch(() => undefined);
});
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('rehearsal isolation', () => {
  it('writes no row to a real store beside it and makes no network request', async () => {
    const before = await tableRowCounts(store);
    expect(Object.keys(before).length).toBeGreaterThan(3);
    const fetchStub = vi.fn(() => {
      throw new Error('rehearsal must not use the network');
    });
    vi.stubGlobal('fetch', fetchStub);
    try {
      const lines = await rehearse({ persona: 'caregiver-passport-held', lang: 'tl', script: join(SCRIPTS, 'caregiver-passport-held.tl.good.yaml'), json: true });
      const objs = lines.map((l) => JSON.parse(l) as { type: string; practice?: boolean; score?: number; max?: number; items?: unknown[] });
      expect(objs.filter((o) => o.type === 'persona').every((o) => o.practice === true)).toBe(true);
      expect(objs.at(-1)).toMatchObject({ type: 'debrief', score: 11, max: 11 });
      expect(objs.at(-1)!.items).toHaveLength(11);

      const stdin = await rehearse({ persona: 'man-no-safe-bed-tonight', lang: 'ar' }, 'اسمي آنا\nهل أنت في أمان؟\n');
      expect(stdin.join('\n')).toContain('Rehearsal debrief (practice)');

      const listed = await rehearse({ list: true, json: true });
      expect(listed.length).toBeGreaterThanOrEqual(12);

      const walked = await rehearse({ walk: true, lang: 'fr', json: true }, 'bonjour\n1\nERASE\n');
      expect(walked.some((l) => JSON.parse(l).type === 'assistant')).toBe(true);
      walkFlows('en', ['hi', 'help', 'someone is hitting me', 'ERASE']);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(fetchStub).not.toHaveBeenCalled();
    expect(await tableRowCounts(store)).toEqual(before);
    // Five whole practices and two walks through the real flows: on a shared machine this takes a while.
  }, 90_000);
});
