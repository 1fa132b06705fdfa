// What kind of small talk a message is, when it is nothing else: thanks, a greeting, "ok", or
// someone saying they are back ("it's me again", "sorry", "I went back") — and whether it talks
// to the machine (its instructions, its prompt) rather than about work, papers or safety. The
// engine answers small talk with a kind word and the choices again, a person coming back with a
// welcome, the menu and a person, and a message to the machine with the menu: never a guess.
import { compileDual, fold, isAscii, type DualPattern } from './fold.ts';
import type { SmallTalkList } from './data.ts';
import type { SocialPhrases } from './social.ts';
import { namedLang, type Lang } from '../content/topics.ts';

export type SmallTalkKind = 'thanks' | 'hello' | 'ok' | 'back';

const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const NO_SPACES = /[\p{Script=Han}\p{Script=Thai}]/u;
/** Emoji people send for thanks, hello and ok (folding drops symbols, so they are read raw). */
const EMOJI: Record<string, Exclude<SmallTalkKind, 'back'>> = { '🙏': 'thanks', '👋': 'hello', '👍': 'ok', '👌': 'ok', '🆗': 'ok' };
/** Text that looks like code or a conversation transcript is written for a machine, not to us. */
const MACHINE = [/<\s*\/?\s*(script|data|system|instructions?)\b/i, /\{\{|\$\{/, /\bdrop\s+table\b/i, /^\s*(system|assistant|developer)\s*:/im, /"topic"\s*:/i, /\btopic\s*[:=]/i];

/** Greetings typed whatever the language (its list holds "hi", "hello", "ok"). */
const INTERNATIONAL = namedLang('en');

const clean = (text: string): string => fold(text).replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();

export class SmallTalk {
  /** Each "I'm back" phrase, with the languages whose list has it. */
  private readonly back = new Map<string, Lang[]>();
  private readonly thanks: string[] = [];
  private readonly hello: string[] = [];
  /** Each greeting or thanks, with the languages whose list has it (English's set aside: see greetingLanguages). */
  private readonly greeting = new Map<string, Lang[]>();
  private readonly scope: DualPattern[] = [];

  constructor(
    lists: readonly SmallTalkList[],
    private readonly social: SocialPhrases,
  ) {
    for (const l of lists) {
      for (const p of l.back) {
        const c = clean(p);
        this.back.set(c, [...new Set([...(this.back.get(c) ?? []), l.lang])]);
      }
      this.thanks.push(...l.thanks.map(clean).filter(Boolean));
      this.hello.push(...l.hello.map(clean).filter(Boolean));
      for (const p of [...l.hello, ...l.thanks]) {
        const c = clean(p);
        if (c) this.greeting.set(c, [...new Set([...(this.greeting.get(c) ?? []), l.lang])]);
      }
      for (const p of l.scope) this.scope.push(compileDual(p));
    }
  }

  /** The kind of a message that is only small talk, or null when it says anything else. */
  kind(text: string): SmallTalkKind | null {
    const t = clean(text);
    if (t === '') {
      const raw = [...text.replace(/[\s\uFE0F\u200D]|\p{Emoji_Modifier}/gu, '')];
      const kinds = new Set(raw.map((c) => EMOJI[c]));
      return kinds.size === 1 && raw.length > 0 ? ([...kinds][0] ?? null) : null;
    }
    if (this.backPhrase(t) !== null) return 'back';
    const rest = this.social.strip(t);
    if (rest !== '' && this.greetingParts(t) === null) return null;
    if (this.thanks.some((p) => contains(t, p))) return 'thanks';
    if (this.hello.some((p) => contains(t, p))) return 'hello';
    return 'ok';
  }

  /**
   * The languages of an "I'm back" message ("volvi": Spanish), when it is one: a message this
   * short is too little to tell a language by, but a phrase only one language's list has says
   * which language the person writes. Empty when it is not one.
   */
  backLanguages(text: string): Lang[] {
    return this.backPhrase(clean(text)) ?? [];
  }

  /**
   * The languages a message made only of greetings and thanks is written in ("hola", "bonjou",
   * "salam", "hi po good evening"): those whose lists have every part of it that is not English.
   * English greetings ("hi", "hello", "ok") are typed in every language, so they tell none: a
   * lone "hi" names no language (the language question is asked). Empty when the message is
   * anything else, or when nothing but English greetings is in it.
   */
  greetingLanguages(text: string): Lang[] {
    const parts = this.greetingParts(clean(text));
    if (!parts) return [];
    let langs: Lang[] | null = null;
    for (const p of parts) {
      const own = this.greeting.get(p)!;
      if (own.includes(INTERNATIONAL)) continue;
      langs = langs ? langs.filter((l) => own.includes(l)) : own;
    }
    return langs ?? [];
  }

  /** The text cut into known greetings and thanks, longest first; null when some of it is not one. */
  private greetingParts(t: string): string[] | null {
    const ws = t.split(' ').filter(Boolean);
    if (ws.length === 0 || NO_SPACES.test(t)) return this.greeting.has(t) ? [t] : null;
    const parts: string[] = [];
    for (let i = 0; i < ws.length; ) {
      let j = ws.length;
      while (j > i && !this.greeting.has(ws.slice(i, j).join(' '))) j--;
      if (j === i) return null;
      parts.push(ws.slice(i, j).join(' '));
      i = j;
    }
    return parts;
  }

  /** "hi, it's me again": greetings and thanks at the edges do not hide someone coming back. */
  private backPhrase(t: string): Lang[] | null {
    if (t === '') return null;
    const whole = this.back.get(t);
    if (whole) return whole;
    const rest = this.social.strip(t);
    return (rest ? this.back.get(clean(rest)) : undefined) ?? null;
  }

  /** True when the message talks to the machine: its instructions, its prompt, its role. */
  offScope(text: string): boolean {
    if (MACHINE.some((re) => re.test(text))) return true;
    const t = fold(text);
    const ascii = isAscii(t);
    return this.scope.some((p) => {
      // As for danger's patterns: JavaScript's own `\b` on ASCII text (no Unicode-aware pattern
      // is compiled for a message in English or folded French), a pattern's script on any other.
      const re = ascii ? (p.needsUnicode ? null : p.ascii) : p.script && !p.script.test(t) ? null : p.unicode(t);
      if (!re) return false;
      re.lastIndex = 0;
      return re.test(t);
    });
  }
}

/** A phrase inside folded text on word boundaries (any boundary in scripts without spaces). */
function contains(text: string, phrase: string): boolean {
  if (NO_SPACES.test(phrase)) return text.includes(phrase);
  return ` ${text} `.includes(` ${phrase} `);
}
