import type { BranchNode } from '../types.ts';
import type { Turn } from '../turn.ts';

export function runBranch(turn: Turn, node: BranchNode): string {
  const value = turn.getVar(node.var);
  if (value === undefined || value === '') return node.default;
  return node.cases[value] ?? node.cases['*'] ?? node.default;
}
