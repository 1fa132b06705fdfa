// The desk: what staff consoles call. Every call resolves the platform user against the
// roster (unknown → refused), runs in one transaction, and is audited (roster id, action,
// handoff id — never content). Lock order is the contact's session, then the handoff row, the
// same as a contact's turn, so a claim and a message from the contact never deadlock.
import type { Queryable } from '../store/db.ts';
import { decrypt, encrypt } from '../privacy/fieldCrypto.ts';
import type { ConversationSeam } from '../conversation/seam.ts';
import { getHandoff, type HandoffRow } from '../store/queries/getHandoff.ts';
import { claimHandoff } from '../store/queries/claimHandoff.ts';
import { lockSession } from '../store/queries/lockSession.ts';
import { insertHandoffMessage } from '../store/queries/insertHandoffMessage.ts';
import { listHandoffMessages } from '../store/queries/listHandoffMessages.ts';
import { listOpenHandoffs } from '../store/queries/listOpenHandoffs.ts';
import { findConsolePostHandoff } from '../store/queries/findConsolePostHandoff.ts';
import { findHandoffEnd } from '../store/queries/findHandoffEnd.ts';
import { insertOutbox } from '../store/queries/insertOutbox.ts';
import { insertAudit } from '../store/queries/insertAudit.ts';
import { insertConsoleJobs } from '../store/queries/insertConsoleJobs.ts';
import { DeskError, MAX_REPLY_CHARS, OUTCOMES, type HandoffCard, type HandoffDesk, type Outcome, type StaffIdentity, type StaffMember } from './types.ts';
import { findStaff } from './roster.ts';
import { isOffered } from './routing.ts';
import { cardOf } from './cards.ts';
import { enqueueUpdate, recordClose, type HandoffDeps } from './context.ts';
import { HANDOFF_KEYS } from './keys.ts';
import { sealOutput } from '../conversation/storedReply.ts';
import { parseTarget, transferTargetsOf } from './transfer.ts';
import { setHandoffTransfer } from '../store/queries/setHandoffTransfer.ts';
import { TRANSFER_REASONS } from '../engine/types.ts';

export interface DeskDeps extends HandoffDeps {
  /** The contact's side of a claim or close (one staff turn in the desk's transaction). */
  conversations: Pick<ConversationSeam, 'staffEvent'>;
}

