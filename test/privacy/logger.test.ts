import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/privacy/logger.ts';

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(c, _e, cb) {
      chunks.push(String(c));
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

it('never writes an address or message text (invariant 3)', () => {
  const out = capture();
  const log = createLogger({ level: 'debug', destination: out.stream });
  const phone = '+1 (555) 555-0123';
  const text = 'my boss keeps my passport';
  log.info({ from: phone, body: text, text, address: phone, nested: { to: phone, message: text, deeper: { userId: 'U123SECRET' } } }, 'got one');
  log.warn(`failed to send to ${phone}`);
  log.error({ err: new Error(`Twilio said no for +15555550123`) }, 'send failed');
  const written = out.text();
  expect(written).not.toContain('555-0123');
  expect(written).not.toContain('5555550123');
  expect(written).not.toContain('passport');
  expect(written).not.toContain('U123SECRET');
  expect(written).toContain('[redacted]');
  expect(written).toContain('[number]');
  expect(written).toContain('send failed');
});
