// Free text that free-text understanding made sense of: the engine routes on it, and only
// to reviewed flows (the emergency flow, a topic, or "did you mean").
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { step, newSession, type Session, type Understanding } from '../../src/engine/index.ts';

const { bundle } = loadContent({ flowsDir: 'flows', localesDir: 'locales' });
const u = (over: Partial<Understanding>): Understanding => ({ lang: null, topic: null, candidates: [], danger: false, ...over });

function atMenu(): Session {
  let s = step(bundle, newSession('en'), { type: 'text', text: 'hi' }).session;
  s = step(bundle, s, { type: 'choice', id: 'safe' }).session;
  expect(s.at).toEqual({ flow: 'main', node: 'menu' });
  return s;
}

describe('understood free text', () => {
  it('danger goes to the emergency flow before anything else, even as a first message', () => {
    const r = step(bundle, null, { type: 'text', text: '…', understood: u({ danger: true, topic: 'wages' }) });
    expect(r.session.topics[0]).toBe('emergency');
    expect(r.outputs.map((o) => o.key)).not.toContain('welcome-hello');
    expect(r.events.map((e) => e.type)).toContain('danger_detected');
    expect(r.events.map((e) => e.type)).toContain('conversation_started');
  });

  it('a confident topic at a question goes to that topic', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: 'do you save this', understood: u({ topic: 'privacy' }) });
    expect(r.session.topics).toContain('privacy');
    expect(r.events).toContainEqual({ type: 'topic_understood', topic: 'privacy' });
    expect(r.events.map((e) => e.type)).not.toContain('input_unmatched');
  });

  it('unsure: "did you mean" offers the candidates, then the menu and a person', () => {
    const r = step(
      bundle,
      atMenu(),
      { type: 'text', text: 'hmm', understood: u({ candidates: [{ topic: 'privacy', score: 0.4 }, { topic: 'wages', score: 0.3 }, { topic: 'no-such-topic', score: 0.2 }] }) },
    );
    const last = r.outputs.at(-1)!;
    expect(last.key).toBe('suggest-prompt');
    expect(last.choices?.map((c) => c.id)).toEqual(['privacy', 'wages', 'menu', 'person']);
    const picked = step(bundle, r.session, { type: 'text', text: '1' });
    expect(picked.session.topics).toContain('privacy');
  });

  it('a lone "yes" or "no" at a question that is not yes/no is never a topic guess: OK and the question again; "no" to "did you mean" is the menu', () => {
    const yes = step(bundle, atMenu(), { type: 'text', text: 'yes', understood: u({ topic: 'fees-debt' }) });
    expect(yes.outputs.map((o) => o.key)).toEqual(['ack-ok', 'menu-prompt']);
    expect(yes.session.topics).not.toContain('fees-debt');
    const suggested = step(
      bundle,
      atMenu(),
      { type: 'text', text: 'hmm', understood: u({ candidates: [{ topic: 'privacy', score: 0.4 }, { topic: 'wages', score: 0.3 }] }) },
    );
    const no = step(bundle, suggested.session, { type: 'text', text: 'no', understood: u({ topic: 'fees-debt' }) });
    expect(no.outputs.map((o) => o.key)).toEqual(['ack-ok', 'menu-prompt']);
    expect(no.session.at).toEqual({ flow: 'main', node: 'menu' });
    expect(no.session.topics).not.toContain('fees-debt');
    // In Spanish, without the accent.
    const es = step(bundle, newSession('es'), { type: 'text', text: 'hola' }).session;
    const esMenu = step(bundle, es, { type: 'choice', id: 'safe' }).session;
    expect(step(bundle, esMenu, { type: 'text', text: 'si', understood: u({ candidates: [{ topic: 'status', score: 0.2 }] }) }).outputs.map((o) => o.key)).toEqual(['ack-ok', 'menu-prompt']);
  });

  it('"did you mean" never lists the same place twice: a topic that starts where "Talk to a person" leads is that choice', () => {
    const r = step(
      bundle,
      atMenu(),
      { type: 'text', text: 'bidi ahki ma3 shakhs', understood: u({ candidates: [{ topic: 'talk-to-person', score: 0.4 }, { topic: 'status', score: 0.3 }] }) },
    );
    expect(r.outputs.at(-1)!.choices?.map((c) => c.id)).toEqual(['status', 'menu', 'person']);
    expect(step(bundle, r.session, { type: 'text', text: '3' }).session.at).toEqual({ flow: 'person', node: 'confirm' });
  });

  it('nothing fits: the ordinary short re-prompt with the choices', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: 'zzz', understood: u({}) });
    expect(r.outputs.map((o) => o.key)).toEqual(['retry']);
    expect(r.outputs[0]!.choices?.length).toBeGreaterThan(0);
  });

  it('a first message naming a topic: first contact as usual, then that topic instead of the menu', () => {
    let r = step(bundle, newSession('en'), { type: 'text', text: 'can my boss see this chat', understood: u({ topic: 'privacy' }) });
    expect(r.outputs.at(-1)!.key).toBe('safety-prompt');
    expect(r.session.pendingTopic).toBe('privacy');
    r = step(bundle, r.session, { type: 'choice', id: 'safe' });
    expect(r.session.pendingTopic).toBeNull();
    expect(r.session.topics).toContain('privacy');
    expect(r.outputs.map((o) => o.key)).not.toContain('menu-prompt');
  });

  it('a first message whose topic is unsure: first contact as usual, then "did you mean" with its candidates instead of the menu', () => {
    const wages = u({ lang: 'es', candidates: [{ topic: 'wages', score: 0.36 }, { topic: 'documents', score: 0.23 }, { topic: 'hours', score: 0.2 }] });
    let r = step(bundle, newSession('es'), { type: 'text', text: 'el patron no me a pagado 2 semanas q hago', understood: wages });
    expect(r.outputs.at(-1)!.key).toBe('safety-prompt');
    r = step(bundle, r.session, { type: 'choice', id: 'safe' });
    const last = r.outputs.at(-1)!;
    expect(last.key).toBe('suggest-prompt');
    expect(last.lang).toBe('es');
    expect(last.choices?.map((c) => c.id).slice(0, 3)).toEqual(['wages', 'documents', 'hours']);
    expect(r.outputs.map((o) => o.key)).not.toContain('menu-prompt');
    expect(r.session.pendingTopic).toBeNull();
    // Chosen like any "did you mean": the topic itself.
    r = step(bundle, r.session, { type: 'text', text: '1' });
    expect(r.session.topics).toContain('wages');
    // Later the menu is the menu.
    r = step(bundle, r.session, { type: 'text', text: 'MENU' });
    expect(r.outputs.at(-1)!.key).toBe('menu-prompt');
  });

  it('a first message with only weak candidates (a greeting and a filler word) reaches the menu as before', () => {
    let r = step(bundle, newSession('es'), { type: 'text', text: 'hola buenas q hago', understood: u({ lang: 'es', candidates: [{ topic: 'talk-to-person', score: 0.23 }] }) });
    expect(r.session.pendingTopic).toBeNull();
    r = step(bundle, r.session, { type: 'choice', id: 'safe' });
    expect(r.outputs.at(-1)!.key).toBe('menu-prompt');
  });

  it('"not now" after an unsure first message: MENU later is the menu, not the old suggestions', () => {
    let r = step(bundle, newSession('es'), { type: 'text', text: 'no me pagan bien', understood: u({ lang: 'es', candidates: [{ topic: 'wages', score: 0.4 }] }) });
    r = step(bundle, r.session, { type: 'choice', id: 'not-now' });
    expect(r.outputs.map((o) => o.key)).toEqual(['safety-bye']);
    r = step(bundle, r.session, { type: 'text', text: 'MENU' });
    expect(r.outputs.at(-1)!.key).toBe('menu-prompt');
    expect(r.session.pendingTopic).toBeNull();
  });

  it('"not now" at the safety question ends the turn with goodbye; MENU later shows the menu, not the topic of the first message', () => {
    let r = step(bundle, newSession('es'), { type: 'text', text: 'mi patron no me paga', understood: u({ lang: 'es', topic: 'wages' }) });
    expect(r.session.pendingTopic).toBe('wages');
    r = step(bundle, r.session, { type: 'choice', id: 'not-now' });
    expect(r.outputs.map((o) => o.key)).toEqual(['safety-bye']);
    r = step(bundle, r.session, { type: 'text', text: 'MENU' });
    expect(r.outputs.at(-1)!.key).toBe('menu-prompt');
    expect(r.session.topics).not.toContain('wages');
    expect(r.session.pendingTopic).toBeNull();
  });

  // HUMAN (in the person's own words) while first contact still keeps the answer to the first
  // message: that answer first, then the way to a person — never the answer after the handoff.
  const heldThenPerson = [
    { lang: 'es', first: 'mi patron no me paga', topic: 'wages', answer: 'wages-agreement', human: 'PERSONA' },
    { lang: 'tl', first: 'kinuha ng amo ko ang pasaporte ko', topic: 'documents', answer: 'docs-passport', human: 'TAO' },
  ];
  const withoutDraft = (r: { outputs: { key: string }[] }) => r.outputs.map((o) => o.key).filter((k) => k !== 'draft-notice');

  it.each(heldThenPerson)('$lang: $human at the safety question: the answer kept for the first message, then the consent to a person', ({ lang, first, topic, answer, human }) => {
    let r = step(bundle, newSession(lang), { type: 'text', text: first, understood: u({ lang, topic }) });
    expect(r.session.at).toEqual({ flow: 'welcome', node: 'safety' });
    r = step(bundle, r.session, { type: 'text', text: human });
    expect(withoutDraft(r)).toEqual([answer, 'person-what-they-see', 'person-deleted', 'person-child', 'person-confirm']);
    expect(r.outputs.every((o) => o.lang === lang)).toBe(true);
    expect(r.session.pendingTopic).toBeNull();
    r = step(bundle, r.session, { type: 'choice', id: 'yes' });
    r = step(bundle, r.session, { type: 'choice', id: 'no' });
    // The lead worker is told what the person asked about.
    expect(r.effects).toContainEqual(expect.objectContaining({ type: 'handoff', topics: [topic, 'talk-to-person'] }));
    // After the handoff closes, the next message gets the menu: the answer is not given again, out of its time.
    r = step(bundle, r.session, { type: 'staff', event: 'closed' });
    r = step(bundle, r.session, { type: 'text', text: 'hola' });
    expect(r.outputs.map((o) => o.key)).toEqual(['menu-prompt']);
  });

  it.each(heldThenPerson)('$lang: $human at the safety question with no one on staff: the answer, then the helpline, then the menu', ({ lang, first, topic, answer, human }) => {
    const noStaff = { ...bundle, facts: { staff: 'none' } };
    let r = step(noStaff, newSession(lang), { type: 'text', text: first, understood: u({ lang, topic }) });
    r = step(noStaff, r.session, { type: 'text', text: human });
    expect(withoutDraft(r)).toEqual([answer, 'person-none', 'ref-hotline', 'menu-prompt']);
    expect(r.session.topics).toEqual([topic, 'talk-to-person']);
  });

  it.each(heldThenPerson)('$lang: $human at "Are you in danger right now?" after a first message: the emergency message came first, then the answer, then a person', ({ lang, first, topic, answer, human }) => {
    let r = step(bundle, newSession(lang), { type: 'text', text: first, understood: u({ lang, topic, dangerCheck: true, dangerLang: lang }) });
    expect(withoutDraft(r)).toEqual(['emergency-now', 'check-danger']);
    r = step(bundle, r.session, { type: 'text', text: human });
    expect(withoutDraft(r)).toEqual([answer, 'person-what-they-see', 'person-deleted', 'person-child', 'person-confirm']);
  });

  it('HUMAN with "did you mean" held: the consent first; held candidates never come back after a handoff', () => {
    let r = step(bundle, newSession('en'), { type: 'text', text: 'hmm', understood: u({ lang: 'en', candidates: [{ topic: 'wages', score: 0.4 }, { topic: 'hours', score: 0.35 }] }) });
    expect(r.session.pendingTopic).toBe('?');
    r = step(bundle, r.session, { type: 'text', text: 'HUMAN' });
    expect(r.outputs.at(-1)!.key).toBe('person-confirm');
    r = step(bundle, r.session, { type: 'choice', id: 'yes' });
    r = step(bundle, r.session, { type: 'choice', id: 'no' });
    expect(r.session.pendingTopic).toBeNull();
    const noStaff = { ...bundle, facts: { staff: 'none' } };
    r = step(noStaff, newSession('en'), { type: 'text', text: 'hmm', understood: u({ lang: 'en', candidates: [{ topic: 'wages', score: 0.4 }] }) });
    r = step(noStaff, r.session, { type: 'text', text: 'HUMAN' });
    expect(r.outputs.map((o) => o.key)).toEqual(['person-none', 'ref-hotline', 'suggest-prompt']);
  });

  it('danger during a handoff: relayed, marked urgent, the numbers said; the handoff stays open', () => {
    let s = atMenu();
    s = step(bundle, s, { type: 'text', text: 'HUMAN' }).session;
    s = step(bundle, s, { type: 'choice', id: 'yes' }).session;
    s = step(bundle, s, { type: 'choice', id: 'no' }).session; // no notice
    expect(s.handoff).toBe('queued');
    const r = step(bundle, s, { type: 'text', text: 'he is coming', understood: u({ danger: true }) });
    expect(r.effects.map((e) => e.type)).toEqual(['relay', 'handoff_urgent']);
    expect(r.outputs.map((o) => o.key)).toEqual([bundle.keys.handoffEmergency]);
    expect(r.session.handoff).toBe('queued');
  });

  it('a command word still wins over what understanding thought', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: 'MENU', understood: u({ topic: 'wages', danger: false }) });
    expect(r.outputs.at(-1)!.key).toBe('menu-prompt');
  });
});

