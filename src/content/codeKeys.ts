// Message keys the code says itself, outside flows/ and flows/_routes.yaml. The content lint
// counts them as used, so each is required in the source catalogue, translated, and checked for
// length and reading level like a flow's message — and none is reported as unused.
import { HANDOFF_MESSAGE_KEYS } from '../handoff/keys.ts';
import { CHANNEL_KEYS } from '../channels/words.ts';

export interface CodeKey {
  key: string;
  /** The file that says it. */
  file: string;
}

export const CODE_KEYS: readonly CodeKey[] = [
  ...HANDOFF_MESSAGE_KEYS.map((key) => ({ key, file: 'src/handoff/keys.ts' })),
  // The numbered-choice hint, WhatsApp's list button and the web chat page's words.
  ...CHANNEL_KEYS.map((key) => ({ key, file: 'src/channels/words.ts' })),
];
