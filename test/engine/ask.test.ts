import { describe, expect, it } from 'vitest';
import type { Validation } from '../../src/engine/types.ts';
import { newSession } from '../../src/engine/session.ts';
import { ask, at, choice, eventsOf, flow, keys, last, makeBundle, run } from '../support/engineFixtures.ts';

const choicesBundle = makeBundle({
  flows: [
    flow(
      't',
      {
        q: ask({
          prompt: ['q-intro', 'q-prompt'],
          display: 'buttons',
          var: 'picked',
          choices: [
            { id: 'first', label: 'c-first', next: 't.done' },
            { id: 'second', label: 'c-second', next: 't.done', set: { extra: 'yes' } },
            { id: 'ontario', label: 'c-ontario', next: 't.done', when: { var: 'province', equals: 'on' } },
            { id: 'third', label: 'c-third', next: 't.done' },
          ],
        }),
        done: ask({ prompt: ['done'] }),
      },
      { vars: ['picked', 'extra', 'province'] },
    ),
  ],
  routes: { entry: 't.q' },
  messages: {
    en: {
      'q-intro': 'q-intro',
      'q-prompt': 'q-prompt',
      'c-first': { text: 'Apples', synonyms: ['red fruit'] },
      'c-second': { text: 'Pears' },
      'c-ontario': { text: 'Toronto office' },
      'c-third': { text: 'Plums' },
      done: 'done',
    },
    es: { 'c-first': { text: 'Manzanas', synonyms: ['fruta roja'] } },
  },
});

const pick = (input: Parameters<typeof run>[1][number]): string | undefined =>
  last(choicesBundle, ['hi', input]).session.vars.picked;

describe('ask: choices', () => {
  it('shows every prompt message; the last carries the visible choices and the display hint', () => {
    const r = last(choicesBundle, ['hi']);
    expect(keys(r)).toEqual(['q-intro', 'q-prompt']);
    expect(r.outputs[0]!.choices).toBeUndefined();
    expect(r.outputs[1]!.choices?.map((c) => c.id)).toEqual(['first', 'second', 'third']);
    expect(r.outputs[1]!.choices?.map((c) => c.key)).toEqual(['c-first', 'c-second', 'c-third']);
    expect(r.outputs[1]!.display).toBe('buttons');
    expect(at(r)).toBe('t.q');
  });

  it('by number (counting visible choices only), label, synonym and button id', () => {
    expect(pick('1')).toBe('first');
    expect(pick('3')).toBe('third');
    expect(pick('2.')).toBe('second');
    expect(pick(' 2) ')).toBe('second');
    expect(pick('apples')).toBe('first');
    expect(pick('PEARS!')).toBe('second');
    expect(pick('Red Fruit')).toBe('first');
    expect(pick(choice('third'))).toBe('third');
  });

  it('digits in Arabic-Indic, Persian, Devanagari, Thai and fullwidth count as numbers', () => {
    expect(pick('٢')).toBe('second');
    expect(pick('۳')).toBe('third');
    expect(pick('२')).toBe('second');
    expect(pick('๑')).toBe('first');
    expect(pick('３')).toBe('third');
  });

  it('labels match in the conversation language and in the default language', () => {
    const es = (t: string) => last(choicesBundle, ['hi', t], newSession('es')).session.vars.picked;
    expect(es('fruta roja')).toBe('first');
    expect(es('Manzanas')).toBe('first');
    expect(es('apples')).toBe('first');
  });

  it('a hidden choice is neither shown nor selectable, by id or by label', () => {
    expect(pick(choice('ontario'))).toBeUndefined();
    expect(pick('toronto office')).toBeUndefined();
  });

  it('a choice hidden behind a condition appears when the condition holds', () => {
    const s = { ...newSession(), vars: { province: 'on' } };
    const r = last(choicesBundle, ['hi'], s);
    expect(r.outputs[1]!.choices?.map((c) => c.id)).toEqual(['first', 'second', 'ontario', 'third']);
    expect(last(choicesBundle, ['hi', '3'], s).session.vars.picked).toBe('ontario');
  });

  it('a choice stores its id in the ask var and sets its own variables', () => {
    const r = last(choicesBundle, ['hi', 'pears']);
    expect(r.session.vars).toEqual({ picked: 'second', extra: 'yes' });
    expect(at(r)).toBe('t.done');
  });

  it('a number out of range, zero, or an unknown id is a miss with the retry message and choices again', () => {
    for (const input of ['0', '4', '99', choice('nope'), 'kiwi']) {
      const r = last(choicesBundle, ['hi', input]);
      expect(keys(r)).toEqual(['retry']);
      expect(r.outputs[0]!.choices?.map((c) => c.id)).toEqual(['first', 'second', 'third']);
      expect(eventsOf(r, 'input_unmatched')).toEqual([{ type: 'input_unmatched', flow: 't', node: 'q', retries: 1 }]);
      expect(r.session.retries).toBe(1);
    }
  });

  it('a choice after a miss resets the count', () => {
    const r = last(choicesBundle, ['hi', 'kiwi', '1']);
    expect(r.session.retries).toBe(0);
  });
});

