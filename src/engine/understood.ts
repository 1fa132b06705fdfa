import type { Understanding } from './types.ts';
import type { Turn } from './turn.ts';
import { normalize } from './normalize.ts';

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

/**
 * Free text that matched no choice: go to the understood topic, offer the best candidates
 * ("did you mean"), or return null for the ordinary miss (a short re-prompt with the choices).
 * Answers always come from reviewed flows; understanding only picks where to go.
 */
export function routeFreeText(turn: Turn, u: Understanding | undefined, text = ''): string | null {
  if (!u) return null;
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

/** A first message that names a topic: first contact runs as usual, then the topic instead of the menu. */
export function rememberTopic(turn: Turn, u: Understanding | undefined, text = ''): void {
  const topic = u ? (u.topic ?? namedTopic(turn, u, text)) : null;
  if (topic && turn.bundle.topics[topic]) {
    turn.s.pendingTopic = topic;
    turn.event({ type: 'topic_understood', topic });
  }
}

/**
 * The person seems to write in another offered language: say once, in that language, how to
 * switch (LANGUAGE). Never switch for them: a wrong guess would lock them out of what they read.
 */
export function offerLanguage(turn: Turn, u: Understanding | undefined): void {
  const s = turn.s;
  const lang = u?.lang;
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
