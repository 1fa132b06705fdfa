import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { contentReport, formatReportText, isStale } from '../../src/content/report.ts';
import { runContentReport } from '../../src/content/report-cli.ts';
import { EN, FR, fixture, writeFixture } from '../flows/fixture.ts';
import { CHANNEL_KEYS } from '../../src/channels/words.ts';

/** Messages the fixture uses per language: its flows' 46, and the channels' own words. */
const USED = 46 + CHANNEL_KEYS.length;

// The base fixture: every message reviewed on 2026-01-10. A few messages bent for the test.
const en = EN.replace('menu-prompt = Pick one.', '# @status draft\nmenu-prompt = Pick one.')
  .replace('info-text = Some information.', '# @last-reviewed 2025-03-01\n# @source IRCC\n# @reviewer-role settlement worker\n# @verify true\ninfo-text = Some information.')
  .replace('menu-language = Language', '# @status draft\n# @last-reviewed 2024-12-01\nmenu-language = Language');
const fr = FR.replace('### @last-reviewed 2026-01-10\n', '');

describe('contentReport', () => {
  const report = contentReport(fixture({ en, fr }), '2026-05-01');
  const row = (key: string, lang: string) => report.rows.find((r) => r.key === key && r.lang === lang)!;

  it('sorts drafts first, then the oldest review first (never reviewed before any date)', () => {
    const head = report.rows.slice(0, 3).map((r) => [r.status, r.key, r.lang, r.lastReviewed]);
    expect(head).toEqual([
      ['draft', 'menu-language', 'en', '2024-12-01'],
      ['draft', 'menu-prompt', 'en', '2026-01-10'],
      ['reviewed', 'back-unavailable', 'fr', null],
    ]);
    const reviewed = report.rows.filter((r) => r.status === 'reviewed');
    const ages = reviewed.map((r) => r.ageDays ?? Infinity);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    expect(reviewed.findIndex((r) => r.key === 'info-text' && r.lang === 'en')).toBe(report.rows.filter((r) => r.lang === 'fr').length);
  });

  it('carries the metadata and flags stale reviews and @verify', () => {
    expect(row('info-text', 'en')).toMatchObject({
      status: 'reviewed',
      lastReviewed: '2025-03-01',
      ageDays: 426,
      source: ['IRCC'],
      reviewerRole: 'settlement worker',
      verify: true,
      stale: true,
      flags: ['stale', 'verify'],
    });
    expect(row('menu-info', 'en')).toMatchObject({ ageDays: 111, stale: false, flags: [] });
    expect(row('menu-info', 'fr')).toMatchObject({ lastReviewed: null, ageDays: null, stale: false, flags: ['never-reviewed'] });
    expect(row('menu-language', 'en').flags).toEqual(['draft', 'stale']);
  });

  it('summarises per language', () => {
    expect(report.summary).toMatchObject({ today: '2026-05-01', total: 2 * USED, draft: 2, reviewed: 2 * USED - 2, verify: 1, neverReviewed: USED, stale: 2 });
    expect(report.summary.byLang.en).toEqual({ total: USED, reviewed: USED - 2, draft: 2, stale: 2, verify: 1 });
  });

  it('prints the totals first, then a table; a never-reviewed message is not called stale', () => {
    const text = formatReportText(report);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`${2 * USED} messages on 2026-05-01: ${2 * USED - 2} reviewed, 2 draft (${USED} never reviewed), 2 stale (last reviewed over 6 months ago), 1 to verify`);
    expect(lines[1]).toBe(`  en: ${USED} messages, ${USED - 2} reviewed, 2 draft, 2 stale, 1 to verify`);
    expect(lines[2]).toBe(`  fr: ${USED} messages, ${USED} reviewed, 0 draft, 0 stale, 0 to verify`);
    const table = lines.indexOf('') + 1;
    expect(lines[table]).toMatch(/^status +lang +key +last reviewed +age +reviewer +source +flags$/);
    expect(lines[table + 2]).toMatch(/^draft +en +menu-language +2024-12-01 +516d .*stale$/);
    expect(text).not.toMatch(/^reviewed +fr +menu-info .*stale/m);
  });

  it('the repository: machine-drafted translations are draft and never reviewed, not stale', () => {
    const r = contentReport(loadContent({ flowsDir: 'flows', localesDir: 'locales' }), '2026-12-01');
    for (const [lang, x] of Object.entries(r.summary.byLang)) if (lang !== 'en') expect(x, lang).toMatchObject({ reviewed: 0, stale: 0 });
    expect(formatReportText(r).split('\n')[0]).toMatch(/^\d+ messages on 2026-12-01: \d+ reviewed, \d+ draft \(\d+ never reviewed\)/);
  });

  it('the repository catalogues report without errors', () => {
    const r = contentReport(loadContent({ flowsDir: 'flows', localesDir: 'locales' }), '2026-05-01');
    expect(r.rows.length).toBeGreaterThan(0);
  });

  it('runContentReport prints JSON', () => {
    let out = '';
    runContentReport(writeFixture(), true, '2026-05-01', (s) => (out += s));
    expect(JSON.parse(out)).toMatchObject({ summary: { total: 2 * USED } });
  });
});

describe('isStale', () => {
  it('is stale only after six calendar months', () => {
    expect(isStale('2026-01-10', '2026-07-10')).toBe(false);
    expect(isStale('2026-01-10', '2026-07-11')).toBe(true);
    expect(isStale('2025-08-31', '2026-03-03')).toBe(false); // Aug 31 + 6 months rolls to Mar 3
    expect(() => isStale('yesterday', '2026-01-01')).toThrow(/YYYY-MM-DD/);
  });
});

describe('review metadata in file comments', () => {
  it('prose that mentions @fields is a note, not a field', () => {
    const en = EN.replace('### @status reviewed', '### Metadata: @status, @source,\n### @reviewer-role, @verify. Notes are free text.\n### @status reviewed');
    const r = contentReport(fixture({ en }), '2026-02-01');
    expect(r.rows.find((x) => x.key === 'retry' && x.lang === 'en')).toMatchObject({ reviewerRole: null, status: 'reviewed' });
  });
});
