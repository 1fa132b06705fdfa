import type { Output } from '../../engine/types.ts';
import { chooseRendering, NO_HINT, numberedOutput, splitByLength, type NumberHint } from '../degrade.ts';
import type { Capabilities } from '../types.ts';

/**
 * Cloud API limits: text 4,096 characters; interactive body 1,024; up to 3 reply buttons with
 * titles of 20; a list of up to 10 rows with titles of 24 and a button label of 20.
 * https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages
 */
export const WHATSAPP_CAPABILITIES: Capabilities = {
  maxText: 4096,
  buttons: { max: 3, titleMax: 20 },
  list: { rows: 10, titleMax: 24 },
  markup: 'markdown',
};
const INTERACTIVE_BODY_MAX = 1024;
const LIST_BUTTON_MAX = 20;

/** A Cloud API message, ready to POST to /{phone-number-id}/messages. */
export type GraphMessage = { messaging_product: 'whatsapp'; recipient_type: 'individual'; to: string } & (
  | { type: 'text'; text: { body: string; preview_url: false } }
  | { type: 'interactive'; interactive: Record<string, unknown> }
  | { type: 'template'; template: { name: string; language: { code: string } } }
);

export interface Rendered {
  messages: GraphMessage[];
  /** Why choices fell back to numbered text, for a log line (no content). */
  degraded: string[];
}

const base = (to: string) => ({ messaging_product: 'whatsapp' as const, recipient_type: 'individual' as const, to });

/**
 * Outputs as Cloud API messages. Consecutive plain texts share one message; a message with
 * choices becomes reply buttons (≤ 3, short titles) or a list (≤ 10 rows), else numbered text
 * (a list after "Send a number." in its language: only then does the person need to be told).
 * WhatsApp lays out right-to-left text itself: nothing to add for Arabic.
 */
export function renderWhatsApp(outputs: readonly Output[], to: string, listButton: (lang: string) => string, hint: NumberHint = NO_HINT): Rendered {
  const messages: GraphMessage[] = [];
  const degraded: string[] = [];
  let pending: string[] = [];
  let pendingLang = 'en';
  const text = (body: string, lang: string): void => {
    for (const part of splitByLength(body, WHATSAPP_CAPABILITIES.maxText, lang)) {
      messages.push({ ...base(to), type: 'text', text: { body: part, preview_url: false } });
    }
  };
  const flush = (): void => {
    if (pending.length > 0) text(pending.join('\n\n'), pendingLang);
    pending = [];
  };

  for (const o of outputs) {
    const how = chooseRendering(WHATSAPP_CAPABILITIES, o);
    if (how.as === 'none' || how.as === 'text') {
      if (how.reason) degraded.push(how.reason);
      const body = how.as === 'text' ? numberedOutput(o, 'ltr', hint) : o.text;
      if (body.trim() === '') continue;
      if (pending.length === 0) pendingLang = o.lang;
      pending.push(body);
      continue;
    }
    flush();
    const choices = o.choices ?? [];
    const parts = splitByLength(o.text, INTERACTIVE_BODY_MAX, o.lang);
    const last = parts.pop() ?? '';
    for (const p of parts) messages.push({ ...base(to), type: 'text', text: { body: p, preview_url: false } });
    const label = listButton(o.lang).slice(0, LIST_BUTTON_MAX);
    const body = { text: last || label };
    const interactive =
      how.as === 'buttons'
        ? { type: 'button', body, action: { buttons: choices.map((c) => ({ type: 'reply', reply: { id: c.id, title: c.label } })) } }
        : { type: 'list', body, action: { button: label, sections: [{ rows: choices.map((c) => ({ id: c.id, title: c.label })) }] } };
    messages.push({ ...base(to), type: 'interactive', interactive });
  }
  flush();
  return { messages, degraded };
}
