// Topic ids and language codes written in a test, checked against the content files like any
// other input (flows' `topic:`, locales/languages.yaml), so a fixture cannot name one that is not there.
import { lang, topicId, type Lang, type TopicId } from '../../src/content/topics.ts';

export const langOf = (code: string): Lang => lang.parse(code);
export const langsOf = (codes: readonly string[]): Lang[] => codes.map(langOf);
export const topicOf = (id: string): TopicId => topicId.parse(id);
/** `{ wages: [...] }` as data keyed by topic id. */
export const byTopic = <V>(m: Record<string, V>): Partial<Record<TopicId, V>> => Object.fromEntries(Object.entries(m).map(([k, v]) => [topicOf(k), v]));
