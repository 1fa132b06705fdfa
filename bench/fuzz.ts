// Bad input for every webhook: POST /webhooks/twilio, GET and POST /webhooks/whatsapp,
// POST /web/messages and POST /api/messages. Each case names its class; the server must
// answer every one without a 5xx, stay up, and keep its memory bounded.
import { createHmac } from 'node:crypto';
import querystring from 'node:querystring';
import { post, signTwilio, SMS_PATH, twimlMessages, WHATSAPP, type ServerChild } from './server.ts';

export interface FuzzCase {
  class: string;
  endpoint: string;
  method?: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | string;
  /** How many sends at once (concurrent duplicates). */
  copies?: number;
}

export interface FuzzOutcome {
  class: string;
  endpoint: string;
  statuses: number[];
  replies: number;
}

const ACCOUNT = 'AC' + '0'.repeat(32);
let n = 0;
const sid = (): string => `SM${'f'.repeat(8)}${(Date.now() * 1000 + n++).toString(16).padStart(24, '0')}`;
const phone = (): string => `+1416${3_000_000 + (n++ % 1_000_000)}`;
const form = 'application/x-www-form-urlencoded';

/** An SMS whose raw urlencoded body is given; signed over what the server will decode. */
function sms(cls: string, rawBody: string, extra: { headers?: Record<string, string>; sign?: 'ok' | 'none' | 'wrong' | 'empty' | 'other-url' | 'long'; copies?: number } = {}): FuzzCase {
  const params = querystring.parse(rawBody) as Record<string, string>;
  const good = signTwilio(params);
  const sig = { ok: good, none: undefined, wrong: good.slice(0, -4) + 'AAA=', empty: '', 'other-url': signTwilio(params, '/webhooks/other'), long: 'A'.repeat(8000) }[extra.sign ?? 'ok'];
  return {
    class: cls,
    endpoint: 'POST /webhooks/twilio',
    path: SMS_PATH,
    headers: { 'content-type': form, ...(sig === undefined ? {} : { 'x-twilio-signature': sig }), ...extra.headers },
    body: rawBody,
    ...(extra.copies ? { copies: extra.copies } : {}),
  };
}
const smsBody = (fields: Record<string, string>, rawText?: string): string => {
  const base = new URLSearchParams({ MessageSid: sid(), AccountSid: ACCOUNT, From: phone(), To: '+14165550100', NumMedia: '0', ...fields }).toString();
  return rawText === undefined ? base : `${base}&Body=${rawText}`;
};
const text = (t: string): string => smsBody({ Body: t });

function wa(cls: string, body: Buffer | string, opts: { sign?: 'ok' | 'none' | 'sha1' | 'upper' | 'short'; type?: string } = {}): FuzzCase {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const hex = createHmac('sha256', WHATSAPP.appSecret).update(raw).digest('hex');
  const sig = { ok: `sha256=${hex}`, none: undefined, sha1: `sha1=${hex.slice(0, 40)}`, upper: `sha256=${hex.toUpperCase()}`, short: `sha256=${hex.slice(0, 10)}` }[opts.sign ?? 'ok'];
  return { class: cls, endpoint: 'POST /webhooks/whatsapp', path: '/webhooks/whatsapp', headers: { 'content-type': opts.type ?? 'application/json', ...(sig ? { 'x-hub-signature-256': sig } : {}) }, body: raw };
}
const waMessage = (message: unknown): string =>
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: WHATSAPP.phoneNumberId }, messages: [message] } }] }],
  });
const waText = (t: string, id = `wamid.${n++}`): string => waMessage({ from: `1416${3_000_000 + n++}`, id, type: 'text', text: { body: t } });

function web(cls: string, body: Buffer | string, type = 'application/json'): FuzzCase {
  return { class: cls, endpoint: 'POST /web/messages', path: '/web/messages', headers: { 'content-type': type }, body };
}
const webText = (t: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ sessionId: `fuzzsession${String(n++).padStart(16, '0')}`, clientMessageId: `msg${String(n++).padStart(8, '0')}`, text: t, ...extra });
function teams(cls: string, body: Buffer | string, type = 'application/json'): FuzzCase {
  return { class: cls, endpoint: 'POST /api/messages', path: '/api/messages', headers: { 'content-type': type }, body };
}

const MB = 'x'.repeat(1 << 20);
const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
const zalgo = 'Z\u0351\u0352\u0353\u0354a\u0355\u0356\u0357l\u0358\u0359g\u035a\u035bo'.repeat(200);
const invalidUtf8 = Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('"}')]);

