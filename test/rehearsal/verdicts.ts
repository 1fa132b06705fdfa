// A line's verdict on each rubric point, read by the rules of a language (any persona speaking it).
import { describe, expect, it } from 'vitest';
import { loadPersonas, signalsOf } from '../../src/rehearsal/index.ts';
import { lineVerdicts, type PointId, type Verdict } from '../../src/rehearsal/points.ts';

const { personas } = loadPersonas();

const reader = (lang: string) => {
  for (const p of personas.values()) if (p.compiled[lang]) return p.compiled[lang]!.reader;
  throw new Error(`no persona in ${lang}`);
};

export const verdicts = (lang: string, line: string): Partial<Record<PointId, Verdict>> => Object.fromEntries(lineVerdicts(signalsOf(line, reader(lang))));

/** The line gets each verdict wanted; a line that only earns breaches nothing. */
export function expectVerdicts(lang: string, line: string, want: Partial<Record<PointId, Verdict>>): void {
  const got = verdicts(lang, line);
  for (const [point, v] of Object.entries(want)) expect(got[point as PointId], point).toBe(v);
  if (Object.values(want).every((v) => v === 'earned')) expect(Object.values(got)).not.toContain('breached');
}

/** A test that the line gets no verdict at all on `point` (for it.each over [lang, line]). */
export const expectNone =
  (point: PointId) =>
  (lang: string, line: string): void => {
    expect(verdicts(lang, line)[point], point).toBeUndefined();
  };

/** The line breaches no point (for it.each over [lang, line]): what it earns does not matter. */
export const expectNoBreach = (lang: string, line: string): void => {
  expect(Object.values(verdicts(lang, line)), line).not.toContain('breached');
};

/** A line, its language and the verdicts wanted on it. */
export type VerdictRow = readonly [lang: string, line: string, want: Partial<Record<PointId, Verdict>>];

/** A describe named `title` with one test a row: each line gets the verdicts wanted (expectVerdicts). */
export function eachVerdicts(title: string, rows: readonly VerdictRow[]): void {
  describe(title, () => {
    for (const [lang, line, want] of rows) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, want));
  });
}
