// A throwaway PostgreSQL cluster on a free loopback port, for `npm test`, `npm run bench` and
// `npm run soak`. Needs PostgreSQL's binaries (initdb, pg_ctl: Debian's postgresql package);
// when running as root the cluster runs as the `postgres` system user (initdb refuses root).
//
//   const cluster = await start();   // null when the binaries are not installed
//   cluster.url                      // postgres://postgres@127.0.0.1:<port>/postgres
//   stop(cluster);                   // immediate shutdown, directory removed
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL program: on PATH, else the newest /usr/lib/postgresql/<version>/bin. */
export function findBin(name) {
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

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** [command, args] that run as the `postgres` system user when we are root. */
export function asPostgresUser(cmd, cmdArgs) {
  // initdb refuses to run as root: run the cluster as the `postgres` system user.
  if (process.getuid?.() === 0) return ['runuser', ['-u', 'postgres', '--', cmd, ...cmdArgs]];
  return [cmd, cmdArgs];
}

function run(cmd, cmdArgs) {
  const [c, a] = asPostgresUser(cmd, cmdArgs);
  const r = spawnSync(c, a, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
}

/** Clusters started by this process and not yet stopped: removed at exit whatever happens. */
const live = new Set();
let exitHook = false;

/**
 * Start a cluster. Returns null when PostgreSQL's binaries are not installed; throws when
 * they are but the cluster does not start. `options.settings` adds `-c name=value` settings.
 */
export async function start(options = {}) {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) return null;
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => {
      for (const c of [...live]) stop(c);
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-pg-'));
  if (process.getuid?.() === 0) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error('running as root but there is no `postgres` user to run the test cluster');
    }
    chownSync(dir, Number(ids.stdout), Number(gid.stdout));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  // Registered before initdb so a failure half-way still removes the directory at exit.
  const cluster = { dir, data, pgCtl, port, url: `postgres://postgres@127.0.0.1:${port}/postgres` };
  live.add(cluster);
  const settings = { fsync: 'off', max_connections: '200', ...(options.settings ?? {}) };
  const flags = Object.entries(settings)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');
  run(initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  run(pgCtl, ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-h 127.0.0.1 -p ${port} -k ${dir} ${flags}`, 'start']);
  return cluster;
}

/** Stop a cluster (immediate shutdown) and remove its directory. Safe to call twice. */
export function stop(cluster) {
  if (!cluster || !live.has(cluster)) return;
  live.delete(cluster);
  try {
    run(cluster.pgCtl, ['-D', cluster.data, '-m', 'immediate', '-w', 'stop']);
  } catch {
    /* already stopped */
  }
  rmSync(cluster.dir, { recursive: true, force: true });
}
