// A rule file's `quiet` rules keep the learned second opinion silent about a point on a line the
// rules give no verdict for: "have you ever talked to a lawyer?" names a lawyer and suggests
// nothing, though the word weighs heavily for legal advice in the model.
import { describe, expect, it } from 'vitest';
import { loadPersonas } from '../../src/rehearsal/index.ts';
import { foldLine } from '../../src/rehearsal/recognise.ts';
import { withModel } from '../../src/rehearsal/model.ts';
import { lineVerdicts } from '../../src/rehearsal/points.ts';
import { readLine } from '../../src/rehearsal/signals.ts';

const { personas } = loadPersonas();
const andres = personas.get('farm-worker-pay-deductions')!;
const reader = andres.compiled.es!.reader;
const asked = '¿Has hablado alguna vez con un abogado?';
const suggested = 'Una clínica legal gratuita puede revisar sus talones antes de que haga nada.';

describe('quiet rules', () => {
  it('name the points the second opinion leaves alone on a line, and none on a line they do not match', () => {
    expect(readLine(foldLine(asked), reader).quiet).toEqual(['legal']);
    expect(readLine(foldLine(suggested), reader).quiet).toEqual([]);
  });

  it('keep the second opinion from earning legal on a question about a lawyer, which it would earn unasked', () => {
    const model = andres.model!;
    const rules = lineVerdicts(readLine(foldLine(asked), reader).signals);
    expect(rules.has('legal')).toBe(false);
    expect(model.earns(asked, rules)).toContain('legal');
    expect(model.earns(asked, rules, undefined, ['legal'])).not.toContain('legal');
    expect(withModel(rules, asked, model, undefined, readLine(foldLine(asked), reader).quiet).has('legal')).toBe(false);
  });

  it('leave a suggestion of legal advice earned', () => {
    const r = readLine(foldLine(suggested), reader);
    expect(withModel(lineVerdicts(r.signals), suggested, andres.model, undefined, r.quiet).get('legal')).toBe('earned');
  });

  // "I'm here", "okay", "I understand" alone say nothing of who the worker is (r53a).
  it.each([
    ['ar', 'نعم، أنا هنا.'],
    ['ht', 'Dakò.'],
    ['ht', 'Mwen la.'],
    ['vi', 'Em đang ở đây.'],
    ['pa', 'ਹਾਂ ਜੀ, ਸਮਝ ਗਈ।'],
  ])('%s: %s earns no introduction, from the rules or the second opinion', (lang, line) => {
    const persona = [...personas.values()].find((p) => p.compiled[lang])!;
    const r = readLine(foldLine(line), persona.compiled[lang]!.reader);
    expect(r.quiet).toContain('introduced');
    expect(withModel(lineVerdicts(r.signals), line, persona.model, undefined, r.quiet).has('introduced')).toBe(false);
  });

  // Arabic, Chinese, Thai and Ukrainian practices read a line typed in English with English's rules:
  // English's quiet rules come with them.
  it.each(['ar', 'zh', 'th', 'uk'])('%s: an English question about a lawyer is quiet for legal, as in English', (lang) => {
    const line = 'Have you ever talked to a lawyer?';
    const persona = [...personas.values()].find((p) => p.compiled[lang])!;
    const english = [...personas.values()].find((p) => p.compiled.en)!;
    expect(readLine(foldLine(line), english.compiled.en!.reader).quiet).toEqual(['legal']);
    expect(readLine(foldLine(line), persona.compiled[lang]!.reader).quiet).toEqual(['legal']);
  });

  // "We are not the police" alone says who the worker is not: introduced, never no_police, from the
  // rules or the second opinion (which learned it from lines labelled so before the decision; r54a).
  it.each([
    ['en', 'We are not the police.'],
    ['ht', 'Annou klè: nou pa lapolis.'],
    ['uk', 'Ми не поліція, якщо що.'],
    ['hi', 'हम पुलिस नहीं हैं।'],
    ['tl', 'Hindi kami pulis.'],
    ['pt', 'Não somos a polícia.'],
    ['ne', 'हामी प्रहरी होइनौं।'],
    ['pa', 'ਅਸੀਂ ਪੁਲਿਸ ਨਹੀਂ ਹਾਂ।'],
  ])('%s: %s introduces the worker and earns no no_police', (lang, line) => {
    const persona = [...personas.values()].find((p) => p.compiled[lang])!;
    const r = readLine(foldLine(line), persona.compiled[lang]!.reader);
    const v = withModel(lineVerdicts(r.signals), line, persona.model, undefined, r.quiet);
    expect(v.get('introduced')).toBe('earned');
    expect(v.has('no_police')).toBe(false);
  });

  it('leaves no_police earned when help is said not to depend on them', () => {
    for (const line of ['We are not the police. Help never depends on going to them.', 'We are not the police, and help never depends on going to them.']) {
      const r = readLine(foldLine(line), reader0('en'));
      expect(withModel(lineVerdicts(r.signals), line, andres.model, undefined, r.quiet).get('no_police'), line).toBe('earned');
    }
  });
});

function reader0(lang: string) {
  return [...personas.values()].find((p) => p.compiled[lang])!.compiled[lang]!.reader;
}
