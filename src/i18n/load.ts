import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FluentBundle, FluentResource, type Message as FluentMessage } from '@fluent/bundle';
import { parse, Comment, GroupComment, Junk, Message, ResourceComment } from '@fluent/syntax';
import { ContentError, type Problem } from '../data/errors.ts';
import { parseYaml, validate } from '../data/yamlFile.ts';
import { languagesSchema, type Language, type LanguagesFile } from './languages.ts';
import { parseMeta, type MessageMeta } from './metadata.ts';

export interface LocaleMessage {
  key: string;
  meta: MessageMeta;
  line: number;
  attributes: string[];
}

export interface Locale {
  language: Language;
  file: string;
  bundle: FluentBundle;
  messages: Map<string, LocaleMessage>;
}

export interface LoadedLocales {
  source: string;
  defaultLanguage: string;
  /** languages.yaml's `ask_in`: the language question's languages when nothing else is known. */
  askIn: string[];
  locales: Map<string, Locale>;
  /** Source keys (locales/sources.yaml) → organisation, title, address. */
  sources: Record<string, { org: string; title: string; url?: string }>;
}

export const CATALOGUE = 'waypoint.ftl';

const rel = (p: string): string => relative(process.cwd(), p) || p;

/** Read and check locales/languages.yaml alone. Throws ContentError naming each problem's line. */
export function readLanguages(dir: string): { file: string; value: LanguagesFile } {
  const file = rel(join(dir, 'languages.yaml'));
  const parsed = parseYaml(file, readFileSync(join(dir, 'languages.yaml'), 'utf8'));
  const checked = parsed.yaml ? validate(parsed.yaml, languagesSchema) : undefined;
  if (!checked?.value) throw new ContentError([...parsed.problems, ...(checked?.problems ?? [])]);
  return { file, value: checked.value };
}

/** Read locales/languages.yaml and every catalogue. Throws ContentError listing every problem. */
export function loadLocales(dir: string): LoadedLocales {
  const problems: Problem[] = [];
  const { file: langFile, value: langs } = readLanguages(dir);

  const sources = loadSources(dir, problems);
  const locales = new Map<string, Locale>();
  const codes = new Set(langs.languages.map((l) => l.code));
  for (const language of langs.languages) {
    for (const fb of language.fallback) {
      if (!codes.has(fb)) problems.push({ file: langFile, message: `${language.code}: fallback "${fb}" is not a listed language` });
    }
    const path = join(dir, language.code, CATALOGUE);
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ file, message: `missing catalogue for ${language.code}` });
      continue;
    }
    const locale = loadCatalogue(file, readFileSync(path, 'utf8'), language, problems);
    locales.set(language.code, locale);
    for (const m of locale.messages.values()) {
      for (const s of m.meta.source ?? []) {
        if (!sources[s]) problems.push({ file, line: m.line, message: `${m.key}: unknown source "${s}" (add it to locales/sources.yaml)` });
      }
    }
  }
  for (const code of [langs.source, langs.default, ...langs.ask_in]) {
    if (!codes.has(code)) problems.push({ file: langFile, message: `"${code}" is not a listed language` });
  }
  const extra = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !codes.has(d.name));
  for (const d of extra) problems.push({ file: rel(join(dir, d.name)), message: 'folder is not a language listed in languages.yaml' });
  if (problems.length > 0) throw new ContentError(problems);
  return { source: langs.source, defaultLanguage: langs.default, askIn: langs.ask_in, locales, sources };
}

function loadSources(dir: string, problems: Problem[]): LoadedLocales['sources'] {
  const path = join(dir, 'sources.yaml');
  if (!existsSync(path)) return {};
  const file = relative(process.cwd(), path) || path;
  const parsed = parseYaml(file, readFileSync(path, 'utf8'));
  problems.push(...parsed.problems);
  const data = (parsed.yaml?.data ?? {}) as Record<string, { org?: string; title?: string; url?: string }>;
  const out: LoadedLocales['sources'] = {};
  for (const [k, v] of Object.entries(data)) {
    if (!v || typeof v.org !== 'string' || typeof v.title !== 'string') {
      problems.push({ file, line: parsed.yaml?.lineOf([k]), message: `${k}: a source needs org and title (and url where there is one)` });
      continue;
    }
    out[k] = { org: v.org, title: v.title, ...(v.url ? { url: v.url } : {}) };
  }
  return out;
}

function loadCatalogue(file: string, text: string, language: Language, problems: Problem[]): Locale {
  const lineAt = lineIndex(text);
  const ast = parse(text, { withSpans: true });
  const messages = new Map<string, LocaleMessage>();
  let defaults: Partial<MessageMeta> = {};
  for (const entry of ast.body) {
    if (entry instanceof Junk) {
      const line = lineAt(entry.span?.start ?? 0);
      const why = entry.annotations.map((a) => a.message).join('; ') || 'syntax error';
      problems.push({ file, line, message: `Fluent syntax: ${why}` });
    } else if (entry instanceof ResourceComment) {
      const p: { message: string }[] = [];
      defaults = parseMeta(entry.content, {}, p);
      problems.push(...p.map((x) => ({ file, line: lineAt(entry.span?.start ?? 0), message: x.message })));
    } else if (entry instanceof Message) {
      const line = lineAt(entry.span?.start ?? 0);
      const p: { message: string }[] = [];
      const meta = parseMeta(entry.comment?.content, defaults, p);
      problems.push(...p.map((x) => ({ file, line, message: `${entry.id.name}: ${x.message}` })));
      if (messages.has(entry.id.name)) problems.push({ file, line, message: `${entry.id.name}: defined twice` });
      messages.set(entry.id.name, { key: entry.id.name, meta, line, attributes: entry.attributes.map((a) => a.id.name) });
    } else if (!(entry instanceof Comment) && !(entry instanceof GroupComment)) {
      problems.push({ file, line: lineAt(entry.span?.start ?? 0), message: 'terms are not used in catalogues; use messages' });
    }
  }
  // Isolation marks (FSI/PDI) keep numbers and commands the right way round in right-to-left
  // text; in left-to-right languages they only cost SMS characters, so they are off there.
  const bundle = new FluentBundle(language.code, { useIsolating: language.dir === 'rtl' });
  const errors = bundle.addResource(new FluentResource(text));
  for (const e of errors) problems.push({ file, message: e.message });
  return { language, file, bundle, messages };
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export type { FluentMessage };
