import { z } from 'zod';
import type { Catalog, Output } from '../engine/types.ts';
import { decrypt, encrypt, type Keys } from '../privacy/fieldCrypto.ts';
import type { StoredOutput } from './types.ts';

/** Keep what is needed to render the reply again — keys and arguments, no text. */
export function toStored(outputs: Output[]): StoredOutput[] {
  return outputs.map((o) => ({
    key: o.key,
    lang: o.lang,
    ...(o.args ? { args: o.args } : {}),
    ...(o.choices ? { choices: o.choices.map((c) => ({ id: c.id, key: c.key })) } : {}),
    ...(o.display ? { display: o.display } : {}),
  }));
}

/**
 * A message whose text is not in the catalogue (a lead worker's reply) as an ordinary stored
 * output: its key says what it is, its text is sealed with the data key until it is sent.
 */
export function sealOutput(keys: Keys, o: { key: string; lang: string; text: string }): StoredOutput {
  return { key: o.key, lang: o.lang, sealed: encrypt(keys, o.text).toString('base64') };
}

/**
 * Render stored outputs again: a retried delivery gets the same reply, an outbox row its
 * messages. Sealed text is opened with `keys` (only senders hold them).
 */
export function fromStored(catalog: Catalog, stored: StoredOutput[], keys?: Keys): Output[] {
  return stored.map((s) => {
    const text = s.sealed !== undefined ? open(keys, s.sealed) : (catalog.format(s.lang, s.key, s.args)?.text ?? '');
    const out: Output = { type: 'message', key: s.key, text, lang: s.lang };
    if (s.args) out.args = s.args;
    if (s.choices) {
      out.choices = s.choices.map((c) => ({ id: c.id, key: c.key, label: catalog.format(s.lang, c.key, s.args)?.text ?? c.id }));
    }
    if (s.display) out.display = s.display;
    return out;
  });
}

function open(keys: Keys | undefined, sealed: string): string {
  if (!keys) throw new Error('a sealed output needs the data keys to be read');
  return decrypt(keys, Buffer.from(sealed, 'base64'));
}

const storedOutputSchema = z.object({
  key: z.string().min(1),
  lang: z.string().min(1),
  args: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  choices: z.array(z.object({ id: z.string(), key: z.string() })).optional(),
  display: z.enum(['buttons', 'list']).optional(),
  sealed: z.base64().optional(),
});

/**
 * An outbox row's payload: the outputs to send, in the stored form. A notice row carries the
 * time zone whose night it keeps (never sent between 21:00 and 08:00 there).
 */
export const outboxPayloadSchema = z.object({
  outputs: z.array(storedOutputSchema),
  notice: z.object({ timeZone: z.string().min(1).max(64) }).optional(),
});
export type OutboxPayload = z.infer<typeof outboxPayloadSchema>;
