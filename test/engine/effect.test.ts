import { describe, expect, it } from 'vitest';
import { newSession } from '../../src/engine/session.ts';
import { ask, eventsOf, flow, keys, last, makeBundle } from '../support/engineFixtures.ts';

const bundle = makeBundle({
  flows: [
    flow('t', {
      q: ask({
        prompt: ['q-prompt'],
        choices: [
          { id: 'notice', label: 'c-notice', next: 't.notice' },
          { id: 'end', label: 'c-end', next: 't.end' },
          { id: 'erase', label: 'c-erase', next: 't.erase' },
          { id: 'bare', label: 'c-bare', next: 't.bare' },
        ],
      }),
      end: { type: 'effect', effect: 'end', messages: ['bye'] },
      erase: { type: 'effect', effect: 'erase', messages: [] },
      bare: { type: 'effect', effect: 'end', messages: [] },
      notice: { type: 'effect', effect: 'handoff', notice: true, messages: ['handoff-said'] },
    }),
  ],
  routes: { entry: 't.q' },
  messages: { en: { 'q-prompt': 'q-prompt', 'c-notice': 'notice', 'c-end': 'end', 'c-erase': 'erase it', 'c-bare': 'bare', bye: 'bye' } },
});

describe('effect', () => {
  it('handoff carries the topics visited, in order, and the language; not urgent by default', () => {
    const r = last(bundle, ['MENU', '1', '2', '1', 'HUMAN'], newSession('fr'));
    expect(r.effects).toEqual([{ type: 'handoff', urgent: false, notice: false, topics: ['topic-a', 'topic-b'], lang: 'fr' }]);
    expect(eventsOf(r, 'handoff_requested')).toEqual([{ type: 'handoff_requested', urgent: false }]);
    expect(keys(r)[0]).toBe('handoff-said');
  });

  it("the effect's topics are a copy, not the session's own list", () => {
    const r = last(bundle, ['MENU', '1', 'HUMAN']);
    const effect = r.effects[0];
    expect(effect?.type === 'handoff' && effect.topics).not.toBe(r.session.topics);
  });

  it('urgent handoff (EMERGENCY)', () => {
    const r = last(bundle, ['EMERGENCY']);
    expect(r.effects).toEqual([{ type: 'handoff', urgent: true, notice: false, topics: [], lang: 'en' }]);
    expect(eventsOf(r, 'handoff_requested')).toEqual([{ type: 'handoff_requested', urgent: true }]);
  });

  it('a handoff node with notice: the person agreed to one neutral notice (a flag, nothing else)', () => {
    const r = last(bundle, ['hi', 'notice']);
    expect(r.effects).toEqual([{ type: 'handoff', urgent: false, notice: true, topics: [], lang: 'en' }]);
    expect(r.session.handoff).toBe('queued');
  });

  it('end says its messages, emits the end effect and ends the conversation', () => {
    const r = last(bundle, ['hi', 'end']);
    expect(keys(r)).toEqual(['bye']);
    expect(r.effects).toEqual([{ type: 'end' }]);
    expect(r.session.status).toBe('ended');
  });

  it('an effect with no messages and no next ends the conversation silently', () => {
    const r = last(bundle, ['hi', 'bare']);
    expect(keys(r)).toEqual([]);
    expect(r.effects.map((e) => e.type)).toEqual(['end']);
    expect(r.session.status).toBe('ended');
  });

  it('erase as a node does what ERASE does', () => {
    const viaNode = last(bundle, ['hi', 'a', 'erase it'], newSession('es'));
    const viaCommand = last(bundle, ['hi', 'a', 'ERASE'], newSession('es'));
    expect(viaNode.effects).toEqual([{ type: 'erase' }]);
    expect(viaNode.session).toEqual(viaCommand.session);
    expect(viaNode.session).toEqual(newSession('es'));
    expect(keys(viaNode)).toEqual(['erased']);
  });
});
