import type { Output } from '../../engine/types.ts';
import { NO_HINT, numberedOutput, splitWithin, type NumberHint } from '../degrade.ts';
import type { Capabilities } from '../types.ts';
import { smsSegments } from './segments.ts';

/**
 * One SMS may be up to 3 segments (459 GSM-7 or 201 UCS-2 characters): longer replies cost a
 * person on prepaid credit too much and arrive out of order on basic phones (CONTENT.md, "SMS").
 */
export const SMS_MAX_SEGMENTS = 3;

export const SMS_CAPABILITIES: Capabilities = {
  maxText: 459,
  buttons: null,
  list: null,
  markup: 'none',
  segments: { max: SMS_MAX_SEGMENTS },
};

/**
 * The bodies of the SMS for one turn: every output's text, choices as numbered lines (a list
 * after "Send a number." in the output's language, `hint`), joined
 * by blank lines and packed into as few messages as fit `maxSegments` each, cut on paragraph,
 * then sentence boundaries. One accented letter makes a part UCS-2, and the budget follows.
 */
export function renderSms(
  outputs: readonly Output[],
  opts: { dirOf?: (lang: string) => 'ltr' | 'rtl'; hint?: NumberHint; maxSegments?: number } = {},
): string[] {
  const dirOf = opts.dirOf ?? (() => 'ltr');
  const hint = opts.hint ?? NO_HINT;
  const maxSegments = opts.maxSegments ?? SMS_MAX_SEGMENTS;
  const texts = outputs
    .map((o) => numberedOutput(o, dirOf(o.lang), hint))
    .filter((t) => t.trim() !== '');
  if (texts.length === 0) return [];
  const lang = outputs[0]?.lang ?? 'en';
  return splitWithin(texts.join('\n\n'), (part) => smsSegments(part).segments <= maxSegments, lang);
}
