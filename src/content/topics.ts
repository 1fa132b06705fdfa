/** The 16 topics of CONTENT.md. Free-text routing and the content checks use these ids. */
export const TOPICS = [
  'wages', 'hours', 'fees-debt', 'documents', 'housing', 'health-safety', 'change-employer', 'status',
  'trp', 'trafficking', 'abuse-threats', 'complaint', 'police', 'emergency', 'talk-to-person', 'privacy',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Every topic is walked end to end in these languages: Spanish, Tagalog, Arabic (right to left), Chinese. */
export const WALK_LANGUAGES = ['es', 'tl', 'ar', 'zh'] as const;
