import type { Catalog } from '../../engine/types.ts';
import { PAGE_WORDS, pageKey, type PageWord } from '../words.ts';

export { PAGE_WORDS as CHROME_KEYS };
export type ChromeKey = PageWord;

/**
 * The words of the page around the conversation (buttons, labels, notices), from the catalogue
 * keys `web-<name>` of every language: nothing in the page's script is English-only. A language
 * missing one falls back along the catalogue's chain (the default language last).
 */
export function chromeFor(catalog: Pick<Catalog, 'format'>, lang: string): Record<ChromeKey, string> {
  const out = {} as Record<ChromeKey, string>;
  for (const key of PAGE_WORDS) out[key] = catalog.format(lang, pageKey(key))?.text ?? '';
  return out;
}
