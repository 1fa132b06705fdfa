import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadUnderstandData, UnderstandDataError } from '../../src/understand/data.ts';
import { defaultCacheDir } from '../../src/understand/dataCache.ts';
import { createUnderstanding } from '../../src/understand/understanding.ts';
import { dataDir } from './smallData.ts';

const made: string[] = [];
function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json'));

describe("understanding's data, cached between processes", () => {
  it('is read once from the files, then from the cache file, the same', () => {
    const data = dataDir();
    made.push(data);
    const cacheDir = tempDir('wp-ucache-');
    const fresh = loadUnderstandData(data, { cacheDir: null });
    expect(Object.values(fresh.keywords[0]!.topics)).toEqual([['pay', '911']]);
    expect(loadUnderstandData(data, { cacheDir })).toEqual(fresh);
    const [file] = cacheFiles(cacheDir);
    expect(file).toBeDefined();
    expect(statSync(join(cacheDir, file!)).mode & 0o077).toBe(0);
    // What the next process reads is the cache file: a mark put in it comes back.
    const cached = JSON.parse(readFileSync(join(cacheDir, file!), 'utf8')) as typeof fresh;
    cached.examples[0]!.text = 'from the cache';
    writeFileSync(join(cacheDir, file!), JSON.stringify(cached));
    expect(loadUnderstandData(data, { cacheDir }).examples[0]!.text).toBe('from the cache');
  });

  it('changed data is read from the files, never the old cache', () => {
    const data = dataDir();
    made.push(data);
    const cacheDir = tempDir('wp-ucache-');
    loadUnderstandData(data, { cacheDir });
    writeFileSync(join(data, 'examples', 'en.yaml'), 'lang: en\nstatus: draft\nexamples:\n  wages: ["my last 2 cheques never came"]\n');
    expect(loadUnderstandData(data, { cacheDir }).examples.map((e) => e.text)).toEqual(['my last 2 cheques never came']);
    expect(cacheFiles(cacheDir)).toHaveLength(2);
    // A broken file stops start-up with its name, cache or not.
    writeFileSync(join(data, 'social', 'en.yaml'), 'lang: en\nstatus: draft\nphrases: []\n');
    expect(() => loadUnderstandData(data, { cacheDir })).toThrow(UnderstandDataError);
    expect(() => loadUnderstandData(data, { cacheDir })).toThrow(/social[/\\]en\.yaml/);
  });

  it('a cache file cut short (a full disk, a crash) is ignored and written again', () => {
    const data = dataDir();
    made.push(data);
    const cacheDir = tempDir('wp-ucache-');
    const fresh = loadUnderstandData(data, { cacheDir });
    const [file] = cacheFiles(cacheDir);
    writeFileSync(join(cacheDir, file!), readFileSync(join(cacheDir, file!), 'utf8').slice(0, 40));
    expect(loadUnderstandData(data, { cacheDir })).toEqual(fresh);
    expect(JSON.parse(readFileSync(join(cacheDir, file!), 'utf8'))).toEqual(fresh);
  });

  it('is built once per process for the same data, again when a file changes', () => {
    const data = dataDir();
    made.push(data);
    const first = createUnderstanding({ dataDir: data });
    expect(createUnderstanding({ dataDir: data }).index).toBe(first.index);
    expect(first.routeOffline('they pay less than the paper said').topic).toBe('wages');
    writeFileSync(join(data, 'examples', 'en.yaml'), 'lang: en\nstatus: draft\nexamples:\n  hours: ["they pay less than the paper said"]\n');
    const changed = createUnderstanding({ dataDir: data });
    expect(changed.index).not.toBe(first.index);
    expect(changed.routeOffline('they pay less than the paper said').topic).toBe('hours');
  });

  it("lives in the user's own folder under the temporary folder, or nowhere when others can write there", () => {
    const tmp = tempDir('wp-utmp-');
    vi.stubEnv('TMPDIR', tmp);
    const dir = defaultCacheDir();
    expect(dir).toBe(join(tmp, `waypoint-${process.getuid!()}`, 'understand'));
    expect(statSync(join(tmp, `waypoint-${process.getuid!()}`)).mode & 0o777).toBe(0o700);
    chmodSync(join(tmp, `waypoint-${process.getuid!()}`), 0o777);
    expect(defaultCacheDir()).toBeNull();
  });
});
