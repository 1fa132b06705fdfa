// How many SMS segments a text costs, exactly as a carrier splits it (3GPP TS 23.038 and
// TS 23.040). Shared by the SMS channel (what a reply costs) and `waypoint flows lint`
// (CONTENT.md, "SMS": at most 3 segments per message).
//
// - GSM-7: 160 septets in one segment; when split, 153 per part (7 septets go to the
//   concatenation header). `^ { } \ [ ~ ] | €` and form feed live in the extension table:
//   an escape septet plus the character, so they count 2, and the pair is never split
//   across two parts — a part may therefore hold only 152 septets.
// - UCS-2: one character outside the GSM-7 alphabet (an emoji, a curly quote, "á", "ç")
//   makes the whole message UCS-2: 70 UTF-16 units in one segment, 67 per part. A
//   character outside the Basic Multilingual Plane (most emoji) is a surrogate pair: 2
//   units, never split across parts.

/** The GSM 03.38 basic alphabet. Note "Ç" (capital) is in it, "ç" is not. */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: each costs an escape septet plus itself. */
const EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(BASIC);
const extension = new Set(EXTENSION);

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsSegments {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  /** 0 for an empty text: there is nothing to send. */
  segments: number;
}

const LIMITS = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
} as const;

/** The first character that forces UCS-2, or null when the whole text is GSM-7. */
export function firstNonGsm7(text: string): string | null {
  for (const ch of text) if (!basic.has(ch) && !extension.has(ch)) return ch;
  return null;
}

export function smsSegments(text: string): SmsSegments {
  const encoding: SmsEncoding = firstNonGsm7(text) === null ? 'gsm7' : 'ucs2';
  // Cost of each indivisible unit: a code point (UCS-2: 1 or 2 UTF-16 units; GSM-7: 1 or 2 septets).
  const costs: number[] = [];
  for (const ch of text) costs.push(encoding === 'gsm7' ? (extension.has(ch) ? 2 : 1) : ch.length);
  const units = costs.reduce((a, b) => a + b, 0);
  const limit = LIMITS[encoding];
  if (units === 0) return { encoding, units, segments: 0 };
  if (units <= limit.single) return { encoding, units, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > limit.part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding, units, segments };
}
