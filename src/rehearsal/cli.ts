// `waypoint rehearse`: practise answering a persona, or walk the real flows. Never opens the
// store and never sends anything: only the terminal (or stdout/stdin) is used.

import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parse } from 'yaml';
import { loadPersonas } from './persona.ts';
import type { PracticeMessage, RehearsalEvent, RehearsalSession } from './session.ts';
import { claimPractice, closePractice, replyPractice, startPractice, type Practice, type PracticeStep, type ShownToContact } from './practice.ts';
import { contactSawFrom } from './rooms.ts';
import { loadContent } from '../bundle.ts';
import { DeskError, OUTCOMES } from '../handoff/types.ts';
import { stateLine, summaryLine } from '../handoff/consoles/words.ts';
import { debrief, debriefHtml, debriefMarkdown } from './debrief.ts';
import { walkFlows } from './walk.ts';
import { OpenAICompatibleVoice, voiceTurn } from './voice.ts';
import type { LlmConfig } from '../understand/llm.ts';

export interface RehearseOptions {
  list?: boolean;
  persona?: string;
  lang?: string;
  script?: string;
  json?: boolean;
  walk?: boolean;
  report?: string;
  flowsDir?: string;
  localesDir?: string;
  personasDir?: string;
  /** A configured model writes the persona's replies (marked generated); scripted without it. */
  llm?: LlmConfig | null;
  input: Readable;
  output: Writable;
  interactive: boolean;
}

/** A script file: a YAML list of trainee lines. */
export function readScript(file: string): string[] {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data) || !data.every((l) => typeof l === 'string')) throw new Error(`${file}: a script is a YAML list of lines (strings)`);
  return data as string[];
}

async function* linesOf(opts: RehearseOptions, prompt: string): AsyncGenerator<string> {
  if (opts.script) {
    yield* readScript(opts.script);
    return;
  }
  const rl = createInterface({ input: opts.input, ...(opts.interactive ? { output: opts.output, prompt } : {}), terminal: opts.interactive });
  if (opts.interactive) rl.prompt();
  for await (const line of rl) {
    if (line.trim() === '/end') break;
    if (line.trim() !== '') yield line;
    if (opts.interactive) rl.prompt();
  }
  rl.close();
}

