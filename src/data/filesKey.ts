import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';

/** A hash of `parts` and of every file under `dir` (names relative to it, and bytes); null when it cannot be read. */
export function filesKey(dir: string, parts: readonly string[]): string | null {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p}\0`);
  try {
    const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort();
    for (const f of files) h.update(`\0${relative(dir, f)}\0`).update(readFileSync(f));
  } catch {
    return null;
  }
  return h.digest('hex');
}
