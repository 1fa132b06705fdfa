// Later messages for the web chat (a lead worker's replies, the claim and close notices).
// The page cannot be pushed to, so the outbox dispatcher has no sender for 'web': its rows
// stay pending until the page asks (POST /web/poll). A poll returns the pending rows of its
// own contact (the key is the HMAC of the session id, as for every turn), rendered from the
// outbox's payload like any send (a lead worker's text unsealed here), and acknowledges the
// rows the previous poll returned: only then is a row marked sent and its encrypted address
// deleted. A response lost on the way is returned again; the page shows each row once.
// Quick exit deletes the contact, and the outbox rows with it (on delete cascade).
import type { App } from '../../app.ts';
import type { Output } from '../../engine/types.ts';
import { fromStored, outboxPayloadSchema } from '../../conversation/storedReply.ts';
import { ackWebOutbox } from '../../store/queries/ackWebOutbox.ts';
import { listWebOutbox } from '../../store/queries/listWebOutbox.ts';
import { dropWebOutbox } from '../../store/queries/dropWebOutbox.ts';
import { DecryptError } from '../../privacy/fieldCrypto.ts';

export interface Delivered {
  /** The outbox row: the page sends it back to acknowledge it, and shows a row once. */
  id: string;
  outputs: Output[];
}

/** Rows a poll returns at most; the rest come with the next one. */
const BATCH = 20;

export async function pickUp(app: App, a: { contactKey: string; ack: readonly string[]; now: Date }): Promise<Delivered[]> {
  const rows = await app.store.tx(async (q) => {
    await ackWebOutbox(q, { contactKey: a.contactKey, ids: a.ack, now: a.now });
    return listWebOutbox(q, { contactKey: a.contactKey, limit: BATCH });
  });
  const out: Delivered[] = [];
  const gone: string[] = [];
  const bad: string[] = [];
  const keys = app.encryptionKeys;
  for (const row of rows) {
    const payload = outboxPayloadSchema.safeParse(row.payload);
    if (!payload.success) {
      bad.push(row.id);
      continue;
    }
    try {
      out.push({ id: row.id, outputs: fromStored(app.content.catalog, payload.data.outputs, keys) });
    } catch (e) {
      // Sealed text that cannot be opened any more (its key was retired): nothing to show, ever.
      if (e instanceof DecryptError) gone.push(row.id);
      else throw e;
    }
  }
  await dropWebOutbox(app.store, { contactKey: a.contactKey, ids: gone, reason: 'web_gone' });
  await dropWebOutbox(app.store, { contactKey: a.contactKey, ids: bad, reason: 'bad_payload' });
  return out;
}
