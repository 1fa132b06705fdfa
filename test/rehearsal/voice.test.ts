// The optional generated persona against a fake OpenAI-compatible server on loopback: it plays
// from the persona file and how the trainee's line was read (never the line itself), its lines
// are marked generated on the page, in the terminal and in the download, any failure or a slow
// reply falls back to the scripted reply, and the debrief is the same whatever the model says.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { features } from '../../src/features.ts';
import { loadContent } from '../../src/bundle.ts';
import { createLogger } from '../../src/privacy/logger.ts';
import { debrief, debriefMarkdown, loadPersonas, PracticeRooms, replay, trainee, type RehearsalSession } from '../../src/rehearsal/index.ts';
import { teamsPractice } from '../../src/rehearsal/teams.ts';
import { parseRoster } from '../../src/handoff/roster.ts';
import { runRehearse } from '../../src/rehearsal/cli.ts';
import { mountRehearsal } from '../../src/rehearsal/web/index.ts';
import type { CloseResponse, StepResponse } from '../../src/rehearsal/web/api.ts';
import { checkGenerated, MAX_GENERATED_CHARS, OpenAICompatibleVoice, voiceTurn, type PersonaVoice, type VoiceRequest, type VoiceResult } from '../../src/rehearsal/voice.ts';
import type { ChatFailure } from '../../src/understand/llm.ts';
import { logSink } from '../channels/contract.ts';
import { startFakeModel, type Behaviour, type FakeModel } from '../support/fakeModel.ts';

let fake: FakeModel;
beforeAll(async () => {
  fake = await startFakeModel();
});
afterAll(async () => {
  await fake.close();
});

const { personas } = loadPersonas();
const marisol = personas.get('caregiver-passport-held')!;
const youssef = personas.get('man-no-safe-bed-tonight')!;
// A generous budget: on a loaded machine a short one would measure the fallback instead.
const llm = (timeoutMs = 15_000) => ({ baseUrl: fake.baseUrl, model: 'test-model', timeoutMs });
const voice = (timeoutMs?: number) => new OpenAICompatibleVoice(llm(timeoutMs));
const says = (text: string, english: string): Behaviour => ({ content: JSON.stringify({ text, english }) });
const GEN_TL = says('opo, tulog na po sila ngayon. pero minsan tinitingnan ni ma\'am ang phone ko, kaya ingat po.', "yes, they are asleep now. but sometimes ma'am checks my phone, so careful.");

// A question before there is trust: a guarded answer, and nothing shared.
const SECRET_LINE = 'Ano ang pinakakinatatakutan mo? Ana-7731';

/** The scripted turn, then the same turn in the generated voice. */
async function voiced(session: RehearsalSession, line: string, onFailure?: (r: ChatFailure) => void) {
  const r = trainee(session, line);
  return { scripted: r, voiced: await voiceTurn(r, voice(), onFailure) };
}

