// The `waypoint` command as a person runs it: a real process, its output and exit code.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededDataDir } from './dataDir.ts';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A stack frame as Node prints it ("    at fn (file:line:col)"). */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|native\)?)$/m;

/** Run `waypoint <args>` with only PATH and `env` in its environment, `stdin` as its input. */
export function runCli(args: string[], env: Record<string, string>, stdin = ''): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/waypoint.js', ...args], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface Serving {
  child: ChildProcess;
  port: number;
  base: string;
  stdout(): string;
  stderr(): string;
  /** Send a signal and wait for the process to end; its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * `waypoint serve` on a free port, resolved once it listens. Unless `env` sets DATA_DIR, on a new
 * directory already holding a migrated embedded database (see dataDir.ts), or an empty one with
 * `{ empty: true }` to test the first start itself.
 */
export async function startServe(env: Record<string, string> = {}, nodeArgs: string[] = [], opts: { empty?: boolean } = {}): Promise<Serving> {
  let out = '';
  let err = '';
  const dataDir = env.DATA_DIR ?? (opts.empty ? mkdtempSync(join(tmpdir(), 'wp-serve-')) : await seededDataDir('wp-serve-'));
  const child = spawn(process.execPath, [...nodeArgs, 'bin/waypoint.js', 'serve'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env, DATA_DIR: dataDir },
  });
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (err += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Generous: on a busy 2-core machine a new PGlite directory alone has taken 20 s.
  const port = await new Promise<number>((resolve, reject) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start within 150 s: ${err}`));
    }, 150_000);
    child.stdout!.on('data', () => {
      const m = /listening on port (\d+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(Number(m[1]));
      }
    });
    void exited.then((code) => reject(new Error(`exited ${code}: ${err}${out}`)));
  });
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    stdout: () => out,
    stderr: () => err,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
