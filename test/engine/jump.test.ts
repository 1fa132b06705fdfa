import { describe, expect, it } from 'vitest';
import { ask, at, eventsOf, flow, keys, last, makeBundle } from '../support/engineFixtures.ts';

describe('jump', () => {
  it('goes to another flow and records the topic of the node it lands on', () => {
    const bundle = makeBundle({
      flows: [
        flow('t', { j: { type: 'jump', to: 'u.q' } }),
        flow('u', { q: ask({ topic: 'wages', prompt: ['u-prompt'] }) }),
      ],
      routes: { entry: 't.j' },
      messages: { en: { 'u-prompt': 'u-prompt' } },
    });
    const r = last(bundle, ['hi']);
    expect(at(r)).toBe('u.q');
    expect(r.session.topics).toEqual(['wages']);
    expect(eventsOf(r, 'topic_visited')).toEqual([{ type: 'topic_visited', topic: 'wages' }]);
  });

  it('a loop in the flows ends with an error event, not a hang', () => {
    const bundle = makeBundle({
      flows: [
        flow(
          't',
          {
            a: { type: 'jump', to: 't.b' },
            b: { type: 'set', vars: { n: '1' }, next: 't.c' },
            c: { type: 'branch', var: 'n', cases: { '*': 't.a' }, default: 't.a' },
          },
          { vars: ['n'] },
        ),
      ],
      routes: { entry: 't.a' },
    });
    const started = Date.now();
    const r = last(bundle, ['hi']);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(eventsOf(r, 'error').map((e) => e.code)).toEqual(['flow_loop']);
    expect(r.session.status).toBe('ended');
    expect(keys(r)).toEqual([]);
    // The next message starts again from the menu.
    const next = last(bundle, ['hi', 'hello']);
    expect(at(next)).toBe('main.menu');
  });

  it('a broken reference goes to the menu with an error event', () => {
    const bundle = makeBundle({ flows: [flow('t', { j: { type: 'jump', to: 'gone.node' } })], routes: { entry: 't.j' } });
    const r = last(bundle, ['hi']);
    expect(eventsOf(r, 'error')).toEqual([{ type: 'error', code: 'broken_reference', detail: 'gone.node' }]);
    expect(at(r)).toBe('main.menu');
  });

  it('a broken menu ends the conversation instead of looping', () => {
    const bundle = makeBundle({ routes: { entry: 'gone.node', menu: 'gone.menu' } });
    const r = last(bundle, ['hi']);
    expect(eventsOf(r, 'error').map((e) => e.detail)).toEqual(['gone.node', 'gone.menu']);
    expect(r.session.status).toBe('ended');
  });
});
