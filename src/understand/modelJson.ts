// Reading a learned model's weight file (model/<name>.json under a data folder), checked by its
// schema: null when the folder has none (a reviewer's own small data folder), an error naming the
// file when it is broken. The learned danger and topic signals read their files so, and
// rehearsal's learned earns theirs (with its own error class).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { UnderstandDataError } from './data.ts';

export function readModelJson<S extends z.ZodType>(
  dataDir: string,
  path: string,
  schema: S,
  failure: (message: string) => Error = (m) => new UnderstandDataError(m),
): z.infer<S> | null {
  const file = join(dataDir, path);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw failure(`${file}: not valid JSON`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw failure(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
