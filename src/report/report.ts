// `waypoint report`: aggregate figures only (invariant 6). Counts come from the daily
// counters (topic × language × channel × day, no contact id). A count under REPORT_MIN_CELL
// can point at a person, so it is hidden — and hiding it alone is not enough: the outcomes
// and the wait buckets both count the same closed handoffs, so with the other cells of a list
// shown exactly a hidden one is their difference (issue 18: referral_legal 7, waits "under
// 5 min 5, 5–15 min <5, others 0" gave the hidden cell as 2). See suppress.ts.
import type { Queryable } from '../store/db.ts';
import { WAIT_BUCKETS } from '../handoff/cards.ts';
import { OUTCOMES } from '../handoff/types.ts';
import { readCounters, type CounterCell } from './readCounters.ts';
import { HIDDEN, hideSmall, hideWithPartner, type Shown } from './suppress.ts';

export { HIDDEN, type Shown } from './suppress.ts';

export interface Report {
  from: string;
  to: string;
  minCell: number;
  /** topic × language × channel × day, from topic_visited. */
  topics: { day: string; topic: string; lang: string; channel: string; count: Shown }[];
  handoffs: {
    requested: Shown;
    /** Every outcome, zeros included: the list sums to the handoffs closed in the range. */
    byOutcome: Record<string, Shown>;
    /** Every wait bucket, zeros included: the same sum as byOutcome. */
    waits: Record<string, Shown>;
    /**
     * The wait bucket holding the median claimed handoff; null when too few to say, or when a
     * claimed bucket is hidden (the median would tell which side of it the hidden count lies).
     */
    medianWait: string | null;
  };
}

/** The report from counter cells (pure: the store is read by buildReport). */
export function reportFromCells(cells: readonly CounterCell[], a: { from: string; to: string; minCell: number }): Report {
  const sum = (pred: (c: CounterCell) => boolean): number => cells.filter(pred).reduce((s, c) => s + c.n, 0);
  const topics = cells
    .filter((c) => c.metric === 'topic_visited')
    .map((c) => ({ day: c.day, topic: c.topic, lang: c.lang, channel: c.channel, count: hideSmall(c.n, a.minCell) }));
  const outcomeCounts = OUTCOMES.map((o) => [o, sum((c) => c.metric === `handoff_outcome:${o}`)] as const);
  const waitCounts = WAIT_BUCKETS.map((b) => [b, sum((c) => c.metric === `handoff_wait:${b}`)] as const);
  const byOutcome = Object.fromEntries(hideWithPartner(outcomeCounts, a.minCell));
  const waits = Object.fromEntries(hideWithPartner(waitCounts, a.minCell));
  const claimed = waitCounts.filter(([b]) => b !== 'unclaimed');
  const total = claimed.reduce((s, [, n]) => s + n, 0);
  let medianWait: string | null = null;
  if (total >= a.minCell && claimed.every(([b]) => waits[b] !== HIDDEN)) {
    let seen = 0;
    for (const [b, n] of claimed) {
      seen += n;
      if (seen * 2 >= total) {
        medianWait = b;
        break;
      }
    }
  }
  return {
    from: a.from,
    to: a.to,
    minCell: a.minCell,
    topics,
    handoffs: {
      requested: hideSmall(sum((c) => c.metric === 'handoffs_requested' || c.metric === 'handoffs_requested_urgent'), a.minCell),
      byOutcome,
      waits,
      medianWait,
    },
  };
}

export async function buildReport(q: Queryable, a: { from: string; to: string; minCell: number }): Promise<Report> {
  return reportFromCells(await readCounters(q, a), a);
}

const WAIT_WORDS: Record<string, string> = {
  lt5m: 'under 5 min',
  '5to15m': '5–15 min',
  '15to60m': '15–60 min',
  '1to4h': '1–4 h',
  gt4h: 'over 4 h',
  unclaimed: 'never claimed',
};

export function formatReport(r: Report): string {
  const lines = [
    `Waypoint report ${r.from} to ${r.to}`,
    `("${HIDDEN}": a count under ${r.minCell}, or a count hidden with it so that it cannot be worked out from the others)`,
    '',
  ];
  lines.push('Topics (day, topic, language, channel, count)');
  if (r.topics.length === 0) lines.push('  (none)');
  for (const t of r.topics) lines.push(`  ${t.day}  ${t.topic.padEnd(22)} ${t.lang.padEnd(4)} ${t.channel.padEnd(9)} ${t.count}`);
  lines.push('', `Handoffs requested: ${r.handoffs.requested}`, 'Handoffs by outcome');
  for (const [o, n] of Object.entries(r.handoffs.byOutcome)) lines.push(`  ${o.padEnd(28)} ${n}`);
  lines.push('Wait before a lead worker claimed');
  for (const [b, n] of Object.entries(r.handoffs.waits)) lines.push(`  ${(WAIT_WORDS[b] ?? b).padEnd(28)} ${n}`);
  lines.push(`Median wait: ${r.handoffs.medianWait ? WAIT_WORDS[r.handoffs.medianWait] : 'not shown (too few, or some wait counts are hidden)'}`);
  return lines.join('\n') + '\n';
}
