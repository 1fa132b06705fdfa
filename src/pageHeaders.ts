import type { NextFunction, Request, Response } from 'express';

/**
 * Headers for the pages Waypoint serves (the web chat, the trainers' rehearsal page): a
 * same-origin content policy given by the page, no referrer, no cache, no framing, no powerful
 * features. No cookie is ever set.
 */
export function pageHeaders(csp: string, extra: Record<string, string> = {}) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.set({
      'Content-Security-Policy': csp,
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      Pragma: 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      ...extra,
    });
    next();
  };
}
