// The rehearsal's own in-memory store: practice handoffs held in a bounded Map, for the web
// page and Teams. Never the real database; nothing here sends anything. A room is reached by
// an unguessable id (web) or by the practising trainer's chat (Teams); idle rooms expire.

import { randomUUID } from 'node:crypto';
import type { Catalog } from '../engine/types.ts';
import { DeskError } from '../handoff/types.ts';
import type { Debrief } from './debrief.ts';
import type { LoadedPersonas, Persona } from './persona.ts';
import { claimPractice, closePractice, replyPractice, startPractice, type ContactSaw, type Practice, type PracticeStep } from './practice.ts';
import { RehearsalError, type PracticeMessage } from './session.ts';
import { voiceTurn, type PersonaVoice } from './voice.ts';
import type { ChatFailure } from '../understand/llm.ts';

export interface RoomsOptions {
  personas: LoadedPersonas;
  catalog: Catalog;
  /** The catalogue's source language (English): shown beside each message. */
  sourceLang: string;
  /** At most this many rooms at once; starting one more drops the least recently used. */
  max?: number;
  /** A room unused for this long is dropped. */
  idleMinutes?: number;
  now?: () => number;
  /** Generated persona replies (a configured model); scripted replies without it. */
  voice?: PersonaVoice;
  /** Hears why a generated reply was not used (a reason, never a line): the scripted one was. */
  onVoiceFailure?: (reason: ChatFailure) => void;
}

interface Room {
  practice: Practice;
  touched: number;
  debrief?: Debrief;
}

export interface RoomView {
  id: string;
  persona: { id: string; name: string; scenario: number; channel: string; background: string; wants: string[]; fears: string[] };
  card: Practice['card'];
}

/** The catalogue as the contact saw it: missing keys are a content bug, reported as such. */
export function contactSawFrom(catalog: Catalog, sourceLang: string): ContactSaw {
  return (key, lang) => {
    const f = catalog.format(lang, key);
    if (!f) throw new RehearsalError(`the catalogue has no message "${key}"`);
    return { text: f.text, lang: f.lang, source: catalog.format(sourceLang, key)?.text ?? f.text };
  };
}

export class PracticeRooms {
  private readonly rooms = new Map<string, Room>();
  private readonly saw: ContactSaw;
  private readonly max: number;
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(private readonly o: RoomsOptions) {
    this.saw = contactSawFrom(o.catalog, o.sourceLang);
    this.max = o.max ?? 200;
    this.idleMs = (o.idleMinutes ?? 120) * 60_000;
    this.now = o.now ?? Date.now;
  }

  get size(): number {
    this.sweep();
    return this.rooms.size;
  }

  personas(): Persona[] {
    return [...this.o.personas.personas.values()];
  }

  /** A new practice handoff; `id` may be given (Teams uses the trainer's chat), else a random one. */
  start(personaId: string, lang: string | undefined, id: string = randomUUID()): { view: RoomView } & PracticeStep {
    const persona = this.o.personas.personas.get(personaId);
    if (!persona) throw new RehearsalError(`unknown persona "${personaId}"`);
    const step = startPractice(persona, lang ?? persona.languages[0]!, this.saw);
    this.sweep();
    this.rooms.delete(id);
    while (this.rooms.size >= this.max) this.rooms.delete(this.rooms.keys().next().value!);
    this.rooms.set(id, { practice: step.practice, touched: this.now() });
    return { ...step, view: this.view(id, step.practice) };
  }

  has(id: string): boolean {
    this.sweep();
    return this.rooms.has(id);
  }

  claim(id: string): PracticeStep {
    return this.apply(id, (p) => claimPractice(p, this.saw));
  }

  reply(id: string, text: string): PracticeStep {
    return this.apply(id, (p) => replyPractice(p, text));
  }

  /**
   * A reply, and the persona's answer in the generated voice when there is one (the scripted
   * answer when there is none, or it fails). The session moves on at once, from the script;
   * the generated words then take the scripted ones' place in the room's transcript.
   */
  async say(id: string, text: string): Promise<PracticeStep> {
    const step = this.reply(id, text);
    const voice = this.o.voice;
    const replies = step.messages.filter((m): m is PracticeMessage => m.type === 'persona');
    if (!voice || replies.length === 0) return step;
    const scripted = step.practice.rehearsal;
    const voiced = await voiceTurn({ session: scripted, replies, events: step.events }, voice, this.o.onVoiceFailure);
    if (voiced.replies === replies) return step;
    // Swap this turn's persona lines in the room as it is now (another line may have come in).
    const room = this.rooms.get(id);
    const old = scripted.transcript.slice(scripted.transcript.length - replies.length);
    const at = room ? room.practice.rehearsal.transcript.indexOf(old[0]!) : -1;
    if (room && at >= 0) {
      const transcript = [...room.practice.rehearsal.transcript];
      transcript.splice(at, old.length, ...voiced.session.transcript.slice(voiced.session.transcript.length - voiced.replies.length));
      room.practice = { ...room.practice, rehearsal: { ...room.practice.rehearsal, transcript } };
    }
    return { ...step, practice: { ...step.practice, rehearsal: voiced.session }, messages: voiced.replies };
  }

  close(id: string, outcome: string): PracticeStep & { debrief: Debrief } {
    const room = this.get(id);
    const step = closePractice(room.practice, outcome, this.saw);
    room.practice = step.practice;
    room.debrief = step.debrief;
    return step;
  }

  /** The debrief of a closed practice (kept until the room expires, for download). */
  debrief(id: string): Debrief {
    const room = this.get(id);
    if (!room.debrief) throw new DeskError('not_allowed', 'Close the handoff first: the debrief comes at the end.');
    return room.debrief;
  }

  view(id: string, p: Practice = this.get(id).practice): RoomView {
    const per = p.rehearsal.persona;
    return {
      id,
      persona: { id: per.id, name: per.name, scenario: per.scenario, channel: per.channel, background: per.background, wants: per.wants, fears: per.fears },
      card: p.card,
    };
  }

  end(id: string): void {
    this.rooms.delete(id);
  }

  private get(id: string): Room {
    this.sweep();
    const room = this.rooms.get(id);
    if (!room) throw new DeskError('not_found', 'No such practice (it may have expired). Start a new one.');
    room.touched = this.now();
    // Least recently used last: a Map keeps insertion order.
    this.rooms.delete(id);
    this.rooms.set(id, room);
    return room;
  }

  private apply(id: string, fn: (p: Practice) => PracticeStep): PracticeStep {
    const room = this.get(id);
    const step = fn(room.practice);
    room.practice = step.practice;
    return step;
  }

  private sweep(): void {
    const cutoff = this.now() - this.idleMs;
    for (const [id, room] of this.rooms) if (room.touched < cutoff) this.rooms.delete(id);
  }
}
