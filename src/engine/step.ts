import type { Bundle, FlowNode, Input, MediaKind, Position, Session, StepResult, Understanding } from './types.ts';
import { MAX_INPUT_CHARS } from './types.ts';
import { Turn } from './turn.ts';
import { copySession, newSession, refOf } from './session.ts';
import { isBlank, normalize } from './normalize.ts';
import { findCommand, runCommand } from './commands.ts';
import { handoffTurn } from './handoff.ts';
import { answerHeldTopic, askAboutDanger, offerLanguage, rememberTopic, routeFreeText } from './understood.ts';
import {
  alsoSay,
  commandAlsoIn,
  commandLanguages,
  commandLanguagesAtQuestion,
  dangerLanguage,
  helpResume,
  likelyLanguages,
  routeAside,
  sayEmergencyFirst,
  sayLanguageChange,
  startInCommandLanguage,
  startInDetectedLanguage,
  welcomeBack,
} from './firstContact.ts';
import { answerAsk, runAsk } from './nodes/ask.ts';
import { runSay } from './nodes/say.ts';
import { runSet } from './nodes/set.ts';
import { runBranch } from './nodes/branch.ts';
import { runJump } from './nodes/jump.ts';
import { runReturn, runSubflow } from './nodes/subflow.ts';
import { runEffect } from './nodes/effect.ts';

function runNode(turn: Turn, p: Position, node: FlowNode): string | null {
  switch (node.type) {
    case 'say':
      return runSay(turn, node);
    case 'ask':
      return runAsk(turn, p, node);
    case 'set':
      return runSet(turn, node);
    case 'branch':
      return runBranch(turn, node);
    case 'jump':
      return runJump(node);
    case 'subflow':
      return runSubflow(turn, node);
    case 'return':
      return runReturn(turn, node);
    case 'effect':
      return runEffect(turn, node);
  }
}

/**
 * Advance a conversation by one inbound input. Pure: no I/O, no clock, no randomness. What
 * depends on time (held replies, the code word's daily tries, handoff timeouts, the 24-hour
 * window) is the host's, which has the turn's time; nothing here does, so none is passed in.
 */
