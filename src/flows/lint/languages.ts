import type { FluentBundle } from '@fluent/bundle';
import type { Finding, LanguageSummary, LintContext } from './types.ts';
import { patternVariables } from '../../i18n/variables.ts';

/**
 * Per-language completeness: every key the flows, routes, commands and language menu use;
 * the `.synonyms` of every used message whose source has them (choice labels, `cmd-*`,
 * `language-<code>`). Every offered language must be complete (CI fails otherwise): a missing
 * translation would fall back (languages.yaml) and show a person text they may not read.
 * `allowIncomplete` makes it a warning while a new language is being drafted.
 */
export function languageCompleteness(ctx: LintContext): { findings: Finding[]; languages: LanguageSummary[] } {
  const { source, locales } = ctx.content.locales;
  const src = locales.get(source);
  const severity = ctx.options.allowIncomplete ? 'warning' : 'error';
  const findings: Finding[] = [];
  const languages: LanguageSummary[] = [];
  const needed = [...ctx.uses.keys()].filter((k) => src?.messages.has(k)).sort();
  for (const [code, locale] of locales) {
    const missing: string[] = [];
    const missingSynonyms: string[] = [];
    if (code !== source) {
      for (const key of needed) {
        const m = locale.messages.get(key);
        if (!m) {
          missing.push(key);
          findings.push({ rule: 'missing-translation', severity, file: locale.file, key, lang: code, message: `"${key}" is not translated into ${code}; ${code} speakers see the fallback` });
        } else if (src!.messages.get(key)!.attributes.includes('synonyms') && !m.attributes.includes('synonyms')) {
          missingSynonyms.push(key);
          findings.push({ rule: 'missing-synonyms', severity, file: locale.file, line: m.line, key, lang: code, message: `"${key}" has .synonyms in ${source} but not in ${code}: fewer words match` });
        }
      }
    }
    const status = { reviewed: 0, draft: 0 };
    for (const m of locale.messages.values()) status[m.meta.status] += 1;
    languages.push({ code, name: locale.language.name, keys: locale.messages.size, missing, missingSynonyms, status, complete: missing.length === 0 && missingSynonyms.length === 0 });
  }
  return { findings, languages };
}


/**
 * A translation that uses a variable its source message does not have shows `{$name}` to
 * the person (the engine passes only what the source needs). Also: a source message that
 * reads a variable no flow declares (nor `lang`) can never be filled.
 */
export function fluentVariables(ctx: LintContext): Finding[] {
  const { source, locales } = ctx.content.locales;
  const src = locales.get(source);
  if (!src) return [];
  const declared = new Set(['lang', ...Object.values(ctx.content.flows.flows).flatMap((f) => f.vars)]);
  const out: Finding[] = [];
  const varsOf = (bundle: FluentBundle, key: string): Set<string> | null => {
    const m = bundle.getMessage(key);
    if (!m) return null;
    const s = patternVariables(bundle, m.value);
    for (const p of Object.values(m.attributes)) patternVariables(bundle, p, s);
    return s;
  };
  for (const m of src.messages.values()) {
    for (const v of varsOf(src.bundle, m.key) ?? []) {
      if (!declared.has(v)) out.push({ rule: 'unknown-variable', severity: 'error', file: src.file, line: m.line, key: m.key, lang: source, message: `"${m.key}" uses {$${v}}, which no flow declares` });
    }
  }
  for (const [code, locale] of locales) {
    if (code === source) continue;
    for (const m of locale.messages.values()) {
      const theirs = varsOf(locale.bundle, m.key);
      const ours = varsOf(src.bundle, m.key);
      if (!theirs || !ours) continue;
      for (const v of theirs) {
        if (!ours.has(v)) out.push({ rule: 'extra-variable', severity: 'error', file: locale.file, line: m.line, key: m.key, lang: code, message: `"${m.key}" in ${code} uses {$${v}}, which the ${source} message does not have` });
      }
    }
  }
  return out;
}
