// Replies that wait for the person. A lead worker's reply (or the claim and close notices) that
// cannot be sent because the person has not written in 24 hours is held in the outbox, never
// dropped; the lead worker is told it is held and, later, that it was delivered. If the person
// agreed at consent, one neutral notice goes (at most one per held batch, never at night, never
// after STOP). When the person next writes, the held replies are released first, in order —
// behind their code word, when they set one: then OPEN, a wrong word or anything else gets the
// same neutral line, and after 5 wrong tries in a day the replies wait and the lead worker is told.
import type { Command, Input, Output } from '../engine/types.ts';
import { normalize } from '../engine/normalize.ts';
import type { Queryable } from '../store/db.ts';
import type { TurnGate } from '../conversation/seam.ts';
import type { ClaimedOutbox } from '../store/queries/claimOutbox.ts';
import type { WaitingReplies } from '../channels/outbox/dispatcher.ts';
import { notBeforeMorning } from '../channels/outbox/quietHours.ts';
import { codewordMatches } from '../privacy/codeword.ts';
import { getHandoff } from '../store/queries/getHandoff.ts';
import { holdOutbox } from '../store/queries/holdOutbox.ts';
import { insertOutbox } from '../store/queries/insertOutbox.ts';
import { setHandoffNoticeBatch } from '../store/queries/setHandoffNoticeBatch.ts';
import { countHeldOutbox } from '../store/queries/countHeldOutbox.ts';
import { releaseHeldOutbox } from '../store/queries/releaseHeldOutbox.ts';
import { dropWaitingOutbox } from '../store/queries/dropWaitingOutbox.ts';
import { getCodeword } from '../store/queries/getCodeword.ts';
import { recordCodewordTry } from '../store/queries/recordCodewordTry.ts';
import { listContactHandoffs } from '../store/queries/listContactHandoffs.ts';
import { HANDOFF_KEYS } from './keys.ts';
import { handoffTimeZone } from './routing.ts';
import { enqueueNote, type HandoffDeps } from './context.ts';

/** Wrong code words in one day after which held replies wait until the next day. */
export const CODEWORD_TRIES_PER_DAY = 5;

/** The outbox's hooks for rows it cannot send now (src/channels/outbox/dispatcher.ts). */
export function waitingReplies(d: HandoffDeps): WaitingReplies {
  return {
    async hold(q, row, now) {
      if (!row.handoffId || !row.addressEnc) return false;
      const h = await getHandoff(q, { id: row.handoffId, lock: 'wait' });
      if (!h) return false; // erased or purged: nothing to keep it for
      await holdOutbox(q, { id: row.id, now });
      await enqueueNote(q, d, h.id, h.notice ? 'held_notice' : 'held', now);
      if (h.notice && !h.noticeBatchAt) {
        // The one notice of this batch: in the person's language, at the earliest outside the night.
        const timeZone = handoffTimeZone(d.roster(), h);
        await insertOutbox(q, {
          kind: 'notice',
          handoffId: h.id,
          contactKey: row.contactKey,
          channel: row.channel,
          inboxId: null,
          payload: { outputs: [{ key: HANDOFF_KEYS.heldNotice, lang: h.lang }], notice: { timeZone } },
          addressEnc: row.addressEnc,
          status: 'pending',
          now,
          notBefore: notBeforeMorning(now, timeZone),
        });
        await setHandoffNoticeBatch(q, { id: h.id, at: now });
      }
      return true;
    },
    delivered: (q, row, now) => note(q, d, row, 'delivered', now),
    noticed: (q, row, outcome, now) => note(q, d, row, outcome === 'sent' ? 'notice_sent' : 'notice_failed', now),
  };
}

async function note(q: Queryable, d: HandoffDeps, row: ClaimedOutbox, n: 'delivered' | 'notice_sent' | 'notice_failed', now: Date): Promise<void> {
  // A handoff purged meanwhile has no conversation left to tell.
  if (row.handoffId && (await getHandoff(q, { id: row.handoffId }))) await enqueueNote(q, d, row.handoffId, n, now);
}

/**
 * What the person's message does to replies that wait for them, decided before the turn (the
 * seam's TurnGate): the turn goes on after `released` replies, or the message only opened (or
 * failed to open) what waits and is answered here, never seen by the engine or a lead worker.
 */
