// The channel contract. A channel is a thin translator: verify → parse → conversation
// service → render → send. It declares what its platform can show (Capabilities) so the
// shared helpers in degrade.ts can fall back gracefully, and it reports send failures as
// SendError, whose `retryable` says whether the network failed or the platform said no.
import type { Output } from '../engine/types.ts';

/** What one platform message can carry. */
export interface Capabilities {
  /** Longest text in one message, in the platform's own unit (characters, or SMS segments below). */
  maxText: number;
  /** Reply buttons: how many, and how long a title may be; null when the platform has none. */
  buttons: { max: number; titleMax: number } | null;
  /** A list picker: how many rows, and how long a row title may be; null when there is none. */
  list: { rows: number; titleMax: number } | null;
  markup: 'none' | 'markdown' | 'html' | 'adaptive-card';
  /** SMS: the budget is counted in segments, not characters (GSM-7 160/153, UCS-2 70/67). */
  segments?: { max: number };
}

/**
 * A send that did not go through. Three places of failure, two of them here:
 * the platform said no (4xx except 429: not retryable, retrying would get the same answer)
 * and the network or platform failed (network error, 429, 5xx: retryable with backoff).
 * `code` is a stable string for logs and the outbox row; it never carries an address or text.
 */
export class SendError extends Error {
  override readonly name = 'SendError';
  constructor(
    readonly code: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(`send failed: ${code}${status ? ` (HTTP ${status})` : ''}`);
  }

  /** Classify an HTTP answer from a platform API. */
  static fromStatus(status: number, code = `http_${status}`): SendError {
    return new SendError(code, status === 429 || status >= 500, status);
  }

  /** The request never got an answer (DNS, refused connection, reset, timeout). */
  static network(): SendError {
    return new SendError('network', true);
  }
}

/** What the dispatcher knows about the contact when it sends. */
export interface SendContext {
  now: Date;
  /** When the contact last wrote in; null when unknown (treated as outside every window). */
  lastInboundAt: Date | null;
  /**
   * The person agreed, at consent, to be written to once when a reply waits for them, and this
   * is that one time: on a platform with no window of its own (Teams) the reply itself goes.
   */
  consented?: boolean;
}

/** Sends outputs to one address on one platform. Throws SendError on failure. */
export interface ChannelSender {
  readonly channel: string;
  readonly capabilities: Capabilities;
  /** Outside the contact window this refuses with SendError('window_closed'): the outbox holds the reply. */
  send(addressPlain: string, outputs: Output[], ctx: SendContext): Promise<void>;
  /**
   * The one neutral notice that a reply waits, which the person agreed to at consent; the only
   * thing sent outside the window. SMS: one neutral line (the outputs: `held-notice`); WhatsApp:
   * the approved template, never the content. A channel without one (Teams) sends the waiting
   * reply itself instead, through `send` with `consented`.
   */
  notice?(addressPlain: string, outputs: Output[], ctx: SendContext): Promise<void>;
}

/**
 * Invariant 7: nothing is sent to a contact who has not written in the last 24 hours — except
 * the one neutral notice the person agreed to (ChannelSender.notice).
 */
export const CONTACT_WINDOW_MS = 24 * 60 * 60 * 1000;

export function insideWindow(ctx: SendContext, windowMs = CONTACT_WINDOW_MS): boolean {
  if (!ctx.lastInboundAt) return false;
  const age = ctx.now.getTime() - ctx.lastInboundAt.getTime();
  return age >= 0 ? age <= windowMs : true;
}

/** The fetch a sender uses; injected so tests can count calls without patching globals. */
export type Fetch = typeof fetch;

/** POST to a platform API and turn every failure into a SendError. Returns the parsed JSON body. */
export async function postToPlatform(
  fetchFn: Fetch,
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs?: number },
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
    });
  } catch {
    throw SendError.network();
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) throw SendError.fromStatus(res.status);
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** Webhook bodies over this size are refused with 413 before anything else reads them. */
export const WEBHOOK_BODY_LIMIT = 64 * 1024;
