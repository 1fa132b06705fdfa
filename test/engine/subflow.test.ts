import { describe, expect, it } from 'vitest';
import { ask, at, eventsOf, flow, keys, last, makeBundle, run } from '../support/engineFixtures.ts';

const messages = { en: { 'q-prompt': 'q-prompt', 'c-go': 'go', 'inner-said': 'inner-said', 'inner-q': 'inner-q', 'c-ok': 'ok', 'after': 'after' } };
const bundle = makeBundle({
  flows: [
    flow('t', {
      q: ask({ prompt: ['q-prompt'], choices: [{ id: 'go', label: 'c-go', next: 't.call' }] }),
      call: { type: 'subflow', to: 'inner.start', next: 't.after' },
      after: ask({ prompt: ['after'] }),
      'call-deep': { type: 'subflow', to: 'outer.start', next: 't.after' },
      rec: { type: 'subflow', to: 't.rec', next: 't.after' },
      'bare-return': { type: 'return' },
    }),
    flow('inner', {
      start: { type: 'say', messages: ['inner-said'], next: 'inner.q' },
      q: ask({ prompt: ['inner-q'], choices: [{ id: 'ok', label: 'c-ok', next: 'inner.done' }] }),
      done: { type: 'return' },
    }),
    flow('outer', {
      start: { type: 'subflow', to: 'inner.start', next: 'outer.done' },
      done: { type: 'return' },
    }),
  ],
  routes: { entry: 't.q' },
  messages,
});

describe('subflow and return', () => {
  it('runs the subflow, rests inside it, and returns to next', () => {
    const [, r1, r2] = run(bundle, ['hi', 'go', 'ok']);
    expect(keys(r1!)).toEqual(['inner-said', 'inner-q']);
    expect(at(r1!)).toBe('inner.q');
    expect(r1!.session.stack).toEqual([{ flow: 't', node: 'after' }]);
    expect(keys(r2!)).toEqual(['after']);
    expect(at(r2!)).toBe('t.after');
    expect(r2!.session.stack).toEqual([]);
  });

  it('nests: each return goes back one level', () => {
    const b = makeBundle({ flows: Object.values(bundle.flows), routes: { entry: 't.call-deep' }, messages });
    const [r1, r2] = run(b, ['hi', 'ok']);
    expect(r1!.session.stack).toEqual([
      { flow: 't', node: 'after' },
      { flow: 'outer', node: 'done' },
    ]);
    expect(at(r2!)).toBe('t.after');
    expect(r2!.session.stack).toEqual([]);
  });

  it('return with nothing to return to goes to the menu', () => {
    const b = makeBundle({ flows: Object.values(bundle.flows), routes: { entry: 't.bare-return' }, messages });
    expect(at(last(b, ['hi']))).toBe('main.menu');
  });

  it('runaway recursion stops with subflow_too_deep and the menu', () => {
    const b = makeBundle({ flows: Object.values(bundle.flows), routes: { entry: 't.rec' }, messages });
    const r = last(b, ['hi']);
    expect(eventsOf(r, 'error').map((e) => e.code)).toEqual(['subflow_too_deep']);
    expect(at(r)).toBe('main.menu');
    expect(r.session.stack).toEqual([]);
  });

  it('MENU inside a subflow forgets the return points', () => {
    const r = last(bundle, ['hi', 'go', 'menu']);
    expect(at(r)).toBe('main.menu');
    expect(r.session.stack).toEqual([]);
  });
});
