// The engine is pure and self-contained: it imports nothing outside src/engine/ — no
// packages, no node: modules. Everything it needs (catalogue, flows, time) is passed in.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = resolve(import.meta.dirname, '..', '..', 'src', 'engine');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every module specifier: static imports and re-exports, side-effect imports, dynamic import(), require(). */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gms,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]!);
  return out;
}

describe('engine imports', () => {
  const all = files(ENGINE);

  it('finds the engine files', () => {
    expect(all.map((f) => relative(ENGINE, f))).toEqual(expect.arrayContaining(['step.ts', 'types.ts', join('nodes', 'ask.ts')]));
  });

  it('imports only relative paths within src/engine/', () => {
    const bad: string[] = [];
    for (const file of all) {
      const source = readFileSync(file, 'utf8');
      for (const spec of specifiers(source)) {
        const inside = spec.startsWith('.') && !relative(ENGINE, resolve(dirname(file), spec)).startsWith('..');
        if (!inside) bad.push(`${relative(ENGINE, file)}: ${spec}`);
      }
      // No dynamic import with a computed specifier either.
      if (/\bimport\s*\(\s*[^'"`\s]/.test(source)) bad.push(`${relative(ENGINE, file)}: dynamic import`);
    }
    expect(bad).toEqual([]);
  });

  it('the scanner sees the kinds of import it must reject', () => {
    const sample = [
      "import { z } from 'zod';",
      "import type { X } from '../flows/schema.ts';",
      "import fs from 'node:fs';",
      "export * from '@fluent/bundle';",
      "import 'side-effect';",
      "const m = await import('node:crypto');",
      'import {\n  a,\n  b,\n} from "yaml";',
    ].join('\n');
    expect(specifiers(sample)).toEqual(expect.arrayContaining(['zod', '../flows/schema.ts', 'node:fs', '@fluent/bundle', 'side-effect', 'node:crypto', 'yaml']));
  });
});
