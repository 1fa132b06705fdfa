// The topic ids and the languages, read from the content files and written nowhere in code: a
// topic is a flow's `topic:` (flows/*.yaml, CONTENT.md's 16 and four situations they did not
// cover), a language is an entry of locales/languages.yaml. Free-text understanding (its data
// files and what it may answer), the evaluation sets and the content checks take them from here.
//
// They are read from the content shipped beside the code, through the flow loader's
// once-per-process cache (src/bundle.ts: an app on the shipped flows parses them once for both)
// and src/data's YAML reading (zod-checked, every problem with its file and line), once, the first
// time they are asked for: loading this module reads nothing, so a command that checks broken
// content (`waypoint flows lint`) still starts and reports it. The engine never reads them: it is
// given the content.
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

const FLOWS_DIR = fileURLToPath(new URL('../../flows', import.meta.url));
const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));

let read: { topics: readonly TopicId[]; languages: readonly Lang[]; topicSet: ReadonlySet<string>; langRank: ReadonlyMap<string, number> } | undefined;
/** Ids the code names (below) before the content files are read, checked once they are. */
const named: { topics: string[]; languages: string[] } = { topics: [], languages: [] };

function ids(): NonNullable<typeof read> {
  if (!read) {
    const topics = Object.keys(loadFlowsOnce(FLOWS_DIR).topics) as TopicId[];
    const languages = readLanguages(LOCALES_DIR).value.languages.map((l) => l.code) as Lang[];
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
  else named.languages.push(...codes);
  return codes as Lang[];
}
export const namedLang = (code: string): Lang => namedLangs([code])[0]!;
export function namedTopic(id: string): TopicId {
  if (read) refuse(isTopic(id) ? [] : [id], 'topics no flow has');
  else named.topics.push(id);
  return id as TopicId;
}

/** Every topic is walked end to end in these languages: Spanish, Tagalog, Arabic (right to left), Chinese. */
export const WALK_LANGUAGES = ['es', 'tl', 'ar', 'zh'] as const;
