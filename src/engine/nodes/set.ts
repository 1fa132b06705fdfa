import type { SetNode } from '../types.ts';
import type { Turn } from '../turn.ts';

export function runSet(turn: Turn, node: SetNode): string {
  for (const [name, value] of Object.entries(node.vars)) turn.setVar(name, value);
  return node.next;
}
