// `waypoint flows lint`: every rule over loaded content, as one report. Pure: the content is
// passed in; lintDirs() is the one place that reads files, and it turns load failures
// (YAML, schema, broken references, Fluent syntax) into findings instead of throwing.
import { loadContent, type LoadedContent } from '../../bundle.ts';
import { loadLocales } from '../../i18n/load.ts';
import { ContentError, type Problem } from '../../data/errors.ts';
import { loadFlows } from '../load.ts';
import { choiceTitles, smsLimits } from './channels.ts';
import { buildContext } from './context.ts';
import { deadEnds } from './deadEnds.ts';
import { unknownKeys, unusedKeys } from './keys.ts';
import { fluentVariables, languageCompleteness } from './languages.ts';
import { unreachableNodes } from './reachability.ts';
import { reviewMetadata } from './review.ts';
import { plainLanguage, readingLevels } from './plainLanguage.ts';
import { smsBudget } from './smsBudget.ts';
import { commandClash } from './commandClash.ts';
import { bidiIsolation } from './bidi.ts';
import type { Finding, LintOptions, LintReport, Rule } from './types.ts';

export type { Finding, LintOptions, LintReport, LanguageSummary } from './types.ts';

const RULES: Rule[] = [unknownKeys, unusedKeys, unreachableNodes, deadEnds, fluentVariables, choiceTitles, smsLimits, reviewMetadata, plainLanguage, commandClash, bidiIsolation];

export function lintContent(content: LoadedContent, opts: LintOptions = {}): LintReport {
  const ctx = buildContext(content, opts);
  const findings = RULES.flatMap((r) => r(ctx));
  const { findings: lang, languages } = languageCompleteness(ctx);
  findings.push(...lang);
  const { findings: grades, reading } = readingLevels(ctx);
  const { findings: budget, sms } = smsBudget(ctx);
  findings.push(...grades, ...budget);
  return { ...report(findings, languages), reading, sms };
}

/** Load and lint; a load failure becomes findings (rule `load` or `broken-reference`), never a throw. */
export function lintDirs(dirs: { flowsDir: string; localesDir: string }, opts: LintOptions = {}): LintReport {
  const problems: Problem[] = [];
  const attempt = (fn: () => unknown): void => {
    try {
      fn();
    } catch (err) {
      if (err instanceof ContentError) problems.push(...err.problems);
      else if (err instanceof Error) problems.push({ file: '', message: err.message });
      else throw err;
    }
  };
  let content: LoadedContent | undefined;
  attempt(() => (content = loadContent(dirs)));
  if (content) return lintContent(content, opts);
  // Load each half on its own so the report lists the problems of both.
  problems.length = 0;
  attempt(() => loadFlows(dirs.flowsDir));
  attempt(() => loadLocales(dirs.localesDir));
  return report(problems.map(problemFinding), []);
}

export function problemFinding(p: Problem): Finding {
  return {
    rule: /broken reference/.test(p.message) ? 'broken-reference' : 'load',
    severity: 'error',
    ...(p.file ? { file: p.file } : {}),
    ...(p.line ? { line: p.line } : {}),
    message: p.message,
  };
}

function report(findings: Finding[], languages: LintReport['languages']): LintReport {
  const order = (a: Finding, b: Finding): number =>
    (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule) || (a.lang ?? '').localeCompare(b.lang ?? '');
  const errors = findings.filter((f) => f.severity === 'error').sort(order);
  const warnings = findings.filter((f) => f.severity === 'warning').sort(order);
  return { ok: errors.length === 0, errors, warnings, languages };
}
