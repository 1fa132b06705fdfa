// The engine's handoff effects, carried out inside the contact's turn (one transaction):
// queue, relay, cancel, urgent — and, before the contact's rows are erased, the note to the
// consoles that outlives them.
import type { Effect, MediaKind, Output } from '../engine/types.ts';
import type { ConversationSubscriber, EffectContext } from '../conversation/seam.ts';
import { dropHeldOnStop, openHeld } from './held.ts';
import { encrypt } from '../privacy/fieldCrypto.ts';
import { getOpenHandoff } from '../store/queries/getOpenHandoff.ts';
import { insertHandoff } from '../store/queries/insertHandoff.ts';
import { refreshHandoff } from '../store/queries/refreshHandoff.ts';
import { countHandoffsAhead } from '../store/queries/countHandoffsAhead.ts';
import { insertHandoffMessage } from '../store/queries/insertHandoffMessage.ts';
import { insertConsoleJobs } from '../store/queries/insertConsoleJobs.ts';
import { markHandoffUrgent } from '../store/queries/markHandoffUrgent.ts';
import { insertAudit } from '../store/queries/insertAudit.ts';
import { listContactHandoffs } from '../store/queries/listContactHandoffs.ts';
import { getHandoff, type HandoffRow } from '../store/queries/getHandoff.ts';
import { inHours } from './routing.ts';
import { answerTransfer } from './transfer.ts';
import { HANDOFF_KEYS, type OpensWhen } from './keys.ts';
import { enqueueNote, enqueueUpdate, forgetJobs, randomHandle, randomId, recordClose, type HandoffDeps } from './context.ts';


function say(d: HandoffDeps, lang: string, key: string): Output[] {
  const f = d.catalog.format(lang, key);
  return f ? [{ type: 'message', key, text: f.text, lang: f.lang }] : [];
}

/** When the next shift starts, in words: today, tomorrow or later (calendar days in the coalition's time zone). */
export function whenOpens(now: Date, opensAt: Date | null, timeZone: string | null): OpensWhen {
  if (!opensAt || !timeZone) return 'later';
  const day = (d: Date): number => {
    const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d).map((x) => [x.type, x.value]));
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / 86_400_000;
  };
  const diff = day(opensAt) - day(now);
  return diff <= 0 ? 'today' : diff === 1 ? 'tomorrow' : 'later';
}

async function queue(d: HandoffDeps, effect: Extract<Effect, { type: 'handoff' }>, ctx: EffectContext): Promise<Output[]> {
  const { q, now } = ctx;
  const addressEnc = ctx.addressEnc();
  let row = await getOpenHandoff(q, { contactKey: ctx.contactKey });
  if (row) {
    await refreshHandoff(q, { id: row.id, urgent: effect.urgent, notice: effect.urgent && !effect.notice ? null : effect.notice, lang: effect.lang, topics: effect.topics, addressEnc });
    if (effect.urgent && !row.urgent) await insertConsoleJobs(q, { handoffId: row.id, consoles: d.consoleNames(), kind: 'renotify', payload: { mention: 'supervisors' }, now });
    row = { ...row, urgent: row.urgent || effect.urgent, lang: effect.lang, topics: effect.topics };
  } else {
    for (let i = 0; i < 8 && !row; i++) {
      row = await insertHandoff(q, {
        id: (d.newId ?? randomId)(),
        contactKey: ctx.contactKey,
        handle: (d.newHandle ?? randomHandle)(),
        urgent: effect.urgent,
        notice: effect.notice,
        lang: effect.lang,
        channel: ctx.channel,
        topics: effect.topics,
        addressEnc,
        now,
      });
      // A conflict on the contact means an open one appeared meanwhile; on the handle, try another.
      row ??= await getOpenHandoff(q, { contactKey: ctx.contactKey });
    }
    if (!row) throw new Error('could not queue the handoff: no free handle');
    await insertConsoleJobs(q, {
      handoffId: row.id,
      consoles: d.consoleNames(),
      kind: 'notify',
      payload: effect.urgent ? { mention: 'supervisors' } : {},
      now,
    });
    await insertAudit(q, { actor: 'contact', action: 'handoff_queued', subject: row.id, detail: { urgent: effect.urgent }, now });
    if (d.consoleNames().length === 0) d.logger.warn({ event: 'handoff_no_console', handoff: row.id }, 'handoff queued but no staff console is on');
  }
  return tellPlace(d, q, row, now);
}

/** Where the person stands: their place in line, or — nobody on shift — when a person will reply, and the 24/7 numbers. */
async function tellPlace(d: HandoffDeps, q: EffectContext['q'], row: HandoffRow, now: Date): Promise<Output[]> {
  if (row.state !== 'queued') return [];
  const hours = inHours(d.roster(), row, now);
  if (!hours.open) return say(d, row.lang, HANDOFF_KEYS.afterHours(whenOpens(now, hours.opensAt, hours.timeZone)));
  const position = (await countHandoffsAhead(q, { id: row.id })) + 1;
  return say(d, row.lang, HANDOFF_KEYS.position(position));
}