describe('the generated persona', () => {
  it('is on only with an LLM configured, and off with REHEARSAL_LLM=false', () => {
    expect(features(loadConfig({})).rehearsalLlm).toBeNull();
    const on = { LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'm' };
    expect(features(loadConfig(on)).rehearsalLlm).toMatchObject({ model: 'm' });
    expect(features(loadConfig({ ...on, REHEARSAL_LLM: 'false' })).rehearsalLlm).toBeNull();
  });

  it('replaces the scripted reply with one marked generated, in the persona language with its English', async () => {
    fake.behaviour = GEN_TL;
    const { session } = replay(marisol, 'tl', []);
    const { scripted, voiced: v } = await voiced(session, SECRET_LINE);
    expect(scripted.replies).toHaveLength(1);
    expect(v.replies).toEqual([{ type: 'persona', text: JSON.parse(GEN_TL.content!).text, english: JSON.parse(GEN_TL.content!).english, lang: 'tl', generated: true, practice: true }]);
    // The transcript holds the generated line in place of the scripted one.
    expect(v.session.transcript.at(-1)).toMatchObject({ from: 'persona', generated: true });
    expect(v.session.transcript).toHaveLength(scripted.session.transcript.length);
    // Scores, trust, status and facts are the script's.
    const a = debrief(scripted.session);
    const b = debrief(v.session);
    expect({ ...b, conversation: [] }).toEqual({ ...a, conversation: [] });
    // The download marks it.
    expect(debriefMarkdown(b)).toMatch(/\*\*Marisol\*\* \(generated\): opo, tulog na po sila/);
  });

  it('gets the persona file and how the line was read, never the line, nor a fact not yet shared', async () => {
    fake.behaviour = GEN_TL;
    fake.received.length = 0;
    const { session } = replay(marisol, 'tl', []);
    await voiced(session, SECRET_LINE);
    const sent = JSON.stringify(fake.received[0]!.body.messages);
    expect(fake.received[0]!.body.model).toBe('test-model');
    expect(sent).not.toContain('Ana-7731');
    expect(sent).not.toContain('pinakakinatatakutan');
    const data = JSON.parse(fake.received[0]!.body.messages[1]!.content);
    expect(data.you).toMatchObject({ name: 'Marisol', wants: marisol.wants, fears: marisol.fears });
    expect(data.their_last_message.asked).toEqual(['asked what you are afraid of']);
    expect(data.scripted_reply).toHaveLength(1);
    for (const r of marisol.reveals) expect(sent).not.toContain(r.fact);
    expect(fake.received[0]!.body.messages[0]!.content).toMatch(/Filipino \(tl\)/);
  });

  it('a fact shared at this turn stays the persona file\'s own line, after the generated one', async () => {
    fake.behaviour = says('ok po. salamat po sa pagtatanong.', 'ok. thank you for asking.');
    fake.received.length = 0;
    const good = ['Hi, ako si Ana, support worker ng coalition. Hindi kami pulis o immigration.'];
    const { session } = replay(marisol, 'tl', good);
    const { scripted, voiced: v } = await voiced(session, 'Ligtas ka bang makipag-chat ngayon? May ibang gumagamit ba ng phone na ito?');
    const fact = scripted.events.find((e) => e.type === 'fact_revealed');
    expect(fact).toBeDefined();
    const reveal = marisol.reveals.find((r) => r.id === (fact as { id: string }).id)!;
    expect(v.replies.map((m) => m.text)).toEqual(['ok po. salamat po sa pagtatanong.', reveal.text.tl]);
    expect(v.replies[1]!.generated).toBeUndefined();
    // The model is told of it, so it does not say it first.
    expect(JSON.parse(fake.received[0]!.body.messages[1]!.content).said_right_after_in_its_own_message).toEqual([reveal.text.en]);
  });

  it.each([
    ['prose instead of JSON', { content: 'opo, tulog na sila' }, 'invalid'],
    ['extra fields', { content: JSON.stringify({ text: 'opo', english: 'yes', advice: 'call' }) }, 'invalid'],
    ['no English', { content: JSON.stringify({ text: 'opo' }) }, 'invalid'],
    ['an empty line', { content: JSON.stringify({ text: ' ', english: 'yes' }) }, 'invalid'],
    ['a line over the cap', { content: JSON.stringify({ text: 'a'.repeat(MAX_GENERATED_CHARS + 1), english: 'yes' }) }, 'invalid'],
    ['a link', { content: JSON.stringify({ text: 'tingnan mo www.example.com', english: 'look at www.example.com' }) }, 'invalid'],
    ['a body that is not a completion', { raw: '{"error":"nope"}' }, 'invalid'],
    ['a body that is not JSON', { raw: '<html>' }, 'network'],
    ['an HTTP error', { status: 500 }, 'http'],
  ] as const)('falls back to the scripted reply on %s', async (_name, b, reason) => {
    fake.behaviour = b;
    const { session } = replay(marisol, 'tl', ['Magandang gabi, ako si Ana, isang support worker.']);
    const failures: ChatFailure[] = [];
    const { scripted, voiced: v } = await voiced(session, SECRET_LINE, (r) => failures.push(r));
    expect(v.replies).toEqual(scripted.replies);
    expect(v.session).toBe(scripted.session);
    expect(failures).toEqual([reason]);
  });

  it('falls back after the time limit', async () => {
    fake.behaviour = { delayMs: 3000, ...GEN_TL };
    const { session } = replay(marisol, 'tl', ['Magandang gabi, ako si Ana, isang support worker.']);
    const r = trainee(session, SECRET_LINE);
    const failures: ChatFailure[] = [];
    const t0 = Date.now();
    const v = await voiceTurn(r, voice(100), (x) => failures.push(x));
    expect(Date.now() - t0).toBeLessThan(2500);
    expect(v.replies).toEqual(r.replies);
    expect(failures).toEqual(['timeout']);
  });

  it('a language not written in Latin letters must be answered in its script', () => {
    expect(checkGenerated(JSON.stringify({ text: 'ana bkhir', english: "I'm fine" }), 'ar')).toBeNull();
    expect(checkGenerated(JSON.stringify({ text: 'أنا بخير', english: "I'm fine" }), 'ar')).toEqual({ text: 'أنا بخير', english: "I'm fine" });
    // English needs no second line.
    expect(checkGenerated(JSON.stringify({ text: 'ok', english: 'ok' }), 'en')).toEqual({ text: 'ok' });
  });

  it('says nothing where the script says nothing (silent after withdrawing)', async () => {
    fake.behaviour = GEN_TL;
    fake.received.length = 0;
    const { session } = replay(marisol, 'tl', ['Biktima ka ng trafficking.']);
    expect(session.status).toBe('withdrawn');
    const r = trainee(session, 'Kumusta?');
    expect(r.replies).toEqual([]);
    expect((await voiceTurn(r, voice())).replies).toEqual([]);
    expect(fake.received).toHaveLength(0);
  });
});

