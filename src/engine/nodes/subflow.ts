import type { ReturnNode, SubflowNode } from '../types.ts';
import type { Turn } from '../turn.ts';
import { parseRef } from '../session.ts';

/** Subflows nest; this bounds a runaway recursion in a badly written flow. */
const MAX_STACK = 16;

export function runSubflow(turn: Turn, node: SubflowNode): string {
  if (turn.s.stack.length >= MAX_STACK) {
    turn.event({ type: 'error', code: 'subflow_too_deep', detail: node.to });
    turn.s.stack = [];
    return turn.bundle.routes.menu;
  }
  turn.s.stack.push(parseRef(node.next));
  return node.to;
}

export function runReturn(turn: Turn, _node: ReturnNode): string {
  const back = turn.s.stack.pop();
  return back ? `${back.flow}.${back.node}` : turn.bundle.routes.menu;
}
