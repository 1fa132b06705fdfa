// Rehearsal personas as data: personas/<id>.yaml (one invented, composite person from
// /work/shared/scenarios.md) and personas/rules/<lang>.yaml (how a trainee's lines are read in
// that language, and the persona's stock replies). Validated with zod at load; every problem is
// reported with file and line, and nothing is half-loaded. Every line a persona can write has
// its English beside it (stock replies line up with rules/en.yaml by position), so a trainer
// who does not read the language can follow.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ContentError, type Problem } from '../data/errors.ts';
import { parseYaml, validate } from '../data/yamlFile.ts';
import { MODEL_FILE, RehearsalModel, RehearsalModelError } from './model.ts';
import { POINT_IDS } from './points.ts';
import { Lexicon, PatternError, type CompiledPattern, type CompiledSignal } from './recognise.ts';
import { DEFAULT_NEGATED, GOOD, WIDE_NEGATION, MENTIONED, OFFERED, INTENTS, SIGNALS, type Intent, type Reader, type Signal } from './signals.ts';

/** Where the committed personas live, whatever the working directory. */
export const PERSONAS_DIR = fileURLToPath(new URL('../../personas', import.meta.url));

const text = z.string().trim().min(1);
const langCode = z.string().regex(/^[a-z]{2,3}$/);
const READABLE = [...SIGNALS, ...INTENTS] as const;
const readable = z.enum(READABLE as unknown as [Signal | Intent, ...(Signal | Intent)[]]);
const HARMS = SIGNALS.filter((s) => !GOOD.has(s));
type Harm = Exclude<Signal, 'introduced' | 'privacy' | 'safety' | 'language' | 'person_first' | 'no_police' | 'legal' | 'next_steps' | 'no_promise'>;
type Good = Exclude<Signal, Harm>;

/** A word or pattern; a bare number in YAML (211, 911) reads as its digits. */
const wordOrNumber = z.union([text, z.number().int().nonnegative().transform(String)]);
const patterns = z.array(wordOrNumber).min(1);
/** A signal's patterns, or patterns with what a negation does and the signals that cancel it. */
const signalRule = z.union([
  patterns,
  z.strictObject({
    when: patterns,
    /** keep (negation changes nothing), drop, or the signal it becomes ("no_police"). */
    negated: z.union([z.enum(['keep', 'drop']), readable]).optional(),
    unless: z.array(readable).default([]),
    /** clause: taken back by `unless` only if never read in a clause of its own without them. */
    apart: z.literal('clause').optional(),
  }),
]);
const signalRules = z.partialRecord(readable, signalRule);

const lines = z.array(text).min(1);
const repliesSchema = z.strictObject({
  /** A statement the person does not take up. */
  neutral: lines,
  /** A question the person has no answer for. */
  question: lines,
  /** A guarded non-answer: a question asked before there is trust for it. */
  guarded: lines,
  /** What the person says when good practice shows, by signal. */
  ack: z.strictObject(Object.fromEntries([...GOOD].map((s) => [s, lines])) as Record<Good, typeof lines>),
  /** What the person says to harm that does not make them stop, by signal. */
  cool: z.strictObject(Object.fromEntries(HARMS.map((s) => [s, lines])) as Record<Harm, typeof lines>),
  withdraw: text,
  /** Coming back after a withdrawal, once repaired. */
  back: lines,
  /** Leaving for good. */
  leave: text,
  interrupted: text,
});