describe('a language the person seems to write in', () => {
  it('is offered once, in that language, and never switched to', () => {
    const s = atMenu();
    const r = step(bundle, s, { type: 'text', text: 'mi jefe no me paga', understood: u({ lang: 'es', offerLanguage: 'es', topic: 'wages' }) });
    const offer = r.outputs.at(-1)!;
    expect(offer.key).toBe(bundle.keys.languageOffer);
    expect(offer.lang).toBe('es');
    expect(r.session.lang).toBe('en');
    expect(r.events).toContainEqual({ type: 'language_offered', lang: 'es' });
    const again = step(bundle, r.session, { type: 'text', text: 'y las horas extra', understood: u({ lang: 'es', offerLanguage: 'es', topic: 'hours' }) });
    expect(again.outputs.map((o) => o.key)).not.toContain(bundle.keys.languageOffer);
  });

  it('is not offered when the guess is the language already in use, or not offered at all', () => {
    const s = atMenu();
    expect(step(bundle, s, { type: 'text', text: 'x', understood: u({ lang: 'en', offerLanguage: 'en', topic: 'wages' }) }).session.offeredLang).toBeNull();
    expect(step(bundle, s, { type: 'text', text: 'x', understood: u({ lang: 'de', offerLanguage: 'de', topic: 'wages' }) }).session.offeredLang).toBeNull();
    // A language told, but not with the confidence an offer needs (understanding says none).
    expect(step(bundle, s, { type: 'text', text: 'x', understood: u({ lang: 'es', offerLanguage: null, topic: 'wages' }) }).session.offeredLang).toBeNull();
  });
});

