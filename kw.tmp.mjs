// node kw.tmp.mjs <lang> <topic> drop|add term...
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
const [lang, topic, op, ...terms] = process.argv.slice(2);
const p = `src/understand/data/keywords/${lang}.yaml`;
const src = readFileSync(p, 'utf8');
const y = parse(src);
let list = y.topics[topic] ?? [];
if (op === 'drop') { for (const t of terms) { if (!list.includes(t)) console.error('NOT FOUND', lang, topic, t); } list = list.filter((t) => !terms.includes(t)); }
else list = [...list, ...terms.filter((t) => !list.includes(t))];
y.topics[topic] = list;
const q = (t) => (/^[*\d]|[,:\[\]{}#&!|>'"%@`]/.test(String(t)) ? `'${String(t).replace(/'/g, "''")}'` : String(t));
const header = src.split('\n').filter((l) => l.startsWith('#')).join('\n');
const body = [`lang: ${y.lang}`, `status: ${y.status}`, `reviewer_role: ${y.reviewer_role ?? 'null'}`, 'topics:', ...Object.entries(y.topics).map(([k, v]) => `  ${k}: [${v.map(q).join(', ')}]`)].join('\n');
writeFileSync(p, `${header}\n${body}\n`);