export const ruleSetSchema = z.strictObject({
  lang: langCode,
  /** `letters` for scripts written without spaces between words (Thai, Chinese). */
  script: z.enum(['words', 'letters']).default('words'),
  /** A line written mostly in Latin letters is also read with the English rules (languages not written in Latin letters). */
  english_too: z.boolean().default(false),
  /** Short words that may be glued to the start of any word (Arabic: و ف ب ل ال). */
  attach: z.array(text).default([]),
  /** Particles of politeness that may stand anywhere, dropped from a line before it is read (Tagalog: po, ho). */
  fillers: z.array(text).default([]),
  negation: z
    .strictObject({
      /** Groups whose words negate what follows (or precedes) them. */
      words: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).default([]),
      /** How far a negation reaches: words (characters for `letters`) before and after a match. */
      before: z.number().int().min(0).max(40).default(4),
      after: z.number().int().min(0).max(40).default(0),
      /**
       * How far a negation reaches back for the asks it cancels (status, names, addresses,
       * documents): a whole clause, "I won't ever ask you for your boss's name".
       */
      wide: z.number().int().min(0).max(60).default(10),
      /** Groups of phrases that hold a negation word but do not negate: "no other way", "don't wait". */
      except: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).default([]),
      /** A space ends a clause (Thai writes a space where others write a comma or a full stop). */
      space_ends_clause: z.boolean().default(false),
    })
    .default({ words: [], before: 4, after: 0, wide: 10, except: [], space_ends_clause: false }),
  /**
   * Groups of words that report or quote ("he said", "the word", "people call it"): a label or
   * a blame after one in its sentence (within `before` words, or `after` words after it in its
   * clause) is mentioned, not said to the person. Words inside quotation marks are mentioned too.
   */
  mention: z
    .strictObject({
      words: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).default([]),
      before: z.number().int().min(0).max(60).default(8),
      after: z.number().int().min(0).max(60).default(0),
    })
    .default({ words: [], before: 8, after: 0 }),
  /**
   * Groups of words that offer, or give the asking to someone else ("I can send you", "keep …
   * for yourself", "the lawyer may ask"): a question for names, addresses or documents after one
   * in its sentence (within `before` words, or `after` words after it) is no ask of the trainee's.
   */
  offer: z
    .strictObject({
      words: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).default([]),
      before: z.number().int().min(0).max(60).default(8),
      after: z.number().int().min(0).max(60).default(0),
    })
    .default({ words: [], before: 8, after: 0 }),
  /**
   * Groups of words that set what follows against what went before ("but", "pero", "mais"): a
   * gap (`..`, `...`) never runs over one, so "it's not your fault, but you have to go to the
   * police" is no "not … have to … police", and a negation before "but" reaches nothing after it.
   */
  contrast: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).default([]),
  words: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'group names are CAPITALS'), z.array(wordOrNumber).min(1)).default({}),
  signals: signalRules,
  /**
   * Lines on which the learned second opinion (model.ts) stays silent about a point the rules give
   * no verdict: "have you ever talked to a lawyer?" names a lawyer and suggests nothing, though the
   * word weighs heavily for legal advice. Patterns as for signals; they earn and breach nothing.
   */
  quiet: z.partialRecord(z.enum(POINT_IDS), patterns).default({}),
  replies: repliesSchema,
});

const byLang = z.record(langCode, text);
/** One thing a persona can say, in each of its languages; `trust` is the least trust it needs. */
const variant = z.object({ trust: z.number().int().min(-10).max(10).optional() }).catchall(text);
const ANSWERS = ['safety', 'ask_fears', 'ask_story', 'ask_wants'] as const;
export type AnswerKind = (typeof ANSWERS)[number];

export const personaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    scenario: z.number().int().min(1).max(16),
    name: text,
    /** Languages this persona can be rehearsed in; the first is the language the person writes. */
    languages: z.array(langCode).min(1),
    /** The person's own language when it has no rule set yet (they are rehearsed in English). */
    writes: text.optional(),
    channel: text,
    background: text,
    wants: z.array(text).min(1),
    fears: z.array(text).min(1),
    /** Trust at which the person stops writing. */
    withdrawAt: z.number().int().max(0).default(-3),
    /** Signals after which the person withdraws at once, whatever the trust (scenarios: "withdraws if"). */
    withdrawsOn: z.array(z.enum(SIGNALS as unknown as [Signal, ...Signal[]])).default([]),
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
    /** Answers to what the trainee asks: a safety check, their fears, what happened, what would help. */
    answers: z.partialRecord(z.enum(ANSWERS), z.array(variant).min(1)).default({}),
    /** Extra patterns for this person, per language (added to the shared ones). */
    rules: z.record(langCode, signalRules).default({}),
    /** Stock replies for this person that differ from the shared ones, per language (lined up with `en`). */
    replies: z.record(langCode, repliesSchema.pick({ neutral: true, question: true, guarded: true }).partial().extend({ cool: z.partialRecord(z.enum(HARMS as [Harm, ...Harm[]]), lines).optional() })).default({}),
    goodResponse: z.array(text).min(1),
  })
  .strict();

export type RuleSet = z.infer<typeof ruleSetSchema>;
export type PersonaData = z.infer<typeof personaSchema>;

/** A persona line with its English, for the trainer. */
export interface Said {
  text: string;
  english: string;
}

