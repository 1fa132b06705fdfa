import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understand/understanding.ts';

// `warm()` builds ahead what the first messages would build (the spellings of the danger lists,
// each pattern's form beyond ASCII, run until compiled). It must change no reading: a warmed
// understanding reads every kind of line as a fresh one does.
const LINES = [
  'malik ne mera passport rakh liya aur mujhe maar raha hai',
  'ana khayef, howa 3ando sekkina w bgha yqtelni',
  '¿qué hago? mi patrón me encerró en el cuarto',
  'please help الكفيل أخذ جواز السفر مالي',
  'він має ніж і стоїть під дверима',
  'help me ¿ayuda? مساعدة मदद ਮਦਦ 帮助 ช่วยด้วย допоможіть',
  'my boss keeps my passport',
  'ਮੈਨੂੰ ਬਚਾਓ, ਉਹ ਮੈਨੂੰ ਮਾਰ ਰਿਹਾ ਹੈ',
  'khao lock pratu, ork mai dai',
];

describe('warm()', () => {
  it('reads every kind of line as an understanding that was never warmed', () => {
    const cold = createUnderstanding();
    const warmed = createUnderstanding();
    warmed.warm();
    warmed.warm();
    for (const line of LINES) expect(warmed.routeOffline(line), line).toEqual(cold.routeOffline(line));
  });

  it('in slices: the event loop runs between them, and every line reads as a cold understanding reads it', async () => {
    const cold = createUnderstanding();
    const sliced = createUnderstanding();
    // Slices of no length: a pause before every pattern. (Patterns compiled by an earlier test in
    // this process make each slice short, so the pauses are counted, not timed.)
    let turns = 0;
    let counting = true;
    const count = (): void => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    await sliced.warmInSlices({ sliceMs: 0 });
    counting = false;
    // Warmed in one piece, the counter would have run once at most before it returned.
    expect(turns).toBeGreaterThan(10);
    for (const line of LINES) expect(sliced.routeOffline(line), line).toEqual(cold.routeOffline(line));
  });

  it('in slices, stopped: it ends at the next slice, and what is left is built on first use', async () => {
    const cold = createUnderstanding();
    const stopped = createUnderstanding();
    const stop = new AbortController();
    const warming = stopped.warmInSlices({ signal: stop.signal });
    stop.abort();
    await warming;
    for (const line of LINES) expect(stopped.routeOffline(line), line).toEqual(cold.routeOffline(line));
  });
});