describe('the generated persona on the page and in the terminal', () => {
  const TOKEN = 'trainer-token-for-tests-0123456789';
  let web: Server;
  let base = '';
  const sink = logSink();
  beforeAll(async () => {
    const http = express();
    const content = loadContent({ flowsDir: './flows', localesDir: './locales' });
    mountRehearsal(http, { content, understanding: () => undefined, logger: createLogger({ level: 'trace', destination: sink.stream }) }, { token: TOKEN, llm: llm() });
    web = await new Promise<Server>((r) => {
      const s = http.listen(0, '127.0.0.1', () => r(s));
    });
    base = `http://127.0.0.1:${(web.address() as AddressInfo).port}/rehearse/api`;
  });
  afterAll(async () => {
    web.closeAllConnections();
    await new Promise((r) => web.close(r));
  });
  const post = async <T,>(path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    expect(res.status).toBeLessThan(300);
    return (await res.json()) as T;
  };

  it('the page gets generated lines marked, the download keeps them, a failure gives the scripted reply and logs no line', async () => {
    const start = await post<StepResponse>('/practice', { persona: 'man-no-safe-bed-tonight', lang: 'ar' });
    const id = start.room.id;
    await post(`/practice/${id}/claim`);
    fake.behaviour = says('مرحبا. أنا في المحطة، البطارية قليلة.', "hi. I'm at the station, battery is low.");
    const first = await post<StepResponse>(`/practice/${id}/reply`, { text: 'مرحبا، أنا سارة، عاملة دعم.' });
    expect(first.messages[0]).toMatchObject({ type: 'persona', text: 'مرحبا. أنا في المحطة، البطارية قليلة.', english: "hi. I'm at the station, battery is low.", generated: true, dir: 'rtl' });
    fake.behaviour = { status: 503 };
    const second = await post<StepResponse>(`/practice/${id}/reply`, { text: 'هل أنت في أمان الآن؟ Sara-5512' });
    expect(second.messages.length).toBeGreaterThan(0);
    expect(second.messages[0]!).not.toHaveProperty('generated');
    const closed = await post<CloseResponse>(`/practice/${id}/close`, { outcome: 'referral_legal' });
    expect(closed.exports.markdown).toMatch(/\*\*Youssef\*\* \(generated\): مرحبا\. أنا في المحطة/);
    expect(closed.exports.html).toContain('Youssef (generated)');
    // Scored as the script scores the same lines.
    const scripted = debrief(replay(youssef, 'ar', ['مرحبا، أنا سارة، عاملة دعم.', 'هل أنت في أمان الآن؟ Sara-5512']).session, { closedAs: 'referral_legal' });
    expect(closed.debrief.score).toBe(scripted.score);
    expect(closed.debrief.items).toEqual(scripted.items);
    const logs = sink.text();
    expect(logs).toContain('persona_llm_fallback');
    expect(logs).toContain('"reason":"http"');
    expect(logs).not.toContain('Sara-5512');
    expect(logs).not.toContain('سارة');
  });

  it('the terminal marks generated lines', async () => {
    fake.behaviour = says('opo. tulog na po sila.', 'yes. they are asleep.');
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    input.end('Ligtas ka bang makipag-usap ngayon?\n');
    expect(await runRehearse({ persona: 'caregiver-passport-held', lang: 'tl', llm: llm(), input, output, interactive: false })).toBe(0);
    const out = chunks.join('');
    expect(out).toContain('Marisol (practice, generated): opo. tulog na po sila.\n    en: yes. they are asleep.');
    expect(out).toContain('**Marisol** (generated): opo. tulog na po sila.');
  });
});

