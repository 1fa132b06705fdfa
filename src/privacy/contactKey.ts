import { createHmac } from 'node:crypto';

/**
 * Invariant 1: contacts are keyed by an HMAC of (channel, address), never by the address.
 * The NUL separator keeps ("sms", "x") and ("smsx", "") apart.
 */
export function contactKey(secret: Buffer, channel: string, address: string): string {
  return createHmac('sha256', secret).update(channel).update('\u0000').update(address).digest('hex');
}
