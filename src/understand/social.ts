// Greetings, thanks and acknowledgements at the edges of a message carry no topic, but their
// words can: "buenos dias" was read, confidently, as a question about working hours ("dias"),
// and "hola" gave a "did you mean" about documents. They are taken off the start and end of
// the text before topic retrieval; a message made only of them asks about no topic. Only the
// edges: inside a sentence the same words may mean something ("no me pagan por favor" keeps
// its sense either way, but Chinese 好 or Thai ได้ inside a sentence would not).
import { fold } from './fold.ts';
import type { SocialPhraseList } from './data.ts';

/** Scripts written without spaces between words: a phrase may end where the next word starts. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Thai}]/u;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;

export class SocialPhrases {
  /** Folded, longest first, so "muchas gracias" goes before "gracias". */
  private readonly phrases: string[];

  constructor(lists: readonly SocialPhraseList[]) {
    const all = new Set(lists.flatMap((l) => l.phrases.map((p) => fold(p).replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim())));
    this.phrases = [...all].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }

  /**
   * The text with social phrases taken off its start and end (folded, punctuation as spaces),
   * '' when nothing else is left, or null when there was nothing to take off.
   */
  strip(text: string): string | null {
    let t = fold(text).replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
    let stripped = false;
    for (let changed = true; changed && t !== ''; ) {
      changed = false;
      for (const p of this.phrases) {
        if (t === p) return '';
        if (t.startsWith(p) && joins(p.at(-1)!, t[p.length]!)) {
          t = t.slice(p.length).trim();
        } else if (t.endsWith(p) && joins(t[t.length - p.length - 1]!, p[0]!)) {
          t = t.slice(0, t.length - p.length).trim();
        } else continue;
        changed = stripped = true;
        break;
      }
    }
    return stripped ? t : null;
  }
}

/** Whether a phrase ends (or starts) at a word boundary: a space, or two no-space characters. */
function joins(a: string, b: string): boolean {
  return a === ' ' || b === ' ' || (NO_SPACES.test(a) && NO_SPACES.test(b));
}