export function step(bundle: Bundle, session: Session | null, received: Input): StepResult {
  const turn = new Turn(bundle, copySession(session ?? newSession()));
  const s = turn.s;
  s.turns += 1;
  // A voice note, photo or file: only its kind is known; a caption is read as text.
  const media: MediaKind | null = received.type === 'media' ? received.media : null;
  const input: Input =
    received.type === 'media'
      ? { type: 'text', text: received.caption ?? '', ...(received.understood ? { understood: received.understood } : {}) }
      : received;

  const { text, trimmed } = input.type === 'text' ? cleanText(turn, input.text) : { text: '', trimmed: false };
  const command = input.type === 'command' ? input.command : findCommand(turn, normalize(text));

  // After STOP, silence: only START (or ERASE) is answered — not even the note about a trimmed message.
  if (s.status === 'stopped' && command !== 'start' && command !== 'erase') return finish(turn);
  if (trimmed) turn.say(bundle.keys.inputTrimmed);

  // Position is a node id: a flow change may have removed the node, or made it something
  // other than a question. Recover to the menu (a command still goes where it leads).
  const rest = s.status === 'active' && s.at ? turn.node(s.at) : undefined;
  if (s.status === 'active' && s.at && rest?.type !== 'ask') {
    turn.event({ type: 'session_recovered', flow: s.at.flow, node: s.at.node });
    s.at = null;
    s.stack = [];
    if (!command) turn.say(bundle.keys.recovered);
  }

  const understood = input.type === 'text' ? input.understood : undefined;
  // Until a language is chosen, first contact and the language question speak the message's
  // likeliest languages; anywhere else the conversation stays in one language (the default).
  // A command word ("MENU", "AYUDA") is no sentence to tell a language by: the languages that
  // have that word, then the usual ones.
  const atLanguageQuestion = rest?.type === 'ask' && rest.languages === true;
  const cmdLangs =
    command && !s.lang && input.type === 'text'
      ? commandLanguagesAtQuestion(turn, command, commandLanguages(turn, command, normalize(text)), atLanguageQuestion)
      : [];
  if (!s.lang && (s.status === 'new' || (rest?.type === 'ask' && rest.languages))) turn.likely = likelyLanguages(turn, command ? undefined : understood, cmdLangs);
  let detected = false;
  let next: string | null = null;
  /** Languages the emergency message is also said in, after the emergency flow's own. */
  let emergencyAlso: string[] = [];
  /** Danger that was a question about how to get emergency help: answered after the numbers. */
  let askedForHelp = false;
  /** A first message that only takes leave (Understanding's `leaving`): asked about, with the crisis line. */
  let lastWords = false;
  if (media && !s.handoff && !isBlank(text)) {
    // A caption: said first that the picture or voice note itself was not read, then the words are.
    turn.event({ type: 'media_received', media });
    turn.say(bundle.keys.mediaNotRead);
  }
  if (s.handoff) {
    next = handoffTurn(turn, input, command, text, media);
  } else if (media && isBlank(text)) {
    // Waypoint reads only text: say so kindly, then the menu (HUMAN is named in the message).
    // A new conversation still starts with its neutral first line and the language question.
    turn.event({ type: 'media_received', media });
    turn.say(bundle.keys.mediaNotRead);
    if (s.status === 'new') {
      startConversation(turn);
      next = bundle.routes.entry;
    } else {
      next = bundle.routes.menu;
    }
  } else if (input.type === 'staff') {
    // A lead worker's action on a handoff that is no longer open (erased, cancelled): nothing to say.
    return finish(turn);
  } else if (s.status === 'stopped') {
    if (command === 'start') {
      s.status = 'active';
      turn.effects.push({ type: 'opt_in' });
      turn.event({ type: 'conversation_resumed' });
      next = runCommand(turn, 'start');
    } else {
      next = runCommand(turn, 'erase');
    }
  } else if (understood?.danger && !command) {
    // Immediate danger comes before anything else: the emergency flow, no questions first,
    // in the language it was written in (and then in the chosen one, when they differ); how to
    // change that language comes after the emergency message, never before.
    const taken = dangerLanguage(turn, understood);
    detected = taken.took;
    emergencyAlso = taken.also;
    askedForHelp = understood.dangerAsked === true;
    if (s.status !== 'active') startConversation(turn);
    turn.event({ type: 'danger_detected' });
    next = bundle.routes.emergency;
  } else if (command) {
    // "AYUDA" before any language is chosen: answered in Spanish (and how to change it is said,
    // unless the command erases or silences).
    const took = startInCommandLanguage(turn, command, cmdLangs);
    detected = took && command !== 'erase' && command !== 'stop';
    emergencyAlso = commandAlsoIn(command, took, cmdLangs);
    // ERASE or OPEN on a conversation not yet started starts nothing: the first real message
    // still gets the neutral first line and the safety question.
    const wasNew = s.status === 'new';
    if (wasNew && command !== 'erase' && command !== 'open') startConversation(turn);
    if (command === 'human') answerHeldTopic(turn);
    next = runCommand(turn, command);
    if (command === 'help') helpResume(turn, wasNew);
  } else if (s.status === 'new') {
    // First contact: in the language of the first message when it could be told; else the
    // language question, asked in the likeliest languages. Weak signs of danger: the
    // emergency message first, in the language it was written in (which the conversation
    // takes), then "Are you in danger right now?"; "no" carries on with first contact.
    // A first message that only takes leave or gives up ("I just wanted to say goodbye") is
    // asked about the same way, with the suicide crisis line (below).
    lastWords = understood?.leaving === true && !understood.topic;
    const check = understood?.dangerCheck === true || lastWords;
    detected = check ? sayEmergencyFirst(turn, understood!) : startInDetectedLanguage(turn, understood);
    startConversation(turn);
    // Last words, or wanting to die asked about, that name no topic: what candidates they have
    // ("did you mean the TRP?", shown after the danger question) would only jar.
    if (!lastWords && !(understood?.dangerSelf && !understood.topic)) rememberTopic(turn, understood, text);
    // Someone coming back, in a language that could be told: welcomed back in it, no questions.
    const start = (detected && welcomeBack(turn, understood)) || bundle.routes.entry;
    next = check ? askAboutDanger(turn, start) : start;
  } else if (s.status === 'ended' || !s.at || rest?.type !== 'ask') {
    next = routeAside(turn, understood) ?? routeFreeText(turn, understood, text) ?? smallTalkAtRest(turn, understood);
  } else if (input.type === 'text' && isBlank(text)) {
    // Empty or invisible-only message: show the question again rather than count a miss.
    turn.event({ type: 'input_refused', reason: 'empty' });
    turn.prompt(s.at, rest);
  } else {
    next = answerAsk(turn, s.at, rest, input, text);
  }
  if (next !== null) turn.go(next, runNode);
  alsoSay(turn, emergencyAlso);
  if (detected) sayLanguageChange(turn);
  // A number ("٣", the third choice) or emoji is no writing to offer a language for.
  else if (!command && /\p{L}/u.test(text)) offerLanguage(turn, understood);
  // Right after the emergency message, before how to change language.
  if (askedForHelp) answerHowToGetHelp(turn);
  if (((understood?.dangerSelf && (understood.danger || understood.dangerCheck)) || lastWords) && !command) sayCrisisLine(turn);
  return finish(turn);
}

/**
 * Someone who may want to die or to hurt themselves: the suicide crisis line (9-8-8), right
 * after the emergency message and the line answering a question about emergency help, in the
 * language the emergency message was said in first; with no emergency message (the danger
 * question asked in a conversation), just before that question, in the conversation's language.
 */