describe('a command word at the language question', () => {
  // "mera malik paise nahi de raha" could be Hindi or Punjabi: the question is asked in both.
  const asked = () => step(bundle, null, { type: 'text', text: 'mera malik paise nahi de raha', understood: u({ likely: ['hi', 'pa'], topic: 'wages' }) });

  it('HUMAN (a word only English has) is answered in the likeliest language the question was asked in, not in English', () => {
    let r = asked();
    expect(r.session.at).toEqual({ flow: 'welcome', node: 'language' });
    expect(r.session.askedIn).toEqual(['hi', 'pa', 'en']);
    r = step(bundle, r.session, { type: 'text', text: 'HUMAN' });
    expect(r.session.lang).toBe('hi');
    expect(r.session.askedIn).toEqual([]);
    expect(r.outputs.length).toBeGreaterThan(0);
    expect(r.outputs.filter((o) => o.lang !== 'hi').map((o) => o.key)).toEqual([]);
  });

  it('ERASE there says "done" in that language too', () => {
    const r = step(bundle, asked().session, { type: 'text', text: 'ERASE' });
    expect(r.outputs.map((o) => `${o.key}/${o.lang}`)).toEqual(['erased/hi']);
  });

  it("a word another language has still says that language (AYUDA is Spanish), and LANGUAGE still asks", () => {
    expect(step(bundle, asked().session, { type: 'text', text: 'AYUDA' }).session.lang).toBe('es');
    const r = step(bundle, asked().session, { type: 'text', text: 'LANGUAGE' });
    expect(r.session.lang).toBeNull();
    expect(r.session.at).toEqual({ flow: 'welcome', node: 'language' });
  });

  it('asked in English first (a lone "hi"), HUMAN stays English', () => {
    let r = step(bundle, null, { type: 'text', text: 'hi', understood: u({ likely: ['en', 'es'] }) });
    r = step(bundle, r.session, { type: 'text', text: 'HUMAN' });
    expect(r.outputs[0]!.lang).toBe('en');
  });
});

