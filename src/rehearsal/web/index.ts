// Rehearsal on the web for trainers: the page at /rehearse (static, no data in it), its two
// assets, and a JSON API under /rehearse/api/ behind TRAINER_TOKEN. Practice handoffs live in
// one in-memory PracticeRooms per HTTP app; walk mode replays the real flows in memory. It is
// given content, understanding and a logger (RehearsalPort), never the store: nothing here can
// read or write a table, or reach a channel or a console.

import { readFileSync } from 'node:fs';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { z } from 'zod';
import { presentationOf, type LoadedContent } from '../../bundle.ts';
import type { Logger } from '../../privacy/logger.ts';
import { pageHeaders } from '../../pageHeaders.ts';
import { DeskError } from '../../handoff/types.ts';
import { languageName, OUTCOME_CHOICES, prefixes, stateLine, summaryLine } from '../../handoff/consoles/words.ts';
import type { Understand } from '../../understand/index.ts';
import { debriefHtml, debriefMarkdown, trustWords } from '../debrief.ts';
import { loadPersonas, type LoadedPersonas } from '../persona.ts';
import type { PracticeStep } from '../practice.ts';
import { PracticeRooms, type RoomView } from '../rooms.ts';
import { RehearsalError } from '../session.ts';
import { walkFlows } from '../walk.ts';
import { voiceOptions } from '../voice.ts';
import type { LlmConfig } from '../../understand/llm.ts';
import { requireTrainer, WrongTokenLimit, type LockoutOptions } from './auth.ts';
import {
  closeRequestSchema,
  invalid,
  replyRequestSchema,
  roomIdSchema,
  startRequestSchema,
  walkRequestSchema,
  type CloseResponse,
  type LanguageInfo,
  type RoomOut,
  type SetupResponse,
  type StepResponse,
  type WalkResponse,
} from './api.ts';

export const OFF_MESSAGE = 'Rehearsal on the web is off until TRAINER_TOKEN is set.';

/** All rehearsal is given: the content, free-text understanding (for walks) and a logger. */
export interface RehearsalPort {
  readonly content: LoadedContent;
  understanding(): Understand | undefined;
  readonly logger: Logger;
}

export interface RehearseWebOptions {
  /** TRAINER_TOKEN; unset means off. */
  token?: string | undefined;
  personas?: LoadedPersonas;
  lockout?: LockoutOptions;
  /** Rooms kept at once and minutes an unused one lives (PracticeRooms' defaults otherwise). */
  maxRooms?: number;
  idleMinutes?: number;
  /** A configured model writes the persona's replies (marked generated); scripted without it. */
  llm?: LlmConfig | null;
}

/**
 * Headers on every /rehearse response: nothing but this origin's script and style, no inline
 * code, no framing, no referrer, no cache, not indexed.
 */
const securityHeaders = pageHeaders(
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  { 'X-Robots-Tag': 'noindex, nofollow' },
);

const asset = (name: string): string => readFileSync(new URL(`./public/${name}`, import.meta.url), 'utf8');

/** A desk refusal or a rehearsal error as the page shows it: 4xx with the library's own words. */
function statusOf(e: DeskError | RehearsalError): number {
  if (e instanceof RehearsalError) return 400;
  switch (e.code) {
    case 'not_found':
      return 404;
    case 'empty':
    case 'bad_outcome':
      return 400;
    default:
      return 409;
  }
}

