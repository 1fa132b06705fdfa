import type { Queryable } from '../db.ts';

/**
 * A sync delivery that cannot give its reply in the response hands it to the outbox instead:
 * in one statement the message's reply is marked delivered (copies of the message stay silent
 * from now on) and, when it has anything to say, one outbox row is made with the reply's keys
 * and the encrypted address, which goes once the row is sent or given up (invariant 1). A reply
 * already delivered, or already handed over, makes nothing: false.
 */
export async function replyToOutbox(
  q: Queryable,
  a: { channel: string; providerId: string; addressEnc: Buffer; now: Date },
): Promise<boolean> {
  const r = await q.query<{ id: string }>(
    `with taken as (
       update inbox set reply_delivered = true, reply_lease_until = null
        where channel = $1 and provider_id = $2 and not reply_delivered
        returning id, contact_key, reply
     )
     insert into outbox (contact_key, channel, inbox_id, payload, address_enc, status, next_attempt_at, created_at)
     select contact_key, $1, id, jsonb_build_object('outputs', reply), $3, 'pending', $4, $4
       from taken
      where jsonb_typeof(reply) = 'array' and jsonb_array_length(reply) > 0
     returning id::text as id`,
    [a.channel, a.providerId, a.addressEnc, a.now],
  );
  return r.rows.length > 0;
}
