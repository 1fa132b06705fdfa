import type { Understanding } from './types.ts';
import type { Turn } from './turn.ts';

/**
 * Free text that matched no choice: go to the understood topic, offer the best candidates
 * ("did you mean"), or return null for the ordinary miss (a short re-prompt with the choices).
 * Answers always come from reviewed flows; understanding only picks where to go.
 */
export function routeFreeText(turn: Turn, u: Understanding | undefined): string | null {
  if (!u) return null;
  const topics = turn.bundle.topics;
  if (u.topic && topics[u.topic]) {
    turn.event({ type: 'topic_understood', topic: u.topic });
    return topics[u.topic]!;
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
export function rememberTopic(turn: Turn, u: Understanding | undefined): void {
  if (u?.topic && turn.bundle.topics[u.topic]) {
    turn.s.pendingTopic = u.topic;
    turn.event({ type: 'topic_understood', topic: u.topic });
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
