import { createHash } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { Input, MediaKind, Output } from '../../engine/types.ts';
import { mediaInput } from '../media.ts';
import type { Conversations } from '../port.ts';
import type { Logger } from '../../privacy/logger.ts';
import { NO_HINT, numberedOutput, type NumberHint } from '../degrade.ts';

export const CHANNEL = 'whatsapp-linked';

/** The part of a whatsapp-web.js Message the adapter reads. */
export interface LinkedMessage {
  from: string;
  body: string;
  type?: string;
  fromMe?: boolean;
  isStatus?: boolean;
  id: { _serialized: string };
  getChat(): Promise<LinkedChat>;
}

export interface LinkedChat {
  isGroup?: boolean;
  clearMessages(): Promise<boolean>;
  delete(): Promise<boolean>;
}

/** The part of a whatsapp-web.js Client the adapter uses: its 'message' event and sendMessage. */
export interface LinkedClient extends Pick<EventEmitter, 'on' | 'off'> {
  sendMessage(chatId: string, content: string): Promise<unknown>;
}

export interface LinkedAdapterDeps {
  client: LinkedClient;
  conversations: Conversations;
  logger: Logger;
  /** Text direction of a language (locales/languages.yaml); numbers are bidi-isolated in right-to-left text. */
  dirOf?: (lang: string) => 'ltr' | 'rtl';
  /** "Send a number." per language: a linked device shows choices as numbered lines. */
  hint?: NumberHint;
  /** Weak language hints from the sender's number (its country code); never stored. */
  langHints?: (from: string) => string[];
  now?: () => Date;
}

export interface LinkedAdapter {
  detach(): void;
  /** Resolves when every message received so far has been answered and cleared. */
  idle(): Promise<void>;
}

/**
 * A linked device shows no buttons: a message with choices becomes numbered lines (the
 * shared degrade helper), and the engine already takes "2" as the second choice.
 */
export function renderText(o: Output, dir: 'ltr' | 'rtl' = 'ltr', hint: NumberHint = NO_HINT): string {
  return numberedOutput(o, dir, hint);
}

/**
 * One turn per inbound message, replied to at once, then the chat is cleared on the
 * coalition's phone so conversations do not pile up there. Groups, status updates and
 * the phone's own messages are ignored.
 */
export function attachLinkedAdapter(deps: LinkedAdapterDeps): LinkedAdapter {
  const { client, conversations, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const dirOf = deps.dirOf ?? (() => 'ltr');
  const hint = deps.hint ?? NO_HINT;

  const onMessage = async (msg: LinkedMessage): Promise<void> => {
    if (msg.fromMe || msg.isStatus || msg.from === 'status@broadcast' || !msg.from.endsWith('@c.us')) return;
    const key = conversations.keyOf(CHANNEL, msg.from);
    // The serialized id embeds the phone number: only a hash of it, scoped to the contact, is stored.
    const providerId = createHash('sha256').update(`${key}\u0000${msg.id._serialized}`).digest('base64url');
    try {
      const reply = await conversations.handle(
        { channel: CHANNEL, address: msg.from, providerId, input: inputOf(msg), receivedAt: now(), langHints: deps.langHints?.(msg.from) ?? [] },
        'sync',
      );
      if (reply.deliver) {
        for (const o of reply.outputs) await client.sendMessage(msg.from, renderText(o, dirOf(o.lang), hint));
        await conversations.delivered(CHANNEL, providerId);
      }
    } catch (err) {
      logger.error({ event: 'whatsapp_linked_turn_failed', error: err instanceof Error ? err.name : 'unknown' }, 'whatsapp linked turn failed');
    }
    await clearChat(msg, logger);
  };

  // One chat's messages are handled in the order they came, so replies keep their order.
  const queues = new Map<string, Promise<void>>();
  const listener = (msg: LinkedMessage): void => {
    // An unofficial client can hand us anything: only a message with a sender and an id is
    // handled; anything else is dropped here, never thrown back into the client's event loop.
    if (!isUsable(msg)) {
      logger.warn({ event: 'whatsapp_linked_malformed' }, 'whatsapp linked message without a sender or id ignored');
      return;
    }
    const prev = queues.get(msg.from) ?? Promise.resolve();
    // A failure is logged and never left unhandled (Node would exit), nor does it block the chat's queue.
    const next = prev.then(() => onMessage(msg)).catch((err: unknown) => {
      logger.error({ event: 'whatsapp_linked_turn_failed', error: err instanceof Error ? err.name : 'unknown' }, 'whatsapp linked turn failed');
    });
    queues.set(msg.from, next);
    void next.finally(() => {
      if (queues.get(msg.from) === next) queues.delete(msg.from);
    });
  };
  client.on('message', listener);
  return {
    detach: () => {
      client.off('message', listener);
    },
    idle: async () => {
      while (queues.size > 0) await Promise.all([...queues.values()]);
    },
  };
}

/** whatsapp-web.js message types that carry media, by kind; the media itself is never downloaded. */
const MEDIA: Record<string, MediaKind> = { ptt: 'voice', audio: 'voice', image: 'image', sticker: 'image', album: 'image', video: 'video', document: 'file' };

/** Text ('chat'), or media by kind with its caption (whatsapp-web.js puts a caption in `body`); any other type is `other`. */
export function inputOf(msg: Pick<LinkedMessage, 'type' | 'body'>): Input {
  if (msg.type === undefined || msg.type === 'chat') return { type: 'text', text: msg.body };
  return mediaInput(MEDIA[msg.type] ?? 'other', MEDIA[msg.type] ? msg.body : undefined);
}

function isUsable(msg: unknown): msg is LinkedMessage {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as { from?: unknown; id?: { _serialized?: unknown } | null; body?: unknown };
  return typeof m.from === 'string' && typeof m.id === 'object' && m.id !== null && typeof m.id._serialized === 'string' && m.id._serialized !== '';
}

/** Clear the chat on the device; if that fails, delete it. Either way nothing stays on the phone. */
async function clearChat(msg: LinkedMessage, logger: Logger): Promise<void> {
  try {
    const chat = await msg.getChat();
    const cleared = await chat.clearMessages().catch(() => false);
    if (!cleared) await chat.delete();
  } catch (err) {
    logger.warn({ event: 'whatsapp_linked_clear_failed', error: err instanceof Error ? err.name : 'unknown' }, 'could not clear a chat on the linked device');
  }
}
