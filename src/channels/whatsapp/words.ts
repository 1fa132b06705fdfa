import type { Catalog } from '../../engine/types.ts';

/**
 * The few words the WhatsApp channel says itself. A catalogue key `whatsapp-<name>` wins when
 * a locale has it, so translators can take these over without a code change; until then these
 * built-in strings are used, English last.
 */
const BUILT_IN: Record<string, Record<WordKey, string>> = {
  en: { 'list-button': 'Options' },
  fr: { 'list-button': 'Options' },
  es: { 'list-button': 'Opciones' },
};

export type WordKey = 'list-button';

export function wordFor(catalog: Catalog, lang: string, key: WordKey): string {
  const own = catalog.format(lang, `whatsapp-${key}`);
  if (own && own.lang === lang) return own.text;
  return BUILT_IN[lang]?.[key] ?? own?.text ?? BUILT_IN.en![key];
}