/** Every case, by class. The classes are listed in the report. */
export function fuzzCases(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const all = (cls: string, t: string, rawSms?: string): void => {
    cases.push(sms(cls, rawSms ?? text(t)));
    cases.push(wa(cls, waText(t)));
    cases.push(web(cls, webText(t)));
    cases.push(teams(cls, JSON.stringify({ type: 'message', id: String(n++), text: t, from: { id: 'x' }, conversation: { id: 'c' } })));
  };
  all('invalid UTF-8', '', smsBody({}, '%C3%28%FF%FE'));
  all('lone surrogates', '\ud800 a \udfff', smsBody({}, '%ED%A0%80%ED%BF%BF'));
  all('NUL and control characters', 'a\u0000b\u0001\u0007\u001b[31m\u007f\u0085');
  all('bidi overrides', '\u202eUNEM\u202c \u2066x\u2069 \u200f');
  all('emoji and ZWJ sequences (SMS segments)', '👩🏽‍🌾'.repeat(300));
  all('combining marks (zalgo)', zalgo);
  all('look-alike command words', 'МЕNU'); // Cyrillic М and Е
  all('look-alike STOP (Cyrillic, fullwidth)', 'ЅТОР ＳＴＯＰ');
  all('digits in other scripts', '٣ ३ ３ ௩');
  all('zero-width only', '\u200b\u200c\u200d\ufeff');
  all('SQL and markup in text', "'; drop table sessions; -- <script>alert(1)</script> ]]>&amp;");
  all('text just over the turn limit', 'a'.repeat(4097));
  all('newlines and CRLF injection', 'a\r\nX-Injected: 1\r\n\r\nb');
  // 1 MB bodies (over the 64 KB webhook limit: 413, never buffered whole)
  cases.push(sms('1 MB body', smsBody({ Body: MB })));
  cases.push(wa('1 MB body', waText(MB)));
  cases.push(web('1 MB body', webText(MB)));
  cases.push(teams('1 MB body', JSON.stringify({ text: MB })));
  // deeply nested JSON
  cases.push(wa('deeply nested JSON', nested(30_000)));
  cases.push(web('deeply nested JSON', nested(30_000)));
  cases.push(teams('deeply nested JSON', nested(30_000)));
  cases.push(sms('deeply nested form keys', smsBody({}, 'x') + '&' + 'a[b]'.repeat(2000) + '=1'));
  // invalid UTF-8 in JSON bodies as raw bytes
  cases.push(wa('invalid UTF-8 (raw JSON bytes)', invalidUtf8));
  cases.push(web('invalid UTF-8 (raw JSON bytes)', invalidUtf8));
  // wrong content types
  for (const type of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/json; charset=utf-7', 'application/x-www-form-urlencoded; charset=latin1']) {
    cases.push({ ...sms('wrong content type', text('hola')), headers: { 'content-type': type } });
    cases.push(wa('wrong content type', waText('hola'), { type }));
    cases.push(web('wrong content type', webText('hola'), type));
    cases.push(teams('wrong content type', '{}', type));
  }
  // missing fields / wrong types
  cases.push(sms('missing fields', new URLSearchParams({ AccountSid: ACCOUNT, Body: 'hola' }).toString()));
  cases.push(sms('empty body', ''));
  cases.push(sms('numbers as strings, wrong types', smsBody({ Body: 'hola', NumMedia: 'ten' })));
  cases.push(sms('malformed ids and numbers', new URLSearchParams({ MessageSid: 'SM1', AccountSid: 'AC', From: '4165550100', To: '', Body: 'x' }).toString()));
  cases.push(sms('number outside allowed countries', smsBody({ Body: 'hola', From: '+442071838750' })));
  cases.push(sms('repeated fields (arrays)', smsBody({ Body: 'hola' }) + '&Body=otra&From=%2B14165550199'));
  cases.push(sms('too many parameters', smsBody({ Body: 'x' }) + Array.from({ length: 500 }, (_, i) => `&p${i}=1`).join('')));
  cases.push(wa('missing fields', JSON.stringify({ object: 'whatsapp_business_account' })));
  cases.push(wa('numbers as strings, wrong types', JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: 1, changes: 'x' }] })));
  cases.push(wa('huge arrays', JSON.stringify({ object: 'whatsapp_business_account', entry: Array.from({ length: 5000 }, () => ({ id: '1', changes: [] })) })));
  cases.push(wa('top-level null / array / number', 'null'), wa('top-level null / array / number', '[1,2,3]'), wa('top-level null / array / number', '12e400'));
  cases.push(wa('prototype keys', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"object":"whatsapp_business_account","entry":[]}'));
  cases.push(wa('duplicate JSON keys', '{"object":"x","object":"whatsapp_business_account","entry":[]}'));
  cases.push(wa('message of an unknown type', waMessage({ from: '14165551234', id: `wamid.${n++}`, type: 'sticker' })));
  cases.push(wa('message for another phone number id', waText('hola').replace(WHATSAPP.phoneNumberId, '999')));
  cases.push(web('missing fields', '{}'));
  cases.push(web('numbers as strings, wrong types', webText(12345, { sessionId: 1234567890 })));
  cases.push(web('huge arrays', JSON.stringify({ sessionId: 'a'.repeat(30), clientMessageId: 'abcdefgh', text: Array.from({ length: 5000 }, () => 'x') })));
  cases.push(web('top-level null / array / number', 'null'), web('top-level null / array / number', '[]'), web('top-level null / array / number', '"x"'));
  cases.push(web('prototype keys', '{"__proto__":{"text":"x"},"sessionId":"aaaaaaaaaaaaaaaaaaaaaaaaaa","clientMessageId":"abcdefgh"}'));
  cases.push(web('two of text, choiceId, command', webText('hola', { command: 'menu' })));
  cases.push(web('truncated JSON', webText('hola').slice(0, -5)));
  cases.push(teams('missing fields', '{}'));
  // signature edge cases
  cases.push(sms('signature missing', text('hola'), { sign: 'none' }));
  cases.push(sms('signature wrong', text('hola'), { sign: 'wrong' }));
  cases.push(sms('signature empty', text('hola'), { sign: 'empty' }));
  cases.push(sms('signature for another URL (Host header spoof)', text('hola'), { sign: 'other-url', headers: { host: 'bench.waypoint.invalid' } }));
  cases.push(sms('signature 8 KB long', text('hola'), { sign: 'long' }));
  const signed = smsBody({ Body: 'hola' });
  const tampered = sms('signature over other parameters (tampered body)', signed);
  cases.push({ ...tampered, body: signed.replace('hola', 'STOP') });
  cases.push(wa('signature missing', waText('hola'), { sign: 'none' }));
  cases.push(wa('signature sha1= prefix', waText('hola'), { sign: 'sha1' }));
  cases.push(wa('signature upper-case hex', waText('hola'), { sign: 'upper' }));
  cases.push(wa('signature truncated', waText('hola'), { sign: 'short' }));
  // replayed and concurrent duplicates
  const replay = text('ayuda');
  cases.push(sms('replayed duplicate', replay), sms('replayed duplicate', replay));
  cases.push(sms('concurrent duplicates', text('ayuda'), { copies: 20 }));
  const waDup = waText('hola');
  cases.push(wa('replayed duplicate', waDup), wa('replayed duplicate', waDup));
  const webDup = webText('hola');
  cases.push(web('replayed duplicate', webDup), web('replayed duplicate', webDup));
  cases.push({ ...web('concurrent duplicates', webText('hola')), copies: 20 });
  // methods and the WhatsApp subscription check
  cases.push({ ...sms('wrong method', text('hola')), method: 'PUT' });
  const get = (cls: string, query: string): FuzzCase => ({ class: cls, endpoint: 'GET /webhooks/whatsapp', method: 'GET', path: `/webhooks/whatsapp?${query}`, headers: {}, body: '' });
  cases.push(get('subscription check: wrong token', 'hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1'));
  cases.push(get('subscription check: missing fields', 'hub.mode=subscribe'));
  cases.push(get('subscription check: arrays for strings', `hub.mode=subscribe&hub.verify_token=${WHATSAPP.verifyToken}&hub.verify_token=x&hub.challenge[]=1`));
  cases.push(get('subscription check: huge challenge', `hub.mode=subscribe&hub.verify_token=${WHATSAPP.verifyToken}&hub.challenge=${'9'.repeat(6000)}`));
  cases.push(get('subscription check: control characters', `hub.mode=subscribe&hub.verify_token=${WHATSAPP.verifyToken}&hub.challenge=%00%1b%E2%80%AE<script>`));
  return cases;
}

export async function runFuzz(s: ServerChild): Promise<FuzzOutcome[]> {
  const out: FuzzOutcome[] = [];
  for (const c of fuzzCases()) {
    const sends = Array.from({ length: c.copies ?? 1 }, () =>
      post(s.url, c.path, c.body, c.headers, c.method ?? 'POST').catch((e: Error) => ({ status: -1, body: e.message })),
    );
    const rs = await Promise.all(sends);
    const replies = c.endpoint.startsWith('POST /webhooks/twilio')
      ? rs.filter((r) => twimlMessages(r.body).length > 0).length
      : c.endpoint === 'POST /web/messages'
        ? rs.filter((r) => r.status === 200 && r.body.includes('"messages":[{')).length
        : 0;
    out.push({ class: c.class, endpoint: c.endpoint, statuses: rs.map((r) => r.status), replies });
  }
  return out;
}
