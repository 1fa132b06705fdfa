// The trainee lines of the rules' own tests (test/rehearsal/*.test.ts), each labelled for the
// point its test names: a line that must earn a point is a positive for that point; a line that
// must earn nothing on it or get no verdict on it is a negative for that point. A line that must
// breach it is no label: the model speaks only where the rules gave no verdict, so a line the rules
// breach never reaches it, and as negatives such lines taught it that words a good line shares
// (deleting, the police) are no privacy (docs/adr/0010-*.md). On every other point the line
// carries no label. Read from the test files' text (it.each tables of
// [lang, line, ...] and the kind-words helpers), never by running them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { POINT_IDS, type PointId } from '../../src/rehearsal/points.ts';

export const TEST_DIR = join(import.meta.dirname, '..', '..', 'test', 'rehearsal');

export interface TestLine {
  lang: string;
  text: string;
  point: PointId;
  earns: boolean;
}

const isPoint = (s: string): s is PointId => (POINT_IDS as readonly string[]).includes(s);
const LANG = /^[a-z]{2,3}$/;

/** What a test body asserts of the point: earned (true), not earned (false), or nothing about earning (null). */
function assertion(body: string): { point: PointId | 'each'; earns: boolean } | null {
  let m = /expectNone\('(\w+)'\)/.exec(body);
  if (m && isPoint(m[1]!)) return { point: m[1], earns: false };
  m = /expectVerdicts\(lang, line, \{ (\w+): '(earned|breached)' \}\)/.exec(body);
  if (m && isPoint(m[1]!)) return { point: m[1], earns: m[2] === 'earned' };
  if (/got === 'earned' \|\| got === 'breached'\)\.toBe\(false\)/.test(body)) return { point: 'each', earns: false };
  m = /(?:verdicts\(lang, line\)|got)(?:\.(\w+)|\[(\w+)\])\)?\.(not\.)?toBe\('(earned|breached)'\)/.exec(body);
  if (!m) return null;
  const point = m[1] ?? (m[2] === 'point' ? 'each' : m[2]!);
  if (point !== 'each' && !isPoint(point)) return null;
  const not = !!m[3];
  if (m[4] === 'earned') return { point, earns: !not };
  return null;
}

const str = (n: ts.Node | undefined): string | null => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : null);

/** The rows of a table: [lang, line], [lang, point, line], [lang, line, flag] or [lang, line, {point: verdict}, none?]. */
function rows(table: ts.ArrayLiteralExpression, point: PointId | 'each' | null, earns: boolean | null, out: TestLine[]): void {
  for (const row of table.elements) {
    if (!ts.isArrayLiteralExpression(row)) continue;
    const [a, b, c, d] = row.elements;
    const lang = str(a);
    if (!lang || !LANG.test(lang)) continue;
    const second = str(b);
    const third = str(c);
    if (c && ts.isObjectLiteralExpression(c) && second) {
      for (const p of c.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        const key = p.name.getText().replace(/['"]/g, '');
        const v = str(p.initializer);
        if (isPoint(key) && v === 'earned') out.push({ lang, text: second, point: key, earns: true });
      }
      const none = str(d);
      if (none && isPoint(none)) out.push({ lang, text: second, point: none, earns: false });
    } else if (second && third && isPoint(second) && point === 'each' && earns !== null) out.push({ lang, text: third, point: second, earns });
    else if (second && point && point !== 'each' && earns !== null) out.push({ lang, text: second, point, earns });
  }
}

function fileLines(file: string): TestLine[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const tables = new Map<string, ts.ArrayLiteralExpression>();
  const out: TestLine[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isArrayLiteralExpression(node.initializer)) tables.set(node.name.getText(), node.initializer);
    // it.each(TABLE)(title, body)
    if (ts.isCallExpression(node) && ts.isCallExpression(node.expression) && node.expression.expression.getText() === 'it.each') {
      const arg = node.expression.arguments[0];
      const body = node.arguments[1]?.getText() ?? '';
      const a = assertion(body);
      const table = arg && ts.isArrayLiteralExpression(arg) ? arg : arg && ts.isIdentifier(arg) ? tables.get(arg.text) : undefined;
      if (table) rows(table, a?.point ?? null, a?.earns ?? null, out);
      else if (arg && /earns\(point\)/.test(arg.getText())) for (const p of ['privacy', 'safety'] as const) rows(tables.get(p.toUpperCase())!, p, true, out);
    }
    // expectOn(point, verdict, [...]) / expectNotOn(point, verdict, [...]) (kind words)
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && /^expect(Not)?On$/.test(node.expression.text)) {
      const [p, v, table] = node.arguments;
      const point = str(p);
      const verdict = str(v);
      if (point && isPoint(point) && table && ts.isArrayLiteralExpression(table)) {
        const on = node.expression.text === 'expectOn';
        const earns = on ? (verdict === 'earned' ? true : false) : verdict === 'earned' ? false : null;
        rows(table, point, earns, out);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

/** Every labelled line of the rules' tests, once per (language, line, point), in file order. */
export function testLines(dir = TEST_DIR): TestLine[] {
  const seen = new Set<string>();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .flatMap((f) => fileLines(join(dir, f)))
    .filter((l) => {
      const key = `${l.lang}\t${l.point}\t${l.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
