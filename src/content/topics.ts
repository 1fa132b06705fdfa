/**
 * The topics: CONTENT.md's 16, and four situations they did not cover (a status tied to an
 * abusive partner, a young person's health care, reporting a crime, debts put in one's name).
 * Free-text routing, the evaluation set's schema and the content checks use these ids; each is a
 * flow of the same name (flows/<id>.yaml, or the node marked `topic:`), with a `topic-<id>` label.
 */
export const TOPICS = [
  'wages', 'hours', 'fees-debt', 'documents', 'housing', 'health-safety', 'change-employer', 'status',
  'trp', 'trafficking', 'abuse-threats', 'complaint', 'police', 'emergency', 'talk-to-person', 'privacy',
  'family-violence', 'youth-health', 'report-crime', 'coerced-debt',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Every topic is walked end to end in these languages: Spanish, Tagalog, Arabic (right to left), Chinese. */
export const WALK_LANGUAGES = ['es', 'tl', 'ar', 'zh'] as const;
