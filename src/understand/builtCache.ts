// What building the understanding makes of its data (every danger and topic term folded and split,
// the words that tell languages apart), kept between starts beside the data cache (dataCache.ts).
// Building took about a second and a half of a start on PostgreSQL, mostly folding the same
// terms as at every start before; read back, it takes a tenth of that (terms.ts keeps its part
// as columns of strings, which JSON reads back several times faster than nested arrays).
//
// The file is named by a hash of the data key (every data file's bytes) and of the code that
// builds from it (every source file of understanding, and the text normalising they fold with):
// a changed term or a changed rule of folding is built afresh, never taken from an old file.
// Parts are asked for by name as they are built; a start that found no file writes one at the
// end with what it made. A file that cannot be read is ignored and everything is built.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonFile, writeJsonFile } from './dataCache.ts';

/** Named parts of a build: kept ones are read back, others made (and kept when the build is saved). */
export interface Built {
  get<T>(name: string, make: () => T): T;
}

/** Nothing kept: every part is made (tests, training, a data folder without a key). */
export const NOTHING_KEPT: Built = { get: (_name, make) => make() };

const HERE = dirname(fileURLToPath(import.meta.url));
/** Sources outside this folder that building folds or names with. */
const ALSO = [join(HERE, '..', 'engine', 'normalize.ts'), join(HERE, '..', 'content', 'topics.ts')];

/** A hash of the data key and of the building code; null when a source cannot be read. */
export function builtKey(dataKey: string): string | null {
  const h = createHash('sha256').update(`built\0${dataKey}\0`);
  try {
    const own = readdirSync(HERE)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => join(HERE, f));
    for (const f of [...own, ...ALSO]) h.update(`\0${f.slice(HERE.length)}\0`).update(readFileSync(f));
  } catch {
    return null;
  }
  return `built-${h.digest('hex')}`;
}

/** A build's parts: those a file kept, read once; `save()` writes what this build made when it found none. */
export class BuiltCache implements Built {
  private readonly kept: Record<string, unknown> | null;
  private readonly made: Record<string, unknown> = {};

  constructor(
    private readonly cacheDir: string | null,
    private readonly key: string | null,
  ) {
    const value = cacheDir && key ? readJsonFile(cacheDir, key) : null;
    this.kept = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  }

  get<T>(name: string, make: () => T): T {
    if (this.kept && Object.hasOwn(this.kept, name)) return this.kept[name] as T;
    const v = make();
    this.made[name] = v;
    return v;
  }

  /** Whether every part asked for came from the file. */
  get complete(): boolean {
    return this.kept !== null && Object.keys(this.made).length === 0;
  }

  /** Writes the parts made, with those kept, when any was made (a full or read-only disk: nothing). */
  save(): void {
    if (!this.cacheDir || !this.key || Object.keys(this.made).length === 0) return;
    writeJsonFile(this.cacheDir, this.key, { ...(this.kept ?? {}), ...this.made });
  }
}
