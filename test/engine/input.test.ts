import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS } from '../../src/engine/types.ts';
import { ask, at, eventsOf, flow, keys, last, makeBundle } from '../support/engineFixtures.ts';

const bundle = makeBundle({
  flows: [flow('t', { q: ask({ prompt: ['q-prompt'], var: 'note', next: 't.done' }), done: ask({ prompt: ['done'] }) }, { vars: ['note'] })],
  routes: { entry: 't.q' },
  messages: { en: { 'q-prompt': 'q-prompt', done: 'done' } },
});

describe('input guard', () => {
  it(`${MAX_INPUT_CHARS} characters are read whole`, () => {
    const r = last(bundle, ['hi', 'a'.repeat(MAX_INPUT_CHARS)]);
    expect(eventsOf(r, 'input_trimmed')).toEqual([]);
    expect(r.session.vars.note).toHaveLength(MAX_INPUT_CHARS);
  });

  it(`${MAX_INPUT_CHARS + 1}+ characters are trimmed, and the person is told first`, () => {
    const r = last(bundle, ['hi', 'a'.repeat(MAX_INPUT_CHARS + 1)]);
    expect(eventsOf(r, 'input_trimmed')).toEqual([{ type: 'input_trimmed', from: MAX_INPUT_CHARS + 1, to: MAX_INPUT_CHARS }]);
    expect(keys(r)).toEqual(['input-trimmed', 'done']);
    expect(r.session.vars.note).toHaveLength(MAX_INPUT_CHARS);
  });

  it('a very long message is trimmed without splitting a surrogate pair into a lone half', () => {
    const r = last(bundle, ['hi', 'a'.repeat(MAX_INPUT_CHARS - 1) + '😀'.repeat(3000)]);
    const note = r.session.vars.note!;
    expect(note.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(note.isWellFormed()).toBe(true);
  });

  it('a huge message does not take long', () => {
    const started = Date.now();
    last(bundle, ['hi', 'MENU '.repeat(200_000)]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('lone surrogates and NULs do not crash; the text is cleaned and the turn goes on', () => {
    for (const bad of ['\ud800', 'ab\udc00cd', '\u0000', 'x\u0000y', '\udfff\ud800', 'ERASE\u0000']) {
      const r = last(bundle, ['hi', bad]);
      expect(eventsOf(r, 'input_refused').map((e) => e.reason)).toContain('invalid_text');
      const note = r.session.vars.note;
      if (note !== undefined) {
        expect(note.isWellFormed()).toBe(true);
        expect(note.includes('\u0000')).toBe(false);
      }
    }
  });

  it('a command with NULs inside still reads as the command once cleaned', () => {
    const r = last(bundle, ['hi', 'ERA\u0000SE']);
    expect(r.effects).toEqual([{ type: 'erase' }]);
  });

  it('lone surrogates in a first message still start the conversation', () => {
    const r = last(bundle, ['\ud83d']);
    expect(at(r)).toBe('t.q');
  });
});
