// Channel limits, checked per language on the text a person would actually get.
// - WhatsApp reply buttons: at most 3, title ≤ 20 characters. An ask with display: buttons
//   and ≤ 3 choices is sent as buttons; every other ask as a list (rows ≤ 24 characters,
//   at most 10 rows). Longer titles make the channel fall back to numbered text.
// - SMS: at most 3 segments per message (CONTENT.md, "SMS"); the last prompt of an ask is
//   counted with its choices as numbered lines (a list after "Send a number."), as the SMS channel sends it. The entry's
//   first message should fit one segment (the lock-screen line). A language whose SMS
//   encoding is gsm7 (languages.yaml) should not need UCS-2: one curly quote doubles the cost.
// Variables are counted as their `{$name}` placeholder: the real value is not known here.
import { smsSegments, firstNonGsm7 } from '../../channels/sms/segments.ts';
import { CHOOSE_NUMBER } from '../../channels/words.ts';
import type { AskNode } from '../../engine/types.ts';
import { languageKey, topicKey } from './context.ts';
import type { Finding, LintContext } from './types.ts';

export const BUTTON_TITLE_MAX = 20;
export const BUTTONS_MAX = 3;
export const LIST_ROW_TITLE_MAX = 24;
export const LIST_ROWS_MAX = 10;
export const SMS_SEGMENTS_MAX = 3;

/** Text in this language only (null when it would fall back: the fallback language reports it). */
function own(ctx: LintContext, lang: string, key: string): string | null {
  const f = ctx.content.catalog.format(lang, key, {});
  return f && f.lang === lang ? f.text : null;
}

/** The engine offers at most this many topics in a "did you mean" (src/engine/understood.ts). */
const SUGGESTIONS_SHOWN = 3;

/**
 * The labels an ask can show. Every topic label must fit the title limits (any may be
 * suggested); for lengths and counts, a "did you mean" shows its three longest in `lang`.
 */
function labelKeys(ctx: LintContext, node: AskNode, lang?: string): string[] {
  if (node.languages) return [...ctx.content.locales.locales.keys()].map(languageKey);
  const fixed = node.choices.map((c) => c.label);
  if (!node.suggestions) return fixed;
  const topics = Object.keys(ctx.content.flows.topics).map(topicKey);
  if (lang === undefined) return [...topics, ...fixed];
  const len = (k: string): number => ctx.content.catalog.format(lang, k, {})?.text.length ?? 0;
  return [...topics.sort((a, b) => len(b) - len(a)).slice(0, SUGGESTIONS_SHOWN), ...fixed];
}

export function choiceTitles(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const flow of Object.values(ctx.content.flows.flows)) {
    for (const node of Object.values(flow.nodes)) {
      if (node.type !== 'ask') continue;
      const labels = labelKeys(ctx, node);
      const shown = labelKeys(ctx, node, ctx.content.catalog.defaultLanguage()).length;
      const at = { ...ctx.content.flows.where[`${flow.id}.${node.id}`], flow: flow.id, node: node.id };
      if (shown > LIST_ROWS_MAX) out.push({ rule: 'too-many-choices', severity: 'warning', ...at, message: `${shown} choices: WhatsApp lists hold ${LIST_ROWS_MAX}, so they are sent as numbered text` });
      const buttons = node.display === 'buttons' && shown <= BUTTONS_MAX;
      const max = buttons ? BUTTON_TITLE_MAX : LIST_ROW_TITLE_MAX;
      for (const lang of ctx.content.locales.locales.keys()) {
        for (const key of labels) {
          const text = own(ctx, lang, key);
          const length = text === null ? 0 : [...text].length;
          const id = `${key}|${lang}|${max}`;
          if (length <= max || done.has(id)) continue;
          done.add(id);
          out.push({
            rule: buttons ? 'button-title' : 'list-title',
            severity: 'error',
            ...at,
            key,
            lang,
            message: `"${key}" in ${lang} is ${length} characters; WhatsApp ${buttons ? 'reply buttons' : 'list rows'} allow ${max}`,
          });
        }
      }
    }
  }
  return out;
}

export function smsLimits(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { locales } = ctx.content.locales;
  const entry = ctx.content.flows.routes.entry;
  const done = new Set<string>();
  const check = (lang: string, key: string, text: string, at: Partial<Finding>, what: string, max: number, rule: string): void => {
    const s = smsSegments(text);
    if (s.segments <= max) return;
    out.push({
      rule,
      severity: rule === 'sms-segments' ? 'error' : 'warning',
      ...at,
      key,
      lang,
      message: `${what} in ${lang} takes ${s.segments} SMS segments (${s.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2'}, ${s.units} units); at most ${max}`,
    });
  };
  for (const flow of Object.values(ctx.content.flows.flows)) {
    for (const node of Object.values(flow.nodes)) {
      const ref = `${flow.id}.${node.id}`;
      const at = { ...ctx.content.flows.where[ref], flow: flow.id, node: node.id };
      const keys = node.type === 'ask' ? node.prompt : node.type === 'say' || node.type === 'effect' ? node.messages : [];
      for (const lang of locales.keys()) {
        keys.forEach((key, i) => {
          let text = own(ctx, lang, key);
          if (text === null) return;
          let what = `"${key}"`;
          if (node.type === 'ask' && i === keys.length - 1) {
            const labels = labelKeys(ctx, node, lang).map((k, n) => `${n + 1}. ${ctx.content.catalog.format(lang, k, {})?.text ?? k}`);
            if (labels.length) {
              const list = node.display === 'list' || labels.length > 3;
              const hint = list ? ctx.content.catalog.format(lang, CHOOSE_NUMBER, {})?.text : undefined;
              text = `${[text, hint].filter(Boolean).join('\n')}\n\n${labels.join('\n')}`;
              what = `"${key}" with its numbered choices`;
            }
          }
          const id = `${what}|${lang}`;
          if (done.has(id)) return;
          done.add(id);
          check(lang, key, text, at, what, SMS_SEGMENTS_MAX, 'sms-segments');
          if (ref === entry && i === 0) check(lang, key, text, at, `the first message ${what}`, 1, 'sms-first-line');
        });
      }
    }
  }
  // Every used message, once per language, for the encoding its language promises. Language
  // names (`language-<code>`) are written in their own script on purpose and are left out.
  for (const [lang, locale] of locales) {
    if (locale.language.sms !== 'gsm7') continue;
    for (const key of ctx.uses.keys()) {
      if (key.startsWith('language-')) continue;
      const text = own(ctx, lang, key);
      const ch = text === null ? null : firstNonGsm7(text);
      if (ch === null) continue;
      const m = locale.messages.get(key);
      out.push({
        rule: 'sms-encoding',
        severity: 'warning',
        file: locale.file,
        ...(m ? { line: m.line } : {}),
        key,
        lang,
        message: `"${key}" needs UCS-2 because of "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); ${lang} SMS is GSM-7, which fits over twice as much`,
      });
    }
  }
  return out;
}
