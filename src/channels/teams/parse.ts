import { z } from 'zod';
import type { Input } from '../../engine/types.ts';
import { MAX_INPUT_CHARS } from '../../engine/types.ts';

/** The part of a Bot Framework activity Waypoint reads; everything else is ignored. */
export const activitySchema = z.looseObject({
  type: z.string(),
  id: z.string().min(1).max(512),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  channelId: z.string(),
  from: z.looseObject({ id: z.string().min(1).max(512) }),
  conversation: z.looseObject({
    id: z.string().min(1).max(1024),
    conversationType: z.string().optional(),
  }),
  text: z.string().max(MAX_INPUT_CHARS * 4).optional(),
  /** The user's Teams language ("es-MX"): a weak hint for a first reply, never stored. */
  locale: z.string().max(40).optional(),
  value: z.unknown().optional(),
});

export type TeamsInbound = z.infer<typeof activitySchema>;

const choiceValue = z.looseObject({ choiceId: z.string().min(1).max(100) });

/** A card button press carries value { choiceId }; anything else is the typed text. */
export function inputOf(activity: TeamsInbound): Input | null {
  const choice = choiceValue.safeParse(activity.value);
  if (choice.success) return { type: 'choice', id: choice.data.choiceId };
  if (typeof activity.text === 'string') return { type: 'text', text: activity.text };
  return null;
}
