// How the HTTP app answers what no route answered: one JSON line `{ "error": "…" }`, never a
// stack trace and never Express's HTML page. 4xx keep their status (a body that does not parse,
// a garbled gzip body, a body over a route's limit); what delivering again mends (the store
// momentarily out of reach) is 503 with Retry-After (src/retryLater.ts); anything else is 500. The log gets the
// status, the route's pattern and the error's name and code — never the body, the URL's own
// values or the message — and the stack trace only at debug level, masked like every log line.
import type { Express, NextFunction, Request, Response } from 'express';
import { logStackAtDebug, type Logger } from './privacy/logger.ts';
import { answerRetryLater, retryReason } from './retryLater.ts';

/** Short, stable words for the statuses a request can earn. */
const WORDS: Record<number, string> = {
  400: 'malformed_body',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'timeout',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

function statusOf(err: unknown): number {
  const e = err as { status?: unknown; statusCode?: unknown } | null;
  const s = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : 500;
  return Number.isInteger(s) && s >= 400 && s <= 599 ? s : 500;
}

/** Express's error middleware: the last word on any error a route or a body parser passed on. */
export function errorHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const retry = retryReason(err);
    const status = retry ? 503 : statusOf(err);
    const e = err instanceof Error ? err : new Error(String(err));
    const fields = { event: 'http_error', status, method: req.method, route: req.route?.path ?? req.baseUrl ?? '', error: e.name, code: (e as { code?: unknown }).code, ...(retry ? { retry } : {}) };
    if (retry) logger.warn(fields, 'request refused for now: delivered again later');
    else if (status >= 500) logger.error(fields, 'request failed');
    else logger.info(fields, 'request refused');
    logStackAtDebug(logger, e, { event: 'http_error' });
    // Too late for a clean answer: end the connection rather than let Express print the stack.
    if (res.headersSent) return void req.socket.destroy();
    if (retry) return void answerRetryLater(res);
    res.status(status >= 500 ? 500 : status).json({ error: status >= 500 ? 'internal_error' : (WORDS[status] ?? 'invalid_request') });
  };
}

/** For paths no route serves: JSON like every other answer. */
export function notFound(_req: Request, res: Response): void {
  res.status(404).json({ error: 'not_found' });
}

/** The end of the HTTP app, after every channel and console has mounted its routes. */
export function finishHttpApp(http: Express, logger: Logger): void {
  http.use(notFound);
  http.use(errorHandler(logger));
}
