import { resolve } from 'node:path';
import { filesKey } from './data/filesKey.ts';
import type { Bundle } from './engine/types.ts';
import { loadFlows, type LoadedFlows } from './flows/load.ts';
import { loadLocales, type LoadedLocales } from './i18n/load.ts';
import { FluentCatalog } from './i18n/catalog.ts';
import type { Presentation } from './channels/port.ts';

export interface LoadedContent {
  bundle: Bundle;
  flows: LoadedFlows;
  locales: LoadedLocales;
  catalog: FluentCatalog;
}

/** Load flows and locales once, at start. Throws ContentError (file, line, reason) on any problem. */
export function loadContent(opts: { flowsDir: string; localesDir: string; reviewedOnly?: boolean }): LoadedContent {
  const reviewedOnly = opts.reviewedOnly ?? false;
  const flowsKey = dirKey(opts.flowsDir);
  const localesKey = dirKey(opts.localesDir);
  const key = flowsKey && localesKey ? `${flowsKey} ${localesKey} ${reviewedOnly}` : null;
  let parsed = key ? loaded.get(key) : undefined;
  if (!parsed) {
    const flows = flowsOnce(opts.flowsDir, flowsKey);
    const locales = loadLocales(opts.localesDir);
    parsed = { flows, locales, catalog: new FluentCatalog(locales, { reviewedOnly }) };
    if (key) remember(loaded, key, parsed);
  }
  const { flows, locales, catalog } = parsed;
  // A bundle of its own each time: an app sets its own `facts` on it.
  return {
    bundle: { flows: flows.flows, routes: flows.routes, keys: flows.keys, topics: flows.topics, catalog },
    flows,
    locales,
    catalog,
  };
}

/**
 * Content already parsed in this process, by what its files hold. Parsing the flows and 14
 * catalogues costs about half a second of CPU, and a process that opens many apps (the test
 * suite opens hundreds, several per file) paid it every time. Nothing changes parsed content
 * (an app's `facts` go on its own bundle); a changed file changes the key.
 */
const loaded = new Map<string, Omit<LoadedContent, 'bundle'>>();
/** The flows alone, by their folder's key: the topic ids are read from them too (content/topics.ts). */
const flowsLoaded = new Map<string, LoadedFlows>();
const KEEP = 4;

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  cache.set(key, value);
  for (const k of cache.keys()) if (cache.size > KEEP) cache.delete(k);
}

/** The flows of a folder, parsed once per process while its files stay the same (as `loadContent`'s). Throws ContentError. */
export function loadFlowsOnce(flowsDir: string): LoadedFlows {
  return flowsOnce(flowsDir, dirKey(flowsDir));
}

function flowsOnce(flowsDir: string, key: string | null): LoadedFlows {
  let flows = key ? flowsLoaded.get(key) : undefined;
  if (!flows) {
    flows = loadFlows(flowsDir);
    if (key) remember(flowsLoaded, key, flows);
  }
  return flows;
}

/** Every file under a folder (names and bytes) and the working directory (file names in messages are relative to it); null when the folder cannot be read (the loaders say why). */
function dirKey(dir: string): string | null {
  return filesKey(dir, [process.cwd(), resolve(dir)]);
}

/** How channels show outputs: the catalogue, each language's direction (locales/languages.yaml) and the draft notice's key. */
export function presentationOf(content: LoadedContent): Presentation {
  return { catalog: content.catalog, dirOf: content.catalog.dirOf, draftNoticeKey: content.bundle.keys.draftNotice };
}
