import { describe, expect, it } from 'vitest';
import { listsAlone, understanding } from './shared.ts';

const route = (t: string) => understanding().routeOffline(t);

// Someone who cannot write more writes in short pieces: a cry, where, how fast. One piece that
// is danger alone makes the message danger when every other piece is a few words and nothing
// lowers it; framing around it ("is this the helpline?", "can you help me?") counts as no piece.
describe('a message written in short pieces', () => {
  it('is danger when one piece alone is', () => {
    for (const t of [
      'help. 3rd floor. hurry',
      'sos. room 12. quick',
      'ayuda. cuarto 4. rápido',
      'ਬਚਾਓ। ਹੁਣੇ।',
      'bachao. kamra 7. jaldi',
      'tulong po. dito sa likod. bilis',
      'cứu, phòng 5',
      '救命！302房',
      'is this the helpline? help',
      'can you help me? sos',
      'pwede nyo po ba ako tulungan? sos po',
      'didi help. aaunus',
    ]) {
      expect(route(t).danger, t).toBe(true);
    }
  });
  it('is not when a piece is long, or something lowers it', () => {
    for (const t of ['help. my boss did not pay me for three months', 'help. lol', 'ayuda, ayer']) {
      expect(route(t).danger, t).toBe(false);
    }
  });
  it('beside a matter of pay or papers is asked about', () => {
    for (const t of ['help, overtime', 'ayuda. salario. horas']) {
      const r = route(t);
      expect([r.danger, r.dangerCheck], t).toEqual([false, true]);
    }
  });
  it('a lone "can you help me?" stays a cry', () => {
    expect(route('can you help me?').danger).toBe(true);
  });
});

// A room, a floor or an address named beside a cry that is danger, with a call to come quickly
// or a number, in short pieces or a few words, is where the person is: not the housing topic.
describe('a place named beside a cry', () => {
  it('is where the person is: danger', () => {
    for (const t of [
      'tulong po. kwarto 3. bilis',
      'saklolo. kwarto 12',
      'tulong. 2nd floor. dali',
      'tulungan nyo ako, room 8, bilis po',
      'socorro. quarto 5. rápido',
      'au secours. chambre 12',
      'допоможіть. кімната 3. швидко',
      'ساعدوني. غرفة 3. بسرعة',
      'madad karo. kamra 4. jaldi',
    ]) {
      expect(route(t).danger, t).toBe(true);
    }
  });
  it('is still the matter when the room is what is wrong, or pay is named', () => {
    for (const t of ['help, my room has no heating', 'ayuda con mi cuarto, el patron cobra mucho', 'tulong po, walang heater sa kwarto', 'saklolo. kwarto 12. sweldo', 'tulong po bilis, sweldo ko']) {
      expect(route(t).danger, t).toBe(false);
    }
  });
});

// Someone come back, said alone in a few words to a help line, is asked about; in a longer
// message it still needs a call for help, a call to come quickly or someone drunk or angry.
describe('someone come back, said alone', () => {
  it('asks the question at least', () => {
    for (const t of ["he's back", 'he is back again', 'ya volvió', 'ऊ फेरि आयो', 'didi, wo aa gaya', 'veer oh aa gaye', 'u aayo']) {
      const r = route(t);
      expect(r.danger || r.dangerCheck, t).toBe(true);
    }
  });
  it('with a call to come quickly is danger', () => {
    for (const t of ['he is back, come quick', 'wo fir aa gaya jaldi aao']) expect(route(t).danger, t).toBe(true);
  });
  it('is nothing in a longer message about something else', () => {
    // The learned signal asks about "the manager is back tomorrow" since t73a's lines were trained
    // on (0.50, at its threshold): the lists ask nothing, and nothing is an emergency.
    for (const t of ['the manager is back tomorrow', 'i came back to canada last year', 'the boss came back from vacation and still has not paid us']) {
      const r = listsAlone().routeOffline(t);
      expect([r.danger, r.dangerCheck], t).toEqual([false, false]);
      expect(route(t).danger, t).toBe(false);
    }
  });
});
