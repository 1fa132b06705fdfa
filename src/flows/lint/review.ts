// Review metadata (CONTENT.md, "Review metadata"): a used message whose last review is over
// 6 months old is flagged (law changes), and `@verify true` blocks release — an error with
// `requireComplete`, a warning otherwise. Only when `today` is given, so a lint without a
// date stays reproducible. Drafts and never-reviewed messages are the content report's job
// (`waypoint content report`); listing them here would bury every other finding.
import { isStale } from '../../content/report.ts';
import type { Finding, LintContext } from './types.ts';

export function reviewMetadata(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const today = ctx.options.today;
  for (const [lang, locale] of ctx.content.locales.locales) {
    for (const m of locale.messages.values()) {
      if (!ctx.uses.has(m.key)) continue;
      const at = { file: locale.file, line: m.line, key: m.key, lang };
      if (m.meta.verify) {
        out.push({ rule: 'verify', severity: ctx.options.requireComplete ? 'error' : 'warning', ...at, message: `"${m.key}" has @verify true: a fact still needs checking before release` });
      }
      if (today && m.meta.lastReviewed && isStale(m.meta.lastReviewed, today)) {
        out.push({ rule: 'review-stale', severity: 'warning', ...at, message: `"${m.key}" was last reviewed on ${m.meta.lastReviewed}, over 6 months before ${today}` });
      }
    }
  }
  return out;
}
