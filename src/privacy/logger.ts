import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** Field names that may carry an address or message text, at any depth up to 3. */
const SENSITIVE = [
  'text', 'body', 'Body', 'from', 'From', 'to', 'To', 'address', 'phone', 'phoneNumber',
  'wa_id', 'userId', 'user', 'message', 'messages', 'email', 'name',
];
const paths = SENSITIVE.flatMap((f) => [f, `*.${f}`, `*.*.${f}`, `*.*.*.${f}`]);

/** Digit runs that could be phone numbers (7+ digits, with the usual separators). */
const PHONEISH = /\+?\d[\d\s().-]{5,}\d/g;

export function maskDigits(s: string): string {
  return s.replace(PHONEISH, (m) => (m.replace(/\D/g, '').length >= 7 ? '[number]' : m));
}

/**
 * Invariant 3: logs never contain message text or addresses. Known fields are redacted;
 * the message string and error messages have digit runs masked as a second line of defence.
 */
export function createLogger(opts: { level?: string; destination?: DestinationStream | number } = {}): Logger {
  const dest =
    typeof opts.destination === 'number' ? pino.destination({ fd: opts.destination, sync: true }) : opts.destination;
  const options: pino.LoggerOptions = {
    level: opts.level ?? 'info',
    base: undefined,
    redact: { paths, censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskDigits(a) : a)) as Parameters<typeof method>;
        method.apply(this, masked);
      },
    },
    serializers: {
      // `reason`, not `message`: the redaction of `*.message` must not hide why something failed.
      err: (e: Error) => ({ type: e.name, code: (e as { code?: string }).code, reason: maskDigits(e.message) }),
    },
  };
  return dest ? pino(options, dest) : pino(options);
}

/**
 * A stack trace goes to the log only at debug level, through the same masking: never in a
 * response, and never on stderr at the default level.
 */
export function logStackAtDebug(logger: Logger, err: unknown, fields: Record<string, unknown> = {}): void {
  if (!(err instanceof Error) || !err.stack || !logger.isLevelEnabled('debug')) return;
  logger.debug({ ...fields, stack: maskDigits(err.stack) }, 'stack trace');
}
