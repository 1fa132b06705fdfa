#!/usr/bin/env node
// `npm test`: the whole suite, on PGlite and on a real PostgreSQL server.
// Without DATABASE_URL, a throwaway cluster is started on a free loopback port when
// PostgreSQL's binaries are installed, and removed afterwards. Prints a plain closing line
// `N passed, N failed[, N skipped]` computed from vitest's JSON report.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const env = { ...process.env };
let cluster = null;

function findBin(name) {
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const p = join(base, v, 'bin', name);
    if (existsSync(p)) return p;
  }
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function asPostgresUser(cmd, cmdArgs) {
  // initdb refuses to run as root: run the cluster as the `postgres` system user.
  if (process.getuid?.() === 0) return ['runuser', ['-u', 'postgres', '--', cmd, ...cmdArgs]];
  return [cmd, cmdArgs];
}

function run(cmd, cmdArgs) {
  const [c, a] = asPostgresUser(cmd, cmdArgs);
  const r = spawnSync(c, a, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
}

async function startCluster() {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) return null;
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-pg-'));
  if (process.getuid?.() === 0) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0) throw new Error('running as root but there is no `postgres` user to run the test cluster');
    chownSync(dir, Number(ids.stdout), Number(gid.stdout));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  // Registered before initdb so a failure half-way still removes the directory at exit.
  cluster = { dir, data, pgCtl, url: `postgres://postgres@127.0.0.1:${port}/postgres` };
  run(initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  run(pgCtl, ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`, 'start']);
  return cluster;
}

function stopCluster() {
  if (!cluster) return;
  const c = cluster;
  cluster = null;
  try {
    run(c.pgCtl, ['-D', c.data, '-m', 'immediate', '-w', 'stop']);
  } catch {
    /* already stopped */
  }
  rmSync(c.dir, { recursive: true, force: true });
}

let reportDir = null;
process.on('exit', () => {
  stopCluster();
  if (reportDir) rmSync(reportDir, { recursive: true, force: true });
});
let child = null;
// Stop the tests first (they use the cluster), then the 'exit' handler removes the cluster.
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (child && child.exitCode === null) child.kill(sig);
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}

if (!env.DATABASE_URL) {
  try {
    cluster = await startCluster();
  } catch (e) {
    console.error(`npm test: could not start a throwaway PostgreSQL cluster: ${e.message}`);
    console.error('npm test: set DATABASE_URL to a server you provide, or fix the PostgreSQL install');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  if (cluster) {
    env.DATABASE_URL = cluster.url;
    console.log(`npm test: throwaway PostgreSQL cluster on ${cluster.url.replace(/^.*@/, '')}`);
  } else {
    console.log('npm test: PostgreSQL server tests skipped: no DATABASE_URL and no PostgreSQL binaries (apt-get install postgresql)');
  }
}

reportDir = mkdtempSync(join(tmpdir(), 'waypoint-vitest-'));
const report = join(reportDir, 'report.json');
child = spawn(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
  { stdio: 'inherit', env },
);
const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that failed to load counts as failed even when no test in it ran.
  for (const f of r.testResults ?? []) if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) failed += 1;
} catch {
  failed = Math.max(failed, 1);
}
rmSync(reportDir, { recursive: true, force: true });
stopCluster();
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code !== 0 || failed > 0 ? 1 : 0);