describe('the generated persona in the practice rooms (page and Teams)', () => {
  const content = loadContent({ flowsDir: './flows', localesDir: './locales' });
  const loaded = loadPersonas();

  /** A voice whose answers the test releases one by one. */
  function heldVoice(): PersonaVoice & { release(i: number): void; asked: VoiceRequest[] } {
    const waiting: ((r: VoiceResult) => void)[] = [];
    const asked: VoiceRequest[] = [];
    return {
      name: 'held',
      asked,
      speak: (req) =>
        new Promise<VoiceResult>((r) => {
          asked.push(req);
          waiting.push(r);
        }),
      release: (i) => waiting[i]!({ ok: true, line: { text: `generated ${i}`, english: `generated ${i} (en)` } }),
    };
  }

  it('a generated line takes its own turn\'s place even when the next line came in first', async () => {
    const voice = heldVoice();
    const rooms = new PracticeRooms({ personas: loaded, catalog: content.catalog, sourceLang: 'en', voice });
    const { view } = rooms.start('farm-worker-pay-deductions', 'es');
    rooms.claim(view.id);
    const first = rooms.say(view.id, 'Hola Andrés, soy Lucía, trabajadora de apoyo.');
    const second = rooms.say(view.id, '¿Qué es lo que más le preocupa?');
    await vi.waitFor(() => expect(voice.asked).toHaveLength(2));
    voice.release(1);
    expect((await second).messages[0]).toMatchObject({ text: 'generated 1', english: 'generated 1 (en)', generated: true });
    voice.release(0);
    expect((await first).messages[0]).toMatchObject({ text: 'generated 0', generated: true });
    const d = rooms.close(view.id, 'information_given').debrief;
    const persona = d.conversation.filter((l) => l.from === 'persona').map((l) => l.text);
    expect(persona.slice(-2)).toEqual(['generated 0', 'generated 1']);
    // The scripted session's score, whatever was said.
    const scripted = debrief(replay(loaded.personas.get('farm-worker-pay-deductions')!, 'es', ['Hola Andrés, soy Lucía, trabajadora de apoyo.', '¿Qué es lo que más le preocupa?']).session, { closedAs: 'information_given' });
    expect(d.items).toEqual(scripted.items);
  });

  it('Teams marks a generated line', async () => {
    const voice = heldVoice();
    const rooms = new PracticeRooms({ personas: loaded, catalog: content.catalog, sourceLang: 'en', voice });
    const roster = parseRoster('roster.yaml', ['coalitions:', '  - { id: west, name: West, time_zone: America/Vancouver, hours: { mon: ["09:00-17:00"] } }', 'staff:', '  - { id: tr-01, display_name: Trainer, role: trainer, languages: [en, es], topics: [], coalition: west, teams_user_id: aad-1 }'].join('\n'));
    const practise = teamsPractice({ rooms, roster: () => roster });
    let n = 0;
    const say = (text: string) => practise({ id: `a${(n += 1)}`, from: { id: 'x', aadObjectId: 'aad-1' }, conversation: { id: 'c1' } }, text);
    await say('practice farm-worker-pay-deductions es');
    await say('claim');
    const reply = say('Hola Andrés, soy Lucía, trabajadora de apoyo.');
    await vi.waitFor(() => expect(voice.asked).toHaveLength(1));
    voice.release(0);
    expect((await reply)![0]).toBe('[Practice, generated] Andrés: generated 0\n(English: generated 0 (en))');
  });
});
