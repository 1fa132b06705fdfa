import type { NodeRef, Understanding } from './types.ts';
import type { Turn } from './turn.ts';
import { parseRef, PENDING_SUGGESTIONS, refOf } from './session.ts';
import { normalize } from './normalize.ts';

/** Subflow return points a session may hold (as in nodes/subflow.ts). */
const MAX_STACK = 16;

/**
 * Free text that matched no choice: go to the understood topic, offer the best candidates
 * ("did you mean"), or return null for the ordinary miss (a short re-prompt with the choices).
 * Weak signs of danger ask "Are you in danger right now?" first; "no" carries on with the same.
 * Answers always come from reviewed flows; understanding only picks where to go.
 */
export function routeFreeText(turn: Turn, u: Understanding | undefined, text = ''): string | null {
  if (!u) return null;
  const target = topicOrSuggestions(turn, u, text);
  if (u.dangerCheck && !atCheck(turn)) {
    const here = turn.s.at ? refOf(turn.s.at) : null;
    return askAboutDanger(turn, target ?? here ?? turn.bundle.routes.menu);
  }
  return target;
}

/**
 * The danger question, with `resume` (where the message would have gone) put on the return
 * stack: the question's "no" is a `return` node, so the conversation carries on there; "yes"
 * goes to the emergency flow, and the menu, reached later, clears the stack as it always does.
 */
export function askAboutDanger(turn: Turn, resume: NodeRef): NodeRef {
  const stack = turn.s.stack;
  if (stack.length >= MAX_STACK) stack.shift();
  stack.push(parseRef(resume));
  turn.event({ type: 'danger_check_asked' });
  return turn.bundle.routes.check;
}

/** Resting at the danger question itself: an unclear answer there gets the ordinary re-prompt. */
function atCheck(turn: Turn): boolean {
  return turn.s.at !== null && refOf(turn.s.at) === turn.bundle.routes.check;
}

/**
 * The one topic, among those understanding offers, that the message names by its own name in
 * the catalogue (its label or a synonym, in the conversation's language or the default): "what
 * is a TRP" names the TRP, though "what is" sounds like "what is human trafficking". Null when
 * none or several are named.
 */
export function namedTopic(turn: Turn, u: Understanding, text: string): string | null {
  const { catalog, topics } = turn.bundle;
  const padded = ` ${normalize(text).replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ')} `;
  const langs = [...new Set([turn.lang, u.lang ?? turn.lang, catalog.defaultLanguage()])];
  const named = u.candidates
    .map((c) => c.topic)
    .filter((t) => topics[t] && langs.some((l) => catalog.matchWords(l, `topic-${t}`).some((w) => padded.includes(` ${w} `))));
  return named.length === 1 ? named[0]! : null;
}

function topicOrSuggestions(turn: Turn, u: Understanding, text: string): NodeRef | null {
  const topics = turn.bundle.topics;
  const topic = u.topic ?? namedTopic(turn, u, text);
  if (topic && topics[topic]) {
    turn.event({ type: 'topic_understood', topic });
    return topics[topic]!;
  }
  const known = u.candidates.map((c) => c.topic).filter((t) => topics[t]).slice(0, 3);
  if (known.length > 0) {
    turn.s.suggested = known;
    turn.event({ type: 'topics_suggested', count: known.length });
    return turn.bundle.routes.suggest;
  }
  return null;
}

/**
 * A first message's best candidate must reach this for "did you mean" to replace the menu: a
 * greeting with a filler word ("hola buenas q hago") gives weak candidates, and the menu serves
 * it better; "el patron no me a pagado 2 semanas" gives wages at about 0.36.
 */
const FIRST_SUGGESTION_SCORE = 0.3;

/**
 * A first message that names a topic: first contact runs as usual, then the topic instead of the
 * menu. One whose topic is unsure but has a likely candidate: then "Is your question about one of
 * these?" with the candidates, so the person does not have to ask again from the menu.
 */
export function rememberTopic(turn: Turn, u: Understanding | undefined, text = ''): void {
  if (!u) return;
  const topics = turn.bundle.topics;
  const topic = u.topic ?? namedTopic(turn, u, text);
  if (topic && topics[topic]) {
    turn.s.pendingTopic = topic;
    turn.event({ type: 'topic_understood', topic });
    return;
  }
  if ((u.candidates[0]?.score ?? 0) < FIRST_SUGGESTION_SCORE) return;
  const known = u.candidates.map((c) => c.topic).filter((t) => topics[t]).slice(0, 3);
  if (known.length === 0) return;
  turn.s.suggested = known;
  turn.s.pendingTopic = PENDING_SUGGESTIONS;
}

/**
 * HUMAN while first contact still keeps the answer to the first message (asked at the safety
 * question, "Are you in danger right now?" or the language question): that answer comes first,
 * then the way to a person — not the handoff's messages first and the answer after them (or,
 * once a lead worker has the conversation, after it closes). Only the answer's own messages are
 * said, not its question of what next: the person flow asks the next question. Held "did you
 * mean" candidates are a question themselves: they stay for when the person flow reaches the menu.
 */
export function answerHeldTopic(turn: Turn): void {
  const held = turn.s.pendingTopic;
  if (!held || held === PENDING_SUGGESTIONS) return;
  turn.s.pendingTopic = null;
  const start = turn.bundle.topics[held];
  if (start && start !== turn.bundle.routes.human) turn.sayOpening(start);
}

/**
 * The person seems to write in another offered language: say once, in that language, how to
 * switch (LANGUAGE). Never switch for them: a wrong guess would lock them out of what they read.
 */
export function offerLanguage(turn: Turn, u: Understanding | undefined): void {
  const s = turn.s;
  const lang = u?.offerLanguage;
  if (!lang || !s.lang || lang === s.lang || s.offeredLang !== null || s.handoff || s.status !== 'active') return;
  const { catalog, keys } = turn.bundle;
  if (!catalog.languages().includes(lang)) return;
  const f = catalog.format(lang, keys.languageOffer);
  if (!f || f.lang !== lang) return;
  s.offeredLang = lang;
  turn.outputs.push({ type: 'message', key: keys.languageOffer, text: f.text, lang: f.lang });
  turn.event({ type: 'message_sent', key: keys.languageOffer, lang: f.lang });
  turn.event({ type: 'language_offered', lang });
}
