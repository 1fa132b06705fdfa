// `waypoint report`: aggregate figures only (invariant 6). Counts come from the daily
// counters (topic × language × channel × day, no contact id); a count under REPORT_MIN_CELL
// is shown as "<N>" — a small cell can point at a person.
import type { Queryable } from '../store/db.ts';
import { WAIT_BUCKETS } from '../handoff/cards.ts';
import { readCounters, type CounterCell } from './readCounters.ts';

export type Shown = number | `<${number}`;

export interface Report {
  from: string;
  to: string;
  minCell: number;
  /** topic × language × channel × day, from topic_visited. */
  topics: { day: string; topic: string; lang: string; channel: string; count: Shown }[];
  handoffs: {
    requested: Shown;
    byOutcome: Record<string, Shown>;
    waits: Record<string, Shown>;
    /** The wait bucket holding the median claimed handoff; null when too few to say. */
    medianWait: string | null;
  };
}

export function suppress(n: number, min: number): Shown {
  return n > 0 && n < min ? `<${min}` : n;
}

export async function buildReport(q: Queryable, a: { from: string; to: string; minCell: number }): Promise<Report> {
  const cells = await readCounters(q, a);
  const sum = (pred: (c: CounterCell) => boolean): number => cells.filter(pred).reduce((s, c) => s + c.n, 0);
  const topics = cells
    .filter((c) => c.metric === 'topic_visited')
    .map((c) => ({ day: c.day, topic: c.topic, lang: c.lang, channel: c.channel, count: suppress(c.n, a.minCell) }));
  const byOutcome: Record<string, Shown> = {};
  for (const m of new Set(cells.filter((c) => c.metric.startsWith('handoff_outcome:')).map((c) => c.metric))) {
    byOutcome[m.slice('handoff_outcome:'.length)] = suppress(sum((c) => c.metric === m), a.minCell);
  }
  const waitCounts = WAIT_BUCKETS.map((b) => [b, sum((c) => c.metric === `handoff_wait:${b}`)] as const);
  const waits = Object.fromEntries(waitCounts.map(([b, n]) => [b, suppress(n, a.minCell)]));
  const claimed = waitCounts.filter(([b]) => b !== 'unclaimed');
  const total = claimed.reduce((s, [, n]) => s + n, 0);
  let medianWait: string | null = null;
  if (total >= a.minCell) {
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
      requested: suppress(sum((c) => c.metric === 'handoffs_requested' || c.metric === 'handoffs_requested_urgent'), a.minCell),
      byOutcome,
      waits,
      medianWait,
    },
  };
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
  const lines = [`Waypoint report ${r.from} to ${r.to} (counts under ${r.minCell} shown as "<${r.minCell}")`, ''];
  lines.push('Topics (day, topic, language, channel, count)');
  if (r.topics.length === 0) lines.push('  (none)');
  for (const t of r.topics) lines.push(`  ${t.day}  ${t.topic.padEnd(22)} ${t.lang.padEnd(4)} ${t.channel.padEnd(9)} ${t.count}`);
  lines.push('', `Handoffs requested: ${r.handoffs.requested}`, 'Handoffs by outcome');
  const outcomes = Object.entries(r.handoffs.byOutcome);
  if (outcomes.length === 0) lines.push('  (none)');
  for (const [o, n] of outcomes) lines.push(`  ${o.padEnd(28)} ${n}`);
  lines.push('Wait before a lead worker claimed');
  for (const [b, n] of Object.entries(r.handoffs.waits)) lines.push(`  ${(WAIT_WORDS[b] ?? b).padEnd(28)} ${n}`);
  lines.push(`Median wait: ${r.handoffs.medianWait ? WAIT_WORDS[r.handoffs.medianWait] : 'too few to say'}`);
  return lines.join('\n') + '\n';
}
