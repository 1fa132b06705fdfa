// Loading the data files of src/understand/data: example phrasings per topic and danger
// lexicons, one file per language, validated with zod. A broken file stops start-up with its name.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { lang, languages, namedLang, topicId, topicIds, type Lang, type TopicId } from '../content/topics.ts';
import { filesKey } from '../data/filesKey.ts';
import { CONCEPTS } from './danger.ts';
import { cachedJson, defaultCacheDir } from './dataCache.ts';
import { tagalogForms } from './tagalog.ts';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('./data', import.meta.url));

const status = z.enum(['draft', 'reviewed']);

const examplesFile = z
  .object({
    lang,
    status,
    examples: z.partialRecord(topicId, z.array(z.string().min(1)).min(1)),
  })
  .strict();

/** A term; a bare number in YAML (911) is a term too. */
const term = z.union([z.string().min(1), z.number().transform(String)]);

const dangerFile = z
  .object({
    lang,
    status,
    reviewer_role: z.string().nullable(),
    /** Danger on their own (terms: see data/danger/README.md). */
    phrases: z.array(term).default([]),
    patterns: z.array(z.string().min(1)).default([]),
    /** Terms per concept: harms, context that raises, context that lowers. */
    concepts: z.partialRecord(z.enum(CONCEPTS), z.array(term)).default({}),
    not_danger: z.array(z.string().min(1)).default([]),
    /**
     * A question about how to get emergency help ("what number do I call if something happens at
     * night", "does 911 speak Spanish", "do you answer 24 hours", "can you send someone"): answered
     * with the emergency reply. `supposed`: an emergency of one's own supposed ("if something
     * happens", "if I'm in danger", "if it gets bad"); `emergency`: the word emergency alone;
     * `reach`: how help is reached (what number, who to call, in what language, what it costs);
     * `service`: reaching this line or someone through it (do you answer, 24 hours, can you come
     * or send someone, can I text here); `asked`: a whole such question ("does 911 speak"); `not`:
     * patterns blanked first ("a family emergency", "the emergency number"). Matched before
     * `not_danger` is blanked (see README.md).
     */
    help_question: z
      .object({
        emergency: z.array(term).default([]),
        supposed: z.array(term).default([]),
        reach: z.array(term).default([]),
        service: z.array(term).default([]),
        asked: z.array(term).default([]),
        not: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
    /**
     * How many people something is done to, said between a verb and its particle or place ("they
     * locked 8 of us in", "took all three of us to"): `pattern => reading`, a match read again as
     * the reading ("us", or "$1" for the pattern's first group), so a term is written once, with
     * the plain word.
     */
    counts: z.array(z.string().min(1)).optional(),
    /** Short forms of words as typed in messages ("không" → "ko", "k"): terms of two words or more are matched with them too. */
    shorthand: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
    /**
     * Endings and word classes of the language's grammar, by name (Hindi verb endings: `v: [ta,
     * ti, te, ega, …]`): a term's word `maar+v` stands for "maar" with each ending, a word `+dena`
     * for each word of the class (see data/danger/README.md, "Writing a term").
     */
    endings: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string())).optional(),
  })
  .strict();

const socialFile = z
  .object({
    lang,
    status,
    phrases: z.array(z.string().min(1)).min(1),
  })
  .strict();

export type SocialPhraseList = z.infer<typeof socialFile>;

const phraseList = z.array(z.string().min(1)).default([]);
const smallTalkFile = z
  .object({ lang, status, thanks: phraseList, hello: phraseList, back: phraseList, scope: phraseList })
  .strict();

export type SmallTalkList = z.infer<typeof smallTalkFile>;

/**
 * What people write around what they have to say, above all in a first message: greetings,
 * sorry for writing at this hour, how they got the number, whether it is the right one, whether
 * it is confidential, "what do I do?" (regular expressions on folded text; see
 * data/framing/README.md).
 */
const framingFile = z.object({ lang, status, patterns: z.array(z.string().min(1)).min(1) }).strict();

export type FramingList = z.infer<typeof framingFile>;

