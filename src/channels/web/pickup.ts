// Later messages for the web chat (a lead worker's replies, the claim and close notices).
// The page cannot be pushed to, so the outbox dispatcher has no sender for 'web': its rows
// stay pending until the page asks (POST /web/poll). A poll returns the pending rows of its
// own contact (the key is the HMAC of the session id, as for every turn), rendered from the
// outbox's payload like any send (a lead worker's text unsealed here), and acknowledges the
// rows the previous poll returned: only then is a row marked sent and its encrypted address
// deleted. A response lost on the way is returned again; the page shows each row once.
// Quick exit deletes the contact, and the outbox rows with it (on delete cascade).
import type { Catalog, Output } from '../../engine/types.ts';
import type { Store } from '../../store/db.ts';
import type { Keys } from '../../privacy/fieldCrypto.ts';
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

/** What waits for one web contact: acknowledges `ack` and returns the next rows. */
export type PickUp = (a: { contactKey: string; ack: readonly string[]; now: Date }) => Promise<Delivered[]>;

export function webPickup(deps: { store: Store; catalog: Catalog; keys: Keys }): PickUp {
  return (a) => pickUp(deps, a);
}

async function pickUp(deps: { store: Store; catalog: Catalog; keys: Keys }, a: { contactKey: string; ack: readonly string[]; now: Date }): Promise<Delivered[]> {
  const rows = await deps.store.tx(async (q) => {
    await ackWebOutbox(q, { contactKey: a.contactKey, ids: a.ack, now: a.now });
    return listWebOutbox(q, { contactKey: a.contactKey, limit: BATCH });
  });
  const out: Delivered[] = [];
  const gone: string[] = [];
  const bad: string[] = [];
  for (const row of rows) {
    const payload = outboxPayloadSchema.safeParse(row.payload);
    if (!payload.success) {
      bad.push(row.id);
      continue;
    }
    try {
      out.push({ id: row.id, outputs: fromStored(deps.catalog, payload.data.outputs, deps.keys) });
    } catch (e) {
      // Sealed text that cannot be opened any more (its key was retired): nothing to show, ever.
      if (e instanceof DecryptError) gone.push(row.id);
      else throw e;
    }
  }
  await dropWebOutbox(deps.store, { contactKey: a.contactKey, ids: gone, reason: 'web_gone' });
  await dropWebOutbox(deps.store, { contactKey: a.contactKey, ids: bad, reason: 'bad_payload' });
  return out;
}
