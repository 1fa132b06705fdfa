import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { App as TeamsApp, type AppOptions, type HttpRouteHandler, type IHttpServerAdapter, type IPlugin } from '@microsoft/teams.apps';
import type { App } from '../../app.ts';
import { chromeFor } from '../web/chrome.ts';
import { activitySchema, inputOf } from './parse.ts';
import { pickLanguage } from '../languageHints.ts';
import { renderTeams, type TeamsActivity } from './render.ts';
import { sdkLogger } from './sdkLogger.ts';
// Not re-exported by the package root; the same validator the SDK's HTTP server uses.
import { ServiceTokenValidator } from '@microsoft/teams.apps/dist/middleware/auth/service-token-validator.js';
import { teamsReplyAddress } from './sender.ts';
import { teamsPractice } from './practice.ts';
import { loadPersonas, PracticeRooms } from '../../rehearsal/index.ts';

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

/** The staff console's side of the dispatch (src/handoff/consoles/teams). */
export interface StaffRoute {
  /** Whether this conversation is the staff channel (or one of its threads). */
  owns(conversationId: string | undefined): boolean;
  handle(activity: unknown): Promise<void>;
}

export interface TeamsChannel {
  /** The SDK app, for tests and the staff console. */
  readonly sdk: TeamsApp;
  /** Staff console dispatch: activities of the staff channel go to `route`, never to the contact flows. */
  routeStaff(route: StaffRoute): void;
}

/**
 * Microsoft Teams for contacts, through @microsoft/teams.apps on the shared Express app:
 * the SDK validates the Bot Framework token (JWT, issuer, audience, serviceUrl claim) and
 * hands us the activity; we run one turn and reply to the activity's serviceUrl.
 * Only one-to-one chats are served: in a group chat others would read the conversation.
 */
export async function mountTeams(http: Express, app: App, opts: TeamsChannelOptions): Promise<TeamsChannel> {
  const path = opts.path ?? '/api/messages';
  const now = opts.now ?? (() => new Date());
  const { catalog, locales } = app.content;
  const dirOf = (lang: string): 'ltr' | 'rtl' => locales.locales.get(lang)?.language.dir ?? 'ltr';
  const offered = new Set(catalog.languages());
  const sendLabel = (lang: string): string => chromeFor(catalog, lang).send;
  const route = new MountedRoute(path);
  let staff: StaffRoute | undefined;
  // Practice for people on the roster, on the rehearsal's own in-memory rooms (never the store).
  const practice = teamsPractice({
    rooms: new PracticeRooms({ personas: loadPersonas(), catalog, sourceLang: locales.source }),
    roster: () => app.handoff.roster(),
  });

  const sdk = new ContactBot({
    clientId: opts.clientId,
    ...(opts.clientSecret ? { clientSecret: opts.clientSecret } : {}),
    ...(opts.tenantId ? { tenantId: opts.tenantId } : {}),
    ...(opts.token ? { token: opts.token } : {}),
    ...(opts.cloud ? { cloud: opts.cloud } : {}),
    skipAuth: opts.insecureSkipAuthForTests === true,
    messagingEndpoint: path,
    httpServerAdapter: route,
    logger: sdkLogger(app.logger),
  });

  sdk.on('message', async (ctx) => {
    // Staff console dispatch: the staff channel's card submits and thread replies are not a contact's.
    if (staff?.owns((ctx.activity.conversation as { id?: string } | undefined)?.id)) return void (await staff.handle(ctx.activity));
    const parsed = activitySchema.safeParse(ctx.activity);
    if (!parsed.success) {
      app.logger.warn({ event: 'teams_activity_invalid' }, 'teams activity did not validate');
      return;
    }
    const activity = parsed.data;
    const kind = activity.conversation.conversationType;
    if (kind && kind !== 'personal') {
      app.logger.info({ event: 'teams_not_personal', conversationType: kind }, 'teams message outside a one-to-one chat ignored');
      return;
    }
    const practised = await practice.handle(ctx.activity, activity.text);
    if (practised) {
      for (const out of practised) await ctx.send(out);
      return;
    }
    const input = inputOf(activity);
    if (!input) return;
    // The user's Teams language: a weak hint for a first reply (never stored).
    const hint = pickLanguage(activity.locale, offered);
    const reply = await app.conversations.handle(
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
    for (const out of renderTeams(reply.outputs, dirOf, sendLabel)) {
      await ctx.send(out satisfies TeamsActivity);
    }
    await app.conversations.delivered('teams', activity.id);
  });

  await sdk.initialize();

  const refuse = (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    const status = typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : 500;
    if (status >= 400 && status < 500) return void res.status(status).json({ error: status === 413 ? 'too_large' : 'invalid_request' });
    app.logger.error({ event: 'teams_error', error: err instanceof Error ? err.name : 'unknown' }, 'teams request failed');
    res.status(500).json({ error: 'unavailable' });
  };
  // The token is checked before the body is read: an unsigned caller never gets a parser's
  // attention (or a 400/413 that tells it what the parser thought). The SDK checks it again
  // with the body, for the serviceUrl claim.
  const tokenFirst = opts.insecureSkipAuthForTests ? null : new ServiceTokenValidator(opts.clientId, opts.tenantId, undefined, sdkLogger(app.logger), opts.cloud);
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
    routeStaff(route) {
      staff = route;
    },
  };
}
