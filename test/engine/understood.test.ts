// Free text that free-text understanding made sense of: the engine routes on it, and only
// to reviewed flows (the emergency flow, a topic, or "did you mean").
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { step, newSession, type Session, type Understanding } from '../../src/engine/index.ts';

const { bundle } = loadContent({ flowsDir: 'flows', localesDir: 'locales' });
const now = new Date('2026-11-23T12:00:00Z');
const u = (over: Partial<Understanding>): Understanding => ({ lang: null, topic: null, candidates: [], danger: false, ...over });

function atMenu(): Session {
  let s = step(bundle, newSession('en'), { type: 'text', text: 'hi' }, now).session;
  s = step(bundle, s, { type: 'choice', id: 'safe' }, now).session;
  expect(s.at).toEqual({ flow: 'main', node: 'menu' });
  return s;
}

describe('understood free text', () => {
  it('danger goes to the emergency flow before anything else, even as a first message', () => {
    const r = step(bundle, null, { type: 'text', text: '…', understood: u({ danger: true, topic: 'wages' }) }, now);
    expect(r.session.topics[0]).toBe('emergency');
    expect(r.outputs.map((o) => o.key)).not.toContain('welcome-hello');
    expect(r.events.map((e) => e.type)).toContain('danger_detected');
    expect(r.events.map((e) => e.type)).toContain('conversation_started');
  });

  it('a confident topic at a question goes to that topic', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: 'do you save this', understood: u({ topic: 'privacy' }) }, now);
    expect(r.session.topics).toContain('privacy');
    expect(r.events).toContainEqual({ type: 'topic_understood', topic: 'privacy' });
    expect(r.events.map((e) => e.type)).not.toContain('input_unmatched');
  });

  it('unsure: "did you mean" offers the candidates, then the menu and a person', () => {
    const r = step(
      bundle,
      atMenu(),
      { type: 'text', text: 'hmm', understood: u({ candidates: [{ topic: 'privacy', score: 0.4 }, { topic: 'wages', score: 0.3 }, { topic: 'no-such-topic', score: 0.2 }] }) },
      now,
    );
    const last = r.outputs.at(-1)!;
    expect(last.key).toBe('suggest-prompt');
    expect(last.choices?.map((c) => c.id)).toEqual(['privacy', 'wages', 'menu', 'person']);
    const picked = step(bundle, r.session, { type: 'text', text: '1' }, now);
    expect(picked.session.topics).toContain('privacy');
  });

  it('nothing fits: the ordinary short re-prompt with the choices', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: 'zzz', understood: u({}) }, now);
    expect(r.outputs.map((o) => o.key)).toEqual(['retry']);
    expect(r.outputs[0]!.choices?.length).toBeGreaterThan(0);
  });

  it('a first message naming a topic: first contact as usual, then that topic instead of the menu', () => {
    let r = step(bundle, newSession('en'), { type: 'text', text: 'can my boss see this chat', understood: u({ topic: 'privacy' }) }, now);
    expect(r.outputs.at(-1)!.key).toBe('safety-prompt');
    expect(r.session.pendingTopic).toBe('privacy');
    r = step(bundle, r.session, { type: 'choice', id: 'safe' }, now);
    expect(r.session.pendingTopic).toBeNull();
    expect(r.session.topics).toContain('privacy');
    expect(r.outputs.map((o) => o.key)).not.toContain('menu-prompt');
  });

  it('danger during a handoff: relayed, marked urgent, the numbers said; the handoff stays open', () => {
    let s = atMenu();
    s = step(bundle, s, { type: 'text', text: 'HUMAN' }, now).session;
    s = step(bundle, s, { type: 'choice', id: 'yes' }, now).session;
    s = step(bundle, s, { type: 'choice', id: 'no' }, now).session; // no notice
    expect(s.handoff).toBe('queued');
    const r = step(bundle, s, { type: 'text', text: 'he is coming', understood: u({ danger: true }) }, now);
    expect(r.effects.map((e) => e.type)).toEqual(['relay', 'handoff_urgent']);
    expect(r.outputs.map((o) => o.key)).toEqual([bundle.keys.handoffEmergency]);
    expect(r.session.handoff).toBe('queued');
  });

  it('a command word still wins over what understanding thought', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: 'MENU', understood: u({ topic: 'wages', danger: false }) }, now);
    expect(r.outputs.at(-1)!.key).toBe('menu-prompt');
  });
});

describe('a language the person seems to write in', () => {
  it('is offered once, in that language, and never switched to', () => {
    const s = atMenu();
    const r = step(bundle, s, { type: 'text', text: 'mi jefe no me paga', understood: u({ lang: 'es', topic: 'wages' }) }, now);
    const offer = r.outputs.at(-1)!;
    expect(offer.key).toBe(bundle.keys.languageOffer);
    expect(offer.lang).toBe('es');
    expect(r.session.lang).toBe('en');
    expect(r.events).toContainEqual({ type: 'language_offered', lang: 'es' });
    const again = step(bundle, r.session, { type: 'text', text: 'y las horas extra', understood: u({ lang: 'es', topic: 'hours' }) }, now);
    expect(again.outputs.map((o) => o.key)).not.toContain(bundle.keys.languageOffer);
  });

  it('is not offered when the guess is the language already in use, or not offered at all', () => {
    const s = atMenu();
    expect(step(bundle, s, { type: 'text', text: 'x', understood: u({ lang: 'en', topic: 'wages' }) }, now).session.offeredLang).toBeNull();
    expect(step(bundle, s, { type: 'text', text: 'x', understood: u({ lang: 'de', topic: 'wages' }) }, now).session.offeredLang).toBeNull();
  });
});
