// The product never reaches into test/: nothing under src/ imports a file there or names a path
// into it. The evaluation sets are read by scripts/evalsets/ (for `npm run eval` and
// `npm run eval:rehearsal`) and by the tests, so a deployment without test/ loses nothing.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, SRC } from '../support/imports.ts';

const ROOT = resolve(SRC, '..');
const TEST = resolve(ROOT, 'test');

/** Every path a source file names that leads into test/: relative to the file (imports, `new URL('../../test/…')`) or to the repository (`'test/…'`). */
function intoTest(file: string, source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/['"`]((?:\.{1,2}\/|test\/)[^'"`$]*)['"`]/g)) {
    const path = m[1]!;
    const target = path.startsWith('test/') ? resolve(ROOT, path) : resolve(dirname(file), path);
    if (target === TEST || target.startsWith(`${TEST}/`)) out.push(`${relative(ROOT, file)}: ${path}`);
  }
  return out;
}

describe('src/ and test/', () => {
  it('finds the source files', () => {
    expect(files(SRC).map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(['app.ts', 'engine/step.ts', 'understand/understanding.ts']));
  });

  it('no file under src/ names a path into test/', () => {
    expect(files(SRC).flatMap((f) => intoTest(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('the scanner sees the ways a path into test/ is written', () => {
    const file = resolve(SRC, 'understand', 'x.ts');
    const sample = [
      "import { fakeGraph } from '../../test/support/fakePlatforms.ts';",
      "export const DIR = new URL('../../test/understand/eval/', import.meta.url).pathname;",
      'const m = await import(`../../test/support/stores.ts`);',
      "readFileSync('test/rehearsal/eval/dev/es.yaml');",
      "import { step } from '../engine/step.ts';",
      "const label = 'test';",
    ].join('\n');
    expect(intoTest(file, sample)).toEqual([
      'src/understand/x.ts: ../../test/support/fakePlatforms.ts',
      'src/understand/x.ts: ../../test/understand/eval/',
      'src/understand/x.ts: ../../test/support/stores.ts',
      'src/understand/x.ts: test/rehearsal/eval/dev/es.yaml',
    ]);
  });
});
