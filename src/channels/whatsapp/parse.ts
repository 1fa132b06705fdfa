import { z } from 'zod';
import type { Input, MediaKind } from '../../engine/types.ts';
import { mediaInput } from '../media.ts';

// The parts of a WhatsApp Cloud API webhook that Waypoint reads. Unknown fields are let
// through (Meta adds fields without notice); what we act on is checked.
// https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components

const messageSchema = z.looseObject({
  from: z.string().regex(/^\d{6,20}$/, 'from is not a WhatsApp id'),
  id: z.string().min(1).max(256),
  timestamp: z.string().optional(),
  type: z.string().min(1).max(32),
  text: z.looseObject({ body: z.string() }).optional(),
  interactive: z
    .looseObject({
      type: z.string(),
      button_reply: z.looseObject({ id: z.string().min(1).max(256), title: z.string().optional() }).optional(),
      list_reply: z.looseObject({ id: z.string().min(1).max(256), title: z.string().optional() }).optional(),
    })
    .optional(),
  /** A template's quick-reply button (e.g. the reopen template's "OPEN"). */
  button: z.looseObject({ text: z.string(), payload: z.string().optional() }).optional(),
  // Media: only the caption is read. The media id (to download it) is never read or kept.
  image: z.looseObject({ caption: z.string().max(4096).optional() }).optional(),
  video: z.looseObject({ caption: z.string().max(4096).optional() }).optional(),
  document: z.looseObject({ caption: z.string().max(4096).optional() }).optional(),
});

const valueSchema = z.looseObject({
  messaging_product: z.literal('whatsapp'),
  metadata: z.looseObject({ phone_number_id: z.string().min(1), display_phone_number: z.string().optional() }),
  messages: z.array(messageSchema).max(100).optional(),
  statuses: z.array(z.looseObject({ id: z.string(), status: z.string() })).optional(),
});

export const webhookSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z
    .array(
      z.looseObject({
        id: z.string(),
        changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })).max(100),
      }),
    )
    .min(1)
    .max(100),
});

export type WhatsAppMessage = z.infer<typeof messageSchema>;

export interface ParsedMessage {
  /** The sender's WhatsApp id (digits). Never logged. */
  from: string;
  /** The wamid: Meta redelivers with the same one. */
  id: string;
  phoneNumberId: string;
  /** The turn's input: text, a choice, or media (picture, voice note, file, location…) by kind only. */
  input: Input;
  /** A reaction or another event that needs no answer. */
  ignore: boolean;
}

/** Kinds that need no answer at all: answering a reaction would be writing unasked. */
const SILENT = new Set(['reaction', 'system', 'ephemeral', 'request_welcome']);

/** WhatsApp message types that carry media, by kind (anything else unreadable is `other`). */
const MEDIA: Record<string, MediaKind> = { audio: 'voice', voice: 'voice', image: 'image', sticker: 'image', video: 'video', document: 'file' };

export function inputOf(m: WhatsAppMessage): Input {
  if (m.type === 'text' && m.text) return { type: 'text', text: m.text.body };
  if (m.type === 'interactive' && m.interactive) {
    const id = m.interactive.button_reply?.id ?? m.interactive.list_reply?.id;
    if (id) return { type: 'choice', id };
  }
  if (m.type === 'button' && m.button) return { type: 'text', text: m.button.text };
  // A picture, voice note, video, file, sticker, location, contact card or a type Meta added
  // later: Waypoint reads only text, and says so.
  const caption = m.type === 'image' ? m.image?.caption : m.type === 'video' ? m.video?.caption : m.type === 'document' ? m.document?.caption : undefined;
  return mediaInput(MEDIA[m.type] ?? 'other', caption);
}

export type ParseResult =
  | { ok: true; messages: ParsedMessage[]; statuses: number }
  | { ok: false; reason: string };

/** A short reason from a zod error: field paths only, never values. */
function reasonOf(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((i) => i.path.join('.') || 'body'))].slice(0, 3);
  return `invalid payload: ${fields.join(', ')}`;
}

/** Parse a verified webhook body. Changes other than `messages` are counted out, not errors. */
export function parseWebhook(body: unknown): ParseResult {
  const env = webhookSchema.safeParse(body);
  if (!env.success) return { ok: false, reason: reasonOf(env.error) };
  const messages: ParsedMessage[] = [];
  let statuses = 0;
  for (const entry of env.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const value = valueSchema.safeParse(change.value);
      if (!value.success) return { ok: false, reason: reasonOf(value.error) };
      statuses += value.data.statuses?.length ?? 0;
      for (const m of value.data.messages ?? []) {
        messages.push({
          from: m.from,
          id: m.id,
          phoneNumberId: value.data.metadata.phone_number_id,
          input: inputOf(m),
          ignore: SILENT.has(m.type),
        });
      }
    }
  }
  return { ok: true, messages, statuses };
}