const languageWordsFile = z
  .object({
    lang,
    status,
    words: z.array(z.string().min(1)).min(1),
    patterns: z.array(z.string().min(1)).default([]),
    /** The language's names as its speakers write them ("tagalog", "punjabi", "на русском"). */
    names: z.array(z.string().min(1)).default([]),
    /**
     * Words of this language that people writing other languages use as they are ("boss",
     * "permit", "passport" in Hinglish, Taglish, Arabizi): they tell no language.
     */
    borrowed: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type LanguageWords = z.infer<typeof languageWordsFile>;

const keywordFile = z
  .object({
    lang,
    status,
    reviewer_role: z.string().nullable(),
    topics: z.partialRecord(topicId, z.array(term).min(1)),
  })
  .strict();

export type KeywordList = z.infer<typeof keywordFile>;

export interface Example {
  lang: Lang;
  topic: TopicId;
  text: string;
}

export type DangerLexicon = z.infer<typeof dangerFile> & {
  /** The terms written out from endings (`withEndings`), not written so in the file. */
  written_out?: string[];
};

export class UnderstandDataError extends Error {
  readonly code = 'understand_data_invalid';
  constructor(message: string) {
    super(message);
    this.name = 'UnderstandDataError';
  }
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UnderstandDataError(`${file}: ${(e as Error).message}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw new UnderstandDataError(`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

export function loadExamples(dataDir = DEFAULT_DATA_DIR): Example[] {
  const out: Example[] = [];
  for (const file of yamlFiles(join(dataDir, 'examples'))) {
    const f = readYaml(file, examplesFile);
    if (!file.endsWith(`${f.lang}.yaml`)) throw new UnderstandDataError(`${file}: lang ${f.lang} does not match the file name`);
    for (const [topic, texts] of Object.entries(f.examples) as [TopicId, string[]][]) {
      for (const text of texts) out.push({ lang: f.lang, topic, text });
    }
  }
  return out;
}

/** Every `<lang>.yaml` of a data folder, validated; the lang inside must match the file name. */
function perLanguage<T extends { lang: Lang }>(dir: string, schema: z.ZodType<T>): T[] {
  return yamlFiles(dir).map((file) => {
    const f = readYaml(file, schema);
    if (!file.endsWith(`${f.lang}.yaml`)) throw new UnderstandDataError(`${file}: lang ${f.lang} does not match the file name`);
    return f;
  });
}

export function loadDangerLexicons(dataDir = DEFAULT_DATA_DIR): DangerLexicon[] {
  return perLanguage(join(dataDir, 'danger'), dangerFile).map((f) => {
    const file = join(dataDir, 'danger', `${f.lang}.yaml`);
    const endings = f.endings ?? {};
    const forms = VERB_FORMS[f.lang];
    const grown = { ...f, phrases: withEndings(file, f.phrases, endings, forms), concepts: Object.fromEntries(Object.entries(f.concepts).map(([k, v]) => [k, withEndings(file, v ?? [], endings, forms)])) as DangerLexicon['concepts'] };
    const written = new Set([...f.phrases, ...Object.values(f.concepts).flat()]);
    checkTerms(file, [...grown.phrases, ...Object.values(grown.concepts).flat()]);
    return { ...grown, written_out: [...grown.phrases, ...Object.values(grown.concepts).flat()].filter((t) => !written.has(t)) };
  });
}

/** Languages whose terms may name a root (`@root`) for every verb form made from it. */
const VERB_FORMS: Partial<Record<Lang, (root: string) => string[]>> = { [namedLang('tl')]: tagalogForms };
const TAGALOG_FILE = fileURLToPath(new URL('./tagalog.ts', import.meta.url));

/** At most this many terms come out of one term's endings. */
const ENDINGS_AT_MOST = 1000;
const CLASS_NAME = /^[a-z_]+$/;

/**
 * Terms with their endings written out: a word `stem+name` is the stem with each ending of the
 * class `name` ("maar+v" → "maarta", "maarega" …), a word `+name` each word of the class
 * ("maar +dena" → "maar diya", "maar dega" …), a word `pre+stem+name` the stem with each
 * beginning of `pre` (a class the file names) and each ending of `name` (Arabic "pre+حرق+o" →
 * حرقني، يحرقني، بتحرقنا …); a stem may take several classes of endings in turn ("打+asp+obj");
 * marks (`*`, `~`) stay where they were. A class the file does not name stops start-up with the
 * file's name.
 */
export function withEndings(file: string, terms: readonly string[], endings: Readonly<Record<string, readonly string[]>>, forms?: (root: string) => string[]): string[] {
  const out: string[] = [];
  const named = (term: string, name: string): readonly string[] => {
    const list = endings[name];
    if (!list) throw new UnderstandDataError(`${file}: term "${term}" names endings "${name}" the file does not list`);
    return list;
  };
  for (const term of terms) {
    if (!term.includes('+') && !term.includes('@')) {
      out.push(term);
      continue;
    }
    let spellings: string[] = [''];
    for (const tok of term.trim().split(/\s+/)) {
      let alts = [tok];
      if (tok.startsWith('@')) {
        if (!forms) throw new UnderstandDataError(`${file}: term "${term}" names a root (@), which only a language with verb forms from roots can`);
        alts = forms(tok.slice(1));
      } else if (tok.includes('+') && tok !== '+') {
        const pre = tok.startsWith('*') ? '*' : '';
        const post = tok.endsWith('*') && tok.length > 1 ? '*' : '';
        const parts = tok.slice(pre.length, tok.length - post.length).split('+');
        // The first part is a class of beginnings when the file names a class so and a stem follows
        // ("pre+حرق+o", Chinese "pas+打"); every part after the stem is a class of endings.
        const begin = parts.length >= 2 && CLASS_NAME.test(parts[0]!) && endings[parts[0]!] ? endings[parts.shift()!]! : [''];
        const stem = parts.shift()!;
        let forms = begin.map((b) => b + stem);
        for (const name of parts) {
          if (!CLASS_NAME.test(name)) throw new UnderstandDataError(`${file}: term "${term}" has "+" before "${name}", which is not a class name`);
          forms = forms.flatMap((f) => named(term, name).map((e) => f + e));
        }
        alts = forms.filter((f) => f !== '').map((f) => `${pre}${f}${post}`);
      }
      spellings = spellings.flatMap((s) => alts.map((a) => (s ? `${s} ${a}` : a)));
      if (spellings.length > ENDINGS_AT_MOST) throw new UnderstandDataError(`${file}: term "${term}" makes more than ${ENDINGS_AT_MOST} terms`);
    }
    out.push(...spellings);
  }
  return [...new Set(out)];
}

/**
 * A term must hold at least one word once its marks are taken off. Checked cheaply here (the
 * matcher folds every term again when it is built), so a broken file is named at start-up.
 */
function checkTerms(file: string, terms: readonly string[]): void {
  for (const t of terms) {
    if (!/[\p{L}\p{N}]/u.test(t)) throw new UnderstandDataError(`${file}: term "${t}" has no words`);
  }
}

/** Topic keywords per language (data/keywords/<lang>.yaml): synonyms and colloquial forms. */
export function loadKeywords(dataDir = DEFAULT_DATA_DIR): KeywordList[] {
  return perLanguage(join(dataDir, 'keywords'), keywordFile).map((f) => {
    checkTerms(join(dataDir, 'keywords', `${f.lang}.yaml`), Object.values(f.topics).flatMap((terms) => terms ?? []));
    return f;
  });
}

/** Greetings, thanks and acknowledgements per language (data/social/<lang>.yaml). */
export function loadSocialPhrases(dataDir = DEFAULT_DATA_DIR): SocialPhraseList[] {
  return perLanguage(join(dataDir, 'social'), socialFile);
}

/** Small talk by kind, and messages that talk to the machine, per language (data/smalltalk/<lang>.yaml). */
export function loadSmallTalk(dataDir = DEFAULT_DATA_DIR): SmallTalkList[] {
  return perLanguage(join(dataDir, 'smalltalk'), smallTalkFile);
}

/**
 * What people write around what they have to say, per language (data/framing/<lang>.yaml): none
 * when the folder is absent.
 */
export function loadFraming(dataDir = DEFAULT_DATA_DIR): FramingList[] {
  const dir = join(dataDir, 'framing');
  return existsSync(dir) ? perLanguage(dir, framingFile) : [];
}

/** Everyday words that tell languages apart (data/language/<lang>.yaml; script alone tells the rest). */
export function loadLanguageWords(dataDir = DEFAULT_DATA_DIR): LanguageWords[] {
  return perLanguage(join(dataDir, 'language'), languageWordsFile);
}

/** Every data file of understanding, validated. */
export interface UnderstandData {
  examples: Example[];
  lexicons: DangerLexicon[];
  keywords: KeywordList[];
  languageWords: LanguageWords[];
  social: SocialPhraseList[];
  smallTalk: SmallTalkList[];
  framing: FramingList[];
}

const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * What understanding's data holds, as a hash: every file under the folder (names and bytes), the
 * schemas (this file), and the topic ids and languages the files are checked against. The
 * folder's path is not in it: a broken file is named only when it is read, never from a cache.
 * Null when the folder cannot be read (loading says why).
 */
export function understandDataKey(dataDir = DEFAULT_DATA_DIR): string | null {
  return filesKey(resolve(dataDir), [readFileSync(THIS_FILE, 'utf8'), readFileSync(TAGALOG_FILE, 'utf8'), CONCEPTS.join(), topicIds().join(), languages().join()]);
}

/**
 * Every data file, validated: read from the cache file a process wrote for the same files (see
 * dataCache.ts), else from the files, and the cache file written. `cacheDir: null` reads the files;
 * `key`: understandDataKey's, when the caller has it. Throws UnderstandDataError naming a broken
 * file, as each loader does.
 */
export function loadUnderstandData(dataDir = DEFAULT_DATA_DIR, opts: { cacheDir?: string | null; key?: string | null } = {}): UnderstandData {
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  const key = cacheDir ? (opts.key === undefined ? understandDataKey(dataDir) : opts.key) : null;
  return cachedJson(cacheDir, key, () => ({
    examples: loadExamples(dataDir),
    lexicons: loadDangerLexicons(dataDir),
    keywords: loadKeywords(dataDir),
    languageWords: loadLanguageWords(dataDir),
    social: loadSocialPhrases(dataDir),
    smallTalk: loadSmallTalk(dataDir),
    framing: loadFraming(dataDir),
  }));
}
