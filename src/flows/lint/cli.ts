// Thin wrapper for `waypoint flows lint [--json]`.
import { lintDirs } from './index.ts';
import type { Finding, LintOptions, LintReport } from './types.ts';

export function formatFinding(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
  const what = [f.flow && f.node ? `${f.flow}.${f.node}` : '', f.lang ? `[${f.lang}]` : ''].filter(Boolean).join(' ');
  return `${where}${where ? ': ' : ''}${f.severity} ${f.rule}: ${what ? `${what} ` : ''}${f.message}`;
}

/** The report for a terminal: errors, warnings, then one line per language. */
export function formatLintText(report: LintReport): string {
  const lines = [...report.errors.map(formatFinding), ...report.warnings.map(formatFinding)];
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
  opts: LintOptions = {},
  out: (s: string) => void = (s) => process.stdout.write(s),
): number {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const report = lintDirs({ flowsDir: config.flowsDir, localesDir: config.localesDir }, { ...opts, today });
  out(json ? JSON.stringify(report, null, 2) + '\n' : formatLintText(report));
  return report.ok ? 0 : 1;
}
