import { describe, expect, it } from 'vitest';
import { at, ask, eventsOf, flow, keys, last, makeBundle } from '../support/engineFixtures.ts';

describe('say', () => {
  const flows = [
      flow('t', {
        two: { type: 'say', messages: ['s1', 's2'], next: 't.q' },
        q: ask({ prompt: ['q-prompt'], choices: [{ id: 'end', label: 'q-end', next: 't.bye' }] }),
        bye: { type: 'say', messages: ['s-bye'] },
        missing: { type: 'say', messages: ['not-in-any-catalogue', 's1'], next: 't.q' },
      }),
  ];
  const messages = { en: { s1: 's1', s2: 's2', 'q-prompt': 'q-prompt', 'q-end': 'finish', 's-bye': 's-bye' } };
  const bundle = makeBundle({ flows, messages, routes: { entry: 't.two' } });

  it('says its messages in order, then goes on to the next node', () => {
    const r = last(bundle, ['hi']);
    expect(keys(r)).toEqual(['s1', 's2', 'q-prompt']);
    expect(at(r)).toBe('t.q');
    expect(eventsOf(r, 'message_sent').map((e) => e.key)).toEqual(['s1', 's2', 'q-prompt']);
  });

  it('ends the conversation when it has no next node', () => {
    const r = last(bundle, ['hi', 'finish']);
    expect(keys(r)).toEqual(['s-bye']);
    expect(r.session.status).toBe('ended');
    expect(r.session.at).toBeNull();
    expect(eventsOf(r, 'conversation_ended')).toHaveLength(1);
  });

  it('after the end, the next message brings the menu', () => {
    const r = last(bundle, ['hi', 'finish', 'hello again']);
    expect(keys(r)).toEqual(['menu-prompt']);
    expect(at(r)).toBe('main.menu');
    expect(r.session.status).toBe('active');
  });

  it('a message missing from every catalogue is an error event; the turn goes on', () => {
    const b = makeBundle({ flows, messages, routes: { entry: 't.missing' } });
    const r = last(b, ['hi']);
    expect(eventsOf(r, 'error')).toEqual([{ type: 'error', code: 'missing_message', detail: 'not-in-any-catalogue' }]);
    expect(at(r)).toBe('t.q');
  });
});
