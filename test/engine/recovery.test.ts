import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/engine/types.ts';
import { newSession } from '../../src/engine/session.ts';
import { step } from '../../src/engine/step.ts';
import { at, choice, eventsOf, keys, makeBundle, text } from '../support/engineFixtures.ts';

// Position is a node id, so a flow change never strands a session: a session resting at a
// node that vanished (or stopped being a question) recovers to the menu, and says so in an event.
const bundle = makeBundle();
const restingAt = (flow: string, node: string, extra: Partial<Session> = {}): Session => ({
  ...newSession('en'),
  status: 'active',
  at: { flow, node },
  ...extra,
});

describe('recovery', () => {
  it('a session whose node was removed recovers to the menu with session_recovered', () => {
    const r = step(bundle, restingAt('main', 'removed-node', { stack: [{ flow: 'main', node: 'a' }] }), text('1'));
    expect(eventsOf(r, 'session_recovered')).toEqual([{ type: 'session_recovered', flow: 'main', node: 'removed-node' }]);
    expect(keys(r)).toEqual(['recovered', 'menu-prompt']);
    expect(at(r)).toBe('main.menu');
    expect(r.session.stack).toEqual([]);
    expect(eventsOf(r, 'error')).toEqual([]);
  });

  it('a whole flow removed is the same', () => {
    const r = step(bundle, restingAt('gone', 'q'), choice('x'));
    expect(eventsOf(r, 'session_recovered')).toHaveLength(1);
    expect(at(r)).toBe('main.menu');
  });

  it('a node that is no longer a question is the same', () => {
    const r = step(bundle, restingAt('main', 'a'), text('1'));
    expect(eventsOf(r, 'session_recovered')).toEqual([{ type: 'session_recovered', flow: 'main', node: 'a' }]);
    expect(at(r)).toBe('main.menu');
  });

  it('a command at a vanished node still goes where it leads, with the recovery recorded', () => {
    const human = step(bundle, restingAt('main', 'removed-node'), text('HUMAN'));
    expect(eventsOf(human, 'session_recovered')).toHaveLength(1);
    expect(keys(human)[0]).toBe('handoff-said');

    const back = step(bundle, restingAt('main', 'removed-node'), text('BACK'));
    expect(eventsOf(back, 'session_recovered')).toHaveLength(1);
    expect(eventsOf(back, 'error')).toEqual([]);
    expect(keys(back)).toEqual(['back-unavailable', 'menu-prompt']);
    expect(at(back)).toBe('main.menu');
  });

  it('a return point that vanished goes to the menu with an error event', () => {
    const s = restingAt('main', 'b', { stack: [{ flow: 'gone', node: 'x' }] });
    const b = makeBundle();
    const q = b.flows.main!.nodes.b;
    if (q?.type !== 'ask') throw new Error('fixture: main.b is an ask');
    b.flows.main!.nodes.b = { ...q, choices: [{ id: 'yes', label: 'b-yes', next: 'main.ret' }] };
    b.flows.main!.nodes.ret = { type: 'return', id: 'ret' };
    const r = step(b, s, choice('yes'));
    expect(eventsOf(r, 'error')).toEqual([{ type: 'error', code: 'broken_reference', detail: 'gone.x' }]);
    expect(at(r)).toBe('main.menu');
  });

  it('a language no longer offered falls back to the default language', () => {
    const r = step(bundle, restingAt('main', 'menu', { lang: 'xx' }), text('1'));
    expect(r.outputs.every((o) => o.lang === 'en')).toBe(true);
  });
});
