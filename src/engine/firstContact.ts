// First contact in the person's own language, and the small things people write that are not
// answers: thanks, "ok", a greeting, "it's me again". Understanding (outside the engine) says
// what it could tell; the engine only decides what to say, in which language, from where.
import type { AskNode, Command, Position, Understanding } from './types.ts';
import type { Turn } from './turn.ts';
import { askAboutDanger, rememberTopic } from './understood.ts';
import { normalize } from './normalize.ts';
import { parseRef, refOf } from './session.ts';

/** How many languages the language question is asked in at once, at most. */
export const ASK_IN_AT_MOST = 3;

/**
 * The languages this turn may speak while none is chosen, best first: `first` (a command word's
 * languages), what understanding found,
 * then the catalogue's `askIn` (the deployment's likeliest), then the default. Only offered
 * languages; at most ASK_IN_AT_MOST.
 */
export function likelyLanguages(turn: Turn, u: Understanding | undefined, first: readonly string[] = []): string[] {
  const { catalog } = turn.bundle;
  const offered = catalog.languages();
  const found = [...first, ...(u?.lang ? [u.lang] : []), ...(u?.likely ?? [])];
  // Two languages mixed: asked in those two, not a third the deployment adds.
  const all = u?.mixed ? found : [...found, ...(catalog.askIn?.() ?? []), catalog.defaultLanguage()];
  return [...new Set(all)].filter((l) => offered.includes(l)).slice(0, ASK_IN_AT_MOST);
}

/**
 * A new conversation whose first message's language understanding could tell: it starts in that
 * language. Returns true when it did (the turn then says how to change it).
 */
export function startInDetectedLanguage(turn: Turn, u: Understanding | undefined): boolean {
  const lang = u?.lang;
  if (turn.s.lang || !lang || !turn.bundle.catalog.languages().includes(lang)) return false;
  turn.setVar('lang', lang);
  turn.event({ type: 'language_detected', lang });
  return true;
}

/** The offered languages whose words for `command` include the (normalized) text: "AYUDA" → es. */
export function commandLanguages(turn: Turn, command: Command, normalized: string): string[] {
  const { catalog } = turn.bundle;
  if (normalized === '') return [];
  // The catalogue key of a command's words (src/i18n/catalog.ts, commandKey).
  const key = `cmd-${command}`;
  return catalog.languages().filter((l) => catalog.matchWords(l, key).includes(normalized));
}

/**
 * At the open language question, a command word that tells no language but the default's
 * ("HUMAN", "MENU", which English has) says nothing new about the person's language: the
 * likeliest language the question was asked in is taken, as the first message pointed to it.
 * Not LANGUAGE, whose answer is the choice itself. Otherwise the command's own languages.
 */
export function commandLanguagesAtQuestion(turn: Turn, command: Command, cmdLangs: readonly string[], atQuestion: boolean): string[] {
  const def = turn.bundle.catalog.defaultLanguage();
  const asked = turn.s.askedIn[0];
  if (!atQuestion || command === 'language' || turn.s.lang || !asked || asked === def) return [...cmdLangs];
  if (cmdLangs.some((l) => l !== def) && !cmdLangs.includes(asked)) return [...cmdLangs];
  return [asked];
}

/**
 * A command word only one offered language has ("AYUDA", "BORRAR"; not "MENU", which many
 * share) says which language the person reads, as a confident detection would: a conversation
 * without a language takes it. Not LANGUAGE, whose answer is the choice itself; and the default
 * language's own words change nothing (the language question still comes when it would have).
 * HELP and EMERGENCY are followed by a question ("Are you in danger right now?", the offer of a
 * person) whose answer must come in a language the person reads: a word several languages share
 * ("madad", "bachao") takes the first of them (EMERGENCY is said in the second too:
 * `commandAlsoIn`). Returns true when it took one.
 */
export function startInCommandLanguage(turn: Turn, command: Command, langs: readonly string[]): boolean {
  const lang = langs.length === 1 || command === 'help' || command === 'emergency' ? langs[0] : undefined;
  if (turn.s.lang || command === 'language' || !lang || lang === turn.bundle.catalog.defaultLanguage()) return false;
  turn.setVar('lang', lang);
  turn.event({ type: 'language_detected', lang });
  return true;
}

/**
 * Right after the first message of the reply (the neutral line on a lock screen, or the
 * emergency message and its copies in other languages), one line on how to change the
 * language, in the language chosen for the person.
 */
export function sayLanguageChange(turn: Turn): void {
  const key = turn.bundle.keys.languageChange;
  const first = turn.outputs[0];
  if (!key || !first) return;
  let at = 1;
  while (turn.outputs[at]?.key === first.key) at++;
  turn.sayAt(at, turn.lang, key);
}

/** Languages that share most words when typed in Latin letters (romanized Hindi, Punjabi, Nepali). */
const SHARES_WORDS: Readonly<Record<string, readonly string[]>> = { hi: ['pa', 'ne'], pa: ['hi', 'ne'], ne: ['hi', 'pa'] };

