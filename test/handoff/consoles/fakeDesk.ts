// A small in-memory HandoffDesk for the console tests: a roster by platform id, handoffs by id,
// console refs registered by the test, and every call recorded (who, what — the test's own text).
import { DeskError, type HandoffCard, type HandoffDesk, type Outcome, type StaffIdentity, type TransferTarget } from '../../../src/handoff/types.ts';
import type { TransferReason } from '../../../src/engine/types.ts';

export interface DeskCall {
  method: 'claim' | 'reply' | 'close' | 'handBack' | 'view' | 'queue' | 'byConsoleRef' | 'transferTargets' | 'offerTransfer';
  to?: string;
  reason?: TransferReason;
  id?: string;
  who?: StaffIdentity;
  text?: string;
  outcome?: Outcome;
}

const key = (who: StaffIdentity): string => `${who.platform}:${who.userId}`;

export class FakeDesk implements HandoffDesk {
  readonly calls: DeskCall[] = [];
  readonly replies: { id: string; text: string; who: StaffIdentity }[] = [];
  private readonly roster = new Map<string, string>();
  private readonly cards = new Map<string, HandoffCard>();
  private readonly claimers = new Map<string, string>();
  private readonly refs = new Map<string, string>();
  private readonly earlier = new Map<string, { from: 'contact' | 'staff'; text: string; at: Date }[]>();

  staff(who: StaffIdentity, displayName: string): this {
    this.roster.set(key(who), displayName);
    return this;
  }

  add(card: HandoffCard, earlier: { from: 'contact' | 'staff'; text: string }[] = []): void {
    this.cards.set(card.handoffId, card);
    this.earlier.set(card.handoffId, earlier.map((m) => ({ ...m, at: new Date(0) })));
  }

  link(console: 'slack' | 'teams', messageRef: string, id: string): void {
    this.refs.set(`${console}:${messageRef}`, id);
  }

  card(id: string): HandoffCard {
    const c = this.cards.get(id);
    if (!c) throw new DeskError('not_found', 'This handoff no longer exists.');
    return c;
  }

  erase(id: string): void {
    this.cards.set(id, { ...this.card(id), state: 'erased' });
  }

  private name(who: StaffIdentity): string {
    const n = this.roster.get(key(who));
    if (!n) throw new DeskError('unknown_staff', 'You are not on the roster of lead workers.');
    return n;
  }

  private own(id: string, who: StaffIdentity): HandoffCard {
    this.name(who);
    const c = this.card(id);
    if (c.state === 'erased') throw new DeskError('erased', 'The contact erased this conversation.');
    if (c.state === 'closed') throw new DeskError('closed', 'This conversation is closed.');
    if (this.claimers.get(id) !== key(who)) throw new DeskError('not_allowed', 'Only the lead worker who claimed this conversation can do that.');
    return c;
  }

  async claim(id: string, who: StaffIdentity): Promise<HandoffCard> {
    this.calls.push({ method: 'claim', id, who });
    const name = this.name(who);
    const c = this.card(id);
    if (c.state === 'erased') throw new DeskError('erased', 'The contact erased this conversation.');
    if (c.state === 'closed') throw new DeskError('closed', 'This conversation is closed.');
    if (c.state === 'claimed') throw new DeskError('already_claimed', `Already claimed by ${c.claimedBy}.`);
    const next: HandoffCard = { ...c, state: 'claimed', claimedBy: name };
    this.cards.set(id, next);
    this.claimers.set(id, key(who));
    return next;
  }

  async reply(id: string, who: StaffIdentity, text: string): Promise<void> {
    this.calls.push({ method: 'reply', id, who, text });
    this.own(id, who);
    if (!text.trim()) throw new DeskError('empty', 'Nothing to send.');
    this.replies.push({ id, text, who });
  }

  async close(id: string, who: StaffIdentity, outcome: Outcome): Promise<HandoffCard> {
    this.calls.push({ method: 'close', id, who, outcome });
    const c = this.own(id, who);
    const next: HandoffCard = { ...c, state: 'closed', outcome };
    this.cards.set(id, next);
    return next;
  }

  async handBack(id: string, who: StaffIdentity): Promise<HandoffCard> {
    this.calls.push({ method: 'handBack', id, who });
    const c = this.own(id, who);
    const next: HandoffCard = { ...c, state: 'closed' };
    this.cards.set(id, next);
    return next;
  }

  async view(id: string, who: StaffIdentity): Promise<{ from: 'contact' | 'staff'; text: string; at: Date }[]> {
    this.calls.push({ method: 'view', id, who });
    this.own(id, who);
    return this.earlier.get(id) ?? [];
  }

  /** Two targets, as the real desk lists them (workers, then coalitions). */
  readonly targets: TransferTarget[] = [
    { to: 'staff:ana', label: 'Ana (es, en)' },
    { to: 'coalition:legal-clinic', label: 'Anyone at Legal clinic' },
  ];

  async transferTargets(id: string, who: StaffIdentity): Promise<TransferTarget[]> {
    this.calls.push({ method: 'transferTargets', id, who });
    this.own(id, who);
    return this.targets;
  }

  async offerTransfer(id: string, who: StaffIdentity, offer: { to: string; reason: TransferReason }): Promise<void> {
    this.calls.push({ method: 'offerTransfer', id, who, to: offer.to, reason: offer.reason });
    this.own(id, who);
    if (!this.targets.some((t) => t.to === offer.to)) throw new DeskError('bad_target', 'Pick a lead worker or a coalition on the roster (not yourself).');
  }

  async queue(who: StaffIdentity): Promise<HandoffCard[]> {
    this.calls.push({ method: 'queue', who });
    this.name(who);
    return [...this.cards.values()].filter((c) => c.state === 'queued');
  }

  async byConsoleRef(console: 'slack' | 'teams', messageRef: string): Promise<string | null> {
    this.calls.push({ method: 'byConsoleRef' });
    return this.refs.get(`${console}:${messageRef}`) ?? null;
  }

  /** Calls that act on a handoff (everything but lookups). */
  actions(): DeskCall[] {
    return this.calls.filter((c) => c.method !== 'byConsoleRef');
  }
}
