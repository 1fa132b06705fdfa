// A staff reply waits in the outbox as a reference to its transcript line, never as text
// (invariant 2: message text only inside the encrypted transcript). This wraps the channel
// senders so the text is decrypted just before it goes out. A line that is gone (the contact
// erased, or the transcript was purged) is not sent: the platform is never called.
import type { Output } from '../engine/types.ts';
import type { Store } from '../store/db.ts';
import { decrypt, type Keys } from '../privacy/fieldCrypto.ts';
import { getHandoffMessage } from '../store/queries/getHandoffMessage.ts';
import { SendError, type ChannelSender } from '../channels/types.ts';
import { HANDOFF_KEYS } from './effects.ts';

export function withStaffReplies(senders: readonly ChannelSender[], deps: { store: Store; keys: Keys }): ChannelSender[] {
  const resolve = async (o: Output): Promise<Output> => {
    if (o.key !== HANDOFF_KEYS.staffReply) return o;
    const id = o.args?.m;
    const row = id === undefined ? null : await getHandoffMessage(deps.store, { id: String(id) });
    if (!row) throw new SendError('handoff_message_gone', false);
    return { ...o, text: decrypt(deps.keys, row.bodyEnc) };
  };
  return senders.map((s) => ({
    channel: s.channel,
    capabilities: s.capabilities,
    send: async (address, outputs, ctx) => s.send(address, await Promise.all(outputs.map(resolve)), ctx),
    // The neutral notice carries no staff text; a channel without one stays without one.
    ...(s.notice ? { notice: s.notice.bind(s) } : {}),
  }));
}
