// Plain-language checks on the source language (CONTENT.md, "Voice and tone" and "Safety
// behaviours"): reading grade, words that push people away, and a first line that is
// harmless on a lock screen. Translations are reviewed by people; these check the source.
import { readability } from '../../content/readability.ts';
import type { Finding, LintContext } from './types.ts';

/** Grade 6 or below. Fewer words than this (labels, names) make the formula meaningless. */
export const MAX_GRADE = 6;
const MIN_WORDS = 8;

/** CONTENT.md's "avoid" column, as whole words. */
export const WORDS_TO_AVOID = [
  'victim', 'victims', 'trafficked', 'illegal', 'illegally', 'illegals', 'alien', 'aliens', 'slave', 'slaves',
  'slavery', 'prostitute', 'prostitutes', 'prostitution', 'hooker', 'hookers', 'pimp', 'pimps', 'rescue', 'rescued',
];
const AVOID = new RegExp(`\\b(${WORDS_TO_AVOID.join('|')})\\b`, 'i');

/** Nothing in the first line's first 40 characters that would alarm someone reading over a shoulder. */
export const LOCK_SCREEN_WORDS = ['trafficking', 'abuse', 'shelter', 'police', 'immigration', 'hotline', 'danger', 'victim', 'exploitation'];
const LOCK_SCREEN_CHARS = 40;

function sourceText(ctx: LintContext, key: string): { text: string; file: string; line?: number } | null {
  const { source, locales } = ctx.content.locales;
  const locale = locales.get(source);
  const m = locale?.messages.get(key);
  const f = ctx.content.catalog.format(source, key, {});
  if (!locale || !m || !f || f.lang !== source) return null;
  return { text: f.text, file: locale.file, line: m.line };
}

export function plainLanguage(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const lang = ctx.content.locales.source;
  for (const key of ctx.uses.keys()) {
    if (key.startsWith('language-')) continue;
    const s = sourceText(ctx, key);
    if (!s) continue;
    const at = { file: s.file, ...(s.line ? { line: s.line } : {}), key, lang };
    const r = readability(s.text);
    if (r.words >= MIN_WORDS && r.grade > MAX_GRADE) {
      out.push({ rule: 'reading-grade', severity: 'error', ...at, message: `"${key}" reads at grade ${r.grade} (Flesch–Kincaid; at most ${MAX_GRADE}): shorter sentences, shorter words` });
    }
    const bad = AVOID.exec(s.text);
    if (bad) out.push({ rule: 'words-to-avoid', severity: 'error', ...at, message: `"${key}" uses "${bad[1]}": describe the situation instead (CONTENT.md, words to avoid)` });
  }
  const [flow, node] = ctx.content.flows.routes.entry.split('.') as [string, string];
  const entry = ctx.content.flows.flows[flow]?.nodes[node];
  const firstKey = entry?.type === 'say' || entry?.type === 'effect' ? entry.messages[0] : entry?.type === 'ask' ? entry.prompt[0] : undefined;
  if (firstKey) {
    for (const l of ctx.content.locales.locales.keys()) {
      const text = ctx.content.catalog.format(l, firstKey, {})?.text.slice(0, LOCK_SCREEN_CHARS).toLowerCase() ?? '';
      const word = LOCK_SCREEN_WORDS.find((w) => text.includes(w));
      if (word) out.push({ rule: 'lock-screen', severity: 'error', key: firstKey, lang: l, message: `the first line shows "${word}" in its first ${LOCK_SCREEN_CHARS} characters, where a lock screen shows it` });
    }
  }
  return out;
}
