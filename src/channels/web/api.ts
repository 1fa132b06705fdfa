import { z } from 'zod';
import { MAX_INPUT_CHARS } from '../../engine/types.ts';

/** 128 bits or more of randomness, base64url or hex, as the page makes it. */
export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22,128}$/, 'session id must be at least 128 random bits, base64url');

export const messageRequestSchema = z
  .strictObject({
    sessionId: sessionIdSchema,
    /** Random per message; a retried request carries the same one and gets the same reply. */
    clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    /** An empty text opens the conversation, or shows the current question again. */
    text: z.string().max(MAX_INPUT_CHARS * 2).optional(),
    choiceId: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/).optional(),
    /** The page's own controls: the menu and language buttons. */
    command: z.enum(['menu', 'language']).optional(),
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/).optional(),
    /** The page's language, when the person writes before choosing one: a weak hint for the first reply. */
    hint: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/).optional(),
  })
  .refine((b) => [b.text, b.choiceId, b.command].filter((v) => v !== undefined).length === 1, {
    message: 'exactly one of text, choiceId, command',
  });

export type MessageRequest = z.infer<typeof messageRequestSchema>;

export const exitRequestSchema = z.strictObject({ sessionId: sessionIdSchema });

/** The page asks for what waits for it (a lead worker's replies), acknowledging what it got last time. */
export const pollRequestSchema = z.strictObject({
  sessionId: sessionIdSchema,
  ack: z.array(z.string().regex(/^[0-9]{1,19}$/)).max(100).optional(),
});

export interface WebChoice {
  id: string;
  label: string;
}

export interface WebMessage {
  key: string;
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  choices: WebChoice[];
  /** A short yes/no style question (buttons in a row) or a longer menu (a list). */
  display?: 'buttons' | 'list';
}

export interface MessageResponse {
  messages: WebMessage[];
}

export interface PollResponse {
  /** One entry per outbox row; send its id back in the next poll's `ack`, show it once. */
  deliveries: { id: string; messages: WebMessage[] }[];
}
