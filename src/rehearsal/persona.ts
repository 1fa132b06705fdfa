// Rehearsal personas as data: personas/<id>.yaml (one invented, composite person from
// /work/shared/scenarios.md) and personas/rules/<lang>.yaml (how a trainee's lines are
// recognised in that language, and the persona's stock replies). Validated with zod at load;
// every problem is reported with file and line, and nothing is half-loaded.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ContentError, type Problem } from '../data/errors.ts';
import { parseYaml, validate } from '../data/yamlFile.ts';
import { normalize } from '../engine/normalize.ts';
import { SIGNALS, type Signal } from './signals.ts';

/** Where the committed personas live, whatever the working directory. */
export const PERSONAS_DIR = fileURLToPath(new URL('../../personas', import.meta.url));

const text = z.string().trim().min(1);
const signal = z.enum(SIGNALS as unknown as [Signal, ...Signal[]]);

/** One recogniser: a line (normalized) gives this signal when any keyword or regex matches. */
const ruleSchema = z
  .object({
    signal,
    any: z.array(text).default([]),
    regex: z.array(text).default([]),
    /** Not given when one of these signals is in the same line ("you don't have to go to the police"). */
    unless: z.array(signal).default([]),
  })
  .strict()
  .refine((r) => r.any.length + r.regex.length > 0, { message: 'a rule needs `any` or `regex`' });

const repliesSchema = z
  .object({
    neutral: z.array(text).min(1),
    warm: z.array(text).min(1),
    cool: z.array(text).min(1),
    withdraw: text,
    interrupted: text,
  })
  .strict();

export const ruleSetSchema = z
  .object({
    lang: z.string().regex(/^[a-z]{2,3}$/),
    rules: z.array(ruleSchema).min(1),
    replies: repliesSchema,
  })
  .strict();

const byLang = z.record(z.string().regex(/^[a-z]{2,3}$/), text);

export const personaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    scenario: z.number().int().min(1).max(16),
    name: text,
    /** Languages this persona can be rehearsed in; the first is the language the person writes. */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
    /** The person's own language when it has no rule set yet (they are rehearsed in English). */
    writes: text.optional(),
    channel: text,
    background: text,
    wants: z.array(text).min(1),
    fears: z.array(text).min(1),
    /** Trust at which the person stops writing. */
    withdrawAt: z.number().int().max(0).default(-3),
    /** Signals after which the person withdraws at once, whatever the trust (scenarios: "withdraws if"). */
    withdrawsOn: z.array(signal).default([]),
    /** Trust changes for this person that differ from the defaults (e.g. employer_name costs more for Andrés). */
    weights: z.record(z.string(), z.number().int().min(-5).max(5)).default({}),
    opening: byLang,
    reveals: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            trust: z.number().int().min(1).max(10),
            /** The fact, in English, for the trainer and the debrief. */
            fact: text,
            text: byLang,
          })
          .strict(),
      )
      .min(1),
    /** "Someone came in: I must stop", at this trainee turn. */
    interrupt: z.object({ turn: z.number().int().min(1), text: byLang.optional() }).strict().optional(),
    /** Extra recognisers and replies for this person, per language (merged before the shared ones). */
    rules: z.record(z.string(), z.array(ruleSchema)).default({}),
    replies: z.record(z.string(), repliesSchema.partial()).default({}),
    goodResponse: z.array(text).min(1),
  })
  .strict();

export type Rule = z.infer<typeof ruleSchema>;
export type RuleSet = z.infer<typeof ruleSetSchema>;
export type Replies = z.infer<typeof repliesSchema>;
export type PersonaData = z.infer<typeof personaSchema>;

/** A rule compiled for matching: keywords and patterns already folded like the trainee's lines. */
export interface CompiledRule {
  signal: Signal;
  any: string[];
  regex: RegExp[];
  unless: Signal[];
}

/** A persona ready to rehearse: its data plus, per language, the compiled rules and replies. */
export interface Persona extends PersonaData {
  compiled: Record<string, { rules: CompiledRule[]; replies: Replies }>;
}

export interface LoadedPersonas {
  personas: Map<string, Persona>;
  ruleSets: Map<string, RuleSet>;
}

const rel = (p: string): string => relative(process.cwd(), p) || p;

