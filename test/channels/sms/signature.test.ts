// Which URL the SMS signature check uses, settled with Twilio's own library (the `twilio`
// package this project depends on). Twilio's connection overrides are a fragment on the webhook
// URL (`#rc=3&rp=all`); a fragment never travels in an HTTP request, so the channel can only
// check PUBLIC_BASE_URL + the path it was posted to. What the library accepts:
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import { mountSms } from '../../../src/channels/sms/index.ts';
import type { ChannelPort } from '../../../src/channels/port.ts';
import { listen } from '../../../src/server.ts';
import { createLogger } from '../../../src/privacy/logger.ts';

const TOKEN = 'signature-test-token-00000000000';
const BASE = 'https://waypoint.example.org';
const PATH = '/webhooks/twilio';
const PLAIN = BASE + PATH;
const WITH_OVERRIDES = `${PLAIN}#rc=3&rp=all`;
const params = { MessageSid: `SM${'1'.repeat(32)}`, AccountSid: `AC${'0'.repeat(32)}`, From: '+14165550123', To: '+14165550100', Body: 'hi', NumMedia: '0' };
const sign = (url: string): string => twilio.getExpectedTwilioSignature(TOKEN, url, params);

describe("twilio's validateRequest and a webhook URL with connection overrides", () => {
  it('compares the URL exactly as given: it neither strips a fragment nor adds one', () => {
    expect(validateRequest(TOKEN, sign(WITH_OVERRIDES), WITH_OVERRIDES, params)).toBe(true);
    expect(validateRequest(TOKEN, sign(PLAIN), PLAIN, params)).toBe(true);
    // Signed with the fragment, checked without it (what a server sees): refused.
    expect(validateRequest(TOKEN, sign(WITH_OVERRIDES), PLAIN, params)).toBe(false);
    // Signed without the fragment, checked with it: refused too.
    expect(validateRequest(TOKEN, sign(PLAIN), WITH_OVERRIDES, params)).toBe(false);
  });

  it('the two signatures differ: the fragment is part of the signed string when it is given', () => {
    expect(sign(WITH_OVERRIDES)).not.toBe(sign(PLAIN));
  });
});

describe('the SMS channel checks PUBLIC_BASE_URL + path, without a fragment', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const port: ChannelPort = {
      conversations: {
        keyOf: () => 'k',
        handle: async () => ({ contactKey: 'k', outputs: [], duplicate: true, deliver: false, erased: false, silenced: false }),
        delivered: async () => undefined,
        undelivered: async () => undefined,
        sendLater: async () => undefined,
      },
      presentation: { catalog: { languages: () => ['en'], defaultLanguage: () => 'en', has: () => false } as never, dirOf: () => 'ltr', draftNoticeKey: 'draft' },
      logger: createLogger({ level: 'silent' }),
    };
    const http = express();
    mountSms(http, port, { authToken: TOKEN, publicBaseUrl: BASE, allowedCountries: ['CA', 'US'] });
    server = await listen(http, 0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
  });

  const post = async (signature: string): Promise<number> =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(params).toString() })).status;

  it('accepts a signature over the URL without the fragment', async () => {
    expect(await post(sign(PLAIN))).toBe(200);
  });

  it('refuses one over the URL with the fragment (403): a server never sees the fragment to put it back', async () => {
    expect(await post(sign(WITH_OVERRIDES))).toBe(403);
  });
});
