import { z } from 'zod';
import type { Input } from '../../engine/types.ts';
import { MAX_INPUT_CHARS } from '../../engine/types.ts';
import { mediaInput, mediaKindOfMime } from '../media.ts';

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
  /** Only each attachment's content type is read; its URL and content never are. */
  attachments: z.array(z.looseObject({ contentType: z.string().max(255) })).max(50).optional(),
});

export type TeamsInbound = z.infer<typeof activitySchema>;

const choiceValue = z.looseObject({ choiceId: z.string().min(1).max(100) });

/**
 * Teams attaches a copy of the typed message as text/html, and cards as
 * application/vnd.microsoft.card.*: neither is media. A file shared in the chat arrives as
 * application/vnd.microsoft.teams.file.download.info.
 */
function mediaOf(activity: TeamsInbound): string | null {
  for (const a of activity.attachments ?? []) {
    const t = a.contentType.toLowerCase();
    if (t === 'text/html' || t.startsWith('application/vnd.microsoft.card.')) continue;
    return t.startsWith('application/vnd.microsoft.teams.file') ? 'application/octet-stream' : t;
  }
  return null;
}

/** A card button press carries value { choiceId }; a picture, voice clip or file is media; anything else is the typed text. */
export function inputOf(activity: TeamsInbound): Input | null {
  const choice = choiceValue.safeParse(activity.value);
  if (choice.success) return { type: 'choice', id: choice.data.choiceId };
  const media = mediaOf(activity);
  if (media) return mediaInput(mediaKindOfMime(media), plainText(activity.text));
  if (typeof activity.text === 'string') return { type: 'text', text: activity.text };
  return null;
}

/** A caption typed beside a pasted picture may come with the picture's markup: keep the words only. */
function plainText(text: string | undefined): string | undefined {
  return text?.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() || undefined;
}
