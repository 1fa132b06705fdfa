// The catalogue keys channels say themselves, outside any flow: the words around numbered
// choices, WhatsApp's list button and the web chat page's own controls. Every one is in all 14
// catalogues (marked draft until a translator reviews it); the content lint counts them as used.

/** Added by channels that show choices as numbered lines (SMS, the linked WhatsApp device, the terminal). */
export const CHOOSE_NUMBER = 'choose-number';

/** The button that opens a WhatsApp list. */
export const LIST_BUTTON = 'whatsapp-list-button';

/** The web chat page's words, each the catalogue key `web-<name>`. */
export const PAGE_WORDS = [
  'quick-exit',
  'quick-exit-hint',
  'exit-notice',
  'exit-notice-link',
  'choose-language',
  'or-write',
  'chat-log',
  'message-label',
  'placeholder',
  'send',
  'language',
  'menu',
  'you',
  'error-retry',
  'error-busy',
  'noscript',
] as const;
export type PageWord = (typeof PAGE_WORDS)[number];
export const pageKey = (w: PageWord): string => `web-${w}`;

/** Every catalogue key the channels use. */
export const CHANNEL_KEYS: readonly string[] = [CHOOSE_NUMBER, LIST_BUTTON, ...PAGE_WORDS.map(pageKey)];
