import type { Command, Input, MediaKind } from './types.ts';
import type { Turn } from './turn.ts';
import { erase } from './commands.ts';

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
      s.at = null;
      s.status = 'ended';
      turn.say(keys.handoffClosed);
      turn.event({ type: 'handoff_closed' });
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
  return null;
}
