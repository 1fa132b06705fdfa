// The engine is pure and self-contained: it imports nothing outside src/engine/ — no
// packages, no node: modules. Everything it needs (catalogue, flows) is passed in; it needs no time.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, specifiers, SRC } from '../support/imports.ts';

const ENGINE = join(SRC, 'engine');

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
