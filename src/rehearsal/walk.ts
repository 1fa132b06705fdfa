// Walk mode: the real engine on the real content, over a session held in memory only (no store,
// no channel, no effects carried out). For checking content and showing staff what the
// assistant says: each output with its English source, message key and review status.

import { loadContent, type LoadedContent } from '../bundle.ts';
import { newSession, step } from '../engine/index.ts';
import type { Effect, Input, Session } from '../engine/types.ts';
import type { Understand } from '../understand/index.ts';
import type { ReviewStatus } from '../i18n/metadata.ts';

export interface WalkOutput {
  type: 'assistant';
  turn: number;
  key: string;
  text: string;
  lang: string;
  /** The English source of the same message (the catalogue's source language). */
  source: string | null;
  /** Review status of the text shown, in the language actually used after fallback. */
  status: ReviewStatus | 'missing';
  choices?: { id: string; label: string }[];
}

export interface WalkTurn {
  input: string;
  outputs: WalkOutput[];
  /** Effects the engine asked for; walk mode records them and carries out none. */
  effects: Effect['type'][];
}

export interface WalkOptions {
  content?: LoadedContent;
  flowsDir?: string;
  localesDir?: string;
  /** Offline free-text understanding (danger, topics), as the conversation service would add. */
  understand?: Pick<Understand, 'routeOffline'>;
}


/** An input line `#id` presses the button with that choice id; anything else is text. */
function inputOf(line: string, lang: string | null, understand?: WalkOptions['understand']): Input {
  if (/^#[\w-]+$/.test(line)) return { type: 'choice', id: line.slice(1) };
  if (!understand || line.trim() === '') return { type: 'text', text: line };
  const r = understand.routeOffline(line, { lang });
  return { type: 'text', text: line, understood: { lang: r.lang, topic: r.topic, candidates: r.candidates, danger: r.danger, dangerCheck: r.dangerCheck, dangerLang: r.dangerLang } };
}

export function walkFlows(lang: string, inputs: readonly string[], opts: WalkOptions = {}): WalkTurn[] {
  const content = opts.content ?? loadContent({ flowsDir: opts.flowsDir ?? './flows', localesDir: opts.localesDir ?? './locales' });
  const { bundle, locales, catalog } = content;
  let session: Session = newSession(catalog.languages().includes(lang) ? lang : null);
  const turns: WalkTurn[] = [];
  inputs.forEach((line, i) => {
    const r = step(bundle, session, inputOf(line, session.lang, opts.understand));
    session = r.session;
    turns.push({
      input: line,
      effects: r.effects.map((e) => e.type),
      outputs: r.outputs.map((o) => ({
        type: 'assistant',
        turn: i + 1,
        key: o.key,
        text: o.text,
        lang: o.lang,
        source: catalog.format(locales.source, o.key, o.args)?.text ?? null,
        status: locales.locales.get(o.lang)?.messages.get(o.key)?.meta.status ?? 'missing',
        ...(o.choices ? { choices: o.choices.map((c) => ({ id: c.id, label: c.label })) } : {}),
      })),
    });
  });
  return turns;
}
