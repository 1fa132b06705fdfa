// The one job runner, on a real (embedded) store with a queue kept in memory: lanes in order
// and in parallel, payloads checked before any work, failures recorded with backoff or given up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStore, type Store } from '../../src/store/db.ts';
import { createLogger } from '../../src/privacy/logger.ts';
import { createJobRunner, ticker, type JobQueue, type LeasedJob } from '../../src/jobs/runner.ts';

interface Job extends LeasedJob {
  lane: string;
}
type Outcome = { id: string; done: true } | { id: string; code: string; retryAt: Date | null };

const NOW = new Date('2026-01-05T10:00:00Z');
const BACKOFF = { baseMs: 1000, maxMs: 60_000, maxAttempts: 3 };

function queueOf(jobs: Job[], work: (job: Job, p: { n: number }) => Promise<void>): JobQueue<Job, { n: number }> & { outcomes: Outcome[] } {
  const outcomes: Outcome[] = [];
  return {
    name: 'test_job',
    outcomes,
    claim: async () => jobs.splice(0),
    lane: (j) => j.lane,
    payload: () => z.object({ n: z.number() }),
    run: work,
    done: async (_q, j) => void outcomes.push({ id: j.id, done: true }),
    failed: async (_q, j, f) => void outcomes.push({ id: j.id, code: f.code, retryAt: f.retryAt }),
    classify: (err) => ({ code: (err as Error).message, retryable: (err as Error).message === 'network' }),
  };
}

describe('job runner', () => {
  let store: Store;
  const logger = createLogger({ level: 'silent' });
  beforeAll(async () => {
    store = await openStore({ dataDir: '/nonexistent', memory: true });
  });
  afterAll(() => store.close());

  it('runs one lane in claim order and lanes side by side', async () => {
    const log: string[] = [];
    const jobs = ['a1', 'b1', 'a2', 'b2', 'a3'].map((id) => ({ id, lane: id[0]!, attempts: 1, payload: { n: 1 } }));
    const q = queueOf(jobs, async (j) => {
      log.push(`start ${j.id}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`end ${j.id}`);
    });
    const r = await createJobRunner(q, { store, logger, now: () => NOW, backoff: BACKOFF }).runOnce();
    expect(r).toEqual({ sent: 5, retried: 0, dead: 0 });
    // Each job of a lane ends before the next one starts.
    expect(log.filter((l) => l.endsWith('a1') || l.endsWith('a2') || l.endsWith('a3'))).toEqual(['start a1', 'end a1', 'start a2', 'end a2', 'start a3', 'end a3']);
    expect(log.filter((l) => l.endsWith('b1') || l.endsWith('b2'))).toEqual(['start b1', 'end b1', 'start b2', 'end b2']);
    // The lanes overlap: b1 starts before a1 ends.
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
  });

  it('gives up a payload that does not match its schema without running it', async () => {
    let ran = 0;
    const q = queueOf([{ id: 'x', lane: 'x', attempts: 1, payload: { n: 'one' } }], async () => void (ran += 1));
    const r = await createJobRunner(q, { store, logger, now: () => NOW, backoff: BACKOFF }).runOnce();
    expect(ran).toBe(0);
    expect(r).toEqual({ sent: 0, retried: 0, dead: 1 });
    expect(q.outcomes).toEqual([{ id: 'x', code: 'bad_payload', retryAt: null }]);
  });

  it('retries what may work later with backoff, and gives up the rest and the last try', async () => {
    const jobs = [
      { id: 'net1', lane: '1', attempts: 1, payload: { n: 1 } },
      { id: 'net2', lane: '2', attempts: 2, payload: { n: 1 } },
      { id: 'net3', lane: '3', attempts: 3, payload: { n: 1 } },
      { id: 'no', lane: '4', attempts: 1, payload: { n: 1 } },
    ];
    const q = queueOf(jobs, async (j) => {
      throw new Error(j.id === 'no' ? 'refused' : 'network');
    });
    const r = await createJobRunner(q, { store, logger, now: () => NOW, backoff: BACKOFF }).runOnce();
    expect(r).toEqual({ sent: 0, retried: 2, dead: 2 });
    const at = (ms: number): Date => new Date(NOW.getTime() + ms);
    expect(q.outcomes.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'net1', code: 'network', retryAt: at(1000) },
      { id: 'net2', code: 'network', retryAt: at(2000) },
      { id: 'net3', code: 'network', retryAt: null },
      { id: 'no', code: 'refused', retryAt: null },
    ]);
  });

  it('ticks: a round that did work is followed at once by another; stop waits for the round', async () => {
    let rounds = 0;
    let left = 3;
    const t = ticker(
      async () => {
        rounds += 1;
        const did = left > 0;
        left -= 1;
        return did;
      },
      { busy: (did) => did, onError: () => undefined },
    );
    t.start(60_000);
    t.wake();
    await expect.poll(() => rounds, { timeout: 2000 }).toBe(4);
    await t.stop();
    t.wake();
    await new Promise((r) => setTimeout(r, 60));
    expect(rounds).toBe(4);
  });
});
