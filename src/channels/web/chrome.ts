import type { Catalog } from '../../engine/types.ts';

/**
 * The words of the page around the conversation (buttons, labels, the exit notice).
 * A catalogue key `web-<name>` wins when a locale has it, so translators can take these
 * over without a code change; until then these built-in strings are used, English last.
 */
const BUILT_IN: Record<string, Record<ChromeKey, string>> = {
  en: {
    'quick-exit': 'Quick exit',
    'quick-exit-hint': 'or press Esc twice',
    'exit-notice':
      'Quick exit deletes this chat from Waypoint and opens a weather page. Your browser history may still show this visit. A private window leaves less behind.',
    'exit-notice-link': 'How to cover your tracks online (Tech Safety Canada)',
    'choose-language': 'Choose a language',
    'chat-log': 'Conversation',
    'message-label': 'Your message',
    send: 'Send',
    language: 'Language',
    menu: 'Menu',
    you: 'You',
    'error-retry': 'The message did not go through. Please try again.',
    'noscript': 'This chat needs JavaScript.',
  },
  fr: {
    'quick-exit': 'Sortie rapide',
    'quick-exit-hint': 'ou appuyez deux fois sur Échap',
    'exit-notice':
      'La sortie rapide efface cette conversation de Waypoint et ouvre une page météo. L’historique du navigateur peut encore montrer cette visite. Une fenêtre privée laisse moins de traces.',
    'exit-notice-link': 'Comment effacer vos traces en ligne (Tech Safety Canada)',
    'choose-language': 'Choisissez une langue',
    'chat-log': 'Conversation',
    'message-label': 'Votre message',
    send: 'Envoyer',
    language: 'Langue',
    menu: 'Menu',
    you: 'Vous',
    'error-retry': 'Le message n’est pas parti. Veuillez réessayer.',
    'noscript': 'Cette conversation a besoin de JavaScript.',
  },
  es: {
    'quick-exit': 'Salida rápida',
    'quick-exit-hint': 'o pulse Esc dos veces',
    'exit-notice':
      'La salida rápida borra este chat de Waypoint y abre una página del tiempo. El historial del navegador puede seguir mostrando esta visita. Una ventana privada deja menos rastro.',
    'exit-notice-link': 'Cómo borrar sus huellas en línea (Tech Safety Canada)',
    'choose-language': 'Elija un idioma',
    'chat-log': 'Conversación',
    'message-label': 'Su mensaje',
    send: 'Enviar',
    language: 'Idioma',
    menu: 'Menú',
    you: 'Usted',
    'error-retry': 'El mensaje no se envió. Inténtelo de nuevo.',
    'noscript': 'Este chat necesita JavaScript.',
  },
};

export const CHROME_KEYS = [
  'quick-exit',
  'quick-exit-hint',
  'exit-notice',
  'exit-notice-link',
  'choose-language',
  'chat-log',
  'message-label',
  'send',
  'language',
  'menu',
  'you',
  'error-retry',
  'noscript',
] as const;
export type ChromeKey = (typeof CHROME_KEYS)[number];

/** The page's words in one language: the catalogue's `web-*` keys first, then built-in text. */
export function chromeFor(catalog: Pick<Catalog, 'format'>, lang: string): Record<ChromeKey, string> {
  const builtIn = BUILT_IN[lang] ?? BUILT_IN.en!;
  const out = {} as Record<ChromeKey, string>;
  for (const key of CHROME_KEYS) {
    const f = catalog.format(lang, `web-${key}`);
    out[key] = f && f.lang === lang ? f.text : builtIn[key];
  }
  return out;
}
