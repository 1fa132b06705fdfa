// Immediate danger, in every language at once: a wrong language guess must never hide it.
// Figures of speech ("this deadline is killing me") are blanked out first, then any phrase or
// pattern of any lexicon flags the message. The lexicons are data (data/danger/<lang>.yaml) so a
// reviewer can read and correct them without reading code.
import { compilePattern, fold } from './fold.ts';
import type { DangerLexicon } from './data.ts';

const NO_SPACES = /[\p{Script=Han}\p{Script=Thai}]/u;
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase rule's regex, from the phrase already folded. */
function phraseRegex(folded: string): RegExp {
  if (NO_SPACES.test(folded)) return new RegExp(escape(folded).replace(/ /g, '\\s*'), 'u');
  const body = folded.split(' ').map(escape).join('\\s+');
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'u');
}

/** The longest word of a folded phrase: every phraseRegex contains each word literally. */
function longestWord(folded: string): string {
  return folded.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
}

export interface DangerMatch {
  lang: string;
  kind: 'phrase' | 'pattern';
  rule: string;
}

export class DangerDetector {
  /** `need`: a word the rule cannot match without (a phrase's longest word), checked before the regex. */
  private readonly rules: { lang: string; kind: 'phrase' | 'pattern'; rule: string; re: RegExp; need: string }[] = [];
  private readonly figures: RegExp[] = [];

  constructor(lexicons: readonly DangerLexicon[]) {
    for (const lex of lexicons) {
      for (const p of lex.phrases) {
        const folded = fold(p);
        this.rules.push({ lang: lex.lang, kind: 'phrase', rule: p, re: phraseRegex(folded), need: longestWord(folded) });
      }
      for (const p of lex.patterns) this.rules.push({ lang: lex.lang, kind: 'pattern', rule: p, re: compilePattern(p), need: '' });
      for (const p of lex.not_danger) this.figures.push(compilePattern(p));
    }
  }

  /** The first rule that fires, or null. */
  match(text: string): DangerMatch | null {
    let t = fold(text);
    for (const f of this.figures) t = t.replace(f, (m) => ' '.repeat(m.length));
    for (const r of this.rules) {
      // A phrase's regex matches its words literally, so a text without its longest word cannot
      // match: the substring test skips most of the ~340 phrase regexes for a typical message.
      if (r.need && !t.includes(r.need)) continue;
      r.re.lastIndex = 0;
      if (r.re.test(t)) return { lang: r.lang, kind: r.kind, rule: r.rule };
    }
    return null;
  }

  isDanger(text: string): boolean {
    return this.match(text) !== null;
  }
}
