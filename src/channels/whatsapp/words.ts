import type { Catalog } from '../../engine/types.ts';
import { LIST_BUTTON } from '../words.ts';

export type WordKey = 'list-button';

/** The few words the WhatsApp channel says itself, from the catalogues (every language has them). */
export function wordFor(catalog: Pick<Catalog, 'format'>, lang: string, key: WordKey): string {
  const k = key === 'list-button' ? LIST_BUTTON : key;
  return catalog.format(lang, k)?.text ?? 'Options';
}
