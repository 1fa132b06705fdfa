import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
const add = parse(readFileSync(process.argv[2], 'utf8'));
for (const [lang, v] of Object.entries(add)) {
  const p = `test/understand/eval/dev/${lang}.yaml`;
  const src = readFileSync(p, 'utf8');
  const header = src.split('\n').filter((l) => l.startsWith('#')).join('\n');
  const y = parse(src);
  y.danger = [...(y.danger ?? []), ...(v.danger ?? [])];
  y.not_danger = [...(y.not_danger ?? []), ...(v.not_danger ?? [])];
  for (const [t, ls] of Object.entries(v.topics ?? {})) y.topics[t] = [...(y.topics[t] ?? []), ...ls];
  writeFileSync(p, `${header}\n${stringify(y, { lineWidth: 0 })}`);
}