function compileRules(file: string, rules: Rule[], where: (i: number) => number | undefined, problems: Problem[]): CompiledRule[] {
  return rules.map((r, i) => ({
    signal: r.signal,
    any: r.any.map((k) => normalize(k)).filter((k) => k.length > 0),
    regex: r.regex.flatMap((src) => {
      try {
        return [new RegExp(src, 'u')];
      } catch (e) {
        problems.push({ file, line: where(i), message: `rules.${i}: bad regex ${JSON.stringify(src)}: ${(e as Error).message}` });
        return [];
      }
    }),
    unless: r.unless,
  }));
}

function readYaml<S extends z.ZodType>(path: string, schema: S, problems: Problem[]): { value: z.infer<S>; lineOf: (p: PropertyKey[]) => number | undefined; file: string } | undefined {
  const file = rel(path);
  const parsed = parseYaml(file, readFileSync(path, 'utf8'));
  problems.push(...parsed.problems);
  if (!parsed.yaml) return undefined;
  const v = validate(parsed.yaml, schema);
  problems.push(...v.problems);
  return v.value === undefined ? undefined : { value: v.value, lineOf: parsed.yaml.lineOf, file };
}

/** Read every persona and rule set. Throws ContentError (file:line: reason) listing every problem. */
export function loadPersonas(dir: string = PERSONAS_DIR): LoadedPersonas {
  const problems: Problem[] = [];
  const ruleSets = new Map<string, RuleSet>();
  const compiledShared = new Map<string, CompiledRule[]>();
  const rulesDir = join(dir, 'rules');
  if (!existsSync(rulesDir)) problems.push({ file: rel(rulesDir), message: 'missing folder of rule sets (rules/<lang>.yaml)' });
  else {
    for (const name of readdirSync(rulesDir).filter((n) => n.endsWith('.yaml')).sort()) {
      const r = readYaml(join(rulesDir, name), ruleSetSchema, problems);
      if (!r) continue;
      if (`${r.value.lang}.yaml` !== name) problems.push({ file: r.file, line: r.lineOf(['lang']), message: `lang "${r.value.lang}" does not match the file name` });
      ruleSets.set(r.value.lang, r.value);
      compiledShared.set(r.value.lang, compileRules(r.file, r.value.rules, (i) => r.lineOf(['rules', i]), problems));
    }
  }

  const personas = new Map<string, Persona>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const r = readYaml(join(dir, name), personaSchema, problems);
    if (!r) continue;
    const p = r.value;
    const at = (path: PropertyKey[]): number | undefined => r.lineOf(path);
    if (`${p.id}.yaml` !== name) problems.push({ file: r.file, line: at(['id']), message: `id "${p.id}" does not match the file name` });
    if (personas.has(p.id)) problems.push({ file: r.file, line: at(['id']), message: `id "${p.id}" defined twice` });
    for (const w of Object.keys(p.weights)) {
      if (!(SIGNALS as readonly string[]).includes(w)) problems.push({ file: r.file, line: at(['weights', w]), message: `weights: unknown signal "${w}"` });
    }
    const compiled: Persona['compiled'] = {};
    for (const lang of p.languages) {
      const shared = ruleSets.get(lang);
      if (!shared) {
        problems.push({ file: r.file, line: at(['languages']), message: `no rule set for "${lang}" (add rules/${lang}.yaml)` });
        continue;
      }
      if (!p.opening[lang]) problems.push({ file: r.file, line: at(['opening']), message: `opening: missing "${lang}"` });
      p.reveals.forEach((rv, i) => {
        if (!rv.text[lang]) problems.push({ file: r.file, line: at(['reveals', i, 'text']), message: `reveals.${i}.text: missing "${lang}"` });
      });
      if (p.interrupt?.text && !p.interrupt.text[lang]) problems.push({ file: r.file, line: at(['interrupt', 'text']), message: `interrupt.text: missing "${lang}"` });
      const own = compileRules(r.file, p.rules[lang] ?? [], (i) => at(['rules', lang, i]), problems);
      compiled[lang] = { rules: [...own, ...(compiledShared.get(lang) ?? [])], replies: { ...shared.replies, ...p.replies[lang] } };
    }
    for (const lang of Object.keys(p.rules)) {
      if (!p.languages.includes(lang)) problems.push({ file: r.file, line: at(['rules', lang]), message: `rules: "${lang}" is not in languages` });
    }
    personas.set(p.id, { ...p, compiled });
  }
  if (personas.size === 0) problems.push({ file: rel(dir), message: 'no personas (<id>.yaml)' });
  if (problems.length > 0) throw new ContentError(problems);
  return { personas, ruleSets };
}
