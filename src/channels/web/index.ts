import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ChannelPort, Conversations } from '../port.ts';
import { pageHeaders } from '../../pageHeaders.ts';
import type { Input, Output } from '../../engine/types.ts';
import { chromeFor, type ChromeKey } from './chrome.ts';
import { renderPage, type PageLanguage } from './page.ts';
import { pickLanguage } from '../languageHints.ts';
import { exitRequestSchema, messageRequestSchema, pollRequestSchema, type MessageRequest, type MessageResponse, type PollResponse, type WebMessage } from './api.ts';
import { RecentChats, webLimits, type WebLimits } from './limits.ts';
import type { PickUp } from './pickup.ts';
import { RecentExits } from './exits.ts';

export const DEFAULT_QUICK_EXIT_URL = 'https://www.google.com/search?q=weather';

/** The web chat's port: a channel's, with quick exit (erase) and the page's pickup of later messages. */
export interface WebPort extends ChannelPort {
  readonly conversations: Conversations & {
    /** Erase a contact outside a turn (quick exit). */
    erase(channel: string, address: string): Promise<void>;
  };
  readonly pickUp: PickUp;
}

export interface WebChatOptions {
  /** Where quick exit goes (QUICK_EXIT_URL); defaults to a weather search. */
  quickExitUrl?: string;
  now?: () => Date;
  /** Per-minute limits on new chats and messages (src/features.ts: WEB_*_PER_MINUTE*). */
  limits: WebLimits;
}

/**
 * Headers on every web chat response. default-src 'self' and no inline script: the page's
 * data is a JSON block, its code one same-origin module.
 */
const securityHeaders = pageHeaders(
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
);

const asset = (name: string): string => readFileSync(new URL(`./public/${name}`, import.meta.url), 'utf8');