/** At most this many languages an emergency message is said in when the writing's is unsure. */
export const EMERGENCY_IN_AT_MOST = 2;

/**
 * The languages danger was written in, best first: the one told with confidence, else the
 * likeliest from the whole text (of the likely ones, the one whose danger words matched); then
 * the one whose danger words matched when that is another; then the text's next likeliest, when
 * it was likely enough to be asked in and, if the first was told with confidence, is its kin
 * (romanized Punjabi and Hindi share most words, so "bachao darwaza tod reha" may be either even
 * when its spelling leans to one), unless three or more words of its own told it apart
 * (`langApart`: "mainu", "dinda", "ch" are Punjabi alone). The emergency message is said in both, since a wrong guess
 * alone would leave the person with a message they may not read; text in its own script has one
 * likely language.
 */
export function dangerLanguages(turn: Turn, u: Understanding): string[] {
  const offered = turn.bundle.catalog.languages();
  const likely = u.likely ?? [];
  // Told with confidence, the writing's language keeps a second guess only from its kin, whose
  // words it shares when typed in Latin letters: "il est revenu. vite" is French, though "il" is
  // Arabizi too; "bachao koi maar raha hai" leans Hindi and may still be Punjabi.
  // Told by words its kin do not use ("mainu", "dinda", "ch": Punjabi), it keeps none: one
  // language, as for text in its own script.
  const next = u.lang ? (u.langApart ? [] : likely.filter((l) => SHARES_WORDS[u.lang!]?.includes(l))) : likely;
  // Not told with confidence, the likely language whose danger words matched comes first: "li
  // la" (he is here) is as likely Arabizi as Kreyòl by its words, and only Kreyòl's danger
  // words hold it. Not between kin: romanized Hindi and Punjabi share their danger words, so
  // the list that matched first ("bachao") says nothing about which of the two it is, and the
  // text's own words lead.
  const kin = (a: string, b: string): boolean => SHARES_WORDS[a]?.includes(b) ?? false;
  const lead = likely[0];
  const byDanger = !u.lang && u.dangerLang && likely.includes(u.dangerLang) && !(lead && kin(lead, u.dangerLang));
  const unsure = byDanger ? u.dangerLang : lead;
  const apartFromKin = (l: string): boolean => !(u.langApart && u.lang && kin(u.lang, l));
  const told = [...(u.lang ? [u.lang] : unsure ? [unsure] : []), ...(u.dangerLang && apartFromKin(u.dangerLang) ? [u.dangerLang] : []), ...next];
  return [...new Set(told)].filter((l) => offered.includes(l)).slice(0, EMERGENCY_IN_AT_MOST);
}

/**
 * Danger is answered in the language it was written in, whatever was chosen before: a
 * conversation without a language takes it; one in another language gets the emergency message
 * in the writer's language first (the emergency flow then follows in the chosen one). When the
 * writing's language is unsure between two, the emergency message is said in both. Returns the
 * languages the emergency message is still to be said in after the flow's own (`alsoSay`),
 * and whether the conversation took a language (the turn then says how to change it).
 */
export function dangerLanguage(turn: Turn, u: Understanding): { took: boolean; also: string[] } {
  const keys = turn.bundle.keys;
  const langs = dangerLanguages(turn, u);
  if (langs.length === 0) return { took: false, also: [] };
  if (!turn.s.lang) {
    turn.setVar('lang', langs[0]!);
    return { took: true, also: langs.slice(1) };
  }
  // A conversation already in one of the languages the message may be in: that one.
  if (!langs.includes(turn.s.lang)) for (const l of langs) turn.sayIn(l, keys.handoffEmergency);
  return { took: false, also: [] };
}

/**
 * Weak signs of danger in a first message: the emergency message first, in the language it was
 * written in (the conversation takes it), then "Are you in danger right now?" — nobody who
 * wrote first about danger waits for a question before the numbers. Only in the likeliest
 * language even when unsure: it is a precaution here, and "yes" brings it again with the
 * offer of a person. Returns true when the conversation took a language.
 */
export function sayEmergencyFirst(turn: Turn, u: Understanding): boolean {
  const { took } = dangerLanguage(turn, u);
  // Not taken (the conversation had a language): in the writer's, said above when it differs,
  // then in the conversation's, as the emergency flow does.
  turn.say(turn.bundle.keys.handoffEmergency);
  return took;
}

/**
 * Weak signs of danger at the language question: no danger waits for a language. The emergency
 * message in the message's language (which a conversation without one takes), then "Are you
 * in danger right now?"; "no" carries on after the language question (the safety check, or the
 * menu after a change of language), or asks it again when no language could be told. Null:
 * not that.
 */
export function dangerAtLanguageQuestion(turn: Turn, p: Position, node: AskNode, u: Understanding | undefined, text: string): string | null {
  if (!node.languages || !u?.dangerCheck || !node.next) return null;
  sayEmergencyFirst(turn, u);
  turn.s.retries = 0;
  rememberTopic(turn, u, text);
  return askAboutDanger(turn, turn.s.lang ? node.next : refOf(p));
}

