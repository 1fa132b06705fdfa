// Loaded into a server under test with `node --import ./bench/memsample.mjs`: every 100 ms, one
// JSON line of its own memory (process.memoryUsage() and V8's heap spaces, in MB) appended to
// the file named by MEM_SAMPLE_FILE. For scripts/burst-memory.ts; never loaded in production.
import { appendFileSync } from 'node:fs';
import v8 from 'node:v8';

const file = process.env.MEM_SAMPLE_FILE;
const mb = (n) => Math.round((n / 1048576) * 10) / 10;
const t0 = Date.now();
if (file) {
  setInterval(() => {
    const m = process.memoryUsage();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ''), mb(s.space_size)]));
    const line = { t: Date.now() - t0, rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), ...spaces };
    appendFileSync(file, JSON.stringify(line) + '\n');
  }, 100).unref();
}
