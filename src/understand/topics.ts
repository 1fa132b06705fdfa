// The topic ids and languages understanding knows. Topic ids are CONTENT.md's 16 topics and the
// four situations added after them (src/content/topics.ts); a route never names anything else.
import { TOPICS } from '../content/topics.ts';

export { TOPICS };
export type TopicId = (typeof TOPICS)[number];

export const LANGUAGES = ['en', 'fr', 'es', 'tl', 'pa', 'hi', 'vi', 'zh', 'ar', 'uk', 'th', 'ne', 'pt', 'ht'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isTopic(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