/** The web chat: the page at `/`, its two assets, and the JSON API under /web. */
export function mountWebChat(http: Express, port: WebPort, opts: WebChatOptions): void {
  const now = opts.now ?? (() => new Date());
  const { conversations, logger } = port;
  const { catalog, dirOf, draftNoticeKey } = port.presentation;
  const quickExitUrl = opts.quickExitUrl ?? DEFAULT_QUICK_EXIT_URL;
  const offered = new Set(catalog.languages());
  const languages: PageLanguage[] = catalog.languages().map((code) => ({
    code,
    name: catalog.format(code, `language-${code}`)?.text ?? code,
    dir: dirOf(code),
  }));
  const chrome: Record<string, Record<ChromeKey, string>> = {};
  const drafts: Record<string, string> = {};
  for (const l of languages) {
    chrome[l.code] = chromeFor(catalog, l.code);
    // The page's own words are drafts in this language: say so on the page, in the language.
    drafts[l.code] = catalog.isDraft(l.code) ? (catalog.format(l.code, draftNoticeKey)?.text ?? '') : '';
  }
  const data = { defaultLang: catalog.defaultLanguage(), languages, chrome, drafts, quickExitUrl };
  // One page per language, rendered once: a first visit gets the browser's language (Accept-Language).
  const pages = new Map(languages.map((l) => [l.code, renderPage(data, l.code)]));
  const js = asset('chat.js');
  const css = asset('chat.css');
  const exits = new RecentExits();

  const toWeb = (o: Output): WebMessage => ({
    key: o.key,
    text: o.text,
    lang: o.lang,
    dir: dirOf(o.lang),
    choices: (o.choices ?? []).map((c) => ({ id: c.id, label: c.label })),
    ...(o.display ? { display: o.display } : {}),
  });

  const router = express.Router();
  router.get('/', securityHeaders, (req, res) => {
    const lang = pickLanguage(req.get('accept-language'), offered) ?? catalog.defaultLanguage();
    res.vary('Accept-Language').type('html').send(pages.get(lang) ?? pages.get(catalog.defaultLanguage()));
  });
  router.get('/web/chat.js', securityHeaders, (_req, res) => {
    res.type('text/javascript; charset=utf-8').send(js);
  });
  router.get('/web/chat.css', securityHeaders, (_req, res) => {
    res.type('text/css; charset=utf-8').send(css);
  });

  // Browsers ask for it; answering keeps the console clean and costs nothing.
  router.get('/favicon.ico', securityHeaders, (_req, res) => {
    res.status(204).end();
  });

  const json = express.json({ limit: '64kb', type: 'application/json' });

  // Checked before the limits, so that a malformed request is never counted.
  const checkMessage = (req: Request, res: Response, next: NextFunction): void => {
    if (!req.is('application/json')) return void res.status(415).json({ error: 'unsupported_media_type' });
    const parsed = messageRequestSchema.safeParse(req.body);
    if (!parsed.success) return void res.status(400).json({ error: 'invalid_request' });
    res.locals.message = parsed.data;
    res.locals.contactKey = conversations.keyOf('web', parsed.data.sessionId);
    next();
  };
  const recent = new RecentChats();
  const limits = webLimits(opts.limits, (req) => !recent.has(String(req.res?.locals.contactKey)));

  router.post('/web/messages', securityHeaders, json, checkMessage, limits, async (_req, res) => {
    const body = res.locals.message as MessageRequest;
    const key = res.locals.contactKey as string;
    if (exits.has(key, Date.now())) return void res.status(410).json({ error: 'gone' });
    const input: Input =
      body.choiceId !== undefined
        ? { type: 'choice', id: body.choiceId }
        : body.command !== undefined
          ? { type: 'command', command: body.command }
          : { type: 'text', text: body.text ?? '' };
    // The provider id is scoped to the contact and hashed: the session id is never stored,
    // and one session cannot replay another's message id to read its reply.
    const providerId = createHash('sha256').update(`${key}\u0000${body.clientMessageId}`).digest('base64url');
    const reply = await conversations.handle(
      {
        channel: 'web',
        address: body.sessionId,
        providerId,
        input,
        receivedAt: now(),
        ...(body.lang && offered.has(body.lang) ? { lang: body.lang } : {}),
        // The page's language when the person wrote before choosing one: a weak hint, never stored.
        ...(body.hint && offered.has(body.hint) ? { langHints: [body.hint] } : {}),
      },
      'replay',
    );
    if (exits.has(key, Date.now())) {
      // Quick exit was pressed while this turn ran: make sure it left nothing behind.
      await conversations.erase('web', body.sessionId);
      return void res.status(410).json({ error: 'gone' });
    }
    recent.add(key);
    const out: MessageResponse = { messages: reply.outputs.map(toWeb) };
    res.json(out);
  });

  // What waits for the page: a lead worker's replies and the claim and close notices.
  router.post('/web/poll', securityHeaders, json, async (req, res) => {
    if (!req.is('application/json')) return void res.status(415).json({ error: 'unsupported_media_type' });
    const parsed = pollRequestSchema.safeParse(req.body);
    if (!parsed.success) return void res.status(400).json({ error: 'invalid_request' });
    const key = conversations.keyOf('web', parsed.data.sessionId);
    if (exits.has(key, Date.now())) return void res.status(410).json({ error: 'gone' });
    const delivered = await port.pickUp({ contactKey: key, ack: parsed.data.ack ?? [], now: now() });
    if (delivered.length > 0) logger.debug({ event: 'web_pickup', rows: delivered.length }, 'web chat picked up waiting messages');
    const out: PollResponse = { deliveries: delivered.map((d) => ({ id: d.id, messages: d.outputs.map(toWeb) })) };
    res.json(out);
  });

  router.post('/web/exit', securityHeaders, json, async (req, res) => {
    const parsed = exitRequestSchema.safeParse(req.body);
    if (!parsed.success) return void res.status(400).json({ error: 'invalid_request' });
    exits.add(conversations.keyOf('web', parsed.data.sessionId), Date.now());
    await conversations.erase('web', parsed.data.sessionId);
    logger.info({ event: 'web_quick_exit' }, 'web chat quick exit');
    res.status(204).end();
  });

  // Errors of the web routes: a status and a code, never the body or the session id.
  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : 500;
    if (status >= 400 && status < 500) return void res.status(status).json({ error: status === 413 ? 'too_large' : 'invalid_request' });
    logger.error({ event: 'web_error', error: err instanceof Error ? err.name : 'unknown' }, 'web chat request failed');
    res.status(503).json({ error: 'unavailable' });
  });

  http.use(router);
}
