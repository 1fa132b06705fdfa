// The topic ids and the languages, read from the content files and written nowhere in code: a
// topic is a flow's `topic:` (flows/*.yaml, CONTENT.md's 16 and four situations they did not
// cover), a language is an entry of locales/languages.yaml. Free-text understanding (its data
// files and what it may answer), the evaluation sets and the content checks take them from here.
//
// They are read from the content the process runs on (FLOWS_DIR and LOCALES_DIR, which a running
// Waypoint names with `readContentFrom`; the content shipped beside the code until then), through
// the flow loader's once-per-process cache (src/bundle.ts: the flows an app loads are parsed once
// for both) and src/data's YAML reading (zod-checked, every problem with its file and line), once,
// the first time they are asked for: loading this module reads nothing, so a command that checks
// broken content (`waypoint flows lint`) still starts and reports it. The engine never reads them:
// it is given the content.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadFlowsOnce } from '../bundle.ts';
import { readLanguages } from '../i18n/load.ts';

declare const topicBrand: unique symbol;
declare const langBrand: unique symbol;
/** A flow's topic: a string known to be one, by `isTopic` or the `topicId` schema. */
export type TopicId = string & { readonly [topicBrand]: true };
/** A language of locales/languages.yaml: a string known to be one, by `isLang` or the `lang` schema. */
export type Lang = string & { readonly [langBrand]: true };

export interface ContentDirs {
  flowsDir: string;
  localesDir: string;
}

/** The content shipped beside the code. */
const SHIPPED: ContentDirs = {
  flowsDir: fileURLToPath(new URL('../../flows', import.meta.url)),
  localesDir: fileURLToPath(new URL('../../locales', import.meta.url)),
};
let from: ContentDirs = SHIPPED;

/**
 * The content this process runs on (the configuration's FLOWS_DIR and LOCALES_DIR): topics and
 * languages are read from it from now on, again if other folders were read before. Returns the
 * folders read until now.
 */
export function readContentFrom(dirs: ContentDirs): ContentDirs {
  const before = from;
  const next = { flowsDir: resolve(dirs.flowsDir), localesDir: resolve(dirs.localesDir) };
  if (next.flowsDir !== resolve(from.flowsDir) || next.localesDir !== resolve(from.localesDir)) {
    from = next;
    read = undefined;
  }
  return before;
}

let read: { topics: readonly TopicId[]; languages: readonly Lang[]; topicSet: ReadonlySet<string>; langRank: ReadonlyMap<string, number> } | undefined;
/** Ids the code names (below), checked when the content files are read (again if other files are). */
const named: { topics: string[]; languages: string[] } = { topics: [], languages: [] };

function ids(): NonNullable<typeof read> {
  if (!read) {
    const topics = Object.keys(loadFlowsOnce(from.flowsDir).topics) as TopicId[];
    const languages = readLanguages(from.localesDir).value.languages.map((l) => l.code) as Lang[];
    read = { topics, languages, topicSet: new Set(topics), langRank: new Map(languages.map((l, i) => [l, i])) };
    refuse(named.topics.filter((t) => !isTopic(t)), 'topics no flow has');
    refuse(named.languages.filter((l) => !isLang(l)), 'languages locales/languages.yaml does not list');
  }
  return read;
}

function refuse(unknown: readonly string[], what: string): void {
  if (unknown.length > 0) throw new Error(`the code names ${what}: ${unknown.join(', ')}`);
}

/** Every topic id, in the order the flow files define them. */
export function topicIds(): readonly TopicId[] {
  return ids().topics;
}

/** Every language code, in locales/languages.yaml's order (the language menu's). */
export function languages(): readonly Lang[] {
  return ids().languages;
}

/** A language's place in languages(): for ordering by it, without a search of the list. */
export function languageRank(code: Lang): number {
  return ids().langRank.get(code) ?? -1;
}

export function isTopic(value: unknown): value is TopicId {
  return typeof value === 'string' && ids().topicSet.has(value);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && ids().langRank.has(value);
}

/** zod: a topic id (checked when a value is parsed, so building the schema reads nothing). */
export const topicId = z.custom<TopicId>(isTopic, { error: 'not a topic id (a topic is a flow\'s `topic:` in flows/)' });
/** zod: a language code of locales/languages.yaml. */
export const lang = z.custom<Lang>(isLang, { error: 'not a language of locales/languages.yaml' });

/**
 * A language the code names for what is known about it (its script, franc's code for it), or a
 * topic it treats apart (emergency). Checked against the content files when they are read (at
 * once if they have been): a name the content does not have is a mistake in the code, and stops
 * start-up saying which.
 */
export function namedLangs(codes: readonly string[]): Lang[] {
  if (read) refuse(codes.filter((c) => !isLang(c)), 'languages locales/languages.yaml does not list');
  named.languages.push(...codes);
  return codes as Lang[];
}
export const namedLang = (code: string): Lang => namedLangs([code])[0]!;
export function namedTopic(id: string): TopicId {
  if (read) refuse(isTopic(id) ? [] : [id], 'topics no flow has');
  named.topics.push(id);
  return id as TopicId;
}

/** Every topic is walked end to end in these languages: Spanish, Tagalog, Arabic (right to left), Chinese. */
export const WALK_LANGUAGES = ['es', 'tl', 'ar', 'zh'] as const;
