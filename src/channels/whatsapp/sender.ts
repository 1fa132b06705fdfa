import type { Catalog, Output } from '../../engine/types.ts';
import { insideWindow, postToPlatform, SendError, type ChannelSender, type Fetch, type SendContext } from '../types.ts';
import { renderWhatsApp, WHATSAPP_CAPABILITIES, type GraphMessage } from './render.ts';
import { wordFor } from './words.ts';
import { numberHint, type NumberHint } from '../degrade.ts';

export interface ReopenTemplate {
  name: string;
  language: string;
}

/** WHATSAPP_REOPEN_TEMPLATE is `name` or `name:language` (the language it was approved in; default en). */
export function parseTemplate(value: string | undefined): ReopenTemplate | null {
  if (!value) return null;
  const [name, language] = value.split(':');
  return name ? { name, language: language || 'en' } : null;
}

export interface GraphSenderOptions {
  accessToken: string;
  phoneNumberId: string;
  /** https://graph.facebook.com/v21.0, or a fake one in tests. */
  graphApiBaseUrl: string;
  catalog: Catalog;
  reopenTemplate?: ReopenTemplate | null;
  fetch?: Fetch;
  /** Told when outputs fell back to numbered text (reasons only). */
  onDegraded?: (reasons: string[]) => void;
}

/**
 * Sends through the Cloud API. Outside the 24-hour customer-service window (invariant 7, and
 * WhatsApp's own rule) the outputs are never sent: the outbox holds them until the person
 * writes. The only thing that may go then is `notice`, which the person agreed to at consent:
 * the coalition's approved, neutral reopen template ("Reply OPEN to read your message"), never the content.
 */
export class GraphSender implements ChannelSender {
  readonly channel = 'whatsapp';
  readonly capabilities = WHATSAPP_CAPABILITIES;
  private readonly fetch: Fetch;
  private readonly hint: NumberHint;

  constructor(private readonly opts: GraphSenderOptions) {
    this.fetch = opts.fetch ?? fetch;
    this.hint = numberHint(opts.catalog);
  }

  private async post(message: GraphMessage): Promise<void> {
    const url = `${this.opts.graphApiBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(this.opts.phoneNumberId)}/messages`;
    await postToPlatform(this.fetch, url, {
      headers: { authorization: `Bearer ${this.opts.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(message),
    });
  }

  /** The approved reopen template, and nothing of the waiting reply. Without one configured, no notice can go. */
  async notice(address: string): Promise<void> {
    const t = this.opts.reopenTemplate;
    if (!t) throw new SendError('no_reopen_template', false);
    await this.post({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: address,
      type: 'template',
      template: { name: t.name, language: { code: t.language } },
    });
  }

  async send(address: string, outputs: Output[], ctx: SendContext): Promise<void> {
    if (!insideWindow(ctx)) throw new SendError('window_closed', false);
    const { messages, degraded } = renderWhatsApp(outputs, address, (lang) => wordFor(this.opts.catalog, lang, 'list-button'), this.hint);
    if (degraded.length > 0) this.opts.onDegraded?.(degraded);
    for (const m of messages) await this.post(m);
  }
}
