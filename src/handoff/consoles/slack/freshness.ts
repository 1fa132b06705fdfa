// Slack signs "v0:{timestamp}:{body}", and Bolt refuses a timestamp more than 5 minutes old
// but not one in the future: a request signed with a timestamp an hour ahead would be
// replayable for an hour and five minutes. This runs before Bolt on the same path and refuses
// a timestamp more than 5 minutes from now either way (Slack's own rule: "differ from system
// time by no more than 5 minutes"). The signature itself is still Bolt's to check.
import type { NextFunction, Request, Response } from 'express';

export const MAX_SKEW_SECONDS = 5 * 60;

export function refuseSkewedTimestamps(now: () => number = Date.now) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const raw = req.get('x-slack-request-timestamp');
    const ts = raw && /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isFinite(ts) || Math.abs(Math.floor(now() / 1000) - ts) > MAX_SKEW_SECONDS) {
      return void res.status(401).send();
    }
    next();
  };
}
