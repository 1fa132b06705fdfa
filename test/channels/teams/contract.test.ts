// Teams against the shared channel contract, with the SDK's token validation ON: the SDK is
// pointed (its `cloud` setting) at a local OpenID key set, so tokens signed here with a local
// RSA key are accepted, and forged (another key), missing and expired ones are refused by the
// SDK's own JWT checks. Later sends go through the outbox's TeamsSender to a fake Bot Connector
// on loopback, to the conversation reference kept (encrypted) from the contact's message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import express from 'express';
import { expect } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { openApp } from '../../../src/app.ts';
import { listen } from '../../../src/server.ts';
import { mountTeams } from '../../../src/channels/teams/index.ts';
import { channelSenders, createOutbox } from '../../../src/channels/index.ts';
import { teamsReplyAddress } from '../../../src/channels/teams/sender.ts';
import { createLogger } from '../../../src/privacy/logger.ts';
import { encrypt } from '../../../src/privacy/fieldCrypto.ts';
import { loadOrCreateSecrets } from '../../../src/privacy/secrets.ts';
import { insertOutbox } from '../../../src/store/queries/insertOutbox.ts';
import { channelContract, logSink, TestClock, type ContractHarness, type Delivery } from '../contract.ts';
import { createDatabase } from '../../support/stores.ts';