export interface StockReplies {
  neutral: Said[];
  question: Said[];
  guarded: Said[];
  ack: Record<Good, Said[]>;
  cool: Record<Harm, Said[]>;
  withdraw: Said;
  back: Said[];
  leave: Said;
  interrupted: Said;
}

export interface Answer extends Said {
  trust: number;
}

/** One language of a persona: how its lines are read, and what the person can say. */
export interface CompiledLang {
  reader: Reader;
  replies: StockReplies;
  answers: Partial<Record<AnswerKind, Answer[]>>;
}

/** A persona ready to rehearse: its data plus, per language, the compiled rules and replies. */
export interface Persona extends PersonaData {
  compiled: Record<string, CompiledLang>;
  /** The learned second opinion (model.json beside the personas), the same for every persona; null when there is none. */
  model: RehearsalModel | null;
}

export interface LoadedPersonas {
  personas: Map<string, Persona>;
  ruleSets: Map<string, RuleSet>;
}

const rel = (p: string): string => relative(process.cwd(), p) || p;

type Where = (path: PropertyKey[]) => number | undefined;

/** Patterns compiled; one that does not compile is a problem at its place in the file (`at(i)`), named `label`. */
function compilePatterns(lexicon: Lexicon, srcs: readonly string[], at: (i: number) => PropertyKey[], label: string, file: string, where: Where, problems: Problem[]): CompiledPattern[] {
  return srcs.flatMap((src, i) => {
    try {
      return [lexicon.compile(src)];
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      problems.push({ file, line: where(at(i)), message: `${label}: ${JSON.stringify(src)}: ${e.message}` });
      return [];
    }
  });
}

/** Compile a language's signals (shared first, then a persona's own, merged per signal). */
function compileSignals(lexicon: Lexicon, sets: { file: string; where: Where; rules: z.infer<typeof signalRules>; path: PropertyKey[] }[], problems: Problem[]): CompiledSignal[] {
  const out = new Map<string, CompiledSignal>();
  for (const { file, where, rules, path } of sets) {
    for (const [name, rule] of Object.entries(rules)) {
      if (!rule) continue;
      const spec = Array.isArray(rule) ? { when: rule, unless: [] as string[] } : rule;
      const compiled = compilePatterns(lexicon, spec.when, (i) => [...path, name, ...(Array.isArray(rule) ? [] : ['when']), i], `signals.${name}`, file, where, problems);
      const prev = out.get(name);
      const negated = ('negated' in spec ? spec.negated : undefined) ?? prev?.negated ?? DEFAULT_NEGATED[name as Signal] ?? 'keep';
      out.set(name, { signal: name, patterns: [...(prev?.patterns ?? []), ...compiled], negated, unless: [...new Set([...(prev?.unless ?? []), ...spec.unless])], apart: ('apart' in spec ? spec.apart : undefined) ?? prev?.apart, wide: WIDE_NEGATION.has(name as Signal), mentioned: MENTIONED.has(name as Signal) ? 'mention' : OFFERED.has(name as Signal) ? 'offer' : undefined });
    }
  }
  return [...out.values()];
}

/** A language's quiet rules: one compiled list a point, read like a signal's (negation changes nothing). */
function compileQuiet(lexicon: Lexicon, file: string, where: Where, rules: RuleSet['quiet'], problems: Problem[]): CompiledSignal[] {
  return Object.entries(rules).flatMap(([point, srcs]) => {
    const compiled = compilePatterns(lexicon, srcs ?? [], (i) => ['quiet', point, i], `quiet.${point}`, file, where, problems);
    return compiled.length > 0 ? [{ signal: point, patterns: compiled, negated: 'keep' as const, unless: [] }] : [];
  });
}

function readYaml<S extends z.ZodType>(path: string, schema: S, problems: Problem[]): { value: z.infer<S>; lineOf: Where; file: string } | undefined {
  const file = rel(path);
  const parsed = parseYaml(file, readFileSync(path, 'utf8'));
  problems.push(...parsed.problems);
  if (!parsed.yaml) return undefined;
  const v = validate(parsed.yaml, schema);
  problems.push(...v.problems);
  return v.value === undefined ? undefined : { value: v.value, lineOf: parsed.yaml.lineOf, file };
}

type ReplyLists = Pick<RuleSet['replies'], 'neutral' | 'question' | 'guarded'>;
type OwnReplies = PersonaData['replies'][string];

