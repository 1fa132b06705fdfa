// The trainers' page and its JSON API, over HTTP against the real Express app: off without
// TRAINER_TOKEN, the token check and its lockout, validation, a whole practice handoff (start,
// the desk's "Claim it first.", claim, replies, close, debrief and its exports), a harmful run
// scoring lower, walk mode, and isolation: a web rehearsal leaves every table's row count as it was.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createHttpApp, listen } from '../../src/server.ts';
import { debrief, loadPersonas, replay } from '../../src/rehearsal/index.ts';
import { OUTCOMES } from '../../src/handoff/types.ts';
import { OFF_MESSAGE } from '../../src/rehearsal/web/index.ts';
import type { CloseResponse, SetupResponse, StepResponse, WalkResponse } from '../../src/rehearsal/web/api.ts';
import { openTestApp, tableRowCounts, type TestApp } from '../support/app.ts';

const TOKEN = 'trainer-token-for-tests-0123456789';
const SCRIPTS = join(import.meta.dirname, 'scripts');
const script = (name: string): string[] => parse(readFileSync(join(SCRIPTS, name), 'utf8')) as string[];
const urlOf = (s: Server): string => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** One request; `token: null` sends no Authorization header. */
async function call<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  opts: { body?: unknown; raw?: string; type?: string; token?: string | null; auth?: string } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  const token = opts.token === undefined ? TOKEN : opts.token;
  if (opts.auth) headers.authorization = opts.auth;
  else if (token !== null) headers.authorization = `Bearer ${token}`;
  const payload = opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined);
  if (payload !== undefined) headers['content-type'] = opts.type ?? 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
  const text = await res.text();
  let body: unknown = text;
  if (res.headers.get('content-type')?.includes('application/json')) body = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: body as T, text };
}

describe('TRAINER_TOKEN', () => {
  it('is optional; a short one stops start-up naming the variable and never repeating it', () => {
    expect(loadConfig({}).trainerToken).toBeUndefined();
    expect(loadConfig({ TRAINER_TOKEN: '' }).trainerToken).toBeUndefined();
    expect(loadConfig({ TRAINER_TOKEN: TOKEN }).trainerToken).toBe(TOKEN);
    expect(() => loadConfig({ TRAINER_TOKEN: 'short-secret' })).toThrow(ConfigError);
    try {
      loadConfig({ TRAINER_TOKEN: 'short-secret' });
    } catch (e) {
      expect((e as Error).message).toMatch(/TRAINER_TOKEN must be at least 16 characters/);
      expect((e as Error).message).not.toContain('short-secret');
    }
  });
});

describe('/rehearse without TRAINER_TOKEN', () => {
  let t: TestApp;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    t = await openTestApp();
    server = await listen(createHttpApp(t.app), 0);
    base = urlOf(server);
  });
  afterAll(async () => {
    server?.close();
    await t?.close();
  });

  it.each([
    ['GET', '/rehearse'],
    ['GET', '/rehearse/'],
    ['GET', '/rehearse/rehearse.js'],
    ['GET', '/rehearse/api/personas'],
    ['POST', '/rehearse/api/practice'],
    ['POST', '/rehearse/api/walk'],
  ])('%s %s answers 404 with one plain line', async (method, path) => {
    const r = await call(base, method, path, method === 'POST' ? { body: { persona: 'farm-worker-pay-deductions' } } : {});
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(r.text).toBe(`${OFF_MESSAGE}\n`);
    expect(OFF_MESSAGE).toBe('Rehearsal on the web is off until TRAINER_TOKEN is set.');
  });

  it('leaves the web chat alone', async () => {
    expect((await call(base, 'GET', '/')).status).toBe(200);
  });
});

