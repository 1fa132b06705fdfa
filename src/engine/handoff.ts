import type { Choice, Command, Input, MediaKind, TransferReason } from './types.ts';
import type { Turn } from './turn.ts';
import { erase } from './commands.ts';
import { matchChoice } from './nodes/ask.ts';
import { normalize } from './normalize.ts';

/** The answers to a lead worker's offer to pass the handoff on (the flows' yes/no labels). */
const TRANSFER_CHOICES: Choice[] = [
  { id: 'yes', label: 'choice-yes' },
  { id: 'no', label: 'choice-no' },
];

/** Ask the person whether their conversation may be passed on, in their language, with yes/no. */
function askTransfer(turn: Turn, reason: TransferReason): boolean {
  const ask = turn.bundle.keys.transferAsk;
  if (!ask) return false;
  turn.say(`${ask}-${reason}`, TRANSFER_CHOICES, 'buttons');
  return true;
}

/**
 * While an offer to pass the handoff on waits for the person: yes or no answers it (a button,
 * a number or the words of "yes"/"no" in their language). Anything else is not an answer.
 */
function answerTransfer(turn: Turn, input: Input, text: string): boolean {
  const s = turn.s;
  if (!s.transfer || s.handoff !== 'claimed') return false;
  if (input.type !== 'choice' && input.type !== 'text') return false;
  const hit = matchChoice(turn, TRANSFER_CHOICES, input, normalize(text));
  if (!hit) return false;
  const accepted = hit.id === 'yes';
  // Passed on to a group of workers: waiting in line again, until one of them claims it.
  if (accepted && s.transfer.group) s.handoff = 'queued';
  s.transfer = null;
  turn.effects.push({ type: 'handoff_transfer', accepted });
  turn.event({ type: 'handoff_transfer_answered', accepted });
  const key = accepted ? turn.bundle.keys.transferYes : turn.bundle.keys.transferNo;
  if (key) turn.say(key);
  return true;
}

/**
 * A turn while a lead worker owns the conversation (session.handoff is set). The assistant
 * stays quiet: the person's words go to the lead worker (a `relay` effect); only ERASE, STOP
 * and EMERGENCY are answered, and MENU cancels while still waiting.
 * Returns the node to run next (after a cancel), or null.
 */
export function handoffTurn(turn: Turn, input: Input, command: Command | null, text: string, media: MediaKind | null = null): string | null {
  const s = turn.s;
  const keys = turn.bundle.keys;
  if (input.type === 'staff') {
    if (input.event === 'claimed' && s.handoff === 'queued') {
      s.handoff = 'claimed';
      turn.say(keys.handoffClaimed);
      turn.event({ type: 'handoff_claimed' });
    } else if (input.event === 'closed') {
      s.handoff = null;
      s.transfer = null;
      s.at = null;
      s.status = 'ended';
      turn.say(keys.handoffClosed);
      turn.event({ type: 'handoff_closed' });
    } else if (input.event === 'transfer_offered' && s.handoff === 'claimed') {
      if (askTransfer(turn, input.reason)) {
        s.transfer = { reason: input.reason, group: input.group };
        turn.event({ type: 'handoff_transfer_asked', reason: input.reason });
      }
    }
    return null;
  }
  switch (command) {
    case 'erase':
      erase(turn);
      return null;
    case 'stop':
      turn.effects.push({ type: 'handoff_cancelled' });
      turn.event({ type: 'handoff_cancelled' });
      s.handoff = null;
      s.transfer = null;
      turn.say(keys.stopped);
      s.status = 'stopped';
      turn.effects.push({ type: 'opt_out' });
      turn.event({ type: 'conversation_stopped' });
      return null;
    case 'open':
      // Not passed on to the lead worker: a neutral line (waiting replies are the host's).
      turn.event({ type: 'command_used', command });
      turn.say(keys.openNeutral);
      return null;
    case 'emergency':
      turn.event({ type: 'command_used', command });
      turn.say(keys.handoffEmergency);
      turn.effects.push({ type: 'handoff_urgent' });
      return null;
    case 'menu':
      if (s.handoff === 'queued') {
        turn.event({ type: 'command_used', command });
        turn.effects.push({ type: 'handoff_cancelled' });
        turn.event({ type: 'handoff_cancelled' });
        s.handoff = null;
        turn.say(keys.handoffCancelled);
        return turn.bundle.routes.menu;
      }
      break;
    default:
      break;
  }
  if (command === null && answerTransfer(turn, input, text)) return null;
  const body = input.type === 'text' ? text : input.type === 'choice' ? input.id : '';
  if (media) {
    // Never passed on (channels do not even download it): the lead worker is told its kind only.
    turn.effects.push({ type: 'media_received', media });
    turn.event({ type: 'media_received', media });
  }
  if (input.type === 'text' && input.understood?.danger) {
    // Danger while waiting or talking: the lead worker sees it at once, marked urgent, and the person gets the numbers.
    turn.effects.push({ type: 'relay', text: body });
    turn.effects.push({ type: 'handoff_urgent' });
    turn.event({ type: 'danger_detected' });
    turn.say(keys.handoffEmergency);
    return null;
  }
  // The person is told that only words reach the worker.
  if (media) turn.say(keys.mediaHandoff);
  if (body.trim() !== '') {
    turn.effects.push({ type: 'relay', text: body });
    turn.event({ type: 'handoff_relayed' });
  }
  if (s.handoff === 'queued' && (!media || body.trim() !== '')) turn.say(keys.handoffWaiting);
  // Words that are not yes or no go to the lead worker as ever; the question stands, asked again.
  if (s.transfer && body.trim() !== '') askTransfer(turn, s.transfer.reason);
  return null;
}
