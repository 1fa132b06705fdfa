import type { EffectNode } from '../types.ts';
import type { Turn } from '../turn.ts';
import { erase } from '../commands.ts';

export function runEffect(turn: Turn, node: EffectNode): string | null {
  switch (node.effect) {
    case 'erase':
      erase(turn);
      return null;
    case 'handoff': {
      const urgent = node.urgent === true;
      for (const key of node.messages) turn.say(key);
      turn.effects.push({ type: 'handoff', urgent, notice: node.notice === true, topics: [...turn.s.topics], lang: turn.lang });
      turn.event({ type: 'handoff_requested', urgent });
      // From here a lead worker owns the conversation: it rests nowhere in the flows.
      turn.s.handoff = 'queued';
      turn.s.at = null;
      turn.s.stack = [];
      // Nothing kept from the first message comes back after the handoff closes, out of its time.
      turn.s.pendingTopic = null;
      return null;
    }
    case 'end':
      for (const key of node.messages) turn.say(key);
      turn.effects.push({ type: 'end' });
      break;
  }
  if (node.next) return node.next;
  turn.end();
  return null;
}