describe('/rehearse with TRAINER_TOKEN', () => {
  let t: TestApp;
  let server: Server;
  let base: string;
  const personas = loadPersonas();

  beforeAll(async () => {
    t = await openTestApp({ env: { TRAINER_TOKEN: TOKEN } });
    server = await listen(createHttpApp(t.app), 0);
    base = urlOf(server);
  });
  afterAll(async () => {
    server?.close();
    await t?.close();
  });

  async function start(persona: string, lang: string): Promise<StepResponse> {
    const r = await call<StepResponse>(base, 'POST', '/rehearse/api/practice', { body: { persona, lang } });
    expect(r.status).toBe(201);
    return r.body;
  }

  /** Start, claim, write every line, close: what a trainee does on the page. */
  async function practise(persona: string, lang: string, lines: string[], outcome: string): Promise<{ steps: StepResponse[]; close: CloseResponse; id: string }> {
    const started = await start(persona, lang);
    const id = started.room.id;
    const steps: StepResponse[] = [started];
    const claimed = await call<StepResponse>(base, 'POST', `/rehearse/api/practice/${id}/claim`);
    expect(claimed.status).toBe(200);
    steps.push(claimed.body);
    for (const text of lines) {
      const r = await call<StepResponse>(base, 'POST', `/rehearse/api/practice/${id}/reply`, { body: { text } });
      expect(r.status).toBe(200);
      steps.push(r.body);
    }
    const closed = await call<CloseResponse>(base, 'POST', `/rehearse/api/practice/${id}/close`, { body: { outcome } });
    expect(closed.status).toBe(200);
    return { steps, close: closed.body, id };
  }

  describe('the page', () => {
    it('is static (no data in it) with a strict policy, no cookie and no cache', async () => {
      const r = await call(base, 'GET', '/rehearse', { token: null });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('set-cookie')).toBeNull();
      expect(r.text).toContain('type="password"');
      expect(r.text).toMatch(/<title>Practice/);
      for (const p of personas.personas.values()) {
        expect(r.text).not.toContain(p.id);
        expect(r.text).not.toMatch(new RegExp(`\\b${p.name}\\b`, 'u'));
      }
      expect(r.text).not.toMatch(/<script>|<script [^>]*>[^<]|\son[a-z]+=|style=/);
      expect(r.text).not.toMatch(/https?:\/\//);
    });

    it('serves its script and stylesheet from the same origin, and nothing else under /rehearse', async () => {
      const js = await call(base, 'GET', '/rehearse/rehearse.js', { token: null });
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(js.text).not.toMatch(/localStorage|sessionStorage|document\.cookie|innerHTML|https?:\/\//);
      const css = await call(base, 'GET', '/rehearse/rehearse.css', { token: null });
      expect(css.status).toBe(200);
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);
      expect(css.text).not.toMatch(/@import|url\(/);
      expect((await call(base, 'GET', '/rehearse/other', { token: null })).status).toBe(404);
    });
  });

  describe('the token', () => {
    it('is asked for on every API call: none, another scheme or a wrong one is 401 with a short JSON error', async () => {
      for (const opts of [{ token: null }, { auth: `Basic ${Buffer.from(`trainer:${TOKEN}`).toString('base64')}` }, { token: `${TOKEN}x` }, { token: TOKEN.slice(0, -1) }]) {
        const r = await call<{ error: string; message: string }>(base, 'GET', '/rehearse/api/personas', opts);
        expect(r.status).toBe(401);
        expect(r.body.error).toBe('unauthorized');
        expect(r.body.message.length).toBeLessThan(60);
        expect(r.text).not.toContain('Marisol');
      }
      // Refused before anything else, even for a path that does not exist or a bad body.
      expect((await call(base, 'POST', '/rehearse/api/practice', { token: 'wrong-token-000000', body: {} })).status).toBe(401);
      expect((await call(base, 'GET', '/rehearse/api/nothing', { token: null })).status).toBe(401);
    });

    it('the right one lists the personas, the outcome codes and the walk languages', async () => {
      const r = await call<SetupResponse>(base, 'GET', '/rehearse/api/personas');
      expect(r.status).toBe(200);
      expect(r.body.personas).toHaveLength(personas.personas.size);
      const andres = r.body.personas.find((p) => p.id === 'farm-worker-pay-deductions')!;
      expect(andres).toMatchObject({ name: 'Andrés', scenario: 2, channel: expect.any(String) });
      expect(andres.languages.map((l) => l.code)).toEqual(['es', 'en']);
      expect(andres.languages[0]).toEqual({ code: 'es', name: 'Spanish', native: 'Español', dir: 'ltr' });
      const youssef = r.body.personas.find((p) => p.id === 'man-no-safe-bed-tonight')!;
      expect(youssef.languages[0]!.dir).toBe('rtl');
      expect(r.body.outcomes.map((o) => o.value)).toEqual([...OUTCOMES]);
      expect(r.body.outcomes[1]).toEqual({ value: 'referral_legal', label: 'Referral legal' });
      expect(r.body.languages.map((l) => l.code)).toContain('fr');
      expect(r.headers.get('cache-control')).toBe('no-store');
    });

    it('a run of wrong tokens locks every token out for a while (a fresh HTTP app, its own counter)', async () => {
      const other = await listen(createHttpApp(t.app), 0);
      try {
        const b = urlOf(other);
        for (let i = 0; i < 9; i++) expect((await call(b, 'GET', '/rehearse/api/personas', { token: `guess-${i}-0123456789` })).status).toBe(401);
        expect((await call(b, 'GET', '/rehearse/api/personas')).status).toBe(200);
        expect((await call(b, 'GET', '/rehearse/api/personas', { token: 'guess-9-0123456789' })).status).toBe(401);
        const locked = await call<{ error: string }>(b, 'GET', '/rehearse/api/personas');
        expect(locked.status).toBe(429);
        expect(locked.body.error).toBe('locked');
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
        // The page itself still loads; only the API waits.
        expect((await call(b, 'GET', '/rehearse', { token: null })).status).toBe(200);
        expect(t.logs()).toContain('rehearse_token_lockout');
      } finally {
        other.close();
      }
      // Another HTTP app is not locked by this one's counter.
      expect((await call(base, 'GET', '/rehearse/api/personas')).status).toBe(200);
    });
  });

  describe('validation', () => {
    it('a bad body is 400 naming the field', async () => {
      const cases: [string, string, unknown, string][] = [
        ['POST', '/rehearse/api/practice', {}, 'persona'],
        ['POST', '/rehearse/api/practice', { persona: 7 }, 'persona'],
        ['POST', '/rehearse/api/practice', { persona: '../etc/passwd' }, 'persona'],
        ['POST', '/rehearse/api/practice', { persona: 'farm-worker-pay-deductions', lang: 'Spanish' }, 'lang'],
        ['POST', '/rehearse/api/practice', { persona: 'farm-worker-pay-deductions', admin: true }, 'admin'],
        ['POST', '/rehearse/api/walk', { lang: 'fr' }, 'inputs'],
        ['POST', '/rehearse/api/walk', { lang: 'fr', inputs: ['ok', 3] }, 'inputs.1'],
        ['POST', '/rehearse/api/walk', { lang: 'fr', inputs: Array.from({ length: 201 }, () => '1') }, 'inputs'],
        ['POST', '/rehearse/api/walk', { lang: 'xx', inputs: [] }, 'lang'],
        ['POST', '/rehearse/api/walk', [], 'body'],
      ];
      for (const [method, path, body, field] of cases) {
        const r = await call<{ error: string; field: string; message: string }>(base, method, path, { body });
        expect(r.status, JSON.stringify(body)).toBe(400);
        expect(r.body.error).toBe('invalid_request');
        expect(r.body.field).toBe(field);
        expect(r.body.message.startsWith(`${field}:`)).toBe(true);
      }
      const { room } = await start('farm-worker-pay-deductions', 'es');
      const missing = await call<{ field: string }>(base, 'POST', `/rehearse/api/practice/${room.id}/reply`, { body: { message: 'hola' } });
      expect([missing.status, missing.body.field]).toEqual([400, 'text']);
      const extra = await call<{ field: string }>(base, 'POST', `/rehearse/api/practice/${room.id}/reply`, { body: { text: 'hola', message: 'hola' } });
      expect([extra.status, extra.body.field]).toEqual([400, 'message']);
      const text = await call<{ field: string }>(base, 'POST', `/rehearse/api/practice/${room.id}/reply`, { body: { text: ['hola'] } });
      expect([text.status, text.body.field]).toEqual([400, 'text']);
      const outcome = await call<{ field: string; message: string }>(base, 'POST', `/rehearse/api/practice/${room.id}/close`, { body: { outcome: 'solved' } });
      expect([outcome.status, outcome.body.field]).toEqual([400, 'outcome']);
      expect(outcome.body.message).toContain('referral_legal');
    });

    it('JSON only, at most 16 KB, and a practice id that is one', async () => {
      const plain = await call(base, 'POST', '/rehearse/api/practice', { raw: 'persona=farm-worker-pay-deductions', type: 'text/plain' });
      expect(plain.status).toBe(415);
      const broken = await call<{ error: string }>(base, 'POST', '/rehearse/api/practice', { raw: '{"persona":' });
      expect([broken.status, broken.body.error]).toEqual([400, 'malformed_body']);
      const big = await call<{ error: string }>(base, 'POST', '/rehearse/api/walk', { body: { lang: 'en', inputs: ['x'.repeat(4000), 'x'.repeat(4000), 'x'.repeat(4000), 'x'.repeat(4000), 'x'.repeat(1000)] } });
      expect([big.status, big.body.error]).toEqual([413, 'too_large']);
      expect(big.text).not.toContain('xxxx');
      const badId = await call<{ field: string }>(base, 'POST', '/rehearse/api/practice/not-an-id/claim');
      expect([badId.status, badId.body.field]).toEqual([400, 'id']);
      const gone = await call<{ error: string; message: string }>(base, 'POST', '/rehearse/api/practice/3b241101-e2bb-4255-8caf-4136c566a962/claim');
      expect(gone.status).toBe(404);
      expect(gone.body).toEqual({ error: 'not_found', message: 'No such practice (it may have expired). Start a new one.' });
    });

    it('the rehearsal and the desk refuse with their own words (4xx)', async () => {
      const unknown = await call<{ message: string }>(base, 'POST', '/rehearse/api/practice', { body: { persona: 'nobody-here' } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toBe('unknown persona "nobody-here"');
      const lang = await call<{ message: string }>(base, 'POST', '/rehearse/api/practice', { body: { persona: 'farm-worker-pay-deductions', lang: 'zh' } });
      expect(lang.status).toBe(400);
      expect(lang.body.message).toContain('is not written in "zh"');
      const { room } = await start('farm-worker-pay-deductions', 'es');
      const early = await call<{ error: string; message: string }>(base, 'POST', `/rehearse/api/practice/${room.id}/close`, { body: { outcome: 'other' } });
      expect([early.status, early.body.message]).toEqual([409, 'Claim it first.']);
      const noDebrief = await call<{ message: string }>(base, 'GET', `/rehearse/api/practice/${room.id}/debrief.md`);
      expect(noDebrief.status).toBe(409);
      expect(noDebrief.body.message).toMatch(/Close the handoff first/);
      await call(base, 'POST', `/rehearse/api/practice/${room.id}/claim`);
      const twice = await call<{ error: string }>(base, 'POST', `/rehearse/api/practice/${room.id}/claim`);
      expect([twice.status, twice.body.error]).toEqual([409, 'already_claimed']);
      const empty = await call<{ error: string; message: string }>(base, 'POST', `/rehearse/api/practice/${room.id}/reply`, { body: { text: '   ' } });
      expect([empty.status, empty.body.message]).toEqual([400, 'Nothing to send.']);
      const long = await call<{ message: string }>(base, 'POST', `/rehearse/api/practice/${room.id}/reply`, { body: { text: 'a'.repeat(4001) } });
      expect([long.status, long.body.message]).toEqual([400, 'Too long: at most 4000 characters.']);
      expect((await call(base, 'DELETE', `/rehearse/api/practice/${room.id}`)).status).toBe(204);
      expect((await call(base, 'POST', `/rehearse/api/practice/${room.id}/claim`)).status).toBe(404);
    });
  });

  describe('a practice handoff', () => {
    it('start → "Claim it first." → claim → good practice → close with an outcome → the debrief and its exports', async () => {
      const lines = script('farm-worker-pay-deductions.es.good.yaml');
      const started = await start('farm-worker-pay-deductions', 'es');
      const id = started.room.id;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      // The card as a console shows it, and what the contact saw before: the consent, with English beside.
      expect(started.room.card).toMatchObject({ handle: 'PRACTICE', lang: 'es', channel: 'sms', state: 'queued' });
      expect(started.room.summary).toBe('Contact PRACTICE · Spanish · SMS · waiting 0 min');
      expect(started.room.state).toBeNull();
      expect(started.room.persona).toMatchObject({ id: 'farm-worker-pay-deductions', name: 'Andrés', lang: { code: 'es', dir: 'ltr' } });
      expect(started.messages.map((m) => (m.type === 'assistant' ? m.key : m.type))).toEqual(['person-what-they-see', 'person-deleted', 'person-child', 'person-confirm', 'person-requested', 'person-options', 'person-reply-held', 'person-after-hours']);
      for (const m of started.messages) {
        expect(m).toMatchObject({ type: 'assistant', lang: 'es', dir: 'ltr', practice: true });
        if (m.type === 'assistant') expect(m.source).not.toBe(m.text);
      }
      expect(started.messages[0]!.type === 'assistant' && started.messages[0]!.source).toMatch(/Not police/);

      const early = await call<{ error: string; message: string }>(base, 'POST', `/rehearse/api/practice/${id}/reply`, { body: { text: lines[0] } });
      expect(early.status).toBe(409);
      expect(early.body).toEqual({ error: 'not_allowed', message: 'Claim it first.' });

      const claimed = await call<StepResponse>(base, 'POST', `/rehearse/api/practice/${id}/claim`);
      expect(claimed.status).toBe(200);
      expect(claimed.body.room.state).toBe('Claimed by you (practice)');
      expect(claimed.body.messages[0]).toMatchObject({ type: 'assistant', key: 'handoff-claimed' });
      expect(claimed.body.messages[1]).toMatchObject({ type: 'persona', name: 'Andrés', lang: 'es', practice: true });

      const events: string[] = [];
      for (const text of lines) {
        const r = await call<StepResponse>(base, 'POST', `/rehearse/api/practice/${id}/reply`, { body: { text } });
        expect(r.status).toBe(200);
        expect(r.body.messages.length).toBeGreaterThan(0);
        for (const m of r.body.messages) expect(m).toMatchObject({ type: 'persona', practice: true, dir: 'ltr' });
        events.push(...r.body.events.map((e) => e.type));
      }
      expect(events).toContain('trust_changed');
      expect(events).toContain('fact_revealed');
      expect(events).not.toContain('persona_withdrew');

      const closed = await call<CloseResponse>(base, 'POST', `/rehearse/api/practice/${id}/close`, { body: { outcome: 'referral_legal' } });
      expect(closed.status).toBe(200);
      const d = closed.body.debrief;
      const expected = debrief(replay(personas.personas.get('farm-worker-pay-deductions')!, 'es', lines).session, { closedAs: 'referral_legal' });
      expect(d).toEqual(expected);
      expect(d.score).toBeGreaterThanOrEqual(8);
      expect(d).toMatchObject({ max: 11, closedAs: 'referral_legal', persona: 'farm-worker-pay-deductions', lang: 'es' });
      const introduced = d.items.find((i) => i.id === 'introduced')!;
      expect(introduced.status).toBe('passed');
      expect(introduced.evidence[0]).toEqual({ turn: 1, line: lines[0] });
      expect(closed.body.room.card.state).toBe('closed');
      expect(closed.body.room.state).toBe('Closed by you (practice) · outcome: Referral legal');
      expect(closed.body.messages).toMatchObject([{ type: 'assistant', key: 'handoff-closed' }]);
      expect(closed.body.exports.basename).toBe('rehearsal-debrief-farm-worker-pay-deductions-es');
      expect(closed.body.exports.markdown).toContain(`Score ${d.score} of 11.`);
      expect(closed.body.exports.html).toContain('<h1>Rehearsal debrief (practice)</h1>');

      // Closed is closed.
      expect((await call<{ message: string }>(base, 'POST', `/rehearse/api/practice/${id}/reply`, { body: { text: 'hola' } })).status).toBe(409);
      expect((await call(base, 'POST', `/rehearse/api/practice/${id}/close`, { body: { outcome: 'other' } })).status).toBe(409);

      // The exports as files, for whoever holds the token.
      const md = await call(base, 'GET', `/rehearse/api/practice/${id}/debrief.md`);
      expect(md.status).toBe(200);
      expect(md.headers.get('content-type')).toMatch(/^text\/markdown; charset=utf-8/);
      expect(md.headers.get('content-disposition')).toMatch(/^attachment; filename="?rehearsal-debrief-farm-worker-pay-deductions-es\.md"?$/);
      expect(md.text).toBe(closed.body.exports.markdown);
      const html = await call(base, 'GET', `/rehearse/api/practice/${id}/debrief.html`);
      expect(html.status).toBe(200);
      expect(html.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
      expect(html.headers.get('content-disposition')).toMatch(/^attachment; filename="?rehearsal-debrief-farm-worker-pay-deductions-es\.html"?$/);
      expect(html.text).toBe(closed.body.exports.html);
      expect((await call(base, 'GET', `/rehearse/api/practice/${id}/debrief.md`, { token: null })).status).toBe(401);
      expect((await call(base, 'GET', `/rehearse/api/practice/${id}/debrief.txt`)).status).toBe(404);
    });

    it('a harmful run scores lower: breaches quote the trainee, the person withdraws', async () => {
      const good = await practise('farm-worker-pay-deductions', 'es', script('farm-worker-pay-deductions.es.good.yaml'), 'information_given');
      const badLines = script('farm-worker-pay-deductions.es.bad.yaml');
      const bad = await practise('farm-worker-pay-deductions', 'es', badLines, 'no_response');
      expect(bad.close.debrief.score).toBeLessThanOrEqual(2);
      expect(good.close.debrief.score - bad.close.debrief.score).toBeGreaterThanOrEqual(6);
      const breached = bad.close.debrief.items.filter((i) => i.status === 'breached');
      expect(breached.length).toBeGreaterThan(0);
      for (const item of breached) for (const e of item.evidence) expect(badLines).toContain(e.line);
      expect(bad.steps.flatMap((s) => s.events.map((e) => e.type))).toContain('persona_withdrew');
      expect(bad.close.debrief.closedAs).toBe('no_response');
    });

    it('an Arabic persona is right to left, and what a trainee types is returned as text, never markup', async () => {
      const started = await start('man-no-safe-bed-tonight', 'ar');
      expect(started.room.persona.lang).toMatchObject({ code: 'ar', dir: 'rtl' });
      expect(started.messages.every((m) => m.dir === 'rtl')).toBe(true);
      const id = started.room.id;
      const claimed = await call<StepResponse>(base, 'POST', `/rehearse/api/practice/${id}/claim`);
      expect(claimed.body.messages.find((m) => m.type === 'persona')).toMatchObject({ dir: 'rtl', lang: 'ar', practice: true });
      const line = 'اسمي آنا <img src=x onerror=alert(1)> هل أنت في أمان؟';
      expect((await call(base, 'POST', `/rehearse/api/practice/${id}/reply`, { body: { text: line } })).status).toBe(200);
      const closed = await call<CloseResponse>(base, 'POST', `/rehearse/api/practice/${id}/close`, { body: { outcome: 'referral_shelter' } });
      const quoted = closed.body.debrief.items.flatMap((i) => i.evidence.map((e) => e.line));
      expect(quoted).toContain(line);
      expect(closed.body.exports.html).not.toContain('<img');
      expect(closed.body.exports.html).toContain('&lt;img');
    });
  });

  describe('walk mode', () => {
    it('replays the real flows from the lines so far: key, English source and review status of each message', async () => {
      const first = await call<WalkResponse>(base, 'POST', '/rehearse/api/walk', { body: { lang: 'fr', inputs: [''] } });
      expect(first.status).toBe(200);
      expect(first.body.turns).toHaveLength(1);
      const opening = first.body.turns[0]!.outputs;
      expect(opening.length).toBeGreaterThan(0);
      for (const o of opening) {
        expect(o).toMatchObject({ type: 'assistant', lang: 'fr', dir: 'ltr', key: expect.any(String), source: expect.any(String) });
        expect(['draft', 'reviewed']).toContain(o.status);
      }
      const choice = opening.find((o) => o.choices?.length)!.choices![0]!;
      const second = await call<WalkResponse>(base, 'POST', '/rehearse/api/walk', { body: { lang: 'fr', inputs: ['', `#${choice.id}`] } });
      expect(second.body.turns).toHaveLength(2);
      // Stateless: the first turn replays exactly.
      expect(second.body.turns[0]).toEqual(first.body.turns[0]);
      expect(second.body.turns[1]!.input).toBe(`#${choice.id}`);
      expect(second.body.turns[1]!.outputs.length).toBeGreaterThan(0);

      const ar = await call<WalkResponse>(base, 'POST', '/rehearse/api/walk', { body: { lang: 'ar', inputs: [''] } });
      expect(ar.body.turns[0]!.outputs.every((o) => o.dir === 'rtl' && o.lang === 'ar')).toBe(true);

      // Effects are named, never carried out.
      const erase = await call<WalkResponse>(base, 'POST', '/rehearse/api/walk', { body: { lang: 'en', inputs: ['', 'ERASE'] } });
      expect(erase.status).toBe(200);
      expect(erase.body.turns[1]!.outputs.map((o) => o.key).join(' ')).toMatch(/erase/);
    });
  });

  describe('isolation', () => {
    it('a whole web rehearsal leaves every table row count unchanged, and no trainee line in the logs', async () => {
      // Something in the store first, so "unchanged" is not "empty".
      await call(base, 'POST', '/web/messages', {
        token: null,
        body: { sessionId: 'AAAAAAAAAAAAAAAAAAAAAAAA', clientMessageId: 'abcdefgh', text: 'hello' },
      });
      const before = await tableRowCounts(t.app.store);
      expect(Object.values(before).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      const lines = script('caregiver-passport-held.tl.good.yaml');
      const { id } = await practise('caregiver-passport-held', 'tl', lines, 'referral_legal');
      await call(base, 'GET', `/rehearse/api/practice/${id}/debrief.md`);
      await call(base, 'GET', `/rehearse/api/practice/${id}/debrief.html`);
      await call(base, 'POST', '/rehearse/api/walk', { body: { lang: 'tl', inputs: ['', '#safe', 'kinuha ang passport ko', 'ERASE'] } });
      await call(base, 'DELETE', `/rehearse/api/practice/${id}`);
      expect(await tableRowCounts(t.app.store)).toEqual(before);
      const logs = t.logs();
      for (const l of lines) expect(logs).not.toContain(l);
      expect(logs).not.toContain('kinuha ang passport');
      expect(logs).not.toContain(TOKEN);
    });
  });
});
