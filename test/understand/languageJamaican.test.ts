// Jamaican English as farm workers from Jamaica type it ("wah gwaan, mi have some questions bout mi
// permit"): the first message of two writers of t64a and t66a got the language choice, as its
// words ("mi", "di", "dis", "fi") are no English word and some are another language's. Its own
// everyday words (wah gwaan, bredda, yuh, nuh, weh, deh, cyaan, seh, inna, pickney, unno) are now
// English words in the language lists; "mi", "di" and "fi" stay out (Spanish, Tagalog, Kreyòl).
import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

describe('Jamaican English is read as English', () => {
  it.each([
    'wah gwaan, mi bredda seh yuh help farm worker wid dem permit',
    'wagwan, weh mi fi go if di boss hold mi passport',
  ])('%s', (t) => {
    expect(understanding().routeOffline(t).lang).toBe('en');
  });

  it('with as many words shared with Spanish, Tagalog and Kreyòl as its own, is unsure rather than another language (the language choice is offered)', () => {
    expect(understanding().routeOffline('yuh cyaan help mi? di boss nuh pay mi fi two week').lang).toBeNull();
  });

  it('leaves Spanish, Tagalog and Kreyòl messages that share "mi", "di" or "fi" in their own language', () => {
    expect(understanding().routeOffline('mi jefe no me paga desde hace dos semanas').lang).toBe('es');
    expect(understanding().routeOffline('di pa binabayaran ng amo ko yung overtime ko').lang).toBe('tl');
    expect(understanding().routeOffline('pitit fi mwen malad, patwon an pa ban m konje').lang).toBe('ht');
  });
});
