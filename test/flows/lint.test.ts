import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { lintContent, lintDirs, type Finding, type LintReport } from '../../src/flows/lint/index.ts';
import { formatLintText, runLint } from '../../src/flows/lint/cli.ts';
import { EN, FR, MAIN, fixture, withMessages, writeFixture } from './fixture.ts';
import { HANDOFF_KEYS, HANDOFF_MESSAGE_KEYS, OPENS_WHEN } from '../../src/handoff/keys.ts';
import { unisolatedRun } from '../../src/flows/lint/bidi.ts';
import { CHANNEL_KEYS } from '../../src/channels/words.ts';

const all = (r: LintReport): Finding[] => [...r.errors, ...r.warnings];
const rule = (r: LintReport, name: string): Finding[] => all(r).filter((f) => f.rule === name);

/** MAIN with one more node, and the menu's first choice leading to it. */
const mainWith = (nodeYaml: string, firstChoiceTo = 'info'): string =>
  MAIN.replace('next: info }', `next: ${firstChoiceTo} }`) + nodeYaml;

describe('lintContent', () => {
  it('finds nothing in clean content', () => {
    const r = lintContent(fixture());
    expect(all(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.languages.map((l) => [l.code, l.complete, l.missing, l.status])).toEqual([
      ['en', true, [], { reviewed: 46 + CHANNEL_KEYS.length, draft: 0 }],
      ['fr', true, [], { reviewed: 46 + CHANNEL_KEYS.length, draft: 0 }],
    ]);
  });

  it('the repository content has no errors', () => {
    const r = lintContent(loadContent({ flowsDir: 'flows', localesDir: 'locales' }));
    expect(r.errors).toEqual([]);
    expect(r.languages.map((l) => l.code)).toContain('en');
  });

  it('unknown-key: a flow key missing from the source catalogue, with file, line and node', () => {
    const r = lintContent(fixture({ flows: { main: MAIN.replace('say: info-text', 'say: no-such-text') } }));
    const [f, ...rest] = rule(r, 'unknown-key');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', flow: 'main', node: 'info', key: 'no-such-text', line: 12 });
    expect(f!.file).toMatch(/main\.yaml$/);
    expect(r.ok).toBe(false);
  });

  it('unknown-key: a system key from _routes.yaml and a missing command word', () => {
    const en = EN.replace(/^cmd-erase = .*\n.*\n/m, '').replace(/^stopped = .*\n/m, '');
    const r = lintContent(fixture({ en }));
    expect(rule(r, 'unknown-key').map((f) => f.key).sort()).toEqual(['cmd-erase', 'stopped']);
    expect(rule(r, 'unknown-key')[0]!.file).toMatch(/_routes\.yaml$/);
  });

  it('unused-key: a source message nothing uses is a warning', () => {
    const r = lintContent(fixture(withMessages('old-text = Old')));
    expect(rule(r, 'unused-key')).toMatchObject([{ severity: 'warning', key: 'old-text', lang: 'en' }]);
    expect(r.ok).toBe(true);
  });

  it('keys the code says itself (the handoff) are required, checked, and never unused', () => {
    for (let n = 1; n <= 20; n++) expect(HANDOFF_MESSAGE_KEYS).toContain(HANDOFF_KEYS.position(n));
    for (const w of OPENS_WHEN) expect(HANDOFF_MESSAGE_KEYS).toContain(HANDOFF_KEYS.afterHours(w));
    const real = lintContent(loadContent({ flowsDir: 'flows', localesDir: 'locales' }));
    expect(rule(real, 'unused-key').filter((f) => HANDOFF_MESSAGE_KEYS.includes(f.key!))).toEqual([]);
    const r = lintContent(fixture({ en: EN.replace(/^handoff-queue-2 = .*\n/m, '') }));
    expect(rule(r, 'unknown-key')).toMatchObject([{ key: 'handoff-queue-2', file: 'src/handoff/keys.ts' }]);
  });

  it('unreachable-node: a node no route or edge leads to', () => {
    const r = lintContent(fixture({ flows: { main: mainWith('  orphan:\n    type: say\n    say: info-text\n    next: menu\n') } }));
    expect(rule(r, 'unreachable-node')).toMatchObject([{ severity: 'warning', flow: 'main', node: 'orphan' }]);
  });

  it('reachability follows branches, subflows and jumps across flows', () => {
    const other = `id: other\nstart: go\nnodes:\n  go:\n    type: subflow\n    to: sub\n    next: done\n  sub:\n    type: branch\n    on: lang\n    cases:\n      fr: main.info\n    default: back\n  back:\n    type: return\n  done:\n    type: jump\n    to: main.menu\n`;
    const r = lintContent(fixture({ flows: { other, main: mainWith('', 'other') } }));
    expect(rule(r, 'unreachable-node')).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it('dead-end: a choice that leads nowhere on an ask without next is an error', () => {
    const r = lintContent(fixture({ flows: { main: MAIN.replace('{ id: info, label: menu-info, next: info }', '{ id: info, label: menu-info }') } }));
    expect(rule(r, 'dead-end')).toMatchObject([{ severity: 'error', node: 'menu', message: expect.stringContaining('"info"') }]);
  });

  it('dead-end: a language menu without next', () => {
    const r = lintContent(fixture({ flows: { main: MAIN.replace(/display: list\n {4}next: menu\n/, 'display: list\n') } }));
    expect(rule(r, 'dead-end')).toMatchObject([{ node: 'language', message: expect.stringContaining('language menu') }]);
  });

  it('conversation-ends: a say without next warns, unless a choice leads to it', () => {
    const chosen = lintContent(fixture({ flows: { main: MAIN.replace('say: info-text\n    next: menu\n', 'say: info-text\n') } }));
    expect(rule(chosen, 'conversation-ends')).toEqual([]);
    const main = mainWith('  more:\n    type: say\n    say: info-text\n', 'info').replace('say: info-text\n    next: menu\n', 'say: info-text\n    next: more\n');
    const r = lintContent(fixture({ flows: { main } }));
    expect(rule(r, 'conversation-ends')).toMatchObject([{ severity: 'warning', node: 'more' }]);
    expect(r.ok).toBe(true);
  });

  it('no-rest: a loop that never reaches an ask is an error; a loop a branch can leave is not', () => {
    const loop = `  a:\n    type: set\n    set: { topic: x }\n    next: b\n  b:\n    type: jump\n    to: a\n`;
    const r = lintContent(fixture({ flows: { main: mainWith(loop, 'a').replace('start: menu', 'start: menu\nvars: [topic]') } }));
    expect(rule(r, 'no-rest').map((f) => f.node).sort()).toEqual(['a', 'b']);
    const exit = `  a:\n    type: set\n    set: { topic: x }\n    next: b\n  b:\n    type: branch\n    on: topic\n    cases: { y: menu }\n    default: a\n`;
    const ok = lintContent(fixture({ flows: { main: mainWith(exit, 'a').replace('start: menu', 'start: menu\nvars: [topic]') } }));
    expect(rule(ok, 'no-rest')).toEqual([]);
  });

  it('missing-translation and missing-synonyms: errors by default, warnings while drafting (allowIncomplete)', () => {
    const fr = FR.replace(/^info-text = .*\n/m, '').replace('Information\n    .synonyms = infos', 'Information');
    const content = fixture({ fr });
    const r = lintContent(content);
    expect(rule(r, 'missing-translation')).toMatchObject([{ severity: 'error', key: 'info-text', lang: 'fr' }]);
    expect(rule(r, 'missing-synonyms')).toMatchObject([{ severity: 'error', key: 'menu-info', lang: 'fr' }]);
    const frSummary = r.languages.find((l) => l.code === 'fr')!;
    expect(frSummary).toMatchObject({ missing: ['info-text'], missingSynonyms: ['menu-info'], complete: false });
    expect(r.ok).toBe(false);
    const drafting = lintContent(content, { allowIncomplete: true });
    expect(drafting.ok).toBe(true);
    expect(drafting.warnings.map((f) => f.rule).filter((x) => x.startsWith('missing')).sort()).toEqual(['missing-synonyms', 'missing-translation']);
  });

  it('missing-translation covers every language-<code> and cmd-*', () => {
    const fr = FR.replace(/^language-en = .*\n.*\n/m, '').replace(/^cmd-help = .*\n.*\n/m, '');
    const r = lintContent(fixture({ fr }));
    expect(rule(r, 'missing-translation').map((f) => f.key).sort()).toEqual(['cmd-help', 'language-en']);
  });

  it('extra-variable: a translation uses a variable the source message does not have', () => {
    const r = lintContent(fixture(withMessages('greet = Hello { $lang }', 'greet = Bonjour { $name } { $lang }')));
    expect(rule(r, 'extra-variable')).toMatchObject([{ severity: 'error', key: 'greet', lang: 'fr', message: expect.stringContaining('$name') }]);
  });

  it('extra-variable: looks inside select expressions', () => {
    const fr = 'greet = { $lang ->\n    [fr] Bonjour { $who }\n   *[other] Salut\n}';
    const r = lintContent(fixture(withMessages('greet = Hello { $lang }', fr)));
    expect(rule(r, 'extra-variable').map((f) => f.message)).toEqual([expect.stringContaining('$who')]);
  });

  it('unknown-variable: a source message reads a variable no flow declares', () => {
    const r = lintContent(fixture(withMessages('greet = Hello { $nobody }', 'greet = Bonjour { $nobody }')));
    expect(rule(r, 'unknown-variable')).toMatchObject([{ key: 'greet', lang: 'en' }]);
  });

  it('button-title: reply buttons allow 20 characters, per language', () => {
    const fr = FR.replace('menu-info = Information', 'menu-info = Informations importantes');
    const r = lintContent(fixture({ fr }));
    expect(rule(r, 'button-title')).toMatchObject([{ severity: 'error', key: 'menu-info', lang: 'fr', node: 'menu' }]);
  });

  it('list-title: list rows allow 24 characters (buttons with more than 3 choices are a list)', () => {
    const title21 = 'Information generales'; // 21: too long for a button, fine in a list
    const four = MAIN.replace(
      "- { id: lang, label: menu-language, next: language }",
      '- { id: lang, label: menu-language, next: language }\n      - { id: c, label: language-en, next: info }\n      - { id: d, label: language-fr, next: info }',
    );
    const okList = lintContent(fixture({ flows: { main: four }, fr: FR.replace('menu-info = Information', `menu-info = ${title21}`) }));
    expect(rule(okList, 'button-title')).toEqual([]);
    expect(rule(okList, 'list-title')).toEqual([]);
    const tooLong = lintContent(fixture({ flows: { main: four }, fr: FR.replace('menu-info = Information', 'menu-info = Informations tres generales') }));
    expect(rule(tooLong, 'list-title')).toMatchObject([{ key: 'menu-info', lang: 'fr' }]);
  });

  it('sms-segments: a message over 3 segments is an error that names the encoding', () => {
    const long = 'ç'.repeat(202); // "ç" is not GSM-7 ("é" is): 202 UCS-2 units, 4 parts of 67
    const r = lintContent(fixture({ fr: FR.replace('info-text = Des informations.', `info-text = ${long}`) }));
    expect(rule(r, 'sms-segments')).toMatchObject([{ severity: 'error', key: 'info-text', lang: 'fr', message: expect.stringContaining('UCS-2') }]);
    const fits = lintContent(fixture({ fr: FR.replace('info-text = Des informations.', `info-text = ${'ç'.repeat(201)}`) }));
    expect(rule(fits, 'sms-segments')).toEqual([]);
  });

  it('sms-segments: an ask is counted with its numbered choices', () => {
    // 440 + "\n\n1. Information\n2. Language" (28) = 468 > 459 septets
    const r = lintContent(fixture({ en: EN.replace('menu-prompt = Pick one.', `menu-prompt = ${'a'.repeat(440)}`) }));
    expect(rule(r, 'sms-segments')).toMatchObject([{ key: 'menu-prompt', lang: 'en', message: expect.stringContaining('GSM-7') }]);
  });

  it('sms-first-line: the entry message should fit one segment', () => {
    const r = lintContent(fixture({ en: EN.replace('menu-prompt = Pick one.', `menu-prompt = ${'a'.repeat(150)}`) }));
    expect(rule(r, 'sms-first-line')).toMatchObject([{ severity: 'warning', key: 'menu-prompt', lang: 'en' }]);
  });

  it('sms-emergency: the emergency message fits 1 segment in a GSM-7 language, 2 in a UCS-2 one', () => {
    const r = lintContent(fixture({ en: EN.replace('info-text = Some information.', `info-text = ${'a'.repeat(161)}`), fr: FR.replace('info-text = Des informations.', `info-text = ${'ç'.repeat(135)}`) }));
    expect(rule(r, 'sms-emergency').map((f) => [f.key, f.lang, f.severity])).toEqual([['info-text', 'en', 'error'], ['info-text', 'fr', 'error']]);
    expect(r.sms?.emergency).toEqual({ en: 2, fr: 3 });
    const fits = lintContent(fixture({ en: EN.replace('info-text = Some information.', `info-text = ${'a'.repeat(160)}`), fr: FR.replace('info-text = Des informations.', `info-text = ${'ç'.repeat(134)}`) }));
    expect(rule(fits, 'sms-emergency')).toEqual([]);
  });

  it("sms-topic-reply: a topic's whole first reply (facts, question, numbered choices) costs at most 6 segments", () => {
    const tips = 'id: tips\nstart: facts\nnodes:\n  facts:\n    type: say\n    topic: tips\n    say: [info-text, language-prompt]\n    next: main.menu\n';
    // Two messages of 430 septets (3 segments each) and the menu (1): 7 segments in 3 SMS.
    const long = lintContent(fixture({ flows: { tips }, en: EN.replace('info-text = Some information.', `info-text = ${'a'.repeat(430)}`).replace('language-prompt = Choose a language.', `language-prompt = ${'b'.repeat(430)}`) }));
    expect(rule(long, 'sms-topic-reply')).toMatchObject([{ severity: 'error', flow: 'tips', node: 'facts', lang: 'en', message: expect.stringContaining('7 SMS segments') }]);
    expect(long.sms?.topics.tips).toMatchObject({ en: 7, fr: 1 });
    expect(rule(lintContent(fixture({ flows: { tips } })), 'sms-topic-reply')).toEqual([]);
  });

  it('bidi-isolation: a number or Latin term in a right-to-left catalogue must sit in an isolate', () => {
    expect(unisolatedRun('اتصل بـ \u2068911\u2069 الآن')).toBeNull();
    expect(unisolatedRun('اتصل بـ 911 الآن')).toBe('911');
    expect(unisolatedRun('خط \u2068Service Canada\u2069 و IRCC')).toBe('IRCC');
    const real = lintContent(loadContent({ flowsDir: 'flows', localesDir: 'locales' }));
    expect(rule(real, 'bidi-isolation')).toEqual([]);
  });

  it('sms-encoding: a curly quote makes a GSM-7 language pay UCS-2', () => {
    const r = lintContent(fixture({ en: EN.replace('info-text = Some information.', 'info-text = It’s here.') }));
    expect(rule(r, 'sms-encoding')).toMatchObject([{ severity: 'warning', key: 'info-text', lang: 'en', message: expect.stringContaining('U+2019') }]);
  });
});

describe('lintDirs', () => {
  it('reports a broken reference as a finding instead of throwing', () => {
    const r = lintDirs(writeFixture({ flows: { main: MAIN.replace('next: info }', 'next: nowhere }') } }));
    expect(r.ok).toBe(false);
    expect(r.errors).toMatchObject([{ rule: 'broken-reference', line: 9, message: expect.stringContaining('nowhere') }]);
  });

  it('reports problems of flows and locales together', () => {
    const dirs = writeFixture({ flows: { main: MAIN.replace('type: say', 'type: sya') }, fr: `${FR}broken = {\n` });
    const r = lintDirs(dirs);
    expect(r.errors.some((f) => f.file?.endsWith('main.yaml'))).toBe(true);
    expect(r.errors.some((f) => f.file?.endsWith('waypoint.ftl') && /Fluent/.test(f.message))).toBe(true);
    expect(r.languages).toEqual([]);
  });

  it('runLint prints text or JSON and returns the exit code', () => {
    let out = '';
    expect(runLint(writeFixture(), false, { today: '2026-02-01' }, (s) => (out += s))).toBe(0);
    expect(out).toContain('0 errors, 0 warnings');
    out = '';
    expect(runLint(writeFixture({ flows: { main: MAIN.replace('say: info-text', 'say: gone') } }), true, { today: '2026-02-01' }, (s) => (out += s))).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ ok: false, errors: [{ rule: 'unknown-key' }] });
  });

  it('formatLintText gives file:line, rule and node', () => {
    const text = formatLintText(lintContent(fixture({ flows: { main: MAIN.replace('say: info-text', 'say: gone') } })));
    expect(text).toMatch(/main\.yaml:12: error unknown-key: main\.info \[en\] "gone"/);
    expect(text).toMatch(/fr +Francais +complete/);
  });
});

describe('review metadata', () => {
  const en = EN.replace('info-text = Some information.', '# @verify true\ninfo-text = Some information.');
  it('verify: a warning, an error with requireComplete', () => {
    const c = fixture({ en });
    expect(rule(lintContent(c), 'verify')).toMatchObject([{ severity: 'warning', key: 'info-text', lang: 'en' }]);
    expect(rule(lintContent(c, { requireComplete: true }), 'verify')).toMatchObject([{ severity: 'error' }]);
  });

  it('review-stale: only with a date, only for used messages reviewed over 6 months before', () => {
    const c = fixture(withMessages('old-text = Old'));
    expect(rule(lintContent(c), 'review-stale')).toEqual([]);
    expect(rule(lintContent(c, { today: '2026-07-10' }), 'review-stale')).toEqual([]);
    const stale = rule(lintContent(c, { today: '2026-07-11' }), 'review-stale');
    expect(stale).toHaveLength(2 * (46 + CHANNEL_KEYS.length));
    expect(stale.some((f) => f.key === 'old-text')).toBe(false);
  });
});
