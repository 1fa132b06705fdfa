// Frozen evaluation sets: written by someone who never saw the project's word lists, rules or
// examples, then frozen. Each folder's FROZEN.sha256 (sha256sum format) lists the files that
// must never change; tuning happens on the `dev` parts beside them. This test fails when a
// frozen file is edited, removed, or its manifest is emptied.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function manifests(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) found.push(...manifests(p));
    else if (name === 'FROZEN.sha256') found.push(p);
  }
  return found;
}

const all = manifests(root);

describe('frozen evaluation sets', () => {
  it('there is at least one manifest', () => {
    expect(all.length).toBeGreaterThan(0);
  });
  for (const manifest of all) {
    const lines = readFileSync(manifest, 'utf8').split('\n').filter((l) => l.trim() !== '');
    describe(relative(root, manifest), () => {
      it('lists at least one file', () => {
        expect(lines.length).toBeGreaterThan(0);
      });
      for (const line of lines) {
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
        it(`${m?.[2] ?? line} is unchanged`, () => {
          expect(m, `malformed manifest line: ${line}`).not.toBeNull();
          const [, want, file] = m as RegExpExecArray;
          const got = createHash('sha256').update(readFileSync(join(dirname(manifest), file as string))).digest('hex');
          expect(got).toBe(want);
        });
      }
    });
  }
});