export function createDesk(d: DeskDeps): HandoffDesk {
  const now = (): Date => (d.now ?? (() => new Date()))();
  const staffOf = async (who: StaffIdentity, action: string, subject?: string): Promise<StaffMember> => {
    const s = findStaff(d.roster(), who);
    if (s) return s;
    // The platform user id is not written anywhere: "unknown" and the platform are enough.
    await d.store.tx((q) =>
      insertAudit(q, { actor: 'unknown', action: `${action}_refused`, ...(subject ? { subject } : {}), detail: { reason: 'unknown_staff', platform: who.platform }, now: now() }),
    );
    throw new DeskError('unknown_staff', `You are not on the roster (${who.platform}). Ask a supervisor to add you.`);
  };

  /** A handoff no longer in the table: erased, closed (and purged), or never there. */
  const gone = async (q: Queryable, id: string): Promise<never> => {
    const end = await findHandoffEnd(q, { id });
    if (end === 'erased') throw new DeskError('erased', 'The contact erased this conversation.');
    if (end === 'closed') throw new DeskError('closed', 'This handoff is closed: the contact is back with the assistant.');
    throw new DeskError('not_found', 'No such handoff.');
  };

  /** Read, lock the session, then lock the row (SKIP LOCKED first, then wait: see below). */
  const lockRow = async (q: Queryable, id: string): Promise<HandoffRow> => {
    const seen = await getHandoff(q, { id });
    if (!seen) return gone(q, id);
    await lockSession(q, { contactKey: seen.contactKey });
    // SKIP LOCKED: when no other desk call holds the row we have it at once. When one does
    // (a claim racing ours), wait for it to end and then judge the state it left — so the
    // second claim is told who won instead of a vague "busy".
    const row = (await getHandoff(q, { id, lock: 'skip' })) ?? (await getHandoff(q, { id, lock: 'wait' }));
    if (!row) throw new DeskError('erased', 'The contact erased this conversation.');
    return row;
  };


  /** Refusals are audited in their own transaction (the action's is rolled back). */
  const act = async <T>(staff: StaffMember, action: string, id: string, fn: (q: Queryable) => Promise<T>): Promise<T> => {
    try {
      return await d.store.tx(fn);
    } catch (e) {
      if (e instanceof DeskError) {
        await d.store
          .tx((q) => insertAudit(q, { actor: staff.id, action: `${action}_refused`, subject: id, detail: { reason: e.code }, now: now() }))
          .catch(() => undefined);
      }
      throw e;
    }
  };

  const owns = (row: HandoffRow, staff: StaffMember): boolean => row.claimedBy === staff.id;
  const claimerName = (row: HandoffRow): string => d.roster().staff.find((s) => s.id === row.claimedBy)?.displayName ?? 'another lead worker';

  const closeAs = async (id: string, who: StaffIdentity, outcome: Outcome, detail: string | null, action: string): Promise<HandoffCard> => {
    const staff = await staffOf(who, action, id);
    if (!(OUTCOMES as readonly string[]).includes(outcome)) throw new DeskError('bad_outcome', `Unknown outcome "${String(outcome)}".`);
    return act(staff, action, id, async (q) => {
      const row = await lockRow(q, id);
      if (row.state === 'closed') throw new DeskError('closed', 'This handoff is already closed.');
      const supervisor = staff.role === 'supervisor';
      if (!owns(row, staff) && !supervisor) {
        throw new DeskError('not_allowed', row.state === 'queued' ? 'Claim it first.' : `${claimerName(row)} has this handoff.`);
      }
      const at = now();
      await d.conversations.staffEvent(q, { contactKey: row.contactKey, channel: row.channel, addressEnc: row.addressEnc, handoffId: row.id, event: 'closed', now: at });
      await recordClose(q, d, { row, outcome, detail, actor: staff.id, action, now: at });
      return cardOf((await getHandoff(q, { id }))!, d.roster(), at);
    });
  };

  return {
    async claim(id, who) {
      const staff = await staffOf(who, 'handoff_claim', id);
      return act(staff, 'handoff_claim', id, async (q) => {
        const row = await lockRow(q, id);
        if (row.state === 'closed') throw new DeskError('closed', 'This handoff is closed.');
        if (row.state === 'claimed') {
          if (owns(row, staff)) return cardOf(row, d.roster(), now());
          throw new DeskError('already_claimed', `${claimerName(row)} already has this handoff.`);
        }
        if (!isOffered(d.roster(), staff, row)) throw new DeskError('not_allowed', 'This handoff is offered to other lead workers (language or topic).');
        const at = now();
        await claimHandoff(q, { id, staffId: staff.id, now: at });
        await insertAudit(q, { actor: staff.id, action: 'handoff_claimed', subject: id, now: at });
        await d.conversations.staffEvent(q, { contactKey: row.contactKey, channel: row.channel, addressEnc: row.addressEnc, handoffId: row.id, event: 'claimed', now: at });
        await enqueueUpdate(q, d, id, at);
        // The claimer's private conversation opens on the console they claimed from.
        await insertConsoleJobs(q, { handoffId: id, consoles: d.consoleNames(), kind: 'thread', payload: { note: 'claimed', on: who.platform }, now: at });
        return cardOf((await getHandoff(q, { id }))!, d.roster(), at);
      });
    },

    async reply(id, who, text) {
      const staff = await staffOf(who, 'handoff_reply', id);
      const body = text.trim();
      return act(staff, 'handoff_reply', id, async (q) => {
        if (body === '') throw new DeskError('empty', 'Nothing to send.');
        if (body.length > MAX_REPLY_CHARS) throw new DeskError('empty', `Too long: at most ${MAX_REPLY_CHARS} characters.`);
        const row = await lockRow(q, id);
        if (row.state === 'closed') throw new DeskError('closed', 'This handoff is closed: the contact is back with the assistant.');
        if (row.state === 'queued') throw new DeskError('not_allowed', 'Claim it first.');
        if (!owns(row, staff)) throw new DeskError('not_allowed', `${claimerName(row)} has this handoff.`);
        const at = now();
        const msg = await insertHandoffMessage(q, { handoffId: id, direction: 'out', staffId: staff.id, bodyEnc: encrypt(d.keys, body), now: at });
        // To the contact as an ordinary output through the outbox, its text sealed until sent
        // (src/conversation/storedReply.ts). The dispatcher applies the 24-hour rule and SMS limits.
        await insertOutbox(q, {
          contactKey: row.contactKey,
          channel: row.channel,
          inboxId: null,
          payload: { outputs: [sealOutput(d.keys, { key: HANDOFF_KEYS.staffReply, lang: row.lang, text: body })] },
          addressEnc: row.addressEnc,
          status: 'pending',
          now: at,
          // Held, not dropped, if the person has not written in 24 hours; deleted with the handoff.
          handoffId: id,
        });
        await insertAudit(q, { actor: staff.id, action: 'handoff_replied', subject: id, now: at });
        // The claimer sees their reply in their private conversation (the app's post: deletable).
        await insertConsoleJobs(q, { handoffId: id, consoles: d.consoleNames(), kind: 'thread', payload: { messageId: msg.id }, now: at });
      });
    },

    close: (id, who, outcome) => closeAs(id, who, outcome, null, 'handoff_closed'),
    handBack: (id, who) => closeAs(id, who, 'other', 'handed_back', 'handoff_handed_back'),

    async view(id, who) {
      const staff = await staffOf(who, 'handoff_view', id);
      return act(staff, 'handoff_view', id, async (q) => {
        const row = (await getHandoff(q, { id })) ?? (await gone(q, id));
        if (!owns(row, staff)) throw new DeskError('not_allowed', 'Only the lead worker who claimed this handoff can read it.');
        const rows = await listHandoffMessages(q, { handoffId: id });
        await insertAudit(q, { actor: staff.id, action: 'handoff_viewed', subject: id, detail: { messages: rows.length }, now: now() });
        return rows.map((m) => ({ from: m.direction === 'in' ? ('contact' as const) : ('staff' as const), text: decrypt(d.keys, m.bodyEnc), at: m.at }));
      });
    },

    async transferTargets(id, who) {
      const staff = await staffOf(who, 'handoff_transfer_targets', id);
      const row = (await getHandoff(d.store, { id })) ?? (await gone(d.store, id));
      if (!owns(row, staff)) throw new DeskError('not_allowed', 'Only the lead worker who claimed this handoff can pass it on.');
      return transferTargetsOf(d.roster(), row, staff);
    },

    async offerTransfer(id, who, offer) {
      const staff = await staffOf(who, 'handoff_transfer_offer', id);
      return act(staff, 'handoff_transfer_offer', id, async (q) => {
        if (!(TRANSFER_REASONS as readonly string[]).includes(offer.reason)) throw new DeskError('bad_target', `Unknown reason "${String(offer.reason)}".`);
        const row = await lockRow(q, id);
        if (row.state === 'closed') throw new DeskError('closed', 'This handoff is closed: the contact is back with the assistant.');
        if (!owns(row, staff)) throw new DeskError('not_allowed', row.state === 'queued' ? 'Claim it first.' : `${claimerName(row)} has this handoff.`);
        if (row.transferTo) throw new DeskError('not_allowed', 'The contact has not answered your last offer yet.');
        const target = parseTarget(d.roster(), offer.to, staff.id);
        if (!target) throw new DeskError('bad_target', 'Pick a lead worker or a coalition on the roster (not yourself).');
        const at = now();
        await setHandoffTransfer(q, { id, to: offer.to, reason: offer.reason });
        const said = await d.conversations.staffEvent(q, {
          contactKey: row.contactKey,
          channel: row.channel,
          addressEnc: row.addressEnc,
          event: 'transfer_offered',
          transfer: { reason: offer.reason, group: 'coalition' in target },
          now: at,
        });
        // The deployment's flows may not offer transfers (no question to ask): then nothing is asked and nothing moves.
        if (said.length === 0) throw new DeskError('not_allowed', 'The contact could not be asked here. Nothing was passed on.');
        await insertAudit(q, { actor: staff.id, action: 'handoff_transfer_offered', subject: id, detail: { to: offer.to, reason: offer.reason }, now: at });
        await insertConsoleJobs(q, { handoffId: id, consoles: d.consoleNames(), kind: 'thread', payload: { note: 'transfer_asked' }, now: at });
      });
    },

    async queue(who) {
      const staff = await staffOf(who, 'handoff_queue');
      const roster = d.roster();
      const at = now();
      const rows = await listOpenHandoffs(d.store);
      return rows
        .filter((r) => staff.role === 'supervisor' || owns(r, staff) || (r.state === 'queued' && isOffered(roster, staff, r)))
        .map((r) => cardOf(r, roster, at));
    },

    byConsoleRef: (console, messageRef) => findConsolePostHandoff(d.store, { console, messageRef }),
  };
}