export type HeldGate = TurnGate;

/** Commands that always reach the engine, code word or not: ERASE and STOP win, danger is answered. */
const ALWAYS: readonly Command[] = ['erase', 'stop', 'emergency'];

function commandOf(d: HandoffDeps, normalized: string): Command | null {
  if (normalized === '') return null;
  for (const c of [...ALWAYS, 'open'] as const) if (d.catalog.commandWords(c).includes(normalized)) return c;
  return null;
}

/**
 * Runs in the person's turn, under the contact's row lock (two processes cannot release the same
 * rows twice). Nothing held: the turn goes on (OPEN then gets the engine's neutral line).
 */
export async function openHeld(
  d: HandoffDeps,
  q: Queryable,
  a: { contactKey: string; lang: string; input: Input; now: Date },
): Promise<HeldGate> {
  if (a.input.type === 'staff') return { pass: true, released: 0 };
  const held = await countHeldOutbox(q, { contactKey: a.contactKey });
  if (held === 0) return { pass: true, released: 0 };
  const text = a.input.type === 'text' ? a.input.text : a.input.type === 'media' ? (a.input.caption ?? '') : '';
  const normalized = a.input.type === 'command' ? '' : normalize(text);
  const command = a.input.type === 'command' ? a.input.command : commandOf(d, normalized);
  const danger = (a.input.type === 'text' || a.input.type === 'media') && a.input.understood?.danger === true;
  if ((command && ALWAYS.includes(command)) || danger) return { pass: true, released: 0 };
  const codeword = await getCodeword(q, { contactKey: a.contactKey });
  if (!codeword) {
    const released = await release(d, q, a.contactKey, a.now);
    // OPEN only opened what waited; any other message is the person's own, handled as usual.
    return command === 'open' ? { pass: false, released, outputs: [] } : { pass: true, released };
  }
  const day = a.now.toISOString().slice(0, 10);
  const locked = codeword.missesDay === day && codeword.misses >= CODEWORD_TRIES_PER_DAY;
  if (!locked && normalized !== '' && (await codewordMatches(normalized, codeword))) {
    await recordCodewordTry(q, { contactKey: a.contactKey, day, wrong: false });
    return { pass: false, released: await release(d, q, a.contactKey, a.now), outputs: [] };
  }
  // Anything else — OPEN, a wrong word, a picture — gets the neutral line and opens nothing.
  const misses = locked ? codeword.misses : await recordCodewordTry(q, { contactKey: a.contactKey, day, wrong: true });
  if (!locked && misses === CODEWORD_TRIES_PER_DAY) {
    for (const id of await listContactHandoffs(q, { contactKey: a.contactKey })) await enqueueNote(q, d, id, 'codeword_locked', a.now);
  }
  return { pass: false, released: 0, outputs: neutral(d, a.lang) };
}

function neutral(d: HandoffDeps, lang: string): Output[] {
  const f = d.catalog.format(lang, OPEN_NEUTRAL_KEY);
  return f ? [{ type: 'message', key: OPEN_NEUTRAL_KEY, text: f.text, lang: f.lang }] : [];
}

/** The engine's neutral line (flows/_routes.yaml keys.open_neutral): the same words for OPEN with nothing waiting. */
export const OPEN_NEUTRAL_KEY = 'open-neutral';

async function release(d: HandoffDeps, q: Queryable, contactKey: string, now: Date): Promise<number> {
  const released = await releaseHeldOutbox(q, { contactKey, now });
  // The person is here: no notice is needed, and the next batch may have its own.
  await dropWaitingOutbox(q, { contactKey, which: 'notices', code: 'not_needed' });
  for (const id of await listContactHandoffs(q, { contactKey })) await setHandoffNoticeBatch(q, { id, at: null });
  if (released > 0) d.logger.info({ event: 'held_released', released }, 'held replies released');
  return released;
}

/** STOP: nothing more goes to this person — the replies that waited and their notice are given up, and the lead worker told. */
export async function dropHeldOnStop(d: HandoffDeps, q: Queryable, contactKey: string, now: Date): Promise<void> {
  for (const id of await dropWaitingOutbox(q, { contactKey, which: 'all', code: 'opted_out' })) await enqueueNote(q, d, id, 'held_dropped', now);
}
