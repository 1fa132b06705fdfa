// Thin wrapper for `waypoint flows lint [--json]`.
import { lintDirs } from './index.ts';
import type { Finding, LintOptions, LintReport } from './types.ts';

export function formatFinding(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
  const what = [f.flow && f.node ? `${f.flow}.${f.node}` : '', f.lang ? `[${f.lang}]` : ''].filter(Boolean).join(' ');
  return `${where}${where ? ': ' : ''}${f.severity} ${f.rule}: ${what ? `${what} ` : ''}${f.message}`;
}

/** Reading grades and SMS costs in a few lines; `grades` lists every scored message. */
export function formatFigures(report: LintReport, grades = false): string[] {
  const lines: string[] = [];
  const r = report.reading;
  if (r) {
    const hardest = [...r.messages].sort((a, b) => b.grade - a.grade).slice(0, 3).map((m) => `${m.key} ${m.grade}`);
    lines.push('', `Reading level (${r.lang}, Flesch–Kincaid grade, syllables by the syllable library): ${r.atTarget} of ${r.scored} messages of 8+ words at grade ${r.targetGrade} or below (${(100 * r.share).toFixed(1)}%); never above ${r.maxGrade}; hardest: ${hardest.join(', ')}`);
    if (grades) for (const m of r.messages) lines.push(`  ${m.grade.toFixed(1).padStart(5)}  ${m.key} (${m.words} words)`);
  }
  const sms = report.sms;
  if (sms) {
    const row = (o: Record<string, number>): string => Object.entries(o).map(([l, n]) => `${l} ${n}`).join(', ');
    lines.push('', `SMS segments, emergency message: ${row(sms.emergency)}`, 'SMS segments, first reply of each topic (most in any language):');
    for (const [topic, byLang] of Object.entries(sms.topics)) {
      const max = Math.max(...Object.values(byLang));
      const worst = Object.entries(byLang).filter(([, n]) => n === max).map(([l]) => l);
      lines.push(`  ${topic.padEnd(20)} ${max} (${worst.join(', ')})`);
    }
  }
  return lines;
}

/** The report for a terminal: errors, warnings, reading and SMS figures, then one line per language. */
export function formatLintText(report: LintReport, grades = false): string {
  const lines = [...report.errors.map(formatFinding), ...report.warnings.map(formatFinding), ...formatFigures(report, grades)];
  if (report.languages.length) {
    lines.push('', 'Languages:');
    for (const l of report.languages) {
      const parts = [`${l.keys} messages`, `${l.status.reviewed} reviewed, ${l.status.draft} draft`];
      if (l.missing.length) parts.push(`${l.missing.length} missing: ${l.missing.join(', ')}`);
      if (l.missingSynonyms.length) parts.push(`synonyms missing: ${l.missingSynonyms.join(', ')}`);
      lines.push(`  ${l.code.padEnd(5)} ${l.name.padEnd(16)} ${l.complete ? 'complete' : 'incomplete'}; ${parts.join('; ')}`);
    }
  }
  lines.push('', `${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

/**
 * Lint the configured content, print, and return the exit code (1 when there are errors).
 * `opts.today` defaults to the current date, for the review-age warnings.
 */
export function runLint(
  config: { flowsDir: string; localesDir: string },
  json: boolean,
  opts: LintOptions & { grades?: boolean } = {},
  out: (s: string) => void = (s) => process.stdout.write(s),
): number {
  const { grades, ...lintOpts } = opts;
  const today = lintOpts.today ?? new Date().toISOString().slice(0, 10);
  const report = lintDirs({ flowsDir: config.flowsDir, localesDir: config.localesDir }, { ...lintOpts, today });
  out(json ? JSON.stringify(report, null, 2) + '\n' : formatLintText(report, grades === true));
  return report.ok ? 0 : 1;
}
