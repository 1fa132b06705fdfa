// Dead ends: places where a conversation stops or spins without the person having chosen it.
//
// The engine ends a conversation at a say or effect without `next`, and after a choice that
// leads nowhere (neither the choice nor its ask has `next`). The rules, kept simple:
//
// 1. `dead-end` (error): an answer goes nowhere — a choice with no `next` on an ask without
//    `next`; a language menu or a free-text ask without `next`; an ask with nothing to answer.
//    The person replied and gets silence: never deliberate (use a say or `effect: end`).
// 2. `conversation-ends` (warning): a say or a handoff effect without `next`. Often a goodbye
//    by design (welcome.bye after "Not now"), so it is not reported when a choice leads to it:
//    the person picked the ending. Reached any other way, it is probably a forgotten `next`.
//    `erase` and `end` effects end by definition and are never reported.
// 3. `no-rest` (error): a node from which, following every automatic step (say, set, branch,
//    jump, subflow, effect), the conversation can never rest at an ask, end, or return. Those
//    nodes sit in (or lead into) a loop with no way out: at run time the engine gives up after
//    200 nodes in one turn. A loop with a branch that can leave it is fine.
import type { FlowNode } from '../../engine/types.ts';
import { nodeEdges } from '../graph.ts';
import type { Finding, LintContext } from './types.ts';

export function deadEnds(ctx: LintContext): Finding[] {
  const { flows, where } = ctx.content.flows;
  const out: Finding[] = [];
  const chosen = new Set<string>();
  for (const flow of Object.values(flows))
    for (const node of Object.values(flow.nodes))
      if (node.type === 'ask') for (const c of node.choices) if (c.next) chosen.add(c.next);

  for (const flow of Object.values(flows)) {
    for (const node of Object.values(flow.nodes)) {
      const ref = `${flow.id}.${node.id}`;
      const at = { ...where[ref], flow: flow.id, node: node.id };
      const f = (rule: string, severity: Finding['severity'], message: string): void => {
        out.push({ rule, severity, ...at, message });
      };
      if (node.type === 'ask' && !node.next) {
        if (node.languages) f('dead-end', 'error', 'the language menu has no next: picking a language ends the conversation');
        else if (node.choices.length === 0) f('dead-end', 'error', node.var ? 'free-text answers go nowhere: add next' : 'an ask with no choices, no var and no next cannot be answered');
        else for (const c of node.choices) if (!c.next) f('dead-end', 'error', `choice "${c.id}" has no next and the ask has none: picking it ends the conversation`);
      }
      const endsHere = (node.type === 'say' || (node.type === 'effect' && node.effect === 'handoff')) && !node.next;
      if (endsHere && !chosen.has(ref)) f('conversation-ends', 'warning', `the conversation ends after this ${node.type}; add next unless that is the design`);
    }
  }
  out.push(...noRest(ctx));
  return out;
}

/** Nodes that can never come to rest (rule 3), by a fixed point over automatic steps. */
function noRest(ctx: LintContext): Finding[] {
  const { flows, where } = ctx.content.flows;
  const all = new Map<string, FlowNode>();
  for (const flow of Object.values(flows)) for (const n of Object.values(flow.nodes)) all.set(`${flow.id}.${n.id}`, n);
  const rests = new Set<string>();
  for (const [ref, n] of all) {
    if (n.type === 'ask' || n.type === 'return' || nodeEdges(n).length === 0) rests.add(ref);
    if (n.type === 'effect' && n.effect === 'erase') rests.add(ref);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const [ref, n] of all) {
      if (rests.has(ref)) continue;
      if (nodeEdges(n).some((e) => rests.has(e.to))) {
        rests.add(ref);
        changed = true;
      }
    }
  }
  const out: Finding[] = [];
  for (const ref of all.keys()) {
    if (rests.has(ref)) continue;
    const [flow, node] = ref.split('.') as [string, string];
    out.push({ rule: 'no-rest', severity: 'error', ...where[ref], flow, node, message: 'this node loops without ever reaching an ask or an end' });
  }
  return out;
}
