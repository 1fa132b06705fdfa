// The first reading of a message after start-up: each line below is read first in a fresh
// process (the understanding built, as `serve` builds it), then once more; CPU milliseconds of
// each reading are printed, and of building the understanding. A line's first reading once paid
// for compiling the Unicode-aware patterns it reached (seconds for a line of several scripts).
// "warmed" is the first reading again in a fresh process, after `warm()` (what `serve` calls once
// it listens) built the spellings a line in Latin letters would build on first use.
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
  { name: 'roman hindi', text: 'malik ne mera passport rakh liya aur paise nahi deta' },
  { name: 'seven scripts', text: 'help me ¿ayuda? مساعدة मदद ਮਦਦ 帮助 ช่วยด้วย допоможіть' },
];

interface ChildResult {
  buildMs: number;
  firstMs: number;
  againMs: number;
}

interface WarmedResult {
  warmMs: number;
  firstMs: number;
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

async function warmedChild(line: number): Promise<void> {
  const { createUnderstanding } = await import('../src/understand/understanding.ts');
  const understand = createUnderstanding();
  const t0 = process.cpuUsage();
  understand.warm();
  const warmMs = cpuMs(t0);
  const t1 = process.cpuUsage();
  understand.routeOffline(LINES[line]!.text);
  process.stdout.write(JSON.stringify({ warmMs, firstMs: cpuMs(t1) } satisfies WarmedResult));
}

function run<T>(args: string[]): T {
  const p = spawnSync(process.execPath, ['bin/run.js', 'bench/firstread.ts', ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`child failed: ${p.stderr.slice(-500)}`);
  return JSON.parse(p.stdout) as T;
}

function main(): void {
  const { values: opt } = parseArgs({ options: { runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false }, child: { type: 'string' }, warmed: { type: 'string' } } });
  if (opt.child !== undefined) return void child(Number(opt.child));
  if (opt.warmed !== undefined) return void warmedChild(Number(opt.warmed));
  const runs = Math.max(1, Number(opt.runs));
  const rows: { name: string; buildMs: number[]; firstMs: number[]; againMs: number[]; warmMs: number[]; warmedMs: number[] }[] = [];
  for (let i = 0; i < LINES.length; i++) {
    const row = { name: LINES[i]!.name, buildMs: [] as number[], firstMs: [] as number[], againMs: [] as number[], warmMs: [] as number[], warmedMs: [] as number[] };
    for (let r = 0; r < runs; r++) {
      const c = run<ChildResult>(['--child', String(i)]);
      row.buildMs.push(round(c.buildMs, 0));
      row.firstMs.push(round(c.firstMs, 1));
      row.againMs.push(round(c.againMs, 1));
      const w = run<WarmedResult>(['--warmed', String(i)]);
      row.warmMs.push(round(w.warmMs, 0));
      row.warmedMs.push(round(w.firstMs, 1));
    }
    rows.push(row);
  }
  if (opt.json) return void console.log(JSON.stringify(rows));
  console.log('CPU ms, a fresh process for each line and run (median [all runs])');
  console.log(`${'line'.padEnd(15)}${'build'.padStart(8)}${'first'.padStart(10)}${'again'.padStart(8)}${'warm'.padStart(8)}${'warmed'.padStart(9)}   first, every run`);
  for (const r of rows) {
    const cells = [r.buildMs, r.firstMs, r.againMs, r.warmMs, r.warmedMs].map((xs, k) => String(median(xs)).padStart([8, 10, 8, 8, 9][k]!));
    console.log(`${r.name.padEnd(15)}${cells.join('')}   ${r.firstMs.join(' ')}`);
  }
}

main();
