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

it('redacts sensitive fields down to depth 3 and masks numbers in messages, keeping other fields', () => {
  const out = capture();
  const log = createLogger({ destination: out.stream });
  log.info(
    { channel: 'whatsapp', a: { b: { wa_id: '15555550123', phoneNumber: '15555550123', user: 'U1', Body: 'help me', keep: 'node-7' } }, To: 'x', From: 'y' },
    'reply queued for %s',
    '14165550199',
  );
  const line = JSON.parse(out.text().trim()) as Record<string, unknown>;
  expect(line.channel).toBe('whatsapp');
  expect(line.a).toEqual({ b: { wa_id: '[redacted]', phoneNumber: '[redacted]', user: '[redacted]', Body: '[redacted]', keep: 'node-7' } });
  expect(line.To).toBe('[redacted]');
  expect(line.From).toBe('[redacted]');
  expect(line.msg).toBe('reply queued for [number]');
});

it('leaves short numbers (counts, ports, ids under 7 digits) readable', () => {
  const out = capture();
  createLogger({ destination: out.stream }).info('sent 3 of 12 in 250 ms on port 3000');
  expect(JSON.parse(out.text().trim()).msg).toBe('sent 3 of 12 in 250 ms on port 3000');
});
