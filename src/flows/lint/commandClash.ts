// A choice word that is also a command word never reaches the choice: commands are matched
// first, on every node. That is harmless when both lead to the same place ("Menu" and MENU),
// and harmful when they do not: "quit" as a word for changing jobs would STOP the whole
// conversation; "delete" on the privacy menu would ERASE at once.
import { COMMANDS, type AskNode, type Command, type Routes } from '../../engine/types.ts';
import { parseRef } from '../../engine/session.ts';
import { COMMAND_ROUTES } from '../../engine/commands.ts';
import { topicKey } from './context.ts';
import type { Finding, LintContext } from './types.ts';

/** Where a command leads: its route, or what it does in place (erase, stop, back). */
function commandTarget(routes: Routes, c: Command): string {
  const route = COMMAND_ROUTES[c];
  return (route && routes[route]) || c;
}

export function commandClash(ctx: LintContext): Finding[] {
  const { bundle, catalog } = { bundle: ctx.content.bundle, catalog: ctx.content.catalog };
  const byWord = new Map<string, Command>();
  for (const c of COMMANDS) for (const w of catalog.commandWords(c)) byWord.set(w, c);
  /** Where a choice leads: its node, or what an effect there does. */
  const choiceTarget = (next: string | undefined): string | undefined => {
    if (!next) return undefined;
    const p = parseRef(next);
    const node = bundle.flows[p.flow]?.nodes[p.node];
    return node?.type === 'effect' && node.effect === 'erase' ? 'erase' : next;
  };
  const out: Finding[] = [];
  const seen = new Set<string>();
  const check = (label: string, next: string | undefined, at: Partial<Finding>): void => {
    const target = choiceTarget(next);
    for (const lang of ctx.content.locales.locales.keys()) {
      for (const word of catalog.matchWords(lang, label)) {
        const c = byWord.get(word);
        if (!c || commandTarget(bundle.routes, c) === target) continue;
        const id = `${lang}|${label}|${word}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({
          rule: 'command-clash',
          severity: 'error',
          ...at,
          key: label,
          lang,
          message: `"${word}" selects "${label}" but is also the ${c.toUpperCase()} command, which wins and leads elsewhere: remove it from the synonyms`,
        });
      }
    }
  };
  for (const flow of Object.values(bundle.flows)) {
    for (const node of Object.values(flow.nodes)) {
      if (node.type !== 'ask') continue;
      const at = { ...ctx.content.flows.where[`${flow.id}.${node.id}`], flow: flow.id, node: node.id };
      for (const c of (node as AskNode).choices) check(c.label, c.next ?? node.next, at);
      if (node.suggestions) for (const [topic, ref] of Object.entries(bundle.topics)) check(topicKey(topic), ref, at);
    }
  }
  return out;
}
