// A walk through one topic as a new person would take it, in one language: first contact with
// the safety check, the menu, the group, the topic, "who can help" (with the province question
// where the answer depends on it), and ERASE from the middle. Used to record the golden
// transcripts test/transcripts/<topic>.walk-<lang>.yaml and to check the menu's depth.
import type { AskNode, Bundle, Input, Session } from '../engine/types.ts';
import { newSession, parseRef, step } from '../engine/index.ts';
import { recordTurn, type Transcript, type TranscriptTurn } from './format.ts';

/** Choice positions (1-based) from the menu to the first node of a topic, or null when unreachable. */
export function pathToTopic(bundle: Bundle, topic: string, maxChoices = 3): number[] | null {
  const start = bundle.routes.menu;
  const queue: { ref: string; path: number[] }[] = [{ ref: start, path: [] }];
  const seen = new Set<string>([start]);
  while (queue.length > 0) {
    const { ref, path } = queue.shift()!;
    const p = parseRef(ref);
    const node = bundle.flows[p.flow]?.nodes[p.node];
    if (!node) continue;
    if (node.topic === topic) return path;
    const edges: { ref: string; choice?: number }[] = [];
    switch (node.type) {
      case 'ask':
        if (!node.languages && !node.suggestions) node.choices.forEach((c, i) => c.next && edges.push({ ref: c.next, choice: i + 1 }));
        break;
      case 'say':
      case 'effect':
        if (node.next) edges.push({ ref: node.next });
        break;
      case 'jump':
        edges.push({ ref: node.to });
        break;
      case 'subflow':
        edges.push({ ref: node.to });
        break;
      case 'set':
        edges.push({ ref: node.next });
        break;
      case 'branch':
        edges.push({ ref: node.default }, ...Object.values(node.cases).map((r) => ({ ref: r })));
        break;
      default:
        break;
    }
    for (const e of edges) {
      const next = e.choice ? [...path, e.choice] : path;
      if (next.length > maxChoices || seen.has(e.ref)) continue;
      seen.add(e.ref);
      queue.push({ ref: e.ref, path: next });
    }
  }
  return null;
}

/** The word a person types for a command in this language (its catalogue value). */
function commandWord(bundle: Bundle, lang: string, command: string): string {
  return bundle.catalog.format(lang, `cmd-${command}`)?.text ?? command.toUpperCase();
}

/** Digits as a person writing this language may type them (Arabic-Indic for Arabic). */
function number(lang: string, n: number): string {
  return lang === 'ar' ? String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))) : String(n);
}

export function walkTopic(bundle: Bundle, topic: string, lang: string): Transcript {
  const path = pathToTopic(bundle, topic);
  if (!path) throw new Error(`topic ${topic} is not reachable from the menu in three choices`);
  let session: Session = newSession(lang);
  const turns: TranscriptTurn[] = [];
  const send = (input: Input): void => {
    const r = step(bundle, session, input);
    session = r.session;
    turns.push(recordTurn(r, input));
  };
  const resting = (): AskNode | undefined => {
    const at = session.at;
    const node = at ? bundle.flows[at.flow]?.nodes[at.node] : undefined;
    return node?.type === 'ask' ? node : undefined;
  };
  send({ type: 'text', text: 'hi' });
  send({ type: 'text', text: number(lang, 1) }); // the safety check: yes, it is safe
  for (const n of path) send({ type: 'text', text: number(lang, n) });
  // "Who can help" where the topic offers it; then any province question, once.
  const help = resting()?.choices.findIndex((c) => c.id === 'help') ?? -1;
  if (help >= 0) {
    send({ type: 'text', text: number(lang, help + 1) });
    for (let i = 0; i < 2 && resting() && session.at?.flow === 'province'; i++) send({ type: 'text', text: number(lang, 1) });
  }
  send({ type: 'text', text: commandWord(bundle, lang, 'erase') });
  return { description: `${topic}, walked in ${lang}: safety check, menu, topic, who can help, ERASE from the middle`, lang, turns };
}
