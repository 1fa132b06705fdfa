import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/engine/types.ts';
import { newSession } from '../../src/engine/session.ts';
import { at, ask, flow, last, makeBundle } from '../support/engineFixtures.ts';

const bundle = makeBundle({
  flows: [
    flow(
      't',
      {
        b: { type: 'branch', var: 'province', cases: { on: 't.on', '*': 't.other' }, default: 't.unset' },
        lb: { type: 'branch', var: 'lang', cases: { fr: 't.on' }, default: 't.unset' },
        on: ask({ prompt: ['p-on'] }),
        other: ask({ prompt: ['p-other'] }),
        unset: ask({ prompt: ['p-unset'] }),
      },
      { vars: ['province'] },
    ),
  ],
  routes: { entry: 't.b' },
  messages: { en: { 'p-on': 'p-on', 'p-other': 'p-other', 'p-unset': 'p-unset' } },
});

const withVars = (vars: Record<string, string>, lang: string | null = null): Session => ({ ...newSession(lang), vars });

describe('branch', () => {
  it('an exact case wins', () => {
    expect(at(last(bundle, ['hi'], withVars({ province: 'on' })))).toBe('t.on');
  });

  it('`*` matches any value that is set', () => {
    expect(at(last(bundle, ['hi'], withVars({ province: 'bc' })))).toBe('t.other');
  });

  it('default when the variable is unset or empty', () => {
    expect(at(last(bundle, ['hi'], withVars({})))).toBe('t.unset');
    expect(at(last(bundle, ['hi'], withVars({ province: '' })))).toBe('t.unset');
  });

  it('branches on the language', () => {
    const b = makeBundle({ flows: Object.values(bundle.flows), routes: { entry: 't.lb' } });
    expect(at(last(b, ['hi'], newSession('fr')))).toBe('t.on');
    expect(at(last(b, ['hi'], newSession('es')))).toBe('t.unset');
    expect(at(last(b, ['hi'], newSession(null)))).toBe('t.unset');
  });
});
