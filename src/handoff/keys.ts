// The message keys the handoff says to the contact itself (locales/<lang>/waypoint.ftl), outside
// any flow. No Fluent variables: lint allows only flow variables. The content lint reads
// HANDOFF_MESSAGE_KEYS (src/content/codeKeys.ts), so each is checked like any flow message.

export type OpensWhen = 'today' | 'tomorrow' | 'later';
export const OPENS_WHEN: readonly OpensWhen[] = ['today', 'tomorrow', 'later'];
/** Places in line said as their own message; after this, "more than 5". */
export const QUEUE_PLACES = 5;

export const HANDOFF_KEYS = {
  /** A lead worker's message: the output's text is theirs (sealed in the outbox), not the catalogue's. */
  staffReply: 'handoff-staff-reply',
  position: (n: number): string => (n <= QUEUE_PLACES ? `handoff-queue-${Math.max(1, n)}` : 'handoff-queue-more'),
  afterHours: (when: OpensWhen): string => `handoff-after-hours-${when}`,
  /** The one neutral notice that a reply waits (SMS; on WhatsApp the approved template instead). */
  heldNotice: 'held-notice',
} as const;

/** Every key HANDOFF_KEYS can give. */
export const HANDOFF_MESSAGE_KEYS: readonly string[] = [
  HANDOFF_KEYS.staffReply,
  ...Array.from({ length: QUEUE_PLACES + 1 }, (_, i) => HANDOFF_KEYS.position(i + 1)),
  ...OPENS_WHEN.map(HANDOFF_KEYS.afterHours),
  HANDOFF_KEYS.heldNotice,
];