/**
 * An EMERGENCY word two or more languages share ("bachao": Punjabi and Hindi), in a conversation
 * that took the first: the emergency message is said in the second too, as for danger told
 * from text in two languages.
 */
export function commandAlsoIn(command: Command, took: boolean, langs: readonly string[]): string[] {
  return command === 'emergency' && took ? langs.slice(1, EMERGENCY_IN_AT_MOST) : [];
}

/** The emergency message in more languages, each right after the last one said. */
export function alsoSay(turn: Turn, langs: readonly string[]): void {
  const key = turn.bundle.keys.handoffEmergency;
  for (const lang of langs) {
    const at = turn.outputs.findLastIndex((o) => o.key === key);
    if (at < 0) return;
    turn.sayAt(at + 1, lang, key);
  }
}

/**
 * HELP as a whole message may be a cry for help as much as a question about the commands: the
 * help flow says the 911 line and the commands, then asks "Are you in danger right now?". Its
 * "no" returns to where the person was going: first contact for a new conversation (the
 * language question, the safety check), else the menu.
 */
export function helpResume(turn: Turn, wasNew: boolean): void {
  turn.s.stack = wasNew ? [parseRef(turn.bundle.routes.entry)] : [];
}

/**
 * At the language question, a sentence in one of the offered languages chooses that language.
 * Returns the node to go to (the ask's next: the safety check comes first), or null.
 */
export function chooseLanguageByText(turn: Turn, node: AskNode, u: Understanding | undefined, text: string): string | null {
  const lang = u?.lang;
  if (!node.languages || !lang || !turn.bundle.catalog.languages().includes(lang) || !node.next) return null;
  turn.setVar('lang', lang);
  turn.s.retries = 0;
  // The question in it is answered once first contact reaches the menu.
  rememberTopic(turn, u, text);
  return welcomeBack(turn, u) ?? node.next;
}

/**
 * Thanks, "ok" or a greeting where a choice was expected: a short kind word and the same
 * choices again — not "sorry", and not counted as a miss. Returns true when it answered.
 */
export function answerSmallTalk(turn: Turn, p: Position, node: AskNode, u: Understanding | undefined): boolean {
  const kind = u?.social;
  if (kind !== 'thanks' && kind !== 'hello' && kind !== 'ok') return false;
  const keys = turn.bundle.keys;
  const key = kind === 'thanks' ? keys.ackThanks : kind === 'hello' ? keys.ackHello : keys.ackOk;
  if (!key) return false;
  turn.say(key);
  turn.event({ type: 'small_talk_answered', kind });
  turn.prompt(p, node);
  return true;
}

/**
 * A lone "yes" or "no" (the words of the flows' yes/no labels, `choice-yes`/`choice-no`) at a
 * question that does not ask yes or no: never a topic guess ("no" is a word in many questions).
 * "No" to "Is your question about one of these?" means none of them: the menu. Otherwise it is
 * taken as "OK", and the question is asked again. Null: not a lone yes or no.
 */
export function answerLoneYesNo(turn: Turn, p: Position, node: AskNode, text: string): string | null | false {
  const ack = turn.bundle.keys.ackOk;
  if (!ack) return false;
  const n = normalize(text);
  if (n === '') return false;
  const catalog = turn.bundle.catalog;
  const langs = [turn.lang, catalog.defaultLanguage()];
  const is = (key: string): boolean => langs.some((l) => catalog.matchWords(l, key).includes(n));
  const no = is('choice-no');
  if (!no && !is('choice-yes')) return false;
  turn.say(ack);
  turn.event({ type: 'small_talk_answered', kind: 'ok' });
  if (no && node.suggestions) return turn.bundle.routes.menu;
  turn.prompt(p, node);
  return null;
}

/**
 * Someone saying they are back ("it's me again", "volvi"): the welcome back (then the menu, with
 * a person), with no question first — not even the safety check of a new conversation. Null:
 * not that.
 */
export function welcomeBack(turn: Turn, u: Understanding | undefined): string | null {
  const route = turn.bundle.routes.welcomeBack;
  if (u?.social !== 'back' || !route) return null;
  // The welcome says "here is the menu": a question left waiting (before "not now") is not it.
  turn.s.pendingTopic = null;
  turn.event({ type: 'welcomed_back' });
  return route;
}

/**
 * Where a message that is not an answer leads before any topic guess: someone coming back →
 * welcomed back (then the menu, with a person); a message that talks to the machine → the
 * menu, introduced as what Waypoint can help with. Null: carry on as usual.
 */
export function routeAside(turn: Turn, u: Understanding | undefined): string | null {
  const { routes, keys } = turn.bundle;
  const back = welcomeBack(turn, u);
  if (back) return back;
  if (u?.offScope) {
    turn.event({ type: 'out_of_scope' });
    if (keys.scope) turn.say(keys.scope);
    return routes.menu;
  }
  return null;
}
