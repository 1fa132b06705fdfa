import { describe, expect, it } from 'vitest';
import type { Command, Session } from '../../src/engine/types.ts';
import { COMMANDS, MAX_INPUT_CHARS } from '../../src/engine/types.ts';
import { newSession } from '../../src/engine/session.ts';
import { step } from '../../src/engine/step.ts';
import { COMMAND_WORDS, at, choice, command, eventsOf, keys, last, makeBundle, run, text, type Msg } from '../support/engineFixtures.ts';

const bundle = makeBundle();

/** Sessions resting at every ask node of the base flows. */
function restingAtEveryAsk(): Session[] {
  const out: Session[] = [];
  for (const f of Object.values(bundle.flows)) {
    for (const n of Object.values(f.nodes)) {
      if (n.type !== 'ask') continue;
      out.push({ ...newSession('en'), status: 'active', at: { flow: f.id, node: n.id }, back: [{ flow: 'main', node: 'menu' }] });
    }
  }
  return out;
}

const wordsOf = (m: Msg): string[] => (typeof m === 'string' ? [m] : [m.text, ...(m.synonyms ?? [])]);

/** Each word as written, lower-cased, and with accents removed. */
function spellings(word: string): string[] {
  const bare = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return [...new Set([word, word.toLowerCase(), bare, bare.toLowerCase(), ` ${word}! `])];
}

