// Translation exchange: PO and XLIFF out and back in, on a copy of the real catalogues.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { runExport, runImport } from '../../src/content/exchange-cli.ts';
import { applyUnits, readUnits } from '../../src/content/exchange.ts';

function copy(): { flowsDir: string; localesDir: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'waypoint-exchange-'));
  cpSync('flows', join(root, 'flows'), { recursive: true });
  cpSync('locales', join(root, 'locales'), { recursive: true });
  return { flowsDir: join(root, 'flows'), localesDir: join(root, 'locales'), root };
}
const quiet = (): void => {};
const ftl = (d: { localesDir: string }, lang: string): string => readFileSync(join(d.localesDir, lang, 'waypoint.ftl'), 'utf8');
const meta = (text: string, key: string): string[] => {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key} =`));
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && lines[j]!.startsWith('# '); j--) out.unshift(lines[j]!.slice(2));
  return out;
};

describe('content export and import', () => {
  it.each(['po', 'xliff'] as const)('%s: exporting and importing unchanged gives the catalogue back byte for byte', async (format) => {
    const d = copy();
    const file = join(d.root, `es.${format === 'po' ? 'po' : 'xlf'}`);
    await runExport(d, { lang: 'es', format, out: file }, quiet);
    const before = ftl(d, 'es');
    let said = '';
    await runImport(d, { file }, (s) => (said += s));
    expect(said).toBe('es: 0 messages changed, 0 marked reviewed\n');
    expect(ftl(d, 'es')).toBe(before);
  });

  it('po: a message a translator changed is a draft unless the file gives a reviewer role and a date', async () => {
    const d = copy();
    const file = join(d.root, 'es.po');
    await runExport(d, { lang: 'es', format: 'po', out: file }, quiet);
    let po = readFileSync(file, 'utf8');
    // 1. changed, no review: draft.  2. changed, "reviewed" without a role: kept draft.  3. reviewed with role and date.
    po = po.replace(/(msgctxt "stopped"\nmsgid .*\n)msgstr [\s\S]*?\n\n/, '$1msgstr "De acuerdo. No le escribiremos más. Envíe EMPEZAR si quiere hablar después."\n\n');
    po = po.replace(/# @status draft\n#, fuzzy\nmsgctxt "recovered"\n(msgid .*\n)msgstr .*/, '# @status reviewed\nmsgctxt "recovered"\n$1msgstr "Perdón, perdimos el hilo. Aquí está el menú."');
    po = po.replace(/# @status draft\n#, fuzzy\nmsgctxt "retry"\n(msgid .*\n)msgstr .*/, '# @status reviewed\n# @last-reviewed 2026-12-01\n# @reviewer-role translator (es)\nmsgctxt "retry"\n$1msgstr "Perdón, responda con un número de la lista, por favor."');
    writeFileSync(file, po);
    let said = '';
    await runImport(d, { file }, (s) => (said += s));
    expect(said).toBe('es: 3 messages changed, 1 marked reviewed, 1 kept draft (reviewed without a reviewer role and date: recovered)\n');
    const text = ftl(d, 'es');
    expect(text).toContain('stopped = De acuerdo. No le escribiremos más.');
    expect(meta(text, 'stopped')).toEqual([]); // the file's default: draft
    expect(meta(text, 'recovered')).toEqual([]);
    expect(meta(text, 'retry')).toEqual(['@status reviewed', '@last-reviewed 2026-12-01', '@reviewer-role translator (es)']);
    const content = loadContent(d);
    const es = content.locales.locales.get('es')!;
    expect(es.messages.get('retry')!.meta).toMatchObject({ status: 'reviewed', reviewerRole: 'translator (es)', lastReviewed: '2026-12-01' });
    expect(es.messages.get('recovered')!.meta.status).toBe('draft');
    expect(content.catalog.format('es', 'retry')?.text).toBe('Perdón, responda con un número de la lista, por favor.');
  });

  it('xliff: a reviewed target with its role and date in the note becomes reviewed; approved="no" keeps a draft', async () => {
    const d = copy();
    const file = join(d.root, 'fr.xlf');
    await runExport(d, { lang: 'fr', format: 'xliff', out: file }, quiet);
    let x = readFileSync(file, 'utf8');
    expect(x).toContain('<trans-unit id="emergency-now" approved="no">');
    x = x.replace(/(<trans-unit id="back-unavailable") approved="no">([\s\S]*?)<note>@status draft<\/note>/, '$1 approved="yes">$2<note>@status reviewed\n@last-reviewed 2026-11-30\n@reviewer-role translator (fr)</note>');
    writeFileSync(file, x);
    let said = '';
    await runImport(d, { file }, (s) => (said += s));
    expect(said).toBe('fr: 0 messages changed, 1 marked reviewed\n');
    expect(meta(ftl(d, 'fr'), 'back-unavailable')).toEqual(['@status reviewed', '@last-reviewed 2026-11-30', '@reviewer-role translator (fr)']);
  });

  it('refuses a key the source does not have, and text that is not Fluent, changing nothing', async () => {
    const d = copy();
    const before = ftl(d, 'es');
    const po = (ctx: string, str: string): string => `msgid ""\nmsgstr ""\n"Language: es\\n"\n\nmsgctxt "${ctx}"\nmsgid "x"\nmsgstr "${str}"\n`;
    const f1 = join(d.root, 'a.po');
    writeFileSync(f1, po('no-such-key', 'hola'));
    await expect(runImport(d, { file: f1 }, quiet)).rejects.toThrow(/no-such-key: not a message of the source catalogue/);
    writeFileSync(f1, po('retry', 'roto { $'));
    await expect(runImport(d, { file: f1 }, quiet)).rejects.toThrow(/retry: not valid Fluent text/);
    expect(ftl(d, 'es')).toBe(before);
  });

  it('keeps variants: a select expression travels as Fluent source', async () => {
    const d = copy();
    let out = '';
    await runExport(d, { lang: 'fr', format: 'po' }, (s) => (out += s));
    const { units } = await readUnits(out, 'po');
    const plan = units.find((u) => u.id === 'health-card-plan')!;
    expect(plan.target).toMatch(/^\{ \$province ->\n {4}\[bc\] /);
    const r = applyUnits(ftl({ localesDir: d.localesDir }, 'en'), ftl(d, 'fr'), [plan]);
    expect(r.changed).toEqual([]);
  });
});