/** Stock replies of a language with the English beside each, lined up by position with `en`. */
function pairReplies(r: RuleSet['replies'], en: RuleSet['replies'], own: OwnReplies, ownEn: OwnReplies): StockReplies {
  const pair = (xs: string[], ys: string[]): Said[] => xs.map((t, i) => ({ text: t, english: ys[i] ?? t }));
  const list = (k: keyof ReplyLists): Said[] => (own[k] ? pair(own[k]!, ownEn[k] ?? own[k]!) : pair(r[k], en[k]));
  const cool = (k: Harm): Said[] => (own.cool?.[k] ? pair(own.cool[k]!, ownEn.cool?.[k] ?? own.cool[k]!) : pair(r.cool[k], en.cool[k]));
  return {
    neutral: list('neutral'),
    question: list('question'),
    guarded: list('guarded'),
    ack: Object.fromEntries(Object.entries(r.ack).map(([k, v]) => [k, pair(v, en.ack[k as Good])])) as Record<Good, Said[]>,
    cool: Object.fromEntries(HARMS.map((k) => [k, cool(k as Harm)])) as Record<Harm, Said[]>,
    withdraw: { text: r.withdraw, english: en.withdraw },
    back: pair(r.back, en.back),
    leave: { text: r.leave, english: en.leave },
    interrupted: { text: r.interrupted, english: en.interrupted },
  };
}

/** Every list of stock replies has as many lines as English's, so each has its English. */
function checkLinedUp(file: string, where: Where, r: RuleSet['replies'], en: RuleSet['replies'], problems: Problem[]): void {
  const check = (path: string[], a: unknown, b: unknown): void => {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
      problems.push({ file, line: where(['replies', ...path]), message: `replies.${path.join('.')}: ${a.length} lines, English has ${b.length} (each line needs its English at the same place)` });
    }
  };
  for (const k of ['neutral', 'question', 'guarded', 'back'] as const) check([k], r[k], en[k]);
  for (const [k, v] of Object.entries(r.ack)) check(['ack', k], v, en.ack[k as Good]);
  for (const [k, v] of Object.entries(r.cool)) check(['cool', k], v, en.cool[k as Harm]);
}

