// The authoring format of flows/*.yaml, as zod schemas. `npm run flows:schema` writes
// flows/flow.schema.json from these so editors can autocomplete and check flow files.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, "-" and "_"');
const varName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'variable names are lower-case letters, digits and "_"');
/** A message key in the locale catalogues (Fluent identifiers). */
const key = z.string().regex(/^[a-z][a-z0-9-]*$/, 'message keys are lower-case letters, digits and "-"');
/** `node` (this flow), `flow.node`, or `flow` (that flow's start). */
const ref = z.string().regex(/^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)?$/, 'a reference is "node", "flow.node" or "flow"');
const keys = z.union([key, z.array(key).min(1)]);

const condition = z.strictObject({
  var: varName,
  equals: z.string().optional(),
  in: z.array(z.string()).optional(),
  set: z.boolean().optional(),
});

export const choiceSchema = z.strictObject({
  id,
  label: key,
  next: ref.optional(),
  set: z.record(varName, z.string()).optional(),
  when: condition.optional(),
});

const base = { topic: id.optional(), description: z.string().optional() };

export const nodeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('say'), ...base, say: keys, next: ref.optional() }),
  z.strictObject({
    type: z.literal('ask'),
    ...base,
    prompt: keys,
    choices: z.array(choiceSchema).default([]),
    var: varName.optional(),
    validate: z
      .discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('text'), max_length: z.number().int().positive().max(4096) }),
        z.strictObject({ kind: z.literal('number'), min: z.number().optional(), max: z.number().optional() }),
        z.strictObject({ kind: z.literal('pattern'), pattern: z.string() }),
        z.strictObject({ kind: z.literal('codeword') }),
      ])
      .optional(),
    retry: key.optional(),
    max_retries: z.number().int().min(1).max(10).default(3),
    on_fail: ref.optional(),
    next: ref.optional(),
    display: z.enum(['buttons', 'list']).optional(),
    languages: z.boolean().optional(),
    suggestions: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('set'), ...base, set: z.record(varName, z.string()), next: ref }),
  z.strictObject({
    type: z.literal('branch'),
    ...base,
    on: varName,
    cases: z.record(z.string(), ref),
    default: ref,
  }),
  z.strictObject({ type: z.literal('jump'), ...base, to: ref }),
  z.strictObject({ type: z.literal('subflow'), ...base, to: ref, next: ref }),
  z.strictObject({ type: z.literal('return'), ...base }),
  z.strictObject({
    type: z.literal('effect'),
    ...base,
    effect: z.enum(['handoff', 'erase', 'end']),
    urgent: z.boolean().optional(),
    /** handoff: the person agreed to one neutral notice if a reply waits for them. */
    notice: z.boolean().optional(),
    say: keys.optional(),
    next: ref.optional(),
  }),
]);

export const flowSchema = z.strictObject({
  id,
  description: z.string().optional(),
  start: id,
  vars: z.array(varName).default([]),
  nodes: z.record(id, nodeSchema),
});

export type FlowSource = z.infer<typeof flowSchema>;
export type NodeSource = z.infer<typeof nodeSchema>;

/** flows/_routes.yaml: where global commands lead, and the engine's own message keys. */
export const routesSchema = z.strictObject({
  routes: z.strictObject({
    entry: ref,
    menu: ref,
    language: ref,
    human: ref,
    emergency: ref,
    help: ref,
    suggest: ref,
    check: ref,
    welcome_back: ref.optional(),
  }),
  keys: z.strictObject({
    draft_notice: key,
    erased: key,
    stopped: key,
    recovered: key,
    input_refused: key,
    input_trimmed: key,
    back_unavailable: key,
    too_many_misses: key,
    retry: key,
    handoff_claimed: key,
    handoff_closed: key,
    handoff_cancelled: key,
    handoff_waiting: key,
    handoff_emergency: key,
    language_offer: key,
    open_neutral: key,
    media_not_read: key,
    media_handoff: key,
    language_change: key.optional(),
    ack_thanks: key.optional(),
    ack_hello: key.optional(),
    ack_ok: key.optional(),
    scope: key.optional(),
    transfer_ask: key.optional(),
    transfer_yes: key.optional(),
    transfer_no: key.optional(),
    emergency_asked: key.optional(),
    emergency_self: key.optional(),
  }),
});

export type RoutesSource = z.infer<typeof routesSchema>;