/** `/rehearse` and its API. Without a token every path under it answers 404 with one plain line. */
export function mountRehearsal(http: Express, port: RehearsalPort, opts: RehearseWebOptions = {}): void {
  const token = opts.token;
  const router = express.Router();
  router.use(securityHeaders);
  if (!token) {
    router.use((_req, res) => {
      res.status(404).type('text/plain; charset=utf-8').send(`${OFF_MESSAGE}\n`);
    });
    http.use('/rehearse', router);
    return;
  }

  const { catalog, locales } = port.content;
  const personas = opts.personas ?? loadPersonas();
  const rooms = new PracticeRooms({
    personas,
    catalog: port.content.bundle.catalog,
    sourceLang: locales.source,
    ...(opts.maxRooms !== undefined ? { max: opts.maxRooms } : {}),
    ...(opts.idleMinutes !== undefined ? { idleMinutes: opts.idleMinutes } : {}),
    ...voiceOptions(opts.llm, port.logger),
  });
  const { dirOf } = presentationOf(port.content);
  const language = (code: string): LanguageInfo => ({
    code,
    name: languageName(code),
    native: catalog.format(code, `language-${code}`)?.text ?? code,
    dir: dirOf(code),
  });
  const setup: SetupResponse = {
    // In the order of the coalition's scenarios, as trainers know them.
    personas: [...rooms.personas()].sort((a, b) => a.scenario - b.scenario || a.name.localeCompare(b.name)).map((p) => ({
      id: p.id,
      name: p.name,
      scenario: p.scenario,
      languages: p.languages.map(language),
      ...(p.writes ? { writes: p.writes } : {}),
      channel: p.channel,
    })),
    outcomes: OUTCOME_CHOICES,
    languages: catalog.languages().map(language),
  };

  const roomOut = (view: RoomView): RoomOut => ({
    ...view,
    persona: { ...view.persona, lang: language(view.card.lang) },
    summary: summaryLine(view.card),
    state: stateLine(view.card),
    prefixes: prefixes(view.card, {}),
  });
  const stepOut = (id: string, step: PracticeStep, view: RoomView = rooms.view(id)): StepResponse => ({
    room: roomOut(view),
    messages: step.messages.map((m) =>
      m.type === 'persona'
        ? { type: 'persona', name: view.persona.name, text: m.text, lang: m.lang, dir: dirOf(m.lang), ...(m.english ? { english: m.english } : {}), ...(m.generated ? { generated: true as const } : {}), practice: true }
        : { type: 'assistant', key: m.key, text: m.text, lang: m.lang, dir: dirOf(m.lang), source: m.source, practice: true },
    ),
    events: step.events.map((e) => {
      if (e.type !== 'trust_changed') return e;
      const withdrawAt = personas.personas.get(view.persona.id)?.withdrawAt ?? -3;
      return { ...e, words: [trustWords(e.from, withdrawAt), trustWords(e.to, withdrawAt)] as [string, string] };
    }),
  });
  const basename = (persona: string, lang: string): string => `rehearsal-debrief-${persona}-${lang}`;

  const json = express.json({ limit: '16kb', type: 'application/json' });
  /** A JSON body validated by `schema`; answers 415 or 400 (naming the field) itself. */
  const body = <S extends z.ZodType>(req: Request, res: Response, schema: S): z.infer<S> | undefined => {
    if (!req.is('application/json')) return void res.status(415).json({ error: 'unsupported_media_type', message: 'Send JSON (Content-Type: application/json).' });
    const r = schema.safeParse(req.body);
    if (!r.success) return void res.status(400).json(invalid(r.error));
    return r.data;
  };
  const roomId = (req: Request, res: Response): string | undefined => {
    const r = roomIdSchema.safeParse(req.params.id);
    if (!r.success) return void res.status(400).json({ error: 'invalid_request', field: 'id', message: 'id: not a practice id' });
    return r.data;
  };

  const js = asset('rehearse.js');
  const css = asset('rehearse.css');
  const page = asset('rehearse.html');
  router.get('/', (_req, res) => {
    res.type('html').send(page);
  });
  router.get('/rehearse.js', (_req, res) => {
    res.type('text/javascript; charset=utf-8').send(js);
  });
  router.get('/rehearse.css', (_req, res) => {
    res.type('text/css; charset=utf-8').send(css);
  });

  const api = express.Router();
  const limit = new WrongTokenLimit(opts.lockout);
  api.use(
    requireTrainer(token, limit, (kind) => {
      port.logger.warn(
        { event: 'rehearse_token_lockout', scope: kind },
        kind === 'address' ? 'too many wrong trainer tokens from one address: it is refused for a while' : 'too many wrong trainer tokens: only known trainers are checked for a while',
      );
    }),
  );

  api.get('/personas', (_req, res) => {
    res.json(setup);
  });

  api.post('/practice', json, (req, res) => {
    const b = body(req, res, startRequestSchema);
    if (!b) return;
    const step = rooms.start(b.persona, b.lang);
    res.status(201).json(stepOut(step.view.id, step, step.view));
  });

  api.post('/practice/:id/claim', (req, res) => {
    const id = roomId(req, res);
    if (id) res.json(stepOut(id, rooms.claim(id)));
  });

  api.post('/practice/:id/reply', json, async (req, res) => {
    const id = roomId(req, res);
    const b = id && body(req, res, replyRequestSchema);
    if (id && b) res.json(stepOut(id, await rooms.say(id, b.text)));
  });

  api.post('/practice/:id/close', json, (req, res) => {
    const id = roomId(req, res);
    const b = id && body(req, res, closeRequestSchema);
    if (!id || !b) return;
    const step = rooms.close(id, b.outcome);
    const d = step.debrief;
    const out: CloseResponse = {
      ...stepOut(id, step),
      debrief: d,
      exports: { markdown: debriefMarkdown(d), html: debriefHtml(d), basename: basename(d.persona, d.lang) },
    };
    res.json(out);
  });

  // The same exports as files, for scripts holding the token (the page builds its downloads from
  // the close answer instead: a plain link cannot carry the Authorization header).
  const EXPORTS = {
    md: { type: 'text/markdown; charset=utf-8', render: debriefMarkdown },
    html: { type: 'text/html; charset=utf-8', render: debriefHtml },
  } as const;
  api.get('/practice/:id/debrief.:ext', (req, res) => {
    const id = roomId(req, res);
    if (!id) return;
    const ext = req.params.ext;
    if (ext !== 'md' && ext !== 'html') return void res.status(404).json({ error: 'not_found', message: 'The debrief comes as .md or .html.' });
    const d = rooms.debrief(id);
    res.attachment(`${basename(d.persona, d.lang)}.${ext}`).type(EXPORTS[ext].type).send(EXPORTS[ext].render(d));
  });

  api.delete('/practice/:id', (req, res) => {
    const id = roomId(req, res);
    if (!id) return;
    rooms.end(id);
    res.status(204).end();
  });

  api.post('/walk', json, (req, res) => {
    const b = body(req, res, walkRequestSchema);
    if (!b) return;
    if (!catalog.languages().includes(b.lang)) {
      return void res.status(400).json({ error: 'invalid_request', field: 'lang', message: `lang: not offered (one of ${catalog.languages().join(', ')})` });
    }
    const u = port.understanding();
    const turns = walkFlows(b.lang, b.inputs, { content: port.content, ...(u ? { understand: u } : {}) });
    const out: WalkResponse = {
      turns: turns.map((t) => ({ input: t.input, effects: t.effects, outputs: t.outputs.map((o) => ({ ...o, dir: dirOf(o.lang) })) })),
    };
    res.json(out);
  });

  api.use((_req, res) => {
    res.status(404).json({ error: 'not_found', message: 'No such endpoint.' });
  });

  router.use('/api', api);
  router.use((_req, res) => {
    res.status(404).type('text/plain; charset=utf-8').send('Not found.\n');
  });

  // Refusals keep the library's words; anything else is a short code, never a body or a stack.
  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err instanceof DeskError || err instanceof RehearsalError) {
      return void res.status(statusOf(err)).json({ error: err instanceof DeskError ? err.code : 'rehearsal', message: err.message });
    }
    const e = err as { type?: string; status?: number } | null;
    const status = typeof e?.status === 'number' ? e.status : 500;
    if (status === 413) return void res.status(413).json({ error: 'too_large', message: 'The request is larger than 16 KB.' });
    if (status >= 400 && status < 500) return void res.status(400).json({ error: 'malformed_body', message: 'The body is not valid JSON.' });
    port.logger.error({ event: 'rehearse_error', error: err instanceof Error ? err.name : 'unknown' }, 'rehearsal request failed');
    res.status(500).json({ error: 'internal', message: 'Something went wrong. Start a new practice.' });
  });

  http.use('/rehearse', router);
}
