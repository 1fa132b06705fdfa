import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { App as TeamsApp, type AppOptions, type HttpRouteHandler, type IHttpServerAdapter, type IPlugin } from '@microsoft/teams.apps';
import type { ChannelPort } from '../port.ts';
import type { Logger } from '../../privacy/logger.ts';
import { chromeFor } from '../web/chrome.ts';
import { activitySchema, inputOf, type TeamsInbound } from './parse.ts';
import { pickLanguage } from '../languageHints.ts';
import { renderTeams, type TeamsActivity } from './render.ts';
import { sdkLogger } from './sdkLogger.ts';
// Not re-exported by the package root; the same validator the SDK's HTTP server uses.
import { ServiceTokenValidator } from '@microsoft/teams.apps/dist/middleware/auth/service-token-validator.js';
import { teamsReplyAddress } from './sender.ts';

export interface TeamsChannelOptions {
  clientId: string;
  clientSecret?: string;
  tenantId?: string;
  /** Where Bot Framework posts activities. */
  path?: `/${string}`;
  /**
   * TESTS ONLY: accept activities without a Bot Framework token. Set by test code through
   * this constructor option; never read from configuration or the environment.
   */
  insecureSkipAuthForTests?: boolean;
  /** Tests: a token provider instead of the client secret (the SDK's TokenCredentials). */
  token?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
  /**
   * The Bot Framework cloud (login endpoint, OpenID metadata, token issuer): a sovereign
   * cloud, or in tests a local key set so signed tokens are checked with validation on.
   */
  cloud?: AppOptions<IPlugin>['cloud'];
  now?: () => Date;
}

/**
 * The envelope every activity has. Checked before the SDK sees the body, so a malformed
 * delivery gets a 400 with a short reason instead of a silent 200 (or a stack trace).
 */
const envelopeSchema = z.looseObject({
  type: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  from: z.looseObject({ id: z.string().min(1).max(512) }).optional(),
  id: z.string().min(1).max(512).optional(),
});

/** Hands the SDK's one route to our Express app instead of letting it start its own server. */
class MountedRoute implements IHttpServerAdapter {
  handler?: HttpRouteHandler;
  constructor(private readonly path: string) {}
  registerRoute(_method: 'POST', path: string, handler: HttpRouteHandler): void {
    if (path === this.path) this.handler = handler;
  }
}

/**
 * The SDK looks up a user sign-in token (at token.botframework.com) before every activity.
 * Contacts never sign in to Waypoint, so that call is skipped: no request, no delay.
 */
class ContactBot extends TeamsApp {
  protected override async getUserToken(): Promise<string> {
    throw new Error('contacts do not sign in');
  }
}

/** Sends activities back into the conversation an activity came from. */
export type TeamsSend = (activity: TeamsActivity) => Promise<void>;

/** The staff console's side of the dispatch (src/handoff/consoles/teams). */
export interface StaffRoute {
  /** Whether this conversation is the staff channel (or one of its threads). */
  owns(conversationId: string | undefined): boolean;
  handle(activity: unknown): Promise<void>;
  /** An adaptiveCard/action invoke (a private card's Action.Execute): its answer, shown on the card. */
  onCardAction(activity: unknown): Promise<CardActionAnswer>;
}

/** What an adaptiveCard/action invoke answers: a short message shown on the card. */
export interface CardActionAnswer {
  statusCode: 200;
  type: 'application/vnd.microsoft.activity.message';
  value: string;
}

/** Practice for trainers (src/rehearsal/teams.ts): its lines when the message is practice (or starts one), null when it is not. */
export type PracticeRoute = (activity: unknown, text: string | undefined) => Promise<string[] | null>;

/** A contact's message in a one-to-one chat. */
export type ContactRoute = (activity: TeamsInbound, send: TeamsSend) => Promise<void>;

/**
 * What the endpoint dispatches to, in this order: the staff channel's activities to `staff`;
 * card actions (invokes) to `staff` too; then, in one-to-one chats only, practice to `practice`
 * and everything else to `contact`. The
 * wiring fills it (src/wiring/teams.ts): the channel knows none of them.
 */
export interface TeamsRoutes {
  staff?: StaffRoute;
  practice?: PracticeRoute;
  contact?: ContactRoute;
}

export interface TeamsEndpoint {
  /** The SDK app, for tests and the staff console. */
  readonly sdk: TeamsApp;
  /** Fill in (or replace) routes. */
  route(routes: TeamsRoutes): void;
}

/**
 * POST /api/messages through @microsoft/teams.apps on the shared Express app: the SDK validates
 * the Bot Framework token (JWT, issuer, audience, serviceUrl claim) and hands us the activity,
 * which goes to one route. Only one-to-one chats reach practice and contacts: in a group chat
 * others would read the conversation.
 */
