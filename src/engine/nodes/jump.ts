import type { JumpNode } from '../types.ts';

export function runJump(node: JumpNode): string {
  return node.to;
}