describe('commands', () => {
  it('every command word, in every language, is that command on every ask node, whatever the conversation language', () => {
    let checked = 0;
    for (const s of restingAtEveryAsk()) {
      for (const lang of ['en', 'fr', 'es']) {
        for (const c of COMMANDS) {
          for (const word of wordsOf(COMMAND_WORDS[lang]![c])) {
            for (const spelled of spellings(word)) {
              const r = step(bundle, { ...s, lang: lang === 'fr' ? 'es' : 'en' }, text(spelled));
              expect(eventsOf(r, 'command_used'), `${spelled} at ${s.at?.node}`).toEqual([{ type: 'command_used', command: c }]);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('a command from a channel control works the same as the word', () => {
    for (const c of COMMANDS) {
      const word = wordsOf(COMMAND_WORDS.en![c])[0]!;
      const [, a] = run(bundle, ['hi', word]);
      const [, b] = run(bundle, ['hi', command(c)]);
      expect(b, c).toEqual(a);
    }
  });

  it('a command must be the whole message', () => {
    const r = last(bundle, ['hi', 'please erase my data']);
    expect(eventsOf(r, 'command_used')).toEqual([]);
    expect(r.effects).toEqual([]);
  });

  it('"МЕNU" written with Cyrillic М and Е is not the MENU command', () => {
    const r = last(bundle, ['hi', '\u041c\u0415NU']);
    expect(eventsOf(r, 'command_used')).toEqual([]);
    expect(keys(r)).toEqual(['retry']);
  });

  it('commands win over choice labels that use the same word', () => {
    const b = makeBundle({ messages: { en: { 'menu-a': { text: 'Help me' , synonyms: ['help'] } } } });
    const r = last(b, ['hi', 'help']);
    expect(eventsOf(r, 'command_used')).toEqual([{ type: 'command_used', command: 'help' }]);
  });

  it('MENU, HELP, LANGUAGE, HUMAN, EMERGENCY go where the routes say', () => {
    const to = (c: Command) => at(last(bundle, ['hi', '2', command(c)]));
    expect(to('menu')).toBe('main.menu');
    expect(to('help')).toBe('main.menu');
    expect(keys(last(bundle, ['hi', '2', command('help')]))).toEqual(['help-text', 'menu-prompt']);
    expect(to('language')).toBe('main.language');
    expect(keys(last(bundle, ['hi', '2', command('human')]))[0]).toBe('handoff-said');
    expect(keys(last(bundle, ['hi', '2', command('emergency')]))[0]).toBe('emergency-said');
  });

  it('a command as the first message starts the conversation', () => {
    const r = last(bundle, ['AYUDA']);
    // A word only Spanish has: the conversation starts in Spanish.
    expect(r.events.filter((e) => e.type === 'conversation_started')).toEqual([{ type: 'conversation_started', lang: 'es' }]);
    expect(r.session.status).toBe('active');
  });

  it('LANGUAGE: choices are the offered languages, by number or by name, and the change is an event', () => {
    const [, r1, r2] = run(bundle, ['hi', 'idioma', 'espanol']);
    expect(r1!.outputs.at(-1)?.choices?.map((c) => c.id)).toEqual(['en', 'fr', 'es']);
    expect(r2!.session.lang).toBe('es');
    expect(eventsOf(r2!, 'language_changed')).toEqual([{ type: 'language_changed', from: null, to: 'es' }]);
    expect(last(bundle, ['hi', 'LANGUE', '٢']).session.lang).toBe('fr');
  });
});

describe('BACK', () => {
  it('returns to the previous question', () => {
    const r = last(bundle, ['hi', '2', 'back']);
    expect(at(r)).toBe('main.menu');
    expect(keys(r)).toEqual(['menu-prompt']);
  });

  it('with nowhere to go back to, says so and asks again', () => {
    const r = last(bundle, ['hi', 'back']);
    expect(keys(r)).toEqual(['back-unavailable', 'menu-prompt']);
    expect(at(r)).toBe('main.menu');
  });

  it('skips earlier points whose node no longer exists', () => {
    const s: Session = { ...newSession('en'), status: 'active', at: { flow: 'main', node: 'b' }, back: [{ flow: 'main', node: 'menu' }, { flow: 'gone', node: 'q' }] };
    const r = last(bundle, ['back'], s);
    expect(at(r)).toBe('main.menu');
    expect(r.session.back).toEqual([]);
  });
});

describe('ERASE', () => {
  it('resets everything but the language of the reply, with one erase effect and no confirmation', () => {
    const [, , , , r] = run(bundle, ['hi', '1', '2', 'LANGUE', 'BORRAR'], newSession('fr'));
    expect(r!.effects).toEqual([{ type: 'erase' }]);
    expect(eventsOf(r!, 'contact_erased')).toHaveLength(1);
    expect(keys(r!)).toEqual(['erased']);
    expect(r!.outputs[0]!.lang).toBe('fr');
    expect(r!.session).toEqual(newSession('fr'));
  });

  it('ERASE before anything was said starts no conversation', () => {
    const r = last(bundle, [command('erase')]);
    expect(eventsOf(r, 'conversation_started')).toEqual([]);
    expect(r.session).toEqual(newSession());
  });

  it('after ERASE the next message is a first contact again', () => {
    const r = last(bundle, ['hi', '1', 'erase', 'hi']);
    expect(eventsOf(r, 'conversation_started')).toHaveLength(1);
    expect(r.session.turns).toBe(1);
  });
});

describe('STOP and START', () => {
  const stopped = () => run(bundle, ['hi', '2', 'STOP'])[2]!.session;

  it('STOP says one thing, opts out, and forgets where it was', () => {
    const r = last(bundle, ['hi', '2', 'STOP']);
    expect(keys(r)).toEqual(['stopped']);
    expect(r.effects).toEqual([{ type: 'opt_out' }]);
    expect(r.session.status).toBe('stopped');
    expect(r.session.at).toBeNull();
  });

  it('after STOP, everything except START and ERASE gets no reply at all', () => {
    const long = 'x'.repeat(MAX_INPUT_CHARS + 10);
    const inputs = ['hello', 'MENU', 'HELP', 'EMERGENCY', '1', '', long, 'bad\ud800', choice('yes'), command('menu'), command('human'), command('stop')];
    for (const input of inputs) {
      const r = step(bundle, stopped(), typeof input === 'string' ? text(input) : input);
      expect(r.outputs, JSON.stringify(input).slice(0, 20)).toEqual([]);
      expect(r.effects).toEqual([]);
      expect(r.session.status).toBe('stopped');
    }
  });

  it('START (in any language) resumes with the menu and opts in', () => {
    for (const word of ['START', 'empezar', 'Reprendre', 'démarrer']) {
      const r = step(bundle, stopped(), text(word));
      expect(keys(r)).toEqual(['menu-prompt']);
      expect(r.effects).toEqual([{ type: 'opt_in' }]);
      expect(eventsOf(r, 'conversation_resumed')).toHaveLength(1);
      expect(r.session.status).toBe('active');
    }
  });

  it('ERASE is answered after STOP', () => {
    const r = step(bundle, stopped(), text('effacer'));
    expect(keys(r)).toEqual(['erased']);
    expect(r.effects).toEqual([{ type: 'erase' }]);
  });

  it('START when not stopped is the menu', () => {
    const r = last(bundle, ['hi', '2', 'start']);
    expect(at(r)).toBe('main.menu');
    expect(r.effects).toEqual([]);
  });
});
