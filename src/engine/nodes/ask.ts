import type { AskNode, Choice, Input, Position, Validation } from '../types.ts';
import type { Turn } from '../turn.ts';
import { routeFreeText } from '../understood.ts';
import { answerLoneYesNo, answerSmallTalk, chooseLanguageByText, dangerAtLanguageQuestion, routeAside } from '../firstContact.ts';
import { asNumber, foldDigits, normalize } from '../normalize.ts';

export function runAsk(turn: Turn, p: Position, node: AskNode): null {
  turn.restAt(p, node);
  return null;
}

/** Find the choice an input selects: button id, number, label or synonym. */
export function matchChoice(turn: Turn, choices: Choice[], input: Input, normalized: string, languages = false): Choice | undefined {
  if (input.type === 'choice') return choices.find((c) => c.id === input.id);
  if (normalized === '') return undefined;
  const n = asNumber(normalized);
  if (n !== null) return n >= 1 && n <= choices.length ? choices[n - 1] : undefined;
  const catalog = turn.bundle.catalog;
  // The language question knows every language's names for every language ("espanol", "inglés").
  const langs = languages ? catalog.languages() : [turn.lang, catalog.defaultLanguage()];
  for (const lang of langs) {
    const hit = choices.find((c) => catalog.matchWords(lang, c.label).includes(normalized));
    if (hit) return hit;
  }
  return undefined;
}

const patternCache = new Map<string, RegExp | null>();

/** A flow's pattern, compiled once; null when it is not a valid regular expression. */
function compilePattern(pattern: string): RegExp | null {
  let re = patternCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    patternCache.set(pattern, re);
  }
  return re;
}

/** Letters, marks and digits of any script; spaces, "-" and "'" only inside. No emoji, no symbols. */
const CODEWORD = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}' -]*[\p{L}\p{M}\p{N}])?$/u;

/** The value to store for a free-text answer, or null when it does not pass. Throws nothing. */
export function validateText(v: Validation | undefined, text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  if (!v) return t;
  switch (v.kind) {
    case 'text':
      return t.length <= v.maxLength ? t : null;
    case 'codeword': {
      const n = [...t].length;
      return n >= 3 && n <= 30 && CODEWORD.test(t) && normalize(t) !== '' ? t : null;
    }
    case 'number': {
      const folded = foldDigits(t).replace(/[\s,]/g, '');
      if (!/^-?\d+(\.\d+)?$/.test(folded)) return null;
      const n = Number(folded);
      if (v.min !== undefined && n < v.min) return null;
      if (v.max !== undefined && n > v.max) return null;
      return folded;
    }
    case 'pattern': {
      const re = compilePattern(v.pattern);
      return re && re.test(t) ? t : null;
    }
  }
}

/** The answer to the ask the conversation rests at. Returns the node to go to, or null to stay. */
export function answerAsk(turn: Turn, p: Position, node: AskNode, input: Input, text: string): string | null {
  const choices = turn.visibleChoices(node);
  const chosen = matchChoice(turn, choices, input, normalize(text), node.languages === true);
  if (chosen) {
    if (node.var) turn.setVar(node.var, chosen.id);
    for (const [k, v] of Object.entries(chosen.set ?? {})) turn.setVar(k, v);
    turn.s.retries = 0;
    const next = chosen.next ?? node.next;
    if (next) return next;
    turn.end();
    return null;
  }
  if (node.validate?.kind === 'codeword' && node.next && input.type === 'text') {
    const value = validateText(node.validate, text);
    if (value !== null) {
      // Never a session variable: the host keeps only a salted hash.
      turn.effects.push({ type: 'codeword_set', word: normalize(value) });
      turn.s.retries = 0;
      return node.next;
    }
    // A refused code word is never routed as a question: the retry says what a code word may be.
    return miss(turn, p, node, choices);
  } else if (node.var && node.next && input.type === 'text' && (choices.length === 0 || node.validate)) {
    if (node.validate?.kind === 'pattern' && !compilePattern(node.validate.pattern)) {
      // Broken content, not the person's mistake: say so in the events; the miss below still counts.
      turn.event({ type: 'error', code: 'invalid_pattern', detail: `${p.flow}.${p.node}` });
    }
    const value = validateText(node.validate, text);
    if (value !== null) {
      turn.setVar(node.var, value);
      turn.s.retries = 0;
      return node.next;
    }
  }
  const u = input.type === 'text' ? input.understood : undefined;
  const danger = dangerAtLanguageQuestion(turn, p, node, u, text);
  if (danger) return danger;
  const chosenByText = chooseLanguageByText(turn, node, u, text);
  if (chosenByText) return chosenByText;
  if (answerSmallTalk(turn, p, node, u)) return null;
  // The language question routes nothing else: a language comes first.
  if (node.languages) return miss(turn, p, node, choices);
  if (input.type === 'text' && !u?.danger && !u?.dangerCheck) {
    const yesNo = answerLoneYesNo(turn, p, node, text);
    if (yesNo !== false) return yesNo;
  }
  return routeAside(turn, u) ?? routeFreeText(turn, u, text) ?? miss(turn, p, node, choices);
}

function miss(turn: Turn, p: Position, node: AskNode, choices: Choice[]): string | null {
  turn.s.retries += 1;
  turn.event({ type: 'input_unmatched', flow: p.flow, node: p.node, retries: turn.s.retries });
  if (turn.s.retries >= node.maxRetries) {
    turn.s.retries = 0;
    turn.say(turn.bundle.keys.tooManyMisses);
    return node.onFail ?? turn.bundle.routes.menu;
  }
  turn.say(node.retry, choices, node.display);
  return null;
}
