// The few emoji that say a danger themselves (a knife, a drop of blood, an ambulance; SOS already)
// are folded as words (fold.ts): folding dropped every other emoji, and "🔪 door", "😭🩸 ніж", "🆘" (dev lines) were missed.
// A knife as the work's tool and a knife as slang stay none; the emergency message is said in the
// language the words beside the emoji are written in.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/understand/fold.ts';
import { asUnderstanding } from '../../src/understand/understanding.ts';
import { step } from '../../src/engine/index.ts';
import { bundle } from '../support/atMenu.ts';
import { understanding } from './shared.ts';
import { eachFlagged, eachNeither } from './expectDanger.ts';

describe('danger emoji', () => {
  it('are folded as words; other emoji are dropped as before', () => {
    expect(fold('🔪 door').split(/\s+/).filter(Boolean)).toEqual(['knife', 'door']);
    expect(fold('😭🩸 ніж').split(/\s+/).filter(Boolean)).toEqual(['blood', 'ніж']);
    expect(fold('🚑🚑 pls').split(/\s+/).filter(Boolean)).toEqual(['ambulance', 'pls']);
    expect(fold('hola 😭').trim()).toBe('hola');
  });
  eachFlagged('danger by the lists', ['🆘', '🔪🔪 en la puerta', 'il a un 🔪 devant ma porte']);
  // The lists ask; the learned signal confirms their question.
  it.each(['🔪 door', '😭🩸 ніж'])('danger, the lists\' question confirmed: %s', (t) => {
    expect(understanding().routeOffline(t).danger).toBe(true);
  });
  eachNeither('a tool, slang', ['cutting 🥩 with the 🔪 all day at the plant, do we get gloves?', 'lol this job is 🔪']);
  it('the emergency message comes in the language of the words beside them', () => {
    for (const [text, lang] of [['😭🩸 ніж', 'uk'], ['🔪🔪 en la puerta', 'es']] as const) {
      const understood = asUnderstanding(understanding().routeOffline(text));
      expect(step(bundle, null, { type: 'text', text, understood }).outputs[0]).toMatchObject({ key: 'emergency-now', lang });
    }
  });
});
