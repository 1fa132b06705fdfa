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
  const flows = loadFlows(opts.flowsDir);
  const locales = loadLocales(opts.localesDir);
  const catalog = new FluentCatalog(locales, { reviewedOnly: opts.reviewedOnly ?? false });
  return {
    bundle: { flows: flows.flows, routes: flows.routes, keys: flows.keys, topics: flows.topics, catalog },
    flows,
    locales,
    catalog,
  };
}

/** How channels show outputs: the catalogue, each language's direction (locales/languages.yaml) and the draft notice's key. */
export function presentationOf(content: LoadedContent): Presentation {
  return { catalog: content.catalog, dirOf: content.catalog.dirOf, draftNoticeKey: content.bundle.keys.draftNotice };
}
