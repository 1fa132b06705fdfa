import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../../privacy/logger.ts';

/**
 * Bolt and its WebClient log request bodies and payloads at debug level, and errors with
 * their request. None of that may reach our logs (invariant 3): only warn and error pass,
 * as their first string with anything id-like masked; other arguments are dropped.
 */
export function slackSdkLogger(logger: Logger): SlackLogger {
  const mask = (s: string): string => s.replace(/[^\s"'`]*[0-9@:/][^\s"'`]*/g, '…').slice(0, 160);
  const emit = (level: 'warn' | 'error', msg: unknown[]): void => {
    const first = typeof msg[0] === 'string' ? mask(msg[0]) : '';
    logger[level]({ event: 'slack_sdk' }, first || 'slack sdk');
  };
  let level = LogLevel.WARN;
  return {
    debug: () => {},
    info: () => {},
    warn: (...msg: unknown[]) => emit('warn', msg),
    error: (...msg: unknown[]) => emit('error', msg),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