export async function mountTeamsEndpoint(http: Express, log: Logger, opts: TeamsChannelOptions): Promise<TeamsEndpoint> {
  const path = opts.path ?? '/api/messages';
  const route = new MountedRoute(path);
  const routes: TeamsRoutes = {};

  const sdk = new ContactBot({
    clientId: opts.clientId,
    ...(opts.clientSecret ? { clientSecret: opts.clientSecret } : {}),
    ...(opts.tenantId ? { tenantId: opts.tenantId } : {}),
    ...(opts.token ? { token: opts.token } : {}),
    ...(opts.cloud ? { cloud: opts.cloud } : {}),
    skipAuth: opts.insecureSkipAuthForTests === true,
    messagingEndpoint: path,
    httpServerAdapter: route,
    logger: sdkLogger(log),
  });

  sdk.on('message', async (ctx) => {
    const send: TeamsSend = async (out) => void (await ctx.send(out));
    // The staff channel's card submits and thread replies are not a contact's.
    if (routes.staff?.owns((ctx.activity.conversation as { id?: string } | undefined)?.id)) return void (await routes.staff.handle(ctx.activity));
    const parsed = activitySchema.safeParse(ctx.activity);
    if (!parsed.success) {
      log.warn({ event: 'teams_activity_invalid' }, 'teams activity did not validate');
      return;
    }
    const activity = parsed.data;
    const kind = activity.conversation.conversationType;
    if (kind && kind !== 'personal') {
      log.info({ event: 'teams_not_personal', conversationType: kind }, 'teams message outside a one-to-one chat ignored');
      return;
    }
    const practised = await routes.practice?.(ctx.activity, activity.text);
    if (practised) {
      for (const text of practised) await send({ type: 'message', text });
      return;
    }
    await routes.contact?.(activity, send);
  });

  // Card actions (Action.Execute invokes) come only from staff cards: never a contact's turn.
  sdk.on('card.action', async (ctx) => routes.staff?.onCardAction(ctx.activity));

  await sdk.initialize();

  const refuse = (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    const status = typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : 500;
    if (status >= 400 && status < 500) return void res.status(status).json({ error: status === 413 ? 'too_large' : 'invalid_request' });
    log.error({ event: 'teams_error', error: err instanceof Error ? err.name : 'unknown' }, 'teams request failed');
    res.status(500).json({ error: 'unavailable' });
  };
  // The token is checked before the body is read: an unsigned caller never gets a parser's
  // attention (or a 400/413 that tells it what the parser thought). The SDK checks it again
  // with the body, for the serviceUrl claim.
  const tokenFirst = opts.insecureSkipAuthForTests ? null : new ServiceTokenValidator(opts.clientId, opts.tenantId, undefined, sdkLogger(log), opts.cloud);
  const checkToken = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (!tokenFirst) return next();
    const header = req.get('authorization');
    const token = header ? await tokenFirst.check(header, {}).catch(() => null) : null;
    // Not read, and not kept open for another request either.
    if (!token) return void res.status(401).set('connection', 'close').json({ error: 'unauthorized' });
    next();
  };
  http.post(path, checkToken, express.json({ limit: '64kb' }), async (req: Request, res: Response) => {
    if (!route.handler) return void res.status(503).end();
    const envelope = envelopeSchema.safeParse(req.body);
    const incomplete = envelope.success && envelope.data.type === 'message' && (!envelope.data.id || !envelope.data.from);
    if (!envelope.success || incomplete) return void res.status(400).json({ error: 'invalid_activity' });
    const out = await route.handler({ body: req.body as unknown, headers: req.headers as Record<string, string | string[]> });
    res.status(out.status);
    if (out.body === undefined || out.body === null) res.end();
    else res.json(out.body);
  }, refuse);

  return {
    sdk,
    route(r) {
      Object.assign(routes, r);
    },
  };
}

/**
 * Microsoft Teams for contacts: one turn per message, the reply sent to the activity's
 * serviceUrl, delivered once in any process.
 */
export function teamsContact(port: ChannelPort, opts: { now?: () => Date } = {}): ContactRoute {
  const now = opts.now ?? (() => new Date());
  const { conversations, presentation } = port;
  const sendLabel = (lang: string): string => chromeFor(presentation.catalog, lang).send;
  const offered = new Set(presentation.catalog.languages());
  return async (activity, send) => {
    const input = inputOf(activity);
    if (!input) return;
    // The user's Teams language: a weak hint for a first reply (never stored).
    const hint = pickLanguage(activity.locale, offered);
    const reply = await conversations.handle(
      {
        channel: 'teams',
        // The contact key comes from the user id alone; a later send (a handoff) needs the conversation too.
        address: activity.from.id,
        replyAddress: teamsReplyAddress({ serviceUrl: activity.serviceUrl, conversationId: activity.conversation.id, userId: activity.from.id }),
        providerId: activity.id,
        input,
        receivedAt: now(),
        ...(hint ? { langHints: [hint] } : {}),
      },
      'sync',
    );
    // One reply per activity, in any process: a redelivery gets nothing unless the send of the
    // first answer failed (so Teams retried) — then the stored reply goes out now.
    if (!reply.deliver) return;
    try {
      for (const out of renderTeams(reply.outputs, presentation.dirOf, sendLabel)) await send(out satisfies TeamsActivity);
    } catch (err) {
      // Not sent: Teams delivers the activity again, and that copy need not wait out the lease.
      await conversations.undelivered('teams', activity.id).catch(() => undefined);
      throw err;
    }
    await conversations.delivered('teams', activity.id);
  };
}

/** The Teams endpoint with the contact route: the channel on its own (the wiring adds staff and practice). */
export async function mountTeams(http: Express, port: ChannelPort, opts: TeamsChannelOptions): Promise<TeamsEndpoint> {
  const endpoint = await mountTeamsEndpoint(http, port.logger, opts);
  endpoint.route({ contact: teamsContact(port, opts.now ? { now: opts.now } : {}) });
  return endpoint;
}