function freeText(validate?: Validation) {
  return makeBundle({
    flows: [
      flow(
        't',
        {
          q: ask({ prompt: ['q-prompt'], var: 'answer', ...(validate ? { validate } : {}), next: 't.done', retry: 'q-retry' }),
          done: ask({ prompt: ['done'] }),
        },
        { vars: ['answer'] },
      ),
    ],
    routes: { entry: 't.q' },
    messages: { en: { 'q-prompt': 'q-prompt', 'q-retry': 'q-retry', done: 'done' } },
  });
}

const answer = (validate: Validation | undefined, input: string) => {
  const r = last(freeText(validate), ['hi', input]);
  return at(r) === 't.done' ? r.session.vars.answer : keys(r);
};

describe('ask: free text', () => {
  it('without validation, any non-empty text is stored trimmed', () => {
    expect(answer(undefined, '  anything at all ')).toBe('anything at all');
  });

  it('text: maxLength', () => {
    const v: Validation = { kind: 'text', maxLength: 5 };
    expect(answer(v, 'short')).toBe('short');
    expect(answer(v, 'too long')).toEqual(['q-retry']);
  });

  it('number: min and max, digits of other scripts, thousands separators', () => {
    const v: Validation = { kind: 'number', min: 1, max: 2000 };
    expect(answer(v, '40')).toBe('40');
    expect(answer(v, '٤٠')).toBe('40');
    expect(answer(v, '1,500')).toBe('1500');
    expect(answer(v, '0')).toEqual(['q-retry']);
    expect(answer(v, '2001')).toEqual(['q-retry']);
    expect(answer(v, 'forty')).toEqual(['q-retry']);
  });

  it('pattern', () => {
    const v: Validation = { kind: 'pattern', pattern: '^[A-Z]\\d[A-Z] ?\\d[A-Z]\\d$' };
    expect(answer(v, 'M5V 2T6')).toBe('M5V 2T6');
    expect(answer(v, 'nope')).toEqual(['q-retry']);
  });

  it('an invalid pattern in the content is an error event and a miss, not a crash', () => {
    const r = last(freeText({ kind: 'pattern', pattern: '([' }), ['hi', 'anything']);
    expect(keys(r)).toEqual(['q-retry']);
    expect(eventsOf(r, 'error')).toEqual([{ type: 'error', code: 'invalid_pattern', detail: 't.q' }]);
  });

  it('a retry keeps the person at the question until the answer is valid', () => {
    const [, r1, r2] = run(freeText({ kind: 'number', max: 10 }), ['hi', '50', '5']);
    expect(at(r1!)).toBe('t.q');
    expect(r1!.session.retries).toBe(1);
    expect(at(r2!)).toBe('t.done');
    expect(r2!.session.vars.answer).toBe('5');
    expect(r2!.session.retries).toBe(0);
  });

  it('a button press is not a free-text answer', () => {
    expect(answer(undefined, 'x')).toBe('x');
    const r = last(freeText(), ['hi', choice('x')]);
    expect(keys(r)).toEqual(['q-retry']);
  });
});

describe('ask: misses', () => {
  const bundle = makeBundle({
    flows: [
      flow('t', {
        q: ask({ prompt: ['q-prompt'], choices: [{ id: 'ok', label: 'c-ok', next: 't.q' }] }),
        f: ask({ prompt: ['q-prompt'], maxRetries: 2, onFail: 't.fallback', choices: [{ id: 'ok', label: 'c-ok', next: 't.q' }] }),
        fallback: ask({ prompt: ['fallback'] }),
      }),
    ],
    routes: { entry: 't.q' },
    messages: { en: { 'q-prompt': 'q-prompt', 'c-ok': 'fine', fallback: 'fallback' } },
  });

  it('three misses in a row: too-many-misses, then the menu', () => {
    const [, r2, r3, r4] = run(bundle, ['hi', 'x', 'y', 'z']);
    expect(keys(r2!)).toEqual(['retry']);
    expect(keys(r3!)).toEqual(['retry']);
    expect(keys(r4!)).toEqual(['too-many-misses', 'menu-prompt']);
    expect(at(r4!)).toBe('main.menu');
    expect(r4!.session.retries).toBe(0);
    expect(eventsOf(r4!, 'input_unmatched')[0]?.retries).toBe(3);
  });

  it('onFail and maxRetries from the node', () => {
    const b = makeBundle({ flows: Object.values(bundle.flows), routes: { entry: 't.f' }, messages: { en: { 'q-prompt': 'q-prompt', 'c-ok': 'fine', fallback: 'fallback' } } });
    const r = last(b, ['hi', 'x', 'y']);
    expect(keys(r)).toEqual(['too-many-misses', 'fallback']);
    expect(at(r)).toBe('t.fallback');
  });

  it('empty, whitespace-only or invisible-only messages show the question again without counting a miss', () => {
    for (const blank of ['', '   ', '\u200b', '\u200f\u00a0\n', '\u0000']) {
      const r = last(bundle, ['hi', 'x', blank]);
      expect(keys(r)).toEqual(['q-prompt']);
      expect(r.session.retries).toBe(1);
      expect(eventsOf(r, 'input_unmatched')).toEqual([]);
      expect(eventsOf(r, 'input_refused').some((e) => e.reason === 'empty')).toBe(true);
    }
  });
});
