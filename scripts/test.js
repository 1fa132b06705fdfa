#!/usr/bin/env node
// `npm test`: the whole suite, on PGlite and on a real PostgreSQL server.
// Without DATABASE_URL, a throwaway cluster is started on a free loopback port when
// PostgreSQL's binaries are installed, and removed afterwards. Prints a plain closing line
// `N passed, N failed[, N skipped]` computed from vitest's JSON report, after one line per
// skipped test naming it and why (the reason is in every skipped test's title).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { start as startPgCluster, stop as stopPgCluster } from './pg-cluster.js';

const args = process.argv.slice(2);
const env = { ...process.env };
let cluster = null;

async function startCluster() {
  cluster = await startPgCluster();
  return cluster;
}

function stopCluster() {
  if (!cluster) return;
  const c = cluster;
  cluster = null;
  stopPgCluster(c);
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
const skips = [];
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that failed to load counts as failed even when no test in it ran.
  for (const f of r.testResults ?? []) if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) failed += 1;
  for (const f of r.testResults ?? []) {
    for (const a of f.assertionResults ?? []) {
      if (a.status === 'skipped' || a.status === 'pending' || a.status === 'todo') skips.push(`skipped: ${relative(process.cwd(), f.name)} › ${a.fullName}`);
    }
  }
} catch {
  failed = Math.max(failed, 1);
}
rmSync(reportDir, { recursive: true, force: true });
stopCluster();
for (const line of skips) console.log(line);
// Vitest failed with every test it reported passing: an error outside any test (a worker that
// died, out of memory or otherwise, and the files it had left). Counted as one failure, so the
// last line never reads "0 failed" on a failed run.
if (code !== 0 && failed === 0) {
  failed = 1;
  console.log('failed: vitest exited with an error outside any test (its output above says which)');
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code !== 0 || failed > 0 ? 1 : 0);
