// Thin wrapper for `waypoint content report [--json]`.
import { loadContent } from '../bundle.ts';
import { contentReport, formatReportText } from './report.ts';

export function runContentReport(
  config: { flowsDir: string; localesDir: string },
  json: boolean,
  today: string = new Date().toISOString().slice(0, 10),
  out: (s: string) => void = (s) => process.stdout.write(s),
): void {
  const report = contentReport(loadContent({ flowsDir: config.flowsDir, localesDir: config.localesDir }), today);
  out(json ? JSON.stringify(report, null, 2) + '\n' : formatReportText(report));
}
