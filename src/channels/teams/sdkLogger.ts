import type { AppOptions, IPlugin } from '@microsoft/teams.apps';
import type { Logger } from '../../privacy/logger.ts';

// The SDK's logger type, without depending on @microsoft/teams.common directly.
type ILogger = NonNullable<AppOptions<IPlugin>['logger']>;
type LogLevel = Parameters<ILogger['log']>[0];

/**
 * The Teams SDK logs whole activities at debug level ("Handling activity", body) and
 * errors with their request. None of that may reach our logs (invariant 3): only warn
 * and error pass, as the SDK's own first string, with anything id-like masked; the
 * other arguments (bodies, errors, tokens) are dropped.
 */
export function sdkLogger(logger: Logger, name = 'teams'): ILogger {
  const mask = (s: string): string => s.replace(/[^\s"'`]*[0-9@:/][^\s"'`]*/g, '…').slice(0, 160);
  const emit = (level: LogLevel, msg: unknown[]): void => {
    if (level !== 'warn' && level !== 'error') return;
    const first = typeof msg[0] === 'string' ? mask(msg[0]) : '';
    logger[level]({ event: 'teams_sdk', component: name }, first || 'teams sdk');
  };
  const self: ILogger = {
    loggerOptions: { level: 'warn' },
    debug: () => {},
    info: () => {},
    trace: () => {},
    warn: (...msg: unknown[]) => emit('warn', msg),
    error: (...msg: unknown[]) => emit('error', msg),
    log: (level: LogLevel, ...msg: unknown[]) => emit(level, msg),
    child: (child: string) => sdkLogger(logger, `${name}.${child}`),
  };
  return self;
}
