import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
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
  const key = contentKey(opts.flowsDir, opts.localesDir, reviewedOnly);
  let parsed = key ? loaded.get(key) : undefined;
  if (!parsed) {
    const flows = loadFlows(opts.flowsDir);
    const locales = loadLocales(opts.localesDir);
    parsed = { flows, locales, catalog: new FluentCatalog(locales, { reviewedOnly }) };
    if (key) remember(key, parsed);
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
const KEEP = 4;

function remember(key: string, parsed: Omit<LoadedContent, 'bundle'>): void {
  loaded.set(key, parsed);
  for (const k of loaded.keys()) if (loaded.size > KEEP) loaded.delete(k);
}

/** Every file under both folders (names and bytes), the working directory (file names in messages are relative to it) and the review switch; null when a folder cannot be read (the loaders say why). */
function contentKey(flowsDir: string, localesDir: string, reviewedOnly: boolean): string | null {
  const h = createHash('sha256').update(`${process.cwd()}\0${reviewedOnly}`);
  try {
    for (const dir of [flowsDir, localesDir]) {
      h.update(`\0dir\0${resolve(dir)}`);
      for (const f of (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[]).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name)).sort()) {
        h.update(`\0${f}\0`).update(readFileSync(f));
      }
    }
  } catch {
    return null;
  }
  return h.digest('hex');
}

/** How channels show outputs: the catalogue, each language's direction (locales/languages.yaml) and the draft notice's key. */
export function presentationOf(content: LoadedContent): Presentation {
  return { catalog: content.catalog, dirOf: content.catalog.dirOf, draftNoticeKey: content.bundle.keys.draftNotice };
}
