// What a channel receives (courier's narrow backend): the conversation as a channel sees it,
// how outputs are shown, and a logger. Never the store, the handoff queue or the application:
// test/channels/imports.test.ts keeps src/channels/ from importing them.
import type { Catalog } from '../engine/types.ts';
import type { Logger } from '../privacy/logger.ts';
import type { Delivery, HandleOptions, InboundMessage, Reply } from '../conversation/types.ts';

/** Hand a message over and get its reply; say when a reply given in a response has gone out. */
export interface Conversations {
  /** The contact's key (an HMAC of channel and address): for provider ids scoped to the contact, never stored with the address. */
  keyOf(channel: string, address: string): string;
  /** Throws RetryLaterError (src/retryLater.ts) when a sync copy cannot learn in time whether its reply went out. */
  handle(msg: InboundMessage, delivery: Delivery, opts?: HandleOptions): Promise<Reply>;
  /** The channel's response with the reply went out (sync channels call this once it has). */
  delivered(channel: string, providerId: string): Promise<void>;
  /** The reply this delivery carried did not go out (its caller had gone, or it was too late): a copy may send it at once. */
  undelivered(channel: string, providerId: string): Promise<void>;
  /**
   * The reply this delivery carries cannot go in the response (ready after the answer deadline,
   * or its caller gone): it goes through the outbox instead, to the message's address, kept
   * encrypted only until it is sent. Copies of the message answer with nothing from then on.
   */
  sendLater(msg: InboundMessage, reply: Reply): Promise<void>;
}

/** How a channel shows outputs: the catalogue (for its own words, e.g. a Send label) and each language's direction. */
export interface Presentation {
  readonly catalog: Catalog;
  dirOf(lang: string): 'ltr' | 'rtl';
  /** The catalogue key of the notice that a language's words are machine-translated drafts (the flows' `keys`). */
  readonly draftNoticeKey: string;
}

export interface ChannelPort {
  readonly conversations: Conversations;
  readonly presentation: Presentation;
  readonly logger: Logger;
}
