// `waypoint content export --lang xx --format po|xliff [--out FILE]` and
// `waypoint content import FILE [--format po|xliff]`: one language's messages to and from
// translation tools that do not read Fluent (src/content/exchange.ts). Import rewrites
// locales/<lang>/waypoint.ftl only when the whole file applies and the content still loads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../bundle.ts';
import { CATALOGUE, loadLocales } from '../i18n/load.ts';
import { applyUnits, ExchangeError, exportUnits, readUnits, unitsOf, type ExchangeFormat } from './exchange.ts';

interface Dirs {
  flowsDir: string;
  localesDir: string;
}

function catalogues(dirs: Dirs, lang: string): { source: string; sourceFile: string; targetFile: string } {
  const locales = loadLocales(dirs.localesDir);
  if (!locales.locales.has(lang)) throw new ExchangeError(`"${lang}" is not a language of locales/languages.yaml (${[...locales.locales.keys()].join(', ')})`);
  if (lang === locales.source) throw new ExchangeError(`"${lang}" is the source language: export a translation`);
  return { source: locales.source, sourceFile: join(dirs.localesDir, locales.source, CATALOGUE), targetFile: join(dirs.localesDir, lang, CATALOGUE) };
}

export function formatOf(file: string, given?: string): ExchangeFormat {
  const f = given ?? (/\.po$/i.test(file) ? 'po' : /\.(xlf|xliff)$/i.test(file) ? 'xliff' : undefined);
  if (f !== 'po' && f !== 'xliff') throw new ExchangeError(`say --format po or xliff (could not tell from "${file}")`);
  return f;
}

export async function runExport(dirs: Dirs, opts: { lang: string; format: string; out?: string }, out: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  const format = formatOf(opts.out ?? '', opts.format);
  const c = catalogues(dirs, opts.lang);
  const units = unitsOf(readFileSync(c.sourceFile, 'utf8'), readFileSync(c.targetFile, 'utf8'));
  const text = await exportUnits(units, opts.lang, c.source, format);
  if (opts.out) {
    writeFileSync(opts.out, text);
    out(`${units.length} units of ${opts.lang} written to ${opts.out} (${format})\n`);
  } else out(text);
}

export async function runImport(dirs: Dirs, opts: { file: string; format?: string; lang?: string }, out: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  const format = formatOf(opts.file, opts.format);
  let text: string;
  try {
    text = readFileSync(opts.file, 'utf8');
  } catch {
    throw new ExchangeError(`cannot read ${opts.file}`);
  }
  const read = await readUnits(text, format);
  const lang = opts.lang ?? read.lang;
  if (!lang) throw new ExchangeError('the file does not say its language: add --lang');
  if (opts.lang && read.lang && opts.lang !== read.lang) throw new ExchangeError(`the file is for "${read.lang}", not "${opts.lang}"`);
  const c = catalogues(dirs, lang);
  const before = readFileSync(c.targetFile, 'utf8');
  const r = applyUnits(readFileSync(c.sourceFile, 'utf8'), before, read.units);
  writeFileSync(c.targetFile, r.ftl);
  try {
    loadContent(dirs);
  } catch (err) {
    writeFileSync(c.targetFile, before);
    throw new ExchangeError(`the imported catalogue does not load, nothing was changed: ${err instanceof Error ? err.message : String(err)}`);
  }
  out(`${lang}: ${r.changed.length} messages changed, ${r.reviewed.length} marked reviewed${r.keptDraft.length ? `, ${r.keptDraft.length} kept draft (reviewed without a reviewer role and date: ${r.keptDraft.join(', ')})` : ''}\n`);
}
