// A first message of t67a asked in Kreyòl whether the service is free and confidential ("Bonjou,
// eske sèvis sa a gratis e konfidansyèl?") and got the language choice between Kreyòl and
// Portuguese: its words of the service ("sèvis", "konfidansyèl") were no language's and "gratis"
// and "e" are Portuguese too. They are Kreyòl words in the language lists now, with "sekrè";
// over the dev and first-contact dev lines, the language told changed for two more lines, each now
// Kreyòl and written in Kreyòl.
import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

describe('asking in Kreyòl whether the service is free and confidential', () => {
  it.each([
    'Bonjou, eske sevis sa a gratis e konfidansyel?',
    'sèvis sa a sekrè? m pa vle patwon an konnen',
    // "e" (and) and "gratis" are Kreyòl words too: with "la" rather than "sa a" the message had
    // nothing left to tell it from Portuguese (the language choice, tried on a fresh clone).
    'eske sevis la gratis e konfidansyel?',
    'alo, se gratis?',
  ])('%s is read as Kreyòl', (t) => {
    expect(understanding().routeOffline(t).lang).toBe('ht');
  });

  it('leaves Portuguese asking the same in Portuguese', () => {
    expect(understanding().routeOffline('oi, esse serviço é gratis e confidencial?').lang).toBe('pt');
    expect(understanding().routeOffline('o servico e gratis?').lang).toBe('pt');
  });
});
