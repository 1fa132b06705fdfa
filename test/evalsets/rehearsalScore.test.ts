// The rehearsal eval's scorer: per point, right verdicts and the kind of each wrong one, so the
// frozen part can say where recognition goes wrong with figures alone.
import { describe, expect, it } from 'vitest';
import { formatFigures, scoreFile, type EvalFile } from '../../scripts/evalsets/rehearsal.ts';
import { loadPersonas } from '../../src/rehearsal/persona.ts';

const { personas } = loadPersonas();
const persona = personas.get('young-woman-not-a-victim')!;

const file = (lines: EvalFile['lines']): EvalFile => ({ lang: 'en', persona: persona.id, lines });

describe('rehearsal eval scoring', () => {
  it('tallies right verdicts, missed earns, missed breaches, verdicts not expected and reversed ones', () => {
    const f = scoreFile(
      file([
        { text: "Hi, I'm Sam, a support worker with the coalition.", earns: ['introduced'], breaches: [] },
        { text: 'ok', earns: ['privacy'], breaches: [] },
        { text: 'ok', earns: [], breaches: ['no_status_ask'] },
        { text: "Hi, I'm Sam, a support worker with the coalition.", earns: [], breaches: [] },
        { text: 'You must call the police right now.', earns: ['no_police'], breaches: [] },
      ]),
      persona,
      'test',
    );
    expect(f.points.introduced).toMatchObject({ expected: 1, given: 2, right: 1, extraEarn: 1, extraBreach: 0, missedEarn: 0 });
    expect(f.points.privacy).toMatchObject({ expected: 1, given: 0, right: 0, missedEarn: 1 });
    expect(f.points.no_status_ask).toMatchObject({ expected: 1, right: 0, missedBreach: 1 });
    expect(f.points.no_police).toMatchObject({ expected: 1, given: 1, right: 0, reversed: 1 });
    expect(f.misses).toEqual([]); // test part: no line is kept for the report
    const report = formatFigures('test', [f]);
    expect(report).toContain('intro 0/0/1/0/0');
    expect(report).toContain('privacy 1/0/0/0/0');
    expect(report).toContain('no_status 0/1/0/0/0');
    expect(report).toContain('no_police 0/0/0/0/1');
    expect(report).not.toContain('support worker');
  });
});
