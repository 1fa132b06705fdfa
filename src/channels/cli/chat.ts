import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Output } from '../../engine/types.ts';
import type { ChannelPort } from '../port.ts';
import type { Reply } from '../../conversation/types.ts';
import { hintFor, NO_HINT, numberHint, type NumberHint } from '../degrade.ts';

export interface ChatOptions {
  lang?: string;
  json: boolean;
  /** Called after every turn (the --repro recorder). */
  onTurn?: (text: string, reply: Reply) => void;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
}

/** One JSON object per output line, for scripts: `{ type, key, text, lang, choices }`. */
export function toJsonLine(o: Output): string {
  return JSON.stringify({
    type: o.type,
    key: o.key,
    text: o.text,
    lang: o.lang,
    choices: (o.choices ?? []).map((c) => ({ id: c.id, label: c.label })),
  });
}

/** How a terminal shows a message: the text, "Reply with a number." and the numbered choices. */
export function toTerminal(o: Output, hint: NumberHint = NO_HINT): string {
  const lines = [o.text];
  const h = hintFor(o, hint);
  if (h) lines.push(h);
  (o.choices ?? []).forEach((c, i) => lines.push(`  ${i + 1}. ${c.label}`));
  return lines.join('\n');
}

/**
 * `waypoint chat`: talks to the real engine and store like any channel. Each run is a new
 * contact (a random address), so nothing from an earlier run is carried over.
 */
export async function runChat(port: Pick<ChannelPort, 'conversations' | 'presentation'>, opts: ChatOptions): Promise<void> {
  const address = `cli:${randomUUID()}`;
  const hint = numberHint(port.presentation.catalog);
  const run = randomUUID();
  let n = 0;
  const print = (line: string): void => {
    opts.output.write(line + '\n');
  };
  const rl = createInterface({ input: opts.input, terminal: opts.interactive, ...(opts.interactive ? { output: opts.output } : {}) });
  if (opts.interactive) {
    print('Waypoint chat. Type a message; Ctrl-D to leave.');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    n += 1;
    const reply = await port.conversations.handle(
      {
        channel: 'cli',
        address,
        providerId: `${run}:${n}`,
        input: { type: 'text', text: line },
        receivedAt: new Date(),
        ...(opts.lang ? { lang: opts.lang } : {}),
      },
      'replay',
    );
    opts.onTurn?.(line, reply);
    for (const o of reply.outputs) print(opts.json ? toJsonLine(o) : toTerminal(o, hint));
    if (opts.interactive) rl.prompt();
  }
}
