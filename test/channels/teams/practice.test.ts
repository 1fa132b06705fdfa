// Practice in Teams: someone on the roster writes "practice" to the bot and answers a persona
// through the handoff's rules; nobody else is offered it. Nothing of a practice reaches the
// store (every table keeps its row count) and nothing goes anywhere but the trainer's chat.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { openApp, type App } from '../../../src/app.ts';
import { listen } from '../../../src/server.ts';
import { mountTeamsWired } from '../../../src/wiring/teams.ts';
import { tableRowCounts } from '../../support/app.ts';

const ROSTER = `
coalitions:
  - id: west
    name: West
    time_zone: America/Vancouver
    hours: { mon: ["09:00-17:00"] }
staff:
  - id: tr-01
    display_name: Trainer
    role: trainer
    languages: [en, es]
    topics: []
    coalition: west
    teams_user_id: aad-trainer-1
`;
const SCRIPTS = join(import.meta.dirname, '../../rehearsal/scripts');
const script = (name: string): string[] => parse(readFileSync(join(SCRIPTS, name), 'utf8')) as string[];
const urlOf = (s: Server): string => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const BOT_TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'test-app', exp: 4102444800 })}.x`;

describe('Teams practice for people on the roster', () => {
  let dataDir: string;
  let app: App;
  let bot: Server;
  let connector: Server;
  let connectorUrl: string;
  let sent: { conversationId: string; text: string }[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-teams-practice-'));
    const rosterFile = join(dataDir, 'roster.yaml');
    writeFileSync(rosterFile, ROSTER);
    app = await openApp(loadConfig({ DATA_DIR: dataDir, ROSTER_FILE: rosterFile }), { memoryStore: true });
    const c = express();
    c.use(express.json());
    c.post('/v3/conversations/:conversationId/activities', (req, res) => {
      const body = req.body as { text?: string; attachments?: { content?: { body?: { text?: string }[] } }[] };
      const text = body.text ?? body.attachments?.[0]?.content?.body?.map((b) => b.text ?? '').join(' ') ?? '';
      sent.push({ conversationId: req.params.conversationId, text });
      res.json({ id: `sent-${sent.length}` });
    });
    connector = await listen(c, 0);
    connectorUrl = urlOf(connector);
    const http = express();
    await mountTeamsWired(http, app, { clientId: 'test-app', token: () => BOT_TOKEN, insecureSkipAuthForTests: true });
    bot = await listen(http, 0);
  });

  afterAll(async () => {
    for (const s of [bot, connector]) s?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    sent = [];
  });

  let n = 0;
  async function say(text: string, from: { id: string; aadObjectId?: string }, conversation = 'a:trainer-chat', id?: string): Promise<string[]> {
    n += 1;
    const before = sent.length;
    const res = await fetch(`${urlOf(bot)}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: id ?? `practice-activity-${n}`,
        channelId: 'msteams',
        serviceUrl: connectorUrl,
        from,
        recipient: { id: '28:test-app' },
        conversation: { id: conversation, conversationType: 'personal' },
        text,
      }),
    });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    return sent.slice(before).map((s) => s.text);
  }
  const trainer = { id: '29:trainer', aadObjectId: 'aad-trainer-1' };

  it('is not offered to someone who is not on the roster: "practice" is an ordinary message', async () => {
    const out = await say('practice', { id: '29:contact-x' }, 'a:contact-chat');
    expect(out.length).toBeGreaterThan(0);
    expect(out.join('\n')).not.toMatch(/Practice|persona/i);
  });

  async function practise(lines: string[]): Promise<{ all: string[]; debrief: string }> {
    const all: string[] = [];
    all.push(...(await say('practice farm-worker-pay-deductions es', trainer)));
    for (const l of ['claim', ...lines]) all.push(...(await say(l, trainer)));
    const end = await say('close referral_labour_standards', trainer);
    all.push(...end);
    return { all, debrief: end.at(-1)! };
  }

  it('runs a whole practice handoff in Spanish, writes no row, and a good script beats a bad one', async () => {
    const before = await tableRowCounts(app.store);

    const listing = await say('practice', trainer);
    expect(listing.join('\n')).toMatch(/farm-worker-pay-deductions \(es, en\)/);

    const start = await say('practice farm-worker-pay-deductions es', trainer);
    expect(start.join('\n')).toMatch(/Practice card.*Spanish.*SMS/);
    // The consent the contact read, in Spanish, from the real catalogue.
    expect(start.join('\n')).toMatch(/policía|policia/i);
    expect(await say('Hola, soy Ana', trainer)).toEqual(['Practice: Claim it first.']);
    const claimed = await say('claim', trainer);
    expect(claimed[0]).toMatch(/Claimed by/);
    expect(claimed.some((t) => t.startsWith('[Practice] Andrés: que es el descuento de agencia'))).toBe(true);
    // The trainer reads the English beside each persona line.
    expect(claimed.some((t) => /^\[Practice\] Andrés: que es el descuento de agencia.*\n\(English: what is the agency discount/s.test(t))).toBe(true);
    expect((await say('close nonsense', trainer))[0]).toMatch(/^Practice: Unknown outcome "nonsense"/);
    await say('practice end', trainer);

    const good = await practise(script('farm-worker-pay-deductions.es.good.yaml'));
    const bad = await practise(script('farm-worker-pay-deductions.es.bad.yaml'));
    const score = (d: string): number => Number(/Score (\d+) \/ 11\. At the end Andrés was [a-z ]+\./.exec(d)?.[1]);
    expect(score(good.debrief)).toBeGreaterThanOrEqual(8);
    expect(score(bad.debrief)).toBeLessThanOrEqual(2);
    expect(good.debrief).toMatch(/Closed as referral labour standards/);
    // The debrief quotes the trainee's own line as evidence.
    expect(bad.debrief).toContain('"Usted es victima de trata. Tiene que denunciar a la policia."');
    // Every persona line is marked practice.
    expect(good.all.filter((t) => t.includes('Andrés:')).every((t) => t.startsWith('[Practice] '))).toBe(true);
    // After close the chat is the assistant again (no practice room).
    const after = await say('hola', trainer);
    expect(after.join('\n')).not.toMatch(/^\[Practice\]/m);

    const afterCounts = await tableRowCounts(app.store);
    // The trainer's last "hola" is an ordinary turn: only the assistant's tables may move, and
    // they move by that one message. Everything the practice did left no row.
    expect(afterCounts.handoffs).toBe(before.handoffs);
    expect(afterCounts.handoff_messages).toBe(before.handoff_messages);
    expect(afterCounts.outbox).toBe(before.outbox);
    expect(afterCounts.audit_log ?? 0).toBe(before.audit_log ?? 0);
    expect(afterCounts.inbox).toBe((before.inbox ?? 0) + 1);
    expect(sent.every((s) => s.conversationId === 'a:trainer-chat')).toBe(true);
  });

  it('answers a redelivered practice activity once', async () => {
    await say('practice farm-worker-pay-deductions es', trainer);
    await say('claim', trainer);
    const first = await say('Hola, me llamo Ana. No somos policia.', trainer, 'a:trainer-chat', 'practice-redelivered-1');
    expect(first.some((t) => t.startsWith('[Practice] Andrés:'))).toBe(true);
    expect(await say('Hola, me llamo Ana. No somos policia.', trainer, 'a:trainer-chat', 'practice-redelivered-1')).toEqual([]);
    await say('practice end', trainer);
  });
});
