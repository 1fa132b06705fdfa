// The first reading of a message after start-up: each line below is read first in a fresh
// process (the understanding built, as `serve` builds it), then once more; CPU milliseconds of
// each reading are printed, and of building the understanding. A line's first reading once paid
// for compiling the Unicode-aware patterns it reached (seconds for a line of several scripts).
//
//   node bin/run.js bench/firstread.ts [--runs 3] [--json]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { median, round } from './stats.ts';

/** Lines of different scripts, one kind each; the last mixes seven. */
export const LINES: readonly { name: string; text: string }[] = [
  { name: 'english', text: 'my boss keeps my passport and does not pay the overtime' },
  { name: 'spanish ¿', text: 'hola, ¿el patrón puede quitarme el pasaporte y no pagarme las horas?' },
  { name: 'latin+arabic', text: 'please help الكفيل أخذ جواز السفر مالي' },
  { name: 'arabic', text: 'صاحب العمل ما يعطيني راتبي من شهرين' },
  { name: 'hindi', text: 'मालिक ने मेरा पासपोर्ट रख लिया है और पैसे नहीं देता' },
  { name: 'punjabi', text: 'ਮਾਲਕ ਨੇ ਮੇਰਾ ਪਾਸਪੋਰਟ ਰੱਖ ਲਿਆ' },
  { name: 'chinese', text: '老板拿走了我的护照，不给工资' },
  { name: 'thai', text: 'นายจ้างยึดพาสปอร์ตและไม่จ่ายเงินเดือน' },
  { name: 'ukrainian', text: 'роботодавець забрав мій паспорт і не платить' },
  { name: 'seven scripts', text: 'help me ¿ayuda? مساعدة मदद ਮਦਦ 帮助 ช่วยด้วย допоможіть' },
];

interface ChildResult {
  buildMs: number;
  firstMs: number;
  againMs: number;
}

const cpuMs = (from: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

async function child(line: number): Promise<void> {
  const t0 = process.cpuUsage();
  const { createUnderstanding } = await import('../src/understand/understanding.ts');
  const understand = createUnderstanding();
  const buildMs = cpuMs(t0);
  const text = LINES[line]!.text;
  const t1 = process.cpuUsage();
  understand.routeOffline(text);
  const firstMs = cpuMs(t1);
  const t2 = process.cpuUsage();
  understand.routeOffline(text);
  const againMs = cpuMs(t2);
  process.stdout.write(JSON.stringify({ buildMs, firstMs, againMs } satisfies ChildResult));
}

function main(): void {
  const { values: opt } = parseArgs({ options: { runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false }, child: { type: 'string' } } });
  if (opt.child !== undefined) return void child(Number(opt.child));
  const runs = Math.max(1, Number(opt.runs));
  const rows: { name: string; buildMs: number[]; firstMs: number[]; againMs: number[] }[] = [];
  for (let i = 0; i < LINES.length; i++) {
    const row = { name: LINES[i]!.name, buildMs: [] as number[], firstMs: [] as number[], againMs: [] as number[] };
    for (let r = 0; r < runs; r++) {
      const p = spawnSync(process.execPath, ['bin/run.js', 'bench/firstread.ts', '--child', String(i)], { encoding: 'utf8' });
      if (p.status !== 0) throw new Error(`child failed: ${p.stderr.slice(-500)}`);
      const c = JSON.parse(p.stdout) as ChildResult;
      row.buildMs.push(round(c.buildMs, 0));
      row.firstMs.push(round(c.firstMs, 1));
      row.againMs.push(round(c.againMs, 1));
    }
    rows.push(row);
  }
  if (opt.json) return void console.log(JSON.stringify(rows));
  console.log('CPU ms, a fresh process for each line and run (median [all runs])');
  console.log(`${'line'.padEnd(15)}${'build'.padStart(8)}${'first'.padStart(10)}${'again'.padStart(8)}   first, every run`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(15)}${String(median(r.buildMs)).padStart(8)}${String(median(r.firstMs)).padStart(10)}${String(median(r.againMs)).padStart(8)}   ${r.firstMs.join(' ')}`);
  }
}

main();
