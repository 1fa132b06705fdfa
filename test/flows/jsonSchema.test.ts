import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowJsonSchema, FLOW_SCHEMA_FILE } from '../../scripts/flow-json-schema.ts';

describe('flows/flow.schema.json', () => {
  it('is up to date with src/flows/schema.ts (run `npm run flows:schema`)', () => {
    expect(readFileSync(FLOW_SCHEMA_FILE, 'utf8')).toBe(flowJsonSchema());
  });

  it('describes every node type, with defaulted fields optional', () => {
    const schema = JSON.parse(flowJsonSchema()) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required.sort()).toEqual(['id', 'nodes', 'start']);
    const text = JSON.stringify(schema);
    for (const t of ['say', 'ask', 'set', 'branch', 'jump', 'subflow', 'return', 'effect']) expect(text).toContain(`"const":"${t}"`);
  });

  it('every flow file points editors at it', () => {
    for (const name of readdirSync('flows').filter((n) => n.endsWith('.yaml') && n !== '_routes.yaml')) {
      expect(readFileSync(`flows/${name}`, 'utf8').split('\n')[0], name).toBe('# yaml-language-server: $schema=./flow.schema.json');
    }
  });
});
