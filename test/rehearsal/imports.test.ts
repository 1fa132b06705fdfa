// Rehearsal never touches the store: no file in src/rehearsal/ imports src/store/ (its web page
// is given content, understanding and a logger — RehearsalPort — never the store), and nothing
// it loads when it runs leads to the store either.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossings, files, SRC } from '../support/imports.ts';

const FORBIDDEN = (path: string): boolean => path.startsWith('store/') || path === 'app.ts';

describe('rehearsal imports', () => {
  it('finds the rehearsal files', () => {
    expect(files(join(SRC, 'rehearsal')).map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(['rehearsal/rooms.ts', 'rehearsal/web/index.ts', 'rehearsal/teams.ts']));
  });

  it('imports nothing from store/ or app.ts', () => {
    expect(crossings('rehearsal', FORBIDDEN).imported).toEqual([]);
  });

  it('loads none of them when it runs, through any other module', () => {
    expect(crossings('rehearsal', FORBIDDEN).loaded).toEqual([]);
  });
});
