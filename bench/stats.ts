// Small measuring helpers shared by the benchmark and the soak runs.
import { readFileSync } from 'node:fs';

/** The value at quantile p (0..1) of an ascending-sorted array (nearest rank, floor). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles of a list of latencies in milliseconds. Sorts the list in place. */
export function latency(ms: number[]): Latency {
  ms.sort((a, b) => a - b);
  return { count: ms.length, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), p99: quantile(ms, 0.99), max: ms[ms.length - 1] ?? NaN };
}

export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Resident and peak resident memory (MB) of a process, from /proc (Linux). */
export function procRss(pid: number): { rssMb: number; hwmMb: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * CPU time the whole machine spent busy (user, nice, system, irq, softirq) in ms, from
 * /proc/stat (Linux; null elsewhere). The difference over a measurement, divided by the work
 * done, is what one turn (or one pgbench transaction) costs the machine in all its processes:
 * load generator, server and PostgreSQL together.
 */
function machineBusyMs(): number | null {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // USER_HZ is 100 on every Linux the bench runs on (sysconf(_SC_CLK_TCK)).
    return (f[0]! + f[1]! + f[2]! + f[5]! + f[6]!) * 10;
  } catch {
    return null;
  }
}

/**
 * Starts measuring the machine's busy CPU; `msPer(n)` is the CPU spent since, per unit of work
 * (null where /proc/stat is missing or nothing was done).
 */
export function machineCpu(): { msPer(units: number): number | null } {
  const start = machineBusyMs();
  return {
    msPer(units) {
      const end = machineBusyMs();
      return start !== null && end !== null && units > 0 ? round((end - start) / units, 3) : null;
    },
  };
}

/** Sample a process's RSS every `everyMs`; `stop()` returns the highest sample (MB). */
export function rssSampler(pid: number, everyMs = 50): { stop(): number } {
  let peak = 0;
  const t = setInterval(() => {
    const r = procRss(pid);
    if (r) peak = Math.max(peak, r.rssMb);
  }, everyMs);
  return {
    stop() {
      clearInterval(t);
      const r = procRss(pid);
      return Math.max(peak, r?.rssMb ?? 0);
    },
  };
}

export const round = (n: number, digits = 1): number => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

/** A Markdown table (so the README gets exactly what the terminal showed). */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]): string => `| ${cells.map(String).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