/** The contact's words for the lead worker: encrypted into the transcript; the thread job names the row, not the text. */
async function relay(d: HandoffDeps, effect: Extract<Effect, { type: 'relay' }>, ctx: EffectContext): Promise<void> {
  const row = await getOpenHandoff(ctx.q, { contactKey: ctx.contactKey });
  if (!row) {
    d.logger.warn({ event: 'relay_without_handoff' }, 'relay with no open handoff: dropped');
    return;
  }
  const msg = await insertHandoffMessage(ctx.q, { handoffId: row.id, direction: 'in', staffId: null, bodyEnc: encrypt(d.keys, effect.text), now: ctx.now });
  // Before a claim the words stay in the transcript: no console hears of them until the
  // claimer's private conversation opens with the whole transcript.
  if (row.state === 'claimed') await insertConsoleJobs(ctx.q, { handoffId: row.id, consoles: d.consoleNames(), kind: 'thread', payload: { messageId: msg.id }, now: ctx.now });
}

async function cancel(d: HandoffDeps, ctx: EffectContext): Promise<void> {
  const row = await getOpenHandoff(ctx.q, { contactKey: ctx.contactKey });
  if (!row) return;
  const locked = (await getHandoff(ctx.q, { id: row.id, lock: 'wait' }))!;
  if (locked.state === 'closed') return;
  await recordClose(ctx.q, d, { row: locked, outcome: 'other', detail: 'cancelled', actor: 'contact', action: 'handoff_cancelled', now: ctx.now });
}

async function urgent(d: HandoffDeps, ctx: EffectContext): Promise<void> {
  const row = await getOpenHandoff(ctx.q, { contactKey: ctx.contactKey });
  if (!row) return;
  await markHandoffUrgent(ctx.q, { id: row.id });
  if (row.state === 'queued') {
    // Nobody has it yet: a new card now, calling the supervisors too.
    await insertConsoleJobs(ctx.q, { handoffId: row.id, consoles: d.consoleNames(), kind: 'renotify', payload: { mention: 'supervisors' }, now: ctx.now });
  } else {
    await enqueueUpdate(ctx.q, d, row.id, ctx.now);
  }
  await enqueueNote(ctx.q, d, row.id, 'urgent', ctx.now);
  await insertAudit(ctx.q, { actor: 'contact', action: 'handoff_urgent', subject: row.id, now: ctx.now });
}

/**
 * Runs before the contact's rows are deleted (the handoff rows cascade): every message the app
 * posted about each handoff is deleted and its cards blanked, by forget jobs that outlive the
 * rows and carry only the platform's message references.
 */
async function erase(d: HandoffDeps, ctx: EffectContext): Promise<void> {
  for (const id of await listContactHandoffs(ctx.q, { contactKey: ctx.contactKey })) {
    const row = await getHandoff(ctx.q, { id, lock: 'wait' });
    if (!row) continue;
    await forgetJobs(ctx.q, id, ctx.now);
    await insertAudit(ctx.q, { actor: 'contact', action: 'handoff_erased', subject: id, now: ctx.now });
  }
}

/** The handoff queue's side of the conversation seam: the effects it carries out in a contact's turn. */
export function handoffSubscriber(d: HandoffDeps): ConversationSubscriber {
  return {
    name: 'handoff',
    effects: {
      handoff: (e, ctx) => queue(d, e, ctx),
      relay: (e, ctx) => relay(d, e, ctx),
      handoff_cancelled: (_e, ctx) => cancel(d, ctx),
      handoff_urgent: (_e, ctx) => urgent(d, ctx),
      erase: (_e, ctx) => erase(d, ctx),
      handoff_transfer: (e, ctx) => answerTransfer(d, e, ctx),
      media_received: (e, ctx) => mediaReceived(d, e.media, ctx),
      // STOP wins: replies that waited, and their notice, are never sent.
      opt_out: (_e, ctx) => dropHeldOnStop(d, ctx.q, ctx.contactKey, ctx.now),
    },
    // Replies that waited for the person are released before their turn, or opened by a code word.
    beforeTurn: (q, a) => openHeld(d, q, a),
  };
}

/** A voice note, photo or file during a handoff: the lead worker is told its kind (the media was never fetched). */
async function mediaReceived(d: HandoffDeps, media: MediaKind, ctx: EffectContext): Promise<void> {
  const row = await getOpenHandoff(ctx.q, { contactKey: ctx.contactKey });
  if (row) await enqueueNote(ctx.q, d, row.id, `media_${media}`, ctx.now);
}
