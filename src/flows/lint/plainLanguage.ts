// Plain-language checks on the source language (CONTENT.md, "Voice and tone" and "Safety
// behaviours"): reading grade, words that push people away, and a first line that is
// harmless on a lock screen. Translations are reviewed by people; these check the source.
//
// Reading grade (Flesch–Kincaid, syllables from the `syllable` library): every used message of
// 8 words or more is scored; office directory entries (`es-office-*`: a name, a number, an
// address) and language names are not prose and are left out. The target is grade 6: a message
// above 8 is an error; above 6 a warning; and fewer than 95% of scored messages at 6 or below
// is an error, so the few harder messages stay few.
import { readability } from '../../content/readability.ts';
import { COMMANDS } from '../../engine/types.ts';
import { commandKey } from '../../i18n/catalog.ts';
import type { Finding, LintContext, ReadingSummary } from './types.ts';

/** The target grade, and the grade no message may pass. */
export const TARGET_GRADE = 6;
export const MAX_GRADE = 8;
/** At least this share of scored messages at the target grade or below. */
export const TARGET_SHARE = 0.95;
/** Fewer words than this (labels, names) make the formula meaningless. */
export const MIN_WORDS = 8;
/** Office directory entries and language names: not prose. */
const NOT_PROSE = /^(es-office-|language-)/;

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

/** The command words of the source language as people see them (MENU, ERASE, …). */
function commandWords(ctx: LintContext): Set<string> {
  const source = ctx.content.locales.source;
  const out = new Set<string>();
  for (const c of COMMANDS) {
    const w = ctx.content.catalog.format(source, commandKey(c), {})?.text;
    if (w) out.add(w);
  }
  return out;
}

/** Every used source message's reading grade, and the findings on them. */
export function readingLevels(ctx: LintContext): { findings: Finding[]; reading: ReadingSummary } {
  const lang = ctx.content.locales.source;
  const commands = commandWords(ctx);
  const findings: Finding[] = [];
  const messages: ReadingSummary['messages'] = [];
  for (const key of [...ctx.uses.keys()].sort()) {
    if (NOT_PROSE.test(key) || key.startsWith('cmd-')) continue;
    const s = sourceText(ctx, key);
    if (!s) continue;
    const r = readability(s.text, { commandWords: commands });
    if (r.words < MIN_WORDS) continue;
    messages.push({ key, words: r.words, grade: r.grade });
    const at = { file: s.file, ...(s.line ? { line: s.line } : {}), key, lang };
    if (r.grade > MAX_GRADE) {
      findings.push({ rule: 'reading-grade', severity: 'error', ...at, message: `"${key}" reads at grade ${r.grade} (Flesch–Kincaid; never above ${MAX_GRADE}, aim for ${TARGET_GRADE}): shorter sentences, shorter words` });
    } else if (r.grade > TARGET_GRADE) {
      findings.push({ rule: 'reading-grade', severity: 'warning', ...at, message: `"${key}" reads at grade ${r.grade} (Flesch–Kincaid; aim for ${TARGET_GRADE})` });
    }
  }
  const atTarget = messages.filter((m) => m.grade <= TARGET_GRADE).length;
  const share = messages.length === 0 ? 1 : atTarget / messages.length;
  if (share < TARGET_SHARE) {
    findings.push({
      rule: 'reading-level',
      severity: 'error',
      lang,
      message: `${atTarget} of ${messages.length} ${lang} messages of ${MIN_WORDS}+ words read at grade ${TARGET_GRADE} or below (${(100 * share).toFixed(1)}%); at least ${100 * TARGET_SHARE}% should`,
    });
  }
  return { findings, reading: { lang, scored: messages.length, atTarget, share, targetGrade: TARGET_GRADE, maxGrade: MAX_GRADE, messages } };
}

export function plainLanguage(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const lang = ctx.content.locales.source;
  for (const key of ctx.uses.keys()) {
    if (key.startsWith('language-')) continue;
    const s = sourceText(ctx, key);
    if (!s) continue;
    const at = { file: s.file, ...(s.line ? { line: s.line } : {}), key, lang };
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