const CLIENT_ID = 'contract-app';
const ISSUER = 'https://api.botframework.com';
const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
/** The bot's own outgoing token (the fake connector does not check it). */
const BOT_TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: ISSUER, appid: CLIENT_ID, exp: 4102444800 })}.x`;

function jwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const head = b64({ alg: 'RS256', typ: 'JWT', kid });
  const body = b64(claims);
  const sig = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
  return `${head}.${body}.${sig}`;
}

interface Call {
  conversationId: string;
  activity: Record<string, unknown>;
}

/** A Bot Connector on loopback: records activities, fails (or drops) the next calls when told. */
async function fakeConnector(): Promise<{ url: string; calls: Call[]; failNext(s: number | 'drop', times?: number): void; close(): Promise<void> }> {
  const calls: Call[] = [];
  const failures: (number | 'drop')[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities\/?$/.exec((req.url ?? '').split('?')[0]!);
      const fail = failures.shift();
      if (fail === 'drop') return void req.socket.destroy();
      res.setHeader('content-type', 'application/json');
      if (fail !== undefined) return void res.writeHead(fail).end(JSON.stringify({ error: { code: 'Fake' } }));
      if (!m || req.method !== 'POST') return void res.writeHead(404).end('{}');
      calls.push({ conversationId: decodeURIComponent(m[1]!), activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> });
      res.writeHead(201).end(JSON.stringify({ id: `sent-${++n}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    failNext(s, times = 1) {
      for (let i = 0; i < times; i++) failures.push(s);
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

let seq = 0;
async function startTeams(): Promise<ContractHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-teamsc-'));
  const sink = logSink();
  const logger = createLogger({ level: 'debug', destination: sink.stream });
  // Its own database on the server: contract files run side by side, and the contract counts every table's rows.
  const db = process.env.DATABASE_URL ? await createDatabase() : null;
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    TEAMS_CLIENT_ID: CLIENT_ID,
    ...(db ? { DATABASE_URL: db.url } : {}),
  });
  const app = await openApp(config, { logger, memoryStore: !process.env.DATABASE_URL });

  // The signing keys: ours (published), and another one (a forger's), both claiming kid "k1".
  const good = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const bad = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keys = express();
  keys.get('/v1/.well-known/keys', (_req, res) => {
    res.json({ keys: [{ ...good.publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' }] });
  });
  const keyServer = await listen(keys, 0);
  const keysUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}`;
  const cloud = {
    loginEndpoint: keysUrl,
    loginTenant: 'botframework.com',
    botScope: `${ISSUER}/.default`,
    tokenServiceUrl: keysUrl,
    openIdMetadataUrl: `${keysUrl}/v1/.well-known/openidconfiguration`,
    tokenIssuer: ISSUER,
    graphScope: 'https://graph.microsoft.com/.default',
  };

  const connector = await fakeConnector();
  const http = express();
  await mountTeams(http, app, { clientId: CLIENT_ID, token: () => BOT_TOKEN, cloud });
  const server = await listen(http, 0);
  const clock = new TestClock();
  const outbox = createOutbox(app, { now: clock.now, senders: channelSenders(app, { teamsToken: () => BOT_TOKEN }) });
  const enc = loadOrCreateSecrets(dataDir, config).encryptionKeys;
  const conv = (address: string): string => `a:personal-${address}`;
  const token = (d: Delivery, key: KeyObject, expSeconds: number): Record<string, string> => {
    let serviceUrl = connector.url;
    try {
      serviceUrl = (JSON.parse(d.body) as { serviceUrl?: string }).serviceUrl ?? serviceUrl;
    } catch {
      /* a malformed body: sign it anyway */
    }
    const now = Math.floor(Date.now() / 1000);
    return { authorization: `Bearer ${jwt(key, 'k1', { iss: ISSUER, aud: CLIENT_ID, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + expSeconds })}` };
  };
  const activity = (p: { id: string; from: string; text: string }): Record<string, unknown> => ({
    type: 'message',
    id: p.id,
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: p.from, name: 'Contact' },
    recipient: { id: `28:${CLIENT_ID}`, name: 'Waypoint' },
    conversation: { id: conv(p.from), conversationType: 'personal', tenantId: 'test-tenant' },
    text: p.text,
  });
  const post = async (d: Delivery, headers: Record<string, string>): Promise<number> => {
    const res = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': d.contentType, ...headers }, body: d.body });
    await res.arrayBuffer();
    return res.status;
  };
  const sentTo = (address: string): Call[] => connector.calls.filter((c) => c.conversationId === conv(address));

  const h: ContractHarness = {
    app,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    path: '/api/messages',
    logs: sink.text,
    platform: connector,
    outbox,
    clock,
    newId: () => `1:${randomBytes(12).toString('base64url')}`,
    newAddress: () => `29:contact-${process.pid}-${++seq}-${randomBytes(6).toString('base64url')}`,
    message: (p) => ({ body: JSON.stringify(activity(p)), contentType: 'application/json' }),
    sign: (d) => token(d, good.privateKey, 3600),
    forge: (d) => token(d, bad.privateKey, 3600),
    // Expired an hour ago: beyond the SDK's five-minute clock tolerance.
    stale: (d) => token(d, good.privateKey, -3600),
    malformed: () => {
      const ok = activity({ id: h.newId(), from: h.newAddress(), text: 'hi' });
      const { id: _id, ...noId } = ok;
      return [
        { body: '{not json', contentType: 'application/json' },
        { body: JSON.stringify(noId), contentType: 'application/json' },
        { body: JSON.stringify({ ...ok, serviceUrl: 'not a url' }), contentType: 'application/json' },
        { body: JSON.stringify({ ...ok, conversation: undefined }), contentType: 'application/json' },
      ];
    },
    // A reply is a run of activities; a second reply repeats its first one.
    replies: async (address) => {
      const calls = sentTo(address);
      if (calls.length === 0) return 0;
      const first = JSON.stringify(calls[0]!.activity);
      return calls.filter((c) => JSON.stringify(c.activity) === first).length;
    },
    queueReply: async (address) => {
      const d = h.message({ id: h.newId(), from: address, text: 'hello' });
      expect(await post(d, h.sign(d))).toBe(200);
      await app.store.tx((q) =>
        insertOutbox(q, {
          contactKey: app.conversations.keyOf('teams', address),
          channel: 'teams',
          inboxId: null,
          payload: { outputs: [{ key: 'person-requested', lang: 'en' }] },
          addressEnc: encrypt(enc, teamsReplyAddress({ serviceUrl: connector.url, conversationId: conv(address), userId: address })),
          status: 'pending',
          now: new Date(),
        }),
      );
      // Only what the outbox sends from here on counts.
      connector.calls.splice(0, connector.calls.length, ...connector.calls.filter((c) => c.conversationId !== conv(address)));
    },
    sentTo: (address) => sentTo(address).length,
    close: async () => {
      await outbox.stop();
      server.close();
      keyServer.close();
      await connector.close();
      await app.close();
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return h;
}

channelContract('teams', startTeams);
