// Practice in Teams: someone on the roster (a trainer, or a lead worker in training) writes
// "practice" to the bot in a one-to-one chat and answers a scripted persona through the
// handoff's rules (consent shown, claim, replies, close with an outcome), then reads the
// debrief. It runs on the rehearsal's own in-memory rooms: nothing reaches the store, the
// staff console or a contact. People not on the roster are never offered it: their
// "practice" is an ordinary message to the assistant. The Teams endpoint's practice route
// (src/channels/teams/index.ts), filled in by the wiring: the lines go back as plain messages.

import { z } from 'zod';
import { findStaff } from '../handoff/roster.ts';
import type { Roster } from '../handoff/roster.ts';
import { DeskError, OUTCOMES } from '../handoff/types.ts';
import { stateLine, summaryLine } from '../handoff/consoles/words.ts';
import { RehearsalError } from './session.ts';
import type { PracticeRooms } from './rooms.ts';
import type { PracticeStep } from './practice.ts';
import type { Debrief } from './debrief.ts';

const sender = z.looseObject({
  id: z.string().optional(),
  from: z.looseObject({ id: z.string(), aadObjectId: z.string().optional() }),
  conversation: z.looseObject({ id: z.string() }),
});

/** Practice activities seen lately: Teams redelivers an activity it thinks failed. */
const RECENT_IDS = 500;

/** The lines to send back when this activity is practice (or starts one); null when it is not. */
export type TeamsPractice = (activity: unknown, text: string | undefined) => Promise<string[] | null>;

const HELP = [
  'Practice commands (nothing here reaches a real contact or the records):',
  '• practice — list the personas',
  '• practice PERSONA [LANGUAGE] — a practice handoff, e.g. "practice farm-worker-pay-deductions es"',
  '• claim — take the handoff; then write your replies',
  `• close OUTCOME — end with an outcome (${OUTCOMES.join(', ')}) and read the debrief`,
  '• practice end — stop without a debrief',
].join('\n');

function stepLines(step: PracticeStep, name: string): string[] {
  const out: string[] = [];
  for (const m of step.messages) {
    if (m.type === 'persona') out.push(`[Practice${m.generated ? ', generated' : ''}] ${name}: ${m.text}${m.english ? `\n(English: ${m.english})` : ''}`);
    else out.push(`[Practice] The assistant told the contact: ${m.text}${m.lang !== 'en' ? `\n(English: ${m.source})` : ''}`);
  }
  for (const e of step.events) {
    if (e.type === 'fact_revealed') out.push(`(shared: ${e.fact})`);
    else if (e.type === 'persona_withdrew') out.push('(the person stopped writing)');
    else if (e.type === 'persona_interrupted') out.push('(the person had to stop writing)');
    else if (e.type === 'persona_returned') out.push('(the person is writing again, slowly)');
    else if (e.type === 'persona_left') out.push('(the person left for good)');
    else if (e.type === 'persona_silent') out.push('(no reply)');
  }
  return out;
}

function debriefText(d: Debrief): string {
  const mark = { passed: '✔ passed', missed: '○ missed', breached: '✘ BREACHED' } as const;
  const lines = [`Debrief (practice): ${d.name}, ${d.lang}. Score ${d.score} / ${d.max}. At the end ${d.name} was ${d.trustWords}.${d.closedAs ? ` Closed as ${d.closedAs.replace(/_/g, ' ')}.` : ''}`];
  for (const i of d.items) {
    lines.push(`${mark[i.status]}: ${i.title}`);
    for (const e of i.evidence) lines.push(`   turn ${e.turn}: "${e.line}"`);
    if (i.status !== 'passed') lines.push(`   ${i.note}`);
  }
  if (d.notRevealed.length) lines.push(`With more trust they would have shared: ${d.notRevealed.join(' ')}`);
  return lines.join('\n');
}

export function teamsPractice(opts: { rooms: PracticeRooms; roster: () => Roster }): TeamsPractice {
  const { rooms } = opts;
  // Practice never reaches the inbox, so its redeliveries are recognised here (ids only, in memory).
  const recent = new Set<string>();
  const seen = (id: string | undefined): boolean => {
    if (!id) return false;
    if (recent.has(id)) return true;
    recent.add(id);
    if (recent.size > RECENT_IDS) recent.delete(recent.values().next().value!);
    return false;
  };
  return async (activity, text) => {
    const a = sender.safeParse(activity);
    if (!a.success || text === undefined) return null;
    const staff = findStaff(opts.roster(), { platform: 'teams', userId: a.data.from.aadObjectId ?? a.data.from.id });
    if (!staff) return null;
    // One practice per chat: the chat is the room.
    const room = `teams:${a.data.conversation.id}`;
    const words = text.trim().split(/\s+/);
    const cmd = words[0]?.toLowerCase() ?? '';
    const active = rooms.has(room);
    if (cmd !== 'practice' && !active) return null;
    if (seen(a.data.id)) return [];
    try {
      if (cmd === 'practice' && words[1]?.toLowerCase() === 'end') {
        rooms.end(room);
        return ['Practice ended. You are talking to the assistant again.'];
      }
      if (cmd === 'practice' && words.length === 1) {
        const list = rooms.personas().map((p) => `• ${p.id} (${p.languages.join(', ')}) — ${p.name}, ${p.channel}`);
        return [`${HELP}\n\nPersonas (invented; practice only):\n${list.join('\n')}`];
      }
      if (cmd === 'practice') {
        const step = rooms.start(words[1]!, words[2], room);
        const per = step.view.persona;
        return [
          `Practice handoff with ${per.name} (invented, scenario ${per.scenario}). ${per.background}`,
          `Before this card reached you, the contact agreed to talk to a person after reading:\n${step.messages.map((m) => `— ${m.text}`).join('\n')}`,
          `[Practice card] ${summaryLine(step.view.card)}${step.view.card.urgent ? ' · URGENT' : ''}\nType "claim" to take it.`,
        ];
      }
      if (cmd === 'claim' && words.length === 1) {
        const step = rooms.claim(room);
        const card = rooms.view(room).card;
        return [`[Practice card] ${stateLine(card) ?? ''}`, ...stepLines(step, rooms.view(room).persona.name)];
      }
      if (cmd === 'close' && words.length === 2) {
        const step = rooms.close(room, words[1]!.toLowerCase());
        const out = [...stepLines(step, ''), debriefText(step.debrief)];
        rooms.end(room);
        return out;
      }
      const step = await rooms.say(room, text);
      return stepLines(step, rooms.view(room).persona.name);
    } catch (e) {
      if (e instanceof DeskError || e instanceof RehearsalError) return [`Practice: ${e.message}`];
      throw e;
    }
  };
}
