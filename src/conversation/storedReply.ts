import { z } from 'zod';
import type { Catalog, Output } from '../engine/types.ts';
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

/** Render a stored reply again: a retried delivery gets the same reply. */
export function fromStored(catalog: Catalog, stored: StoredOutput[]): Output[] {
  return stored.map((s) => {
    const text = catalog.format(s.lang, s.key, s.args)?.text ?? '';
    const out: Output = { type: 'message', key: s.key, text, lang: s.lang };
    if (s.args) out.args = s.args;
    if (s.choices) {
      out.choices = s.choices.map((c) => ({ id: c.id, key: c.key, label: catalog.format(s.lang, c.key, s.args)?.text ?? c.id }));
    }
    if (s.display) out.display = s.display;
    return out;
  });
}

const storedOutputSchema = z.object({
  key: z.string().min(1),
  lang: z.string().min(1),
  args: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  choices: z.array(z.object({ id: z.string(), key: z.string() })).optional(),
  display: z.enum(['buttons', 'list']).optional(),
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
