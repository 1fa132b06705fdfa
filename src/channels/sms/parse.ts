import { z } from 'zod';
import type { Command, Input } from '../../engine/types.ts';
import { mediaInput, mediaKindOfMime } from '../media.ts';

/**
 * The fields of Twilio's incoming-message webhook that Waypoint reads (application/x-www-form-urlencoded).
 * Everything else Twilio sends (location guesses, ApiVersion…) is ignored — media URLs above
 * all: a picture or voice note is known only by its count and type, never fetched.
 * https://www.twilio.com/docs/messaging/guides/webhook-request
 */
export const twilioInboundSchema = z.object({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'MessageSid is not a Twilio message id'),
  AccountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'AccountSid is not a Twilio account id'),
  From: z.string().regex(/^\+[1-9]\d{6,14}$/, 'From is not an E.164 number'),
  To: z.string().min(1).max(64),
  Body: z.string().max(16_000).default(''),
  NumMedia: z.coerce.number().int().min(0).max(10).default(0),
  /** The first media item's type (image/jpeg, audio/ogg, …): only its kind is read. */
  MediaContentType0: z.string().max(255).optional(),
  /** Set when Twilio's Advanced Opt-Out recognised a keyword (STOP, START, HELP and their synonyms). */
  OptOutType: z.enum(['STOP', 'START', 'HELP']).optional(),
});

export type TwilioInbound = z.infer<typeof twilioInboundSchema>;

const OPT_OUT: Record<'STOP' | 'START' | 'HELP', Command> = { STOP: 'stop', START: 'start', HELP: 'help' };

/**
 * The input of a turn. When Twilio already recognised an opt-out keyword (in any of its
 * languages), the command is passed as such, so STOP/START/HELP work even when the catalogue
 * lacks that word. A picture, voice note or file (MMS) is a media input of its kind, with the
 * text as its caption. Otherwise the text goes to the engine, which knows the commands of every language.
 */
export function inputOf(msg: TwilioInbound): Input {
  if (msg.OptOutType) return { type: 'command', command: OPT_OUT[msg.OptOutType] };
  if (msg.NumMedia > 0) return mediaInput(mediaKindOfMime(msg.MediaContentType0), msg.Body);
  return { type: 'text', text: msg.Body };
}

/** A short reason from a zod error: the field names only, never the values. */
export function reasonOf(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((i) => i.path.join('.') || 'body'))].slice(0, 5);
  return `invalid payload: ${fields.join(', ')}`;
}
