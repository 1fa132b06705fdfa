import type { FlowNode } from '../../engine/types.ts';
import { nodeEdges } from '../graph.ts';
import type { Finding, LintContext } from './types.ts';

/** Every qualified node reachable from a route (entry, menu, language, human, emergency, help). */
export function reachable(ctx: LintContext): Set<string> {
  const { flows, routes } = ctx.content.flows;
  const seen = new Set<string>();
  const queue = Object.values(routes);
  while (queue.length > 0) {
    const ref = queue.shift()!;
    if (seen.has(ref)) continue;
    const node = lookup(flows, ref);
    if (!node) continue;
    seen.add(ref);
    for (const e of nodeEdges(node)) if (!seen.has(e.to)) queue.push(e.to);
  }
  return seen;
}

export function lookup(flows: LintContext['content']['flows']['flows'], ref: string): FlowNode | undefined {
  const [f, n] = ref.split('.') as [string, string];
  return flows[f]?.nodes[n];
}

/** A node no route leads to: nobody can ever see it. */
export function unreachableNodes(ctx: LintContext): Finding[] {
  const seen = reachable(ctx);
  const out: Finding[] = [];
  for (const flow of Object.values(ctx.content.flows.flows)) {
    for (const id of Object.keys(flow.nodes)) {
      const ref = `${flow.id}.${id}`;
      if (seen.has(ref)) continue;
      const at = ctx.content.flows.where[ref];
      out.push({ rule: 'unreachable-node', severity: 'warning', ...at, flow: flow.id, node: id, message: `no route or flow leads to ${ref}` });
    }
  }
  return out;
}
