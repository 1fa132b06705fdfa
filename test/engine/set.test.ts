import { describe, expect, it } from 'vitest';
import { ask, at, eventsOf, flow, keys, last, makeBundle, run } from '../support/engineFixtures.ts';

const bundle = makeBundle({
  flows: [
    flow(
      't',
      {
        q: ask({
          prompt: ['q-prompt'],
          choices: [
            { id: 'x', label: 'q-x', next: 't.set-x' },
            { id: 'fr', label: 'q-fr', next: 't.set-fr' },
            { id: 'again', label: 'q-again', next: 't.set-fr' },
          ],
        }),
        'set-x': { type: 'set', vars: { x: '1', y: 'two' }, next: 't.said' },
        said: { type: 'say', messages: ['said', 'said-x', 'q-x'], next: 't.set-x2' },
        'set-x2': { type: 'set', vars: { x: '2' }, next: 't.q' },
        'set-fr': { type: 'set', vars: { lang: 'fr' }, next: 't.q' },
      },
      { vars: ['x', 'y'] },
    ),
  ],
  routes: { entry: 't.q' },
  messages: { en: { 'q-prompt': 'q-prompt', 'q-x': 'x', 'q-fr': 'fr', 'q-again': 'again', said: 'said { $x } { $y }', 'said-x': 'said { $x }' }, fr: { 'q-prompt': 'q-prompt' } },
});

describe('set', () => {
  it('sets variables and goes on', () => {
    const r = last(bundle, ['hi', 'x']);
    expect(r.session.vars).toEqual({ x: '2', y: 'two' });
    expect(at(r)).toBe('t.q');
  });

  it('an output keeps the values it was formatted with, whatever a later node sets', () => {
    const r = last(bundle, ['hi', 'x']);
    const said = r.outputs.find((o) => o.key === 'said');
    expect(said?.args).toEqual({ x: '1', y: 'two' });
    expect(said?.args).not.toBe(r.session.vars);
  });

  it('an output carries only the variables its message reads (the kept reply holds no others)', () => {
    const r = last(bundle, ['hi', 'x']);
    expect(r.outputs.find((o) => o.key === 'said-x')?.args).toEqual({ x: '1' });
    expect(r.outputs.find((o) => o.key === 'q-x')?.args).toBeUndefined();
  });

  it('setting lang changes the language and emits language_changed', () => {
    const r = last(bundle, ['hi', 'fr']);
    expect(r.session.lang).toBe('fr');
    expect(eventsOf(r, 'language_changed')).toEqual([{ type: 'language_changed', from: null, to: 'fr' }]);
    expect(r.outputs.map((o) => o.lang)).toEqual(['fr']);
    expect(r.session.vars).toEqual({});
  });

  it('setting lang to the language already in use emits nothing', () => {
    const [, , r] = run(bundle, ['hi', 'fr', 'again']);
    expect(eventsOf(r!, 'language_changed')).toEqual([]);
    expect(keys(r!)).toEqual(['q-prompt']);
  });
});
