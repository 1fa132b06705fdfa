// `waypoint report`: counts from the counters table only; small counts hidden, and never one
// alone in a list whose total a reader can know. The attacker below is given the printed
// report and tries every assignment of the hidden cells that it allows: hidden cells are 0 or
// more (all hidden cells look the same), the outcomes and the wait buckets add up to the same
// number of closed handoffs, and a printed median must come out the same. A hidden count is
// "rebuilt" when only one value fits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/db.ts';
import { addCounters } from '../../src/store/queries/addCounters.ts';
import { buildReport, formatReport, reportFromCells, HIDDEN, type Report, type Shown } from '../../src/report/report.ts';
import { hideSmall } from '../../src/report/suppress.ts';
import type { CounterCell } from '../../src/report/readCounters.ts';
import { OUTCOMES } from '../../src/handoff/types.ts';
import { WAIT_BUCKETS } from '../../src/handoff/cards.ts';
import { forEachStore } from '../support/stores.ts';

const MIN = 5;
const RANGE = { from: '2026-03-01', to: '2026-03-31', minCell: MIN };

forEachStore('report', (driver) => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, drop } = await driver.open());
    await store.tx((q) =>
      addCounters(q, {
        day: '2026-03-02',
        rows: [
          { metric: 'topic_visited', topic: 'wages', lang: 'es', channel: 'sms', n: 12 },
          { metric: 'topic_visited', topic: 'trp', lang: 'fr', channel: 'whatsapp', n: 2 },
          { metric: 'handoffs_requested', lang: 'es', channel: 'sms', n: 9 },
          { metric: 'handoff_outcome:referral_legal', lang: 'es', channel: 'sms', n: 6 },
          { metric: 'handoff_outcome:other', lang: 'es', channel: 'sms', n: 3 },
          { metric: 'handoff_wait:lt5m', lang: 'es', channel: 'sms', n: 3 },
          { metric: 'handoff_wait:15to60m', lang: 'es', channel: 'sms', n: 5 },
          { metric: 'handoff_wait:unclaimed', lang: 'es', channel: 'sms', n: 1 },
        ],
      }),
    );
  });
  afterAll(async () => drop());

  it('hides small counts and one more beside a lone one; no median while a claimed bucket is hidden', async () => {
    const r = await buildReport(store, RANGE);
    expect(r.topics).toEqual([
      { day: '2026-03-02', topic: 'trp', lang: 'fr', channel: 'whatsapp', count: HIDDEN },
      { day: '2026-03-02', topic: 'wages', lang: 'es', channel: 'sms', count: 12 },
    ]);
    expect(r.handoffs.requested).toBe(9);
    // "other" (3) is small; alone it would be 9 - 6 (the waits add up to 9): a zero goes with it.
    expect(r.handoffs.byOutcome).toMatchObject({ referral_legal: 6, other: HIDDEN, information_given: HIDDEN, no_response: 0 });
    expect(Object.keys(r.handoffs.byOutcome)).toEqual([...OUTCOMES]);
    expect(r.handoffs.waits).toEqual({ lt5m: HIDDEN, '5to15m': 0, '15to60m': 5, '1to4h': 0, gt4h: 0, unclaimed: HIDDEN });
    expect(r.handoffs.medianWait).toBeNull();
    expect(recovered(r, 12)).toEqual([]);
    const text = formatReport(r);
    expect(text).toContain('other                        hidden');
    expect(text).toContain('Median wait: not shown');
  });

  it('names the median wait bucket when every claimed bucket is shown', async () => {
    await store.tx((q) =>
      addCounters(q, {
        day: '2026-03-03',
        rows: [
          { metric: 'handoff_wait:lt5m', lang: 'es', channel: 'sms', n: 2 },
          { metric: 'handoff_wait:unclaimed', lang: 'es', channel: 'sms', n: 4 },
        ],
      }),
    );
    const r = await buildReport(store, RANGE);
    expect(r.handoffs.waits).toEqual({ lt5m: 5, '5to15m': 0, '15to60m': 5, '1to4h': 0, gt4h: 0, unclaimed: 5 });
    expect(r.handoffs.medianWait).toBe('lt5m');
    expect(formatReport(r)).toContain('Median wait: under 5 min');
  });
});

