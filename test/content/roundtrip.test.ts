// Every catalogue is in the form @fluent/syntax writes: parse → serialize gives the file back
// byte for byte. Translation tools that read and write Fluent (Pontoon, Weblate) use this parser
// and serializer, so a catalogue in that form comes back from them with a diff of only what a
// translator changed — metadata comments and group headings included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serialize, Junk } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';
import { loadLocales, CATALOGUE } from '../../src/i18n/load.ts';

const dir = 'locales';
const codes = [...loadLocales(dir).locales.keys()];

describe('catalogues round-trip through @fluent/syntax', () => {
  it.each(codes)('%s', (code) => {
    const text = readFileSync(join(dir, code, CATALOGUE), 'utf8');
    const ast = parse(text, { withSpans: false });
    expect(ast.body.filter((e) => e instanceof Junk)).toEqual([]);
    const again = serialize(ast, {});
    if (again !== text) {
      const a = text.split('\n');
      const b = again.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      // Name the first line that differs, so the fix is obvious.
      expect({ line: line + 1, file: a[line] }).toEqual({ line: line + 1, file: b[line] });
    }
    expect(again).toBe(text);
  });
});