/** Read every persona and rule set. Throws ContentError (file:line: reason) listing every problem. */
export function loadPersonas(dir: string = PERSONAS_DIR): LoadedPersonas {
  const problems: Problem[] = [];
  const ruleSets = new Map<string, RuleSet>();
  const sources = new Map<string, { file: string; where: Where; lexicon: Lexicon }>();
  const rulesDir = join(dir, 'rules');
  if (!existsSync(rulesDir)) problems.push({ file: rel(rulesDir), message: 'missing folder of rule sets (rules/<lang>.yaml)' });
  else {
    for (const name of readdirSync(rulesDir).filter((n) => n.endsWith('.yaml')).sort()) {
      const r = readYaml(join(rulesDir, name), ruleSetSchema, problems);
      if (!r) continue;
      if (`${r.value.lang}.yaml` !== name) problems.push({ file: r.file, line: r.lineOf(['lang']), message: `lang "${r.value.lang}" does not match the file name` });
      try {
        const lexicon = new Lexicon({ script: r.value.script, attach: r.value.attach, fillers: r.value.fillers, groups: r.value.words, negation: { ...r.value.negation, spaceEndsClause: r.value.negation.space_ends_clause }, mention: r.value.mention, offer: r.value.offer, contrast: r.value.contrast });
        ruleSets.set(r.value.lang, r.value);
        sources.set(r.value.lang, { file: r.file, where: r.lineOf, lexicon });
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        problems.push({ file: r.file, line: r.lineOf(['words']), message: `words: ${e.message}` });
      }
    }
  }
  const en = ruleSets.get('en');
  if (ruleSets.size > 0 && !en) problems.push({ file: rel(rulesDir), message: 'missing rules/en.yaml: every persona line needs its English' });
  if (en) for (const [lang, set] of ruleSets) if (lang !== 'en') checkLinedUp(sources.get(lang)!.file, sources.get(lang)!.where, set.replies, en.replies, problems);
  let model: RehearsalModel | null = null;
  try {
    model = RehearsalModel.load(dir);
  } catch (e) {
    if (!(e instanceof RehearsalModelError)) throw e;
    problems.push({ file: rel(join(dir, MODEL_FILE)), message: e.message });
  }
  const readers = new Map<string, Reader>();
  for (const [lang, set] of ruleSets) {
    const src = sources.get(lang)!;
    readers.set(lang, {
      lexicon: src.lexicon,
      signals: compileSignals(src.lexicon, [{ file: src.file, where: src.where, rules: set.signals, path: ['signals'] }], problems),
      quiet: compileQuiet(src.lexicon, src.file, src.where, set.quiet, problems),
    });
  }
  const english = readers.get('en');
  for (const [lang, set] of ruleSets) if (set.english_too && english && lang !== 'en') readers.get(lang)!.english = english;

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
    if (!p.languages.includes('en')) problems.push({ file: r.file, line: at(['languages']), message: 'languages: needs "en" (the English shown beside every line)' });
    const compiled: Persona['compiled'] = {};
    for (const lang of p.languages) {
      const shared = ruleSets.get(lang);
      const src = sources.get(lang);
      if (!shared || !src || !en) {
        problems.push({ file: r.file, line: at(['languages']), message: `no rule set for "${lang}" (add rules/${lang}.yaml)` });
        continue;
      }
      if (!p.opening[lang]) problems.push({ file: r.file, line: at(['opening']), message: `opening: missing "${lang}"` });
      p.reveals.forEach((rv, i) => {
        if (!rv.text[lang]) problems.push({ file: r.file, line: at(['reveals', i, 'text']), message: `reveals.${i}.text: missing "${lang}"` });
      });
      if (p.interrupt?.text && !p.interrupt.text[lang]) problems.push({ file: r.file, line: at(['interrupt', 'text']), message: `interrupt.text: missing "${lang}"` });
      const answers: CompiledLang['answers'] = {};
      for (const [kind, variants] of Object.entries(p.answers)) {
        answers[kind as AnswerKind] = (variants ?? []).flatMap((v, i) => {
          const t = v[lang];
          if (typeof t !== 'string') {
            problems.push({ file: r.file, line: at(['answers', kind, i]), message: `answers.${kind}.${i}: missing "${lang}"` });
            return [];
          }
          return [{ text: t, english: typeof v.en === 'string' ? v.en : t, trust: v.trust ?? -10 }];
        });
      }
      const shared0 = readers.get(lang)!;
      const own = p.rules[lang];
      const reader: Reader = own
        ? { ...shared0, signals: compileSignals(src.lexicon, [{ file: src.file, where: src.where, rules: shared.signals, path: ['signals'] }, { file: r.file, where: at, rules: own, path: ['rules', lang] }], problems) }
        : shared0;
      compiled[lang] = { reader, replies: pairReplies(shared.replies, en.replies, p.replies[lang] ?? {}, p.replies.en ?? {}), answers };
    }
    for (const lang of Object.keys(p.rules)) {
      if (!p.languages.includes(lang)) problems.push({ file: r.file, line: at(['rules', lang]), message: `rules: "${lang}" is not in languages` });
    }
    for (const [lang, own] of Object.entries(p.replies)) {
      if (!p.languages.includes(lang)) problems.push({ file: r.file, line: at(['replies', lang]), message: `replies: "${lang}" is not in languages` });
      if (lang === 'en') continue;
      const lists: [string[], string[] | undefined, string][] = [
        ...(['neutral', 'question', 'guarded'] as const).flatMap((k) => (own[k] ? [[own[k]!, p.replies.en?.[k], k] as [string[], string[] | undefined, string]] : [])),
        ...Object.entries(own.cool ?? {}).map(([k, v]) => [v ?? [], p.replies.en?.cool?.[k as Harm], `cool.${k}`] as [string[], string[] | undefined, string]),
      ];
      for (const [v, e, k] of lists) {
        if (!e || e.length !== v.length) problems.push({ file: r.file, line: at(['replies', lang, ...k.split('.')]), message: `replies.${lang}.${k}: needs the same number of lines in replies.en.${k}` });
      }
    }
    personas.set(p.id, { ...p, compiled, model });
  }
  if (personas.size === 0) problems.push({ file: rel(dir), message: 'no personas (<id>.yaml)' });
  // A shared rule is compiled once per persona: report each problem once.
  const unique = [...new Map(problems.map((x) => [`${x.file}:${x.line}:${x.message}`, x])).values()];
  if (unique.length > 0) throw new ContentError(unique);
  return { personas, ruleSets };
}