// ---- The attacker ------------------------------------------------------------------------

type Cells = Record<string, Shown>;

/** Every vector of the hidden cells' values in [0, cap], with the exact cells as printed. */
function* candidates(shown: Cells, cap: number): Generator<Record<string, number>> {
  const keys = Object.keys(shown);
  const hidden = keys.filter((k) => shown[k] === HIDDEN);
  const v: Record<string, number> = {};
  for (const k of keys) v[k] = shown[k] === HIDDEN ? 0 : (shown[k] as number);
  const rec = function* (i: number): Generator<Record<string, number>> {
    if (i === hidden.length) return yield { ...v };
    for (let x = 0; x <= cap; x++) {
      v[hidden[i]!] = x;
      yield* rec(i + 1);
    }
  };
  yield* rec(0);
}

const total = (v: Record<string, number>): number => Object.values(v).reduce((s, n) => s + n, 0);

/** The median the report would print for these waits (the attacker knows the rule). */
function medianOf(w: Record<string, number>): string | null {
  const claimed = WAIT_BUCKETS.filter((b) => b !== 'unclaimed');
  const t = claimed.reduce((s, b) => s + w[b]!, 0);
  if (t < MIN) return null;
  let seen = 0;
  for (const b of claimed) {
    seen += w[b]!;
    if (seen * 2 >= t) return b;
  }
  return null;
}

/** The hidden cells that only one value fits ("list:key=value"). */
function recovered(r: Report, cap: number): string[] {
  const waitsHidden = WAIT_BUCKETS.some((b) => b !== 'unclaimed' && r.handoffs.waits[b] === HIDDEN);
  const fits = new Map<string, Map<number, Set<number>>>(); // cell → total → values
  const note = (cell: string, t: number, x: number): void => {
    const byTotal = fits.get(cell) ?? new Map<number, Set<number>>();
    fits.set(cell, byTotal);
    byTotal.set(t, (byTotal.get(t) ?? new Set()).add(x));
  };
  const totals = { outcomes: new Set<number>(), waits: new Set<number>() };
  for (const o of candidates(r.handoffs.byOutcome, cap)) {
    totals.outcomes.add(total(o));
    for (const k of Object.keys(o)) if (r.handoffs.byOutcome[k] === HIDDEN) note(`outcome:${k}`, total(o), o[k]!);
  }
  for (const w of candidates(r.handoffs.waits, cap)) {
    const m = medianOf(w);
    if (r.handoffs.medianWait !== null ? m !== r.handoffs.medianWait : !waitsHidden && m !== null) continue;
    totals.waits.add(total(w));
    for (const k of Object.keys(w)) if (r.handoffs.waits[k] === HIDDEN) note(`wait:${k}`, total(w), w[k]!);
  }
  const both = [...totals.outcomes].filter((t) => totals.waits.has(t));
  const out: string[] = [];
  for (const [cell, byTotal] of fits) {
    const values = new Set(both.flatMap((t) => [...(byTotal.get(t) ?? [])]));
    if (values.size === 1) out.push(`${cell}=${[...values][0]}`);
  }
  return out;
}

/** Seeded PRNG (mulberry32): the generated data is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Closed handoffs with an outcome and a wait bucket each, as the counters hold them. */
function generated(random: () => number): CounterCell[] {
  const pick = <T,>(xs: readonly T[], weights: number[]): T => {
    let x = random() * weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < xs.length; i++) if ((x -= weights[i]!) < 0) return xs[i]!;
    return xs.at(-1)!;
  };
  const closes = Math.floor(random() * 24);
  const cells: CounterCell[] = [];
  const outcomeW = OUTCOMES.map(() => random() ** 2);
  const waitW = WAIT_BUCKETS.map(() => random() ** 2);
  for (let i = 0; i < closes; i++) {
    const base = { day: '2026-03-02', topic: '', lang: random() < 0.5 ? 'es' : 'tl', channel: 'sms', n: 1 };
    cells.push({ ...base, metric: `handoff_outcome:${pick(OUTCOMES, outcomeW)}` }, { ...base, metric: `handoff_wait:${pick(WAIT_BUCKETS, waitW)}` });
  }
  return cells;
}

