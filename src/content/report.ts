// `waypoint content report`: every message of every catalogue with its review metadata,
// drafts first, then the longest unreviewed first — the order a content lead works through.
// CONTENT.md, "Review metadata": keys over 6 months since review are flagged (law changes:
// the TRP changed on 4 Feb 2025), and `@verify true` blocks release.
import type { LoadedContent } from '../bundle.ts';
import type { ReviewStatus } from '../i18n/metadata.ts';

export const STALE_AFTER_MONTHS = 6;

export type ReviewFlag = 'draft' | 'never-reviewed' | 'stale' | 'verify';

export interface ReportRow {
  key: string;
  lang: string;
  status: ReviewStatus;
  lastReviewed: string | null;
  /** Days since the last review; null when never reviewed. */
  ageDays: number | null;
  source: string[];
  reviewerRole: string | null;
  verify: boolean;
  /** True when the last review is more than 6 months before today. A message never reviewed is a draft, not stale. */
  stale: boolean;
  flags: ReviewFlag[];
  file: string;
  line: number;
}

export interface ReportSummary {
  today: string;
  total: number;
  reviewed: number;
  draft: number;
  stale: number;
  verify: number;
  neverReviewed: number;
  byLang: Record<string, { total: number; reviewed: number; draft: number; stale: number; verify: number }>;
}

export interface ContentReport {
  rows: ReportRow[];
  summary: ReportSummary;
}

const DAY = 86_400_000;
const parseDay = (d: string): number => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`not a date (YYYY-MM-DD): "${d}"`);
  return Date.parse(`${d}T00:00:00Z`);
};

/** True when `day` + 6 calendar months is before `today` (2026-01-31 goes stale after 2026-07-31). */
export function isStale(day: string, today: string): boolean {
  const d = new Date(parseDay(day));
  const limit = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + STALE_AFTER_MONTHS, d.getUTCDate());
  return parseDay(today) > limit;
}

export function contentReport(content: LoadedContent, today: string): ContentReport {
  const now = parseDay(today);
  const rows: ReportRow[] = [];
  for (const [lang, locale] of content.locales.locales) {
    for (const m of locale.messages.values()) {
      const last = m.meta.lastReviewed ?? null;
      const ageDays = last === null ? null : Math.round((now - parseDay(last)) / DAY);
      const stale = last !== null && isStale(last, today);
      const flags: ReviewFlag[] = [];
      if (m.meta.status === 'draft') flags.push('draft');
      if (last === null) flags.push('never-reviewed');
      if (stale) flags.push('stale');
      if (m.meta.verify) flags.push('verify');
      rows.push({
        key: m.key,
        lang,
        status: m.meta.status,
        lastReviewed: last,
        ageDays,
        source: m.meta.source ?? [],
        reviewerRole: m.meta.reviewerRole ?? null,
        verify: m.meta.verify,
        stale,
        flags,
        file: locale.file,
        line: m.line,
      });
    }
  }
  rows.sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'draft' ? -1 : 1) ||
      (b.ageDays ?? Infinity) - (a.ageDays ?? Infinity) ||
      a.key.localeCompare(b.key) ||
      a.lang.localeCompare(b.lang),
  );
  const byLang: ReportSummary['byLang'] = {};
  for (const r of rows) {
    const s = (byLang[r.lang] ??= { total: 0, reviewed: 0, draft: 0, stale: 0, verify: 0 });
    s.total += 1;
    s[r.status] += 1;
    if (r.stale) s.stale += 1;
    if (r.verify) s.verify += 1;
  }
  const count = (p: (r: ReportRow) => boolean): number => rows.filter(p).length;
  return {
    rows,
    summary: {
      today,
      total: rows.length,
      reviewed: count((r) => r.status === 'reviewed'),
      draft: count((r) => r.status === 'draft'),
      stale: count((r) => r.stale),
      verify: count((r) => r.verify),
      neverReviewed: count((r) => r.lastReviewed === null),
      byLang,
    },
  };
}

/** For a terminal: the totals first (what a content lead reads), then one row per message. */
export function formatReportText(report: ContentReport): string {
  const head = ['status', 'lang', 'key', 'last reviewed', 'age', 'reviewer', 'source', 'flags'];
  const body = report.rows.map((r) => [
    r.status,
    r.lang,
    r.key,
    r.lastReviewed ?? '-',
    r.ageDays === null ? '-' : `${r.ageDays}d`,
    r.reviewerRole ?? '-',
    r.source.join(',') || '-',
    r.flags.filter((f) => f !== 'draft').join(',') || '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => [...row[i]!].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd();
  const s = report.summary;
  const langs = Object.entries(s.byLang).map(([l, x]) => `  ${l}: ${x.total} messages, ${x.reviewed} reviewed, ${x.draft} draft, ${x.stale} stale, ${x.verify} to verify`);
  return [
    `${s.total} messages on ${s.today}: ${s.reviewed} reviewed, ${s.draft} draft (${s.neverReviewed} never reviewed), ${s.stale} stale (last reviewed over ${STALE_AFTER_MONTHS} months ago), ${s.verify} to verify`,
    ...langs,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ].join('\n') + '\n';
}
