// ERASE as people type it in Latin letters: Arabic in Arabizi ("emsa7", wipe; "e7zef", delete) and
// Ukrainian transliterated ("sterty", "vydalyty"). Typed after a first message in that language,
// each is the erase command, answered in that language, in the shipped flows and catalogues.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { newSession } from '../../src/engine/session.ts';
import { step } from '../../src/engine/step.ts';
import type { Session } from '../../src/engine/types.ts';
import { eventsOf, text } from '../support/engineFixtures.ts';

const { bundle } = loadContent({ flowsDir: 'flows', localesDir: 'locales' });

describe('erase typed in Latin letters', () => {
  it.each([
    ['ar', 'EMSA7'],
    ['ar', 'emsa7'],
    ['ar', 'imsah'],
    ['ar', 'e7zef'],
    ['uk', 'STERTY'],
    ['uk', 'vydalyty vse'],
  ])('%s: %s erases', (lang, word) => {
    const s: Session = { ...newSession(lang), status: 'active', at: { flow: 'main', node: 'menu' } };
    expect(eventsOf(step(bundle, s, text(word)), 'command_used')).toEqual([{ type: 'command_used', command: 'erase' }]);
  });
});
