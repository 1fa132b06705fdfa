// Reading a YAML data file so each problem can name its line: flows, languages, personas and the
// roster are all read through this.
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './errors.ts';

/** A parsed YAML file that can say which line a path points at. */
export interface YamlFile {
  file: string;
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function parseYaml(file: string, text: string): { yaml?: YamlFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        // linePos is only filled in with prettyErrors; the offset always is.
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        message: e.message.split('\n')[0] ?? e.code,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let found: YamlNode | undefined = doc.contents ?? undefined;
    for (const part of path) {
      if (isMap(node)) node = node.get(String(part), true);
      else if (isSeq(node)) node = node.get(Number(part), true);
      else break;
      if (node && typeof node === 'object' && 'range' in node) found = node as YamlNode;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  return { yaml: { file, data: doc.toJS(), lineOf }, problems: [] };
}

/** Validate with zod and turn each issue into a Problem with file and line. */
export function validate<S extends z.ZodType>(yaml: YamlFile, schema: S): { value?: z.infer<S>; problems: Problem[] } {
  const r = schema.safeParse(yaml.data);
  if (r.success) return { value: r.data, problems: [] };
  return {
    problems: r.error.issues.map((i) => ({
      file: yaml.file,
      line: yaml.lineOf(i.path),
      message: `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`,
    })),
  };
}
