// Limits on the anonymous web chat, before anything is stored: new chats and messages per
// address and from everywhere, per minute and per process. A refused request answers 429 with
// Retry-After and leaves no contact, session, inbox row or counter behind, and it is not
// counted against the address either (skipFailedRequests un-counts every 4xx).
//
// Measured before these limits: 200 new chats from one address in 2 s each made a contact, a
// session and an inbox row, and raised conversations_started by 200.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';

export interface WebLimits {
  newChatsPerAddress: number;
  newChats: number;
  messagesPerAddress: number;
  messages: number;
}

const MINUTE = 60_000;

/** 0 switches a limit off. */
function limiter(limit: number, perAddress: boolean): RequestHandler | null {
  if (limit <= 0) return null;
  return rateLimit({
    windowMs: MINUTE,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skipFailedRequests: true,
    // One key for everyone, or the address (IPv6 by its /56, as one household or phone gets).
    keyGenerator: perAddress ? (req) => ipKeyGenerator(req.ip ?? 'unknown') : () => 'everyone',
    handler: (_req, res) => void res.status(429).json({ error: 'too_many_requests' }),
    // Express's trust proxy setting is the operator's to make (TRUST_PROXY); no warnings about it at run time.
    validate: { trustProxy: false, xForwardedForHeader: false },
  });
}

/**
 * The chats this process has answered lately, by contact key: a message from a key not among
 * them opens a new chat (for the limits only). Bounded; the oldest are forgotten first, and a
 * forgotten chat counts as new once more.
 */
export class RecentChats {
  private readonly keys = new Set<string>();
  constructor(private readonly max = 20_000) {}
  has(key: string): boolean {
    return this.keys.has(key);
  }
  add(key: string): void {
    this.keys.delete(key);
    this.keys.add(key);
    if (this.keys.size > this.max) this.keys.delete(this.keys.values().next().value!);
  }
}

/** Run the handlers one after the other, as Express would, stopping at the first that answers. */
function chain(handlers: RequestHandler[]): RequestHandler {
  return (req, res, next) => {
    let i = 0;
    const step = (err?: unknown): void => {
      if (err !== undefined) return next(err);
      const h = handlers[i++];
      if (!h) return next();
      void Promise.resolve(h(req, res, step)).catch(next);
    };
    step();
  };
}

/**
 * Middleware for POST /web/messages, after its body is checked: every message counts against
 * the message limits; one that opens a new chat also against the new-chat limits.
 */
export function webLimits(limits: WebLimits, isNew: (req: Request) => boolean): RequestHandler {
  const messages = chain([limiter(limits.messagesPerAddress, true), limiter(limits.messages, false)].filter((h) => h !== null));
  const chats = chain([limiter(limits.newChatsPerAddress, true), limiter(limits.newChats, false)].filter((h) => h !== null));
  return (req: Request, res: Response, next: NextFunction) => {
    messages(req, res, (err?: unknown) => {
      if (err !== undefined || !isNew(req)) return next(err);
      chats(req, res, next);
    });
  };
}