describe('weak signs of danger: one question first', () => {
  const ask = (over: Partial<Understanding>) => u({ dangerCheck: true, dangerLang: 'en', ...over });

  /** "No" at the danger question, then "safe" at the safety check: the topic the message named comes then. */
  function noThenTopic(s: Session, topic: string): void {
    let r = step(bundle, s, { type: 'choice', id: 'no' });
    expect(r.outputs.at(-1)!.key).toBe('safety-prompt');
    r = step(bundle, r.session, { type: 'choice', id: 'safe' });
    expect(r.session.topics).toContain(topic);
  }

  it('at a question: asks, and "no" carries on with the topic the message named', () => {
    let r = step(bundle, atMenu(), { type: 'text', text: 'he keeps a knife in his truck, can he keep my passport', understood: ask({ topic: 'documents' }) });
    expect(r.outputs.at(-1)!.key).toBe('check-danger');
    expect(r.outputs.at(-1)!.choices?.map((c) => c.id)).toEqual(['yes', 'no']);
    expect(r.events).toContainEqual({ type: 'danger_check_asked' });
    expect(r.session.topics).not.toContain('documents');
    r = step(bundle, r.session, { type: 'text', text: 'no' });
    expect(r.session.topics).toContain('documents');
    expect(r.session.stack).toEqual([]);
  });

  it('"yes" goes to the emergency flow', () => {
    let r = step(bundle, atMenu(), { type: 'text', text: '…', understood: ask({ topic: 'documents' }) });
    r = step(bundle, r.session, { type: 'choice', id: 'yes' });
    expect(r.outputs[0]!.key).toBe('emergency-now');
    expect(r.session.topics).toContain('emergency');
    expect(r.session.topics).not.toContain('documents');
  });

  it('"no" with only candidates: the "did you mean" question; with nothing: back to the question the person was at', () => {
    let r = step(bundle, atMenu(), { type: 'text', text: '…', understood: ask({ candidates: [{ topic: 'privacy', score: 0.4 }] }) });
    r = step(bundle, r.session, { type: 'choice', id: 'no' });
    expect(r.outputs.at(-1)!.key).toBe('suggest-prompt');
    r = step(bundle, atMenu(), { type: 'text', text: '…', understood: ask({}) });
    r = step(bundle, r.session, { type: 'choice', id: 'no' });
    expect(r.outputs.at(-1)!.key).toBe('menu-prompt');
    expect(r.session.at).toEqual({ flow: 'main', node: 'menu' });
  });

  it('a first message: the emergency message, then the question before first contact; "no" goes on to first contact, then the topic', () => {
    const r = step(bundle, newSession('en'), { type: 'text', text: '…', understood: ask({ topic: 'privacy' }) });
    expect(r.outputs.map((o) => o.key)).toEqual(['emergency-now', 'check-danger']);
    noThenTopic(r.session, 'privacy');
  });

  it('at the language question: no danger waits for a language — the emergency message in the message\'s language, then the question; "no" goes on to the safety check in it', () => {
    let r = step(bundle, null, { type: 'text', text: 'hi', understood: u({ likely: ['en', 'es'] }) });
    expect(r.session.at).toEqual({ flow: 'welcome', node: 'language' });
    r = step(bundle, r.session, { type: 'text', text: '…', understood: ask({ lang: 'es', dangerLang: 'es', topic: 'wages' }) });
    expect(r.outputs.map((o) => `${o.key}/${o.lang}`)).toEqual(['emergency-now/es', 'draft-notice/es', 'check-danger/es']);
    expect(r.session.lang).toBe('es');
    noThenTopic(r.session, 'wages');
  });

  it('at the language question, with no language to tell: the emergency message, the question, and "no" asks the language again', () => {
    let r = step(bundle, null, { type: 'text', text: 'hi', understood: u({ likely: ['en', 'es'] }) });
    r = step(bundle, r.session, { type: 'text', text: '…', understood: ask({ dangerLang: null }) });
    expect(r.outputs.map((o) => o.key)).toEqual(['emergency-now', 'check-danger']);
    r = step(bundle, r.session, { type: 'choice', id: 'no' });
    expect(r.session.at).toEqual({ flow: 'welcome', node: 'language' });
  });

  it('an unclear answer at the question is asked again, not asked about twice', () => {
    let r = step(bundle, atMenu(), { type: 'text', text: '…', understood: ask({}) });
    const stack = r.session.stack.length;
    r = step(bundle, r.session, { type: 'text', text: 'he was drinking', understood: ask({}) });
    expect(r.outputs.map((o) => o.key)).toEqual(['retry']);
    expect(r.session.stack.length).toBe(stack);
  });

  it('a command at the question wins, and the menu forgets where it would have gone', () => {
    let r = step(bundle, atMenu(), { type: 'text', text: '…', understood: ask({ topic: 'documents' }) });
    r = step(bundle, r.session, { type: 'text', text: 'MENU' });
    expect(r.outputs.at(-1)!.key).toBe('menu-prompt');
    expect(r.session.stack).toEqual([]);
  });

  it('clear danger still goes straight to the emergency flow, without the question', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: '…', understood: u({ danger: true, dangerLang: 'en' }) });
    expect(r.outputs[0]!.key).toBe('emergency-now');
    expect(r.outputs.map((o) => o.key)).not.toContain('check-danger');
  });
});

describe('danger in a language not told with confidence', () => {
  it('is answered first in the likely language whose danger words matched', () => {
    const r = step(bundle, null, { type: 'text', text: '…', understood: u({ danger: true, likely: ['ar', 'ht'], dangerLang: 'ht' }) });
    expect(r.outputs.filter((o) => o.key === 'emergency-now').map((o) => o.lang)).toEqual(['ht', 'ar']);
  });
  it('keeps the likeliest first when the danger words matched in another language', () => {
    const r = step(bundle, null, { type: 'text', text: '…', understood: u({ danger: true, likely: ['hi', 'pa'], dangerLang: 'en' }) });
    expect(r.outputs[0]).toMatchObject({ key: 'emergency-now', lang: 'hi' });
  });
});
