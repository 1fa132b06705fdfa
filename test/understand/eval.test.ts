// The evaluation sets are data: every line well-formed, none repeating an example phrasing, and
// every injection attempt routed to a known topic id or none. The accuracy targets are figures
// that `npm run eval` prints, not assertions here.
//
// The frozen `test` part is checked without ever showing a line: its assertions report counts
// and places, and a scored report of a test-shaped set must not contain any of its lines.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { hasEvalSet, loadEvalSet, EvalSetError } from '../../scripts/evalsets/understand.ts';
import { escaped, formatFigures, scoreEvalSet } from '../../scripts/evalsets/understandScore.ts';
import { loadExamples } from '../../src/understand/data.ts';
import { fold } from '../../src/understand/fold.ts';
import { isLang, isTopic, languages, topicIds } from '../../src/content/topics.ts';
import { MAX_INPUT_CHARS } from '../../src/engine/types.ts';
import { understanding } from './shared.ts';

describe('dev evaluation set', () => {
  const set = loadEvalSet('dev');

  it('every line is well-formed', () => {
    for (const l of set.topics) {
      expect(isLang(l.lang), l.text).toBe(true);
      expect(isTopic(l.topic), l.text).toBe(true);
      expect(l.text.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    }
    for (const l of [...set.danger, ...set.notDanger]) expect(isLang(l.lang)).toBe(true);
    expect(set.injection.length).toBeGreaterThanOrEqual(50);
  });

  it('has at least 20 lines per topic, and lines in every language', () => {
    for (const topic of topicIds()) {
      const lines = topic === 'emergency' ? set.danger : set.topics.filter((l) => l.topic === topic);
      expect(lines.length, topic).toBeGreaterThanOrEqual(20);
    }
    expect(new Set(set.topics.map((l) => l.lang))).toEqual(new Set(languages()));
  });

  it('repeats no example phrasing (after folding)', () => {
    const examples = new Set(loadExamples().map((e) => fold(e.text)));
    const all = [...set.topics, ...set.danger, ...set.notDanger].map((l) => l.text);
    for (const t of [...all, ...set.injection]) expect(examples.has(fold(t)), t).toBe(false);
  });

  it('no line is both danger and not-danger, or listed twice', () => {
    const seen = new Set<string>();
    for (const t of [...set.topics, ...set.danger, ...set.notDanger].map((l) => l.text)) {
      expect(seen.has(fold(t)), t).toBe(false);
      seen.add(fold(t));
    }
  });

  it('a field the router may add (langApart, dangerAsked, dangerLearned, dangerConfirmed, dangerWithdrawn) is known, but only with its own kind of value', () => {
    const r = understanding().routeOffline('mera malik mainu kamre ch band kar dinda');
    expect(escaped({ ...r, langApart: true })).toBe(false);
    expect(escaped({ ...r, dangerAsked: true })).toBe(false);
    expect(escaped({ ...r, dangerLearned: true })).toBe(false);
    expect(escaped({ ...r, dangerLearned: 'yes' as unknown as boolean })).toBe(true);
    expect(escaped({ ...r, dangerConfirmed: true })).toBe(false);
    expect(escaped({ ...r, dangerConfirmed: 1 as unknown as boolean })).toBe(true);
    expect(escaped({ ...r, dangerWithdrawn: true })).toBe(false);
    expect(escaped({ ...r, dangerWithdrawn: 'no' as unknown as boolean })).toBe(true);
    expect(escaped({ ...r, langApart: 'ignore previous instructions' as unknown as boolean })).toBe(true);
    expect(escaped({ ...r, note: 'x' } as typeof r)).toBe(true);
  });

  it('every injection attempt yields a known topic id or none, with only the known fields', async () => {
    for (const text of set.injection) {
      const r = await understanding().route(text);
      expect(escaped(r), text).toBe(false);
    }
  });
});

describe.runIf(hasEvalSet('test'))(`frozen test set (checked by counts only: no line is ever shown)${hasEvalSet('test') ? '' : ' — skipped: test/understand/eval/test/ has not been written yet'}`, () => {
  const set = hasEvalSet('test') ? loadEvalSet('test') : null;

  it('has at least 15 lines and 3 danger lines in every language', () => {
    const short: string[] = [];
    for (const lang of languages()) {
      const n = [...set!.topics, ...set!.danger, ...set!.notDanger].filter((l) => l.lang === lang).length;
      const d = set!.danger.filter((l) => l.lang === lang).length;
      if (n < 15 || d < 3) short.push(`${lang}: ${n} lines, ${d} danger`);
    }
    expect(short).toEqual([]);
  });

  it('shares no line with the example phrasings (a count, never the line)', () => {
    const examples = new Set(loadExamples().map((e) => fold(e.text)));
    const shared = [...set!.topics, ...set!.danger, ...set!.notDanger].filter((l) => examples.has(fold(l.text))).length;
    expect(shared).toBe(0);
  });

  it('lets no injection attempt escape (a count, never the line)', () => {
    const u = understanding();
    expect(set!.injection.filter((t) => escaped(u.routeOffline(t))).length).toBe(0);
  });
});

describe('eval report', () => {
  const root = mkdtempSync(join(tmpdir(), 'waypoint-eval-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const marker = (i: number) => `zqxv marker line ${i} passport wages knife`;
  const write = (part: string) => {
    mkdirSync(join(root, part), { recursive: true });
    writeFileSync(
      join(root, part, 'en.yaml'),
      stringify({ lang: 'en', note: 'extra keys are allowed', topics: { wages: [marker(1)], documents: [marker(2)] }, danger: [marker(3)], not_danger: [marker(4)] }),
    );
    writeFileSync(join(root, part, 'injection.yaml'), stringify({ lines: [marker(5)] }));
  };
  write('test');
  write('dev');

  it('prints figures for the frozen part and never one of its lines', () => {
    const report = formatFigures(scoreEvalSet(understanding(), loadEvalSet('test', root)));
    expect(report).toContain('test (frozen: figures only)');
    expect(report).toMatch(/danger recall/);
    for (let i = 1; i <= 5; i++) expect(report.includes(marker(i))).toBe(false);
    expect(report.includes('zqxv')).toBe(false);
  });

  it('lists the misses of the dev part', () => {
    const report = formatFigures(scoreEvalSet(understanding(), loadEvalSet('dev', root)));
    expect(report).toContain('zqxv');
  });

  it('names the file and place of a broken frozen file, never its text', () => {
    writeFileSync(join(root, 'test', 'fr.yaml'), 'lang: fr\ntopics:\n  wages: [ "zqxv secret line\n');
    let error: unknown;
    try {
      loadEvalSet('test', root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EvalSetError);
    expect((error as Error).message).toMatch(/fr\.yaml: not valid YAML/);
    expect((error as Error).message.includes('zqxv')).toBe(false);
    rmSync(join(root, 'test', 'fr.yaml'));
  });
});
