// Writes flows/flow.schema.json from the zod schema of flow files (src/flows/schema.ts), so
// editors with the YAML language server autocomplete and check flows/*.yaml (each starts with
// `# yaml-language-server: $schema=./flow.schema.json`). test/flows/jsonSchema.test.ts fails
// when the committed file is stale: run `npm run flows:schema`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { flowSchema } from '../src/flows/schema.ts';

export const FLOW_SCHEMA_FILE = fileURLToPath(new URL('../flows/flow.schema.json', import.meta.url));

/** The JSON Schema text, as committed. `io: 'input'`: defaulted fields are optional to authors. */
export function flowJsonSchema(): string {
  // draft-07: the dialect every YAML/JSON editor plugin understands (newer drafts are partial).
  const { $schema, ...schema } = z.toJSONSchema(flowSchema, { io: 'input', target: 'draft-07' });
  const head = {
    $schema,
    title: 'Waypoint flow',
    description: 'A conversation flow, flows/<id>.yaml. Flows hold message keys only; the text lives in locales/. Generated from src/flows/schema.ts by `npm run flows:schema`: do not edit.',
  };
  return JSON.stringify({ ...head, ...schema }, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  writeFileSync(FLOW_SCHEMA_FILE, flowJsonSchema());
  process.stdout.write(`wrote ${FLOW_SCHEMA_FILE}\n`);
}
