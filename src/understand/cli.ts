// `waypoint understand [--json] [TEXT]`: with TEXT, one result; without, one result per stdin
// line, in one process (the index is built once). Prints what understanding made of the text and
// nothing else: no answer is ever written here.
import { createInterface } from 'node:readline';
import { createUnderstanding, type RouteResult, type Understand } from './understanding.ts';
import { llmConfigFromEnv, OpenAICompatibleChooser } from './llm.ts';

export interface RunUnderstandOptions {
  json: boolean;
  text?: string;
  /** The contact's language, used as a prior. */
  lang?: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where LLM_* come from (the configuration); the LLM is off unless they are set. */
  env?: Record<string, string | undefined>;
  understand?: Understand;
}

/** `yes(lang)` (the emergency message), `ask(lang)` (the middle band's question) or `no`; `, learned` when the learned signal alone decided. */
function dangerWord(r: RouteResult): string {
  const how = `${r.dangerLang ?? '-'}${r.dangerLearned ? ', learned' : ''}`;
  return r.danger ? `yes(${how})` : r.dangerCheck ? `ask(${how})` : 'no';
}

export async function runUnderstand(opts: RunUnderstandOptions): Promise<void> {
  const out = opts.output ?? process.stdout;
  const llm = llmConfigFromEnv(opts.env ?? {});
  const understand = opts.understand ?? createUnderstanding({ chooser: llm ? new OpenAICompatibleChooser(llm) : null });
  const one = async (text: string): Promise<void> => {
    const r = await understand.route(text, { lang: opts.lang });
    const result = {
      lang: r.lang,
      likely: r.likely,
      topic: r.topic,
      candidates: r.candidates,
      danger: r.danger,
      // The middle band: the reply asks "are you in danger right now?" before the topic.
      dangerCheck: r.dangerCheck,
      // Asked or answered as an emergency by the learned signal, where the lists found nothing.
      dangerLearned: r.dangerLearned ?? false,
      dangerLang: r.dangerLang,
      social: r.social,
      offScope: r.offScope,
    };
    if (opts.json) out.write(`${JSON.stringify(result)}\n`);
    else {
      const cands = r.candidates.map((c) => `${c.topic} ${c.score.toFixed(2)}`).join(', ');
      const extra = [r.social ? `social=${r.social}` : '', r.offScope ? 'off-scope' : '', r.lang ? '' : `likely=${r.likely.join(',') || '-'}`].filter(Boolean).join(' ');
      out.write(`lang=${r.lang ?? '-'} topic=${r.topic ?? '-'} danger=${dangerWord(r)} candidates=[${cands}]${extra ? ` ${extra}` : ''}\n`);
    }
  };
  if (opts.text !== undefined) {
    await one(opts.text);
    return;
  }
  const rl = createInterface({ input: opts.input ?? process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    await one(line);
  }
}
