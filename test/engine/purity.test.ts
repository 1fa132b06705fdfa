import { describe, expect, it, vi } from 'vitest';
import type { Input, Session } from '../../src/engine/types.ts';
import { newSession } from '../../src/engine/session.ts';
import { step } from '../../src/engine/step.ts';
import { choice, command, deepFreeze, makeBundle, run, text } from '../support/engineFixtures.ts';

// Each input, from a session that has been somewhere: vars, a stack, back points, topics.
const bundle = makeBundle();
const INPUTS: Input[] = [
  text('1'),
  text('2'),
  text('nonsense'),
  text(''),
  text('x'.repeat(5000)),
  text('\ud800'),
  choice('yes'),
  command('erase'),
  command('stop'),
  text('BACK'),
  text('LANGUAGE'),
  text('HUMAN'),
  text('EMERGENCY'),
  text('HELP'),
  text('START'),
];

function busySession(): Session {
  const s = run(bundle, ['hi', '1', '2'], newSession('fr'))[2]!.session;
  return { ...s, vars: { province: 'on' }, stack: [{ flow: 'main', node: 'menu' }] };
}

describe('step is pure', () => {
  it('does not mutate its input session (deep-frozen) or the bundle (deep-frozen)', () => {
    const frozenBundle = deepFreeze(makeBundle());
    for (const input of INPUTS) {
      for (const s of [busySession(), { ...busySession(), status: 'stopped' as const, at: null }, newSession()]) {
        const before = structuredClone(s);
        expect(() => step(frozenBundle, deepFreeze(s), deepFreeze(input))).not.toThrow();
        expect(s).toEqual(before);
      }
    }
  });

  it('the result shares no objects with the input session', () => {
    const s = busySession();
    const r = step(bundle, s, text('1'));
    expect(r.session).not.toBe(s);
    expect(r.session.vars).not.toBe(s.vars);
    expect(r.session.back).not.toBe(s.back);
    expect(r.session.topics).not.toBe(s.topics);
    expect(r.session.stack).not.toBe(s.stack);
  });

  it('is deterministic: the same input twice gives deep-equal results', () => {
    for (const input of INPUTS) {
      const a = step(bundle, busySession(), input);
      const b = step(bundle, busySession(), input);
      expect(b).toEqual(a);
    }
  });

  it('does not read the clock: the same turn at two different times gives the same result', () => {
    vi.useFakeTimers({ now: new Date(0) });
    try {
      const a = step(bundle, busySession(), text('2'));
      vi.setSystemTime(new Date('2099-12-31T23:59:59Z'));
      const b = step(bundle, busySession(), text('2'));
      expect(b).toEqual(a);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts turns', () => {
    const rs = run(bundle, ['hi', '1', '2']);
    expect(rs.map((r) => r.session.turns)).toEqual([1, 2, 3]);
  });
});