function sayCrisisLine(turn: Turn): void {
  const { emergencyAsked, emergencySelf } = turn.bundle.keys;
  if (!emergencySelf || turn.outputs.some((o) => o.key === emergencySelf)) return;
  const said = afterEmergency(turn);
  if (said) {
    let at = said.at;
    while (turn.outputs[at]?.key === emergencyAsked) at++;
    turn.sayAt(at, said.lang, emergencySelf);
    return;
  }
  const question = turn.outputs.findIndex((o) => o.choices);
  turn.sayAt(question >= 0 ? question : turn.outputs.length, turn.lang, emergencySelf);
}

/**
 * Where this turn said the emergency message: the language it was said in first, and the place
 * right after its last saying (it may be said again in a second language). Null when not said.
 */
function afterEmergency(turn: Turn): { lang: string; at: number } | null {
  const key = turn.bundle.keys.handoffEmergency;
  const first = turn.outputs.find((o) => o.key === key);
  return first ? { lang: first.lang, at: turn.outputs.findLastIndex((o) => o.key === key) + 1 } : null;
}

/**
 * A question about how to get emergency help ("who do I call if something happens at night?",
 * "does 911 speak Spanish?"): after the emergency message (911, the helpline, ERASE), in the
 * language it was said in first, the line that answers it — the helpline answers day and night
 * with interpreters and is not police, and Waypoint calls no one — before any offer or question.
 */
function answerHowToGetHelp(turn: Turn): void {
  const { emergencyAsked } = turn.bundle.keys;
  const said = afterEmergency(turn);
  if (emergencyAsked && said) turn.sayAt(said.at, said.lang, emergencyAsked);
}

/** Thanks or "ok" after a conversation ended: a kind word, then the menu. */
function smallTalkAtRest(turn: Turn, u: Understanding | undefined): string {
  const keys = turn.bundle.keys;
  const kind = u?.social;
  const key = kind === 'thanks' ? keys.ackThanks : kind === 'hello' ? keys.ackHello : kind === 'ok' ? keys.ackOk : undefined;
  if (key && (kind === 'thanks' || kind === 'hello' || kind === 'ok')) {
    turn.say(key);
    turn.event({ type: 'small_talk_answered', kind });
  }
  return turn.bundle.routes.menu;
}

function startConversation(turn: Turn): void {
  turn.s.status = 'active';
  turn.event({ type: 'conversation_started', lang: turn.lang });
}

/**
 * Make inbound text safe to handle: well-formed Unicode, no NULs, at most MAX_INPUT_CHARS.
 * Only records events: whether to tell the person about trimming depends on the turn.
 */
function cleanText(turn: Turn, raw: string): { text: string; trimmed: boolean } {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what is removed here
  let text = raw.toWellFormed().replace(/\u0000/g, '');
  if (text !== raw) turn.event({ type: 'input_refused', reason: 'invalid_text' });
  if (text.length <= MAX_INPUT_CHARS) return { text, trimmed: false };
  turn.event({ type: 'input_trimmed', from: text.length, to: MAX_INPUT_CHARS });
  text = text.slice(0, MAX_INPUT_CHARS).toWellFormed();
  return { text, trimmed: true };
}

/**
 * Say once for each draft language that its translation has not been checked by a person —
 * when the language is first used: after its first message (so a neutral first line stays
 * first on a lock screen), but before a question, so the choices stay last. A switch to another
 * draft language says it again, in that language.
 */
function finish(turn: Turn): StepResult {
  const { catalog, keys } = turn.bundle;
  const s = turn.s;
  // The language question comes whole — its prompts in the likeliest languages and the list — with
  // nothing between them: the notice waits for the choice, and comes in the chosen language.
  const rest = s.at ? turn.node(s.at) : undefined;
  const choosing = !s.lang && rest?.type === 'ask' && rest.languages === true;
  if (!choosing) {
    // While no language is chosen (a command answered in the likeliest language), only a draft
    // first line gets the notice, and it is not kept as said: it comes again once one is chosen.
    const said = new Set(s.draftNotices);
    const firsts: number[] = [];
    for (let i = 0; i < (s.lang ? turn.outputs.length : Math.min(1, turn.outputs.length)); i++) {
      const o = turn.outputs[i]!;
      if (o.key === keys.erased || o.key === keys.languageOffer) continue;
      if (said.has(o.lang) || !catalog.isDraft(o.lang)) continue;
      said.add(o.lang);
      firsts.push(i);
    }
    // From the last, so that earlier places stay where they are.
    for (const i of firsts.reverse()) {
      const o = turn.outputs[i]!;
      // The same message in other languages (the emergency message, when the language was
      // unsure), and the line answering a question about emergency help, come before any
      // notice: the words that matter first.
      let at = o.choices ? i : i + 1;
      while (!o.choices && (turn.outputs[at]?.key === o.key || turn.outputs[at]?.key === keys.emergencyAsked || turn.outputs[at]?.key === keys.emergencySelf) && !turn.outputs[at]!.choices) at++;
      if (turn.sayAt(at, o.lang, keys.draftNotice) && s.lang) s.draftNotices.push(o.lang);
    }
  }
  return { session: s, outputs: turn.outputs, effects: turn.effects, events: turn.events };
}

export { newSession, refOf };
