// Reading a folder's imports as text, for the import-boundary tests (engine, channels,
// rehearsal): every module specifier a file names, and what a folder loads when it runs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SRC = resolve(import.meta.dirname, '..', '..', 'src');

/** Every .ts file under a folder. */
export function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every module specifier: static imports and re-exports, side-effect imports, dynamic import(), require(). */
export function specifiers(source: string): string[] {
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

/** The specifiers a file loads when it runs: `import type` and `export type` are left out. */
export function runtimeSpecifiers(source: string): string[] {
  const typeOnly = /^\s*(?:import|export)\s+type\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gms;
  const types = new Set([...source.matchAll(typeOnly)].map((m) => m[0]));
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gms)) if (!types.has(m[0])) out.push(m[1]!);
  for (const re of [/^\s*import\s*['"]([^'"]+)['"]/gm, /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g]) for (const m of source.matchAll(re)) out.push(m[1]!);
  return out;
}

/** A file's imports of other source files, as paths relative to src/ (`handoff/desk.ts`). */
export function sourceImports(file: string, pick: (source: string) => string[] = specifiers): string[] {
  return pick(readFileSync(file, 'utf8'))
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(SRC, resolve(dirname(file), s)));
}

/**
 * Each source file a folder loads when it runs (its runtime imports, followed through other
 * folders), with the chain that reaches it from the folder's own files.
 */
export function loadedFrom(folder: string): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const todo: string[][] = files(join(SRC, folder)).map((f) => [relative(SRC, f)]);
  while (todo.length > 0) {
    const chain = todo.shift()!;
    const file = chain.at(-1)!;
    if (chains.has(file)) continue;
    chains.set(file, chain);
    for (const next of sourceImports(join(SRC, file), runtimeSpecifiers)) todo.push([...chain, next]);
  }
  return chains;
}

/**
 * Where a folder crosses a boundary: its files' own imports of a forbidden file (type imports
 * too), and the chains by which what it loads when it runs reaches one.
 */
export function crossings(folder: string, forbidden: (path: string) => boolean): { imported: string[]; loaded: string[] } {
  const imported = files(join(SRC, folder)).flatMap((f) => sourceImports(f).filter(forbidden).map((i) => `${relative(SRC, f)}: ${i}`));
  const loaded = [...loadedFrom(folder)].filter(([file]) => forbidden(file)).map(([, chain]) => chain.join(' → '));
  return { imported, loaded };
}
