import type { SayNode } from '../types.ts';
import type { Turn } from '../turn.ts';

export function runSay(turn: Turn, node: SayNode): string | null {
  for (const key of node.messages) turn.say(key);
  if (node.next) return node.next;
  turn.end();
  return null;
}
