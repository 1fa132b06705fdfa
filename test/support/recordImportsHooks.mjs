// Module hooks for recordImports.mjs (they run on the loader's own thread).
import { appendFileSync } from 'node:fs';

let file;

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (file && r.url.includes('/node_modules/')) appendFileSync(file, `${r.url}\n`);
  return r;
}