export async function runRehearse(opts: RehearseOptions): Promise<number> {
  const w = (s: string): void => void opts.output.write(s);
  const json = (o: unknown): void => w(`${JSON.stringify(o)}\n`);

  if (opts.walk) {
    const lines: string[] = [];
    for await (const l of linesOf(opts, 'you> ')) lines.push(l);
    const turns = walkFlows(opts.lang ?? 'en', lines, {
      ...(opts.flowsDir ? { flowsDir: opts.flowsDir } : {}),
      ...(opts.localesDir ? { localesDir: opts.localesDir } : {}),
    });
    for (const t of turns) {
      if (opts.json) json({ type: 'input', text: t.input });
      else w(`\n> ${t.input}\n`);
      for (const o of t.outputs) {
        if (opts.json) json(o);
        else w(`[${o.key} · ${o.lang} · ${o.status}] ${o.text}\n${o.lang !== 'en' && o.source ? `    en: ${o.source}\n` : ''}`);
      }
      if (t.effects.length && opts.json) json({ type: 'effects', effects: t.effects });
      else if (t.effects.length) w(`    (effects, not carried out: ${t.effects.join(', ')})\n`);
    }
    return 0;
  }

  const { personas } = loadPersonas(opts.personasDir);
  if (opts.list) {
    const rows = [...personas.values()].map((p) => ({ id: p.id, scenario: p.scenario, name: p.name, languages: p.languages, ...(p.writes ? { writes: p.writes } : {}), channel: p.channel, interrupt: p.interrupt?.turn ?? null }));
    if (opts.json) for (const r of rows) json({ type: 'persona_info', ...r });
    else for (const r of rows) w(`${r.id.padEnd(44)} ${r.languages.join(',').padEnd(8)} ${r.name}\n`);
    return 0;
  }
  const persona = opts.persona ? personas.get(opts.persona) : undefined;
  if (!persona) {
    process.stderr.write(`waypoint rehearse: ${opts.persona ? `unknown persona "${opts.persona}"` : 'give --persona ID (see --list)'}\n`);
    return 2;
  }
  const lang = opts.lang ?? persona.languages[0]!;
  if (!persona.languages.includes(lang)) {
    process.stderr.write(`waypoint rehearse: ${persona.name} (${persona.id}) is not written in "${lang}"; choose one of: ${persona.languages.join(', ')}\n`);
    return 2;
  }
  // The practice goes through the handoff's rules: the consent the contact read (from the real
  // catalogue), the card, the claim, then replies; "/close OUTCOME" closes as the desk does.
  const content = loadContent({ flowsDir: opts.flowsDir ?? './flows', localesDir: opts.localesDir ?? './locales' });
  const saw = contactSawFrom(content.catalog, content.locales.source);
  let practice: Practice;
  const show = (m: PracticeMessage | ShownToContact): void => {
    if (opts.json) return json(m);
    if (m.type === 'persona') return w(`${persona.name} (practice${m.generated ? ', generated' : ''}): ${m.text}\n${m.english ? `    en: ${m.english}\n` : ''}`);
    w(`  assistant → contact: ${m.text}\n${m.lang !== 'en' ? `    en: ${m.source}\n` : ''}`);
  };
  const note = (e: RehearsalEvent): void => {
    if (opts.json) return json({ type: 'event', event: e });
    if (e.type === 'trust_changed') w(`  [trust ${e.from} → ${e.to}: ${e.signals.join(', ')}]\n`);
    else if (e.type === 'fact_revealed') w(`  [shared: ${e.fact}]\n`);
    else if (e.type === 'persona_withdrew') w('  [the person stopped writing]\n');
    else if (e.type === 'persona_interrupted') w('  [the person had to stop writing]\n');
    else if (e.type === 'persona_returned') w('  [the person is writing again]\n');
    else if (e.type === 'persona_left') w('  [the person left for good]\n');
    else w('  [no reply]\n');
  };
  const card = (): void => (opts.json ? json({ type: 'card', card: practice.card }) : w(`[practice card] ${summaryLine(practice.card)}${stateLine(practice.card) ? ` · ${stateLine(practice.card)}` : ''}\n`));
  const refused = (e: unknown): void => {
    if (!(e instanceof DeskError)) throw e;
    if (opts.json) json({ type: 'refused', code: e.code, message: e.message });
    else w(`  (refused: ${e.message})\n`);
  };
  if (!opts.json) w(`Practice only: ${persona.name} is invented (scenario ${persona.scenario}). The contact asked for a person after reading:\n`);
  const started = startPractice(persona, lang, saw);
  practice = started.practice;
  practice.consent.forEach(show);
  if (!opts.json) w('  contact → yes (a person, please)\n');
  practice.afterYes.forEach(show);
  card();
  // The claim is a button press in a console; here it is taken for the trainee.
  const claimed = claimPractice(practice, saw);
  practice = claimed.practice;
  card();
  claimed.messages.forEach(show);
  if (!opts.json) w('Type your replies. "/close OUTCOME" closes the handoff (outcomes: ' + OUTCOMES.join(', ') + '); /end stops.\n');
  const voice = opts.llm ? new OpenAICompatibleVoice(opts.llm) : undefined;
  if (voice && !opts.json) w('A language model writes the persona\'s replies: each is marked "generated" (the debrief does not depend on it).\n');
  let closing: ReturnType<typeof closePractice> | undefined;
  for await (const line of linesOf(opts, 'you> ')) {
    const close = /^\/close(?:\s+(\S+))?\s*$/.exec(line.trim());
    if (close) {
      try {
        closing = closePractice(practice, close[1] ?? '', saw);
      } catch (e) {
        refused(e);
        continue;
      }
      practice = closing.practice;
      closing.messages.forEach(show);
      card();
      break;
    }
    // Lines read from a pipe or a script are shown, so the transcript reads as a conversation.
    if (!opts.json && !opts.interactive) w(`you> ${line}\n`);
    let r: PracticeStep;
    try {
      r = replyPractice(practice, line);
    } catch (e) {
      refused(e);
      continue;
    }
    practice = r.practice;
    let messages = r.messages;
    if (voice) {
      // The generated reply, or the scripted one when the model fails or is slow (nothing to show).
      const voiced = await voiceTurn({ session: practice.rehearsal, replies: r.messages.filter((m): m is PracticeMessage => m.type === 'persona'), events: r.events }, voice);
      practice = { ...practice, rehearsal: voiced.session };
      messages = voiced.replies;
    }
    if (opts.json) json({ type: 'trainee', text: line, signals: practice.rehearsal.lines.at(-1)!.signals });
    messages.forEach(show);
    r.events.forEach(note);
  }
  const session: RehearsalSession = practice.rehearsal;
  const d = closing?.debrief ?? debrief(session);
  if (opts.json) json({ type: 'debrief', score: d.score, max: d.max, trust: d.trust, outcome: d.outcome, ...(d.closedAs ? { closedAs: d.closedAs } : {}), items: d.items, revealed: d.revealed, notRevealed: d.notRevealed });
  else w(`\n${debriefMarkdown(d)}`);
  if (opts.report) writeFileSync(opts.report, opts.report.endsWith('.html') ? debriefHtml(d) : debriefMarkdown(d));
  return 0;
}