describe('report: no hidden count can be worked out', () => {
  it('the attacker rebuilds the hidden cell of issue 18 from a report that hides small counts alone', () => {
    // referral_legal 7; waits: under 5 min 5, 5–15 min 2 hidden, the rest 0.
    const naive: Report = {
      ...RANGE,
      topics: [],
      handoffs: {
        requested: 7,
        byOutcome: Object.fromEntries(OUTCOMES.map((o) => [o, hideSmall(o === 'referral_legal' ? 7 : 0, MIN)])),
        waits: Object.fromEntries(WAIT_BUCKETS.map((b) => [b, hideSmall(b === 'lt5m' ? 5 : b === '5to15m' ? 2 : 0, MIN)])),
        medianWait: null,
      },
    };
    expect(recovered(naive, 10)).toEqual(['wait:5to15m=2']);
    const cells: CounterCell[] = [
      { day: '2026-03-02', metric: 'handoff_outcome:referral_legal', topic: '', lang: 'es', channel: 'sms', n: 7 },
      { day: '2026-03-02', metric: 'handoff_wait:lt5m', topic: '', lang: 'es', channel: 'sms', n: 5 },
      { day: '2026-03-02', metric: 'handoff_wait:5to15m', topic: '', lang: 'es', channel: 'sms', n: 2 },
    ];
    const r = reportFromCells(cells, RANGE);
    expect(r.handoffs.waits['5to15m']).toBe(HIDDEN);
    expect(recovered(r, 10)).toEqual([]);
  });

  it('on 300 generated months, every assignment the printed figures allow leaves each hidden cell more than one value', () => {
    const random = rng(18);
    let tried = 0;
    let withHidden = 0;
    let hiddenCells = 0;
    for (let i = 0; i < 300; i++) {
      const cells = generated(random);
      const r = reportFromCells(cells, RANGE);
      const hidden = [...Object.values(r.handoffs.byOutcome), ...Object.values(r.handoffs.waits)].filter((v) => v === HIDDEN).length;
      const perList = Math.max(...[r.handoffs.byOutcome, r.handoffs.waits].map((l) => Object.values(l).filter((v) => v === HIDDEN).length));
      if (perList > 4) continue; // (cap+1)^k assignments: keep the brute force small
      tried += 1;
      if (hidden > 0) withHidden += 1;
      hiddenCells += hidden;
      // What is printed is true: every shown count is the real one.
      const truth = (metric: string): number => cells.filter((c) => c.metric === metric).reduce((s, c) => s + c.n, 0);
      for (const [o, v] of Object.entries(r.handoffs.byOutcome)) if (v !== HIDDEN) expect(v).toBe(truth(`handoff_outcome:${o}`));
      for (const [b, v] of Object.entries(r.handoffs.waits)) if (v !== HIDDEN) expect(v).toBe(truth(`handoff_wait:${b}`));
      // The cap is the largest real count, so the real data is among the assignments tried.
      const cap = Math.max(0, ...[...OUTCOMES.map((o) => truth(`handoff_outcome:${o}`)), ...WAIT_BUCKETS.map((b) => truth(`handoff_wait:${b}`))]);
      expect(recovered(r, cap), `month ${i}`).toEqual([]);
    }
    expect(tried).toBeGreaterThan(150);
    expect(withHidden).toBeGreaterThan(120);
    console.log(`report attacker: ${tried} generated months tried, ${withHidden} with hidden cells (${hiddenCells} cells), none rebuilt`);
  }, 120_000); // about 2.5 s alone; the brute force is CPU-bound, so a busy machine stretches it
});
