import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent, loadFlowsOnce } from '../../src/bundle.ts';
import { isLang, isTopic, languages, lang, namedLangs, namedTopic, topicId, topicIds, WALK_LANGUAGES } from '../../src/content/topics.ts';
import { pathToTopic } from '../../src/transcripts/topicWalk.ts';
import { parseRef } from '../../src/engine/index.ts';
import { loadConfig } from '../../src/config.ts';

const content = loadContent({ flowsDir: 'flows', localesDir: 'locales' });
const { bundle } = content;

describe('the topics', () => {
  it.each(topicIds())('%s starts somewhere and is at most three choices from the menu', (topic) => {
    expect(bundle.topics[topic], topic).toBeDefined();
    const path = pathToTopic(bundle, topic);
    expect(path, topic).not.toBeNull();
    expect(path!.length).toBeLessThanOrEqual(3);
  });

  it.each(topicIds().filter((t) => t !== 'emergency' && t !== 'talk-to-person'))('%s ends with something to do next and a way back', (topic) => {
    const flow = bundle.flows[parseRef(bundle.topics[topic]!).flow]!;
    const asks = Object.values(flow.nodes).filter((n) => n.type === 'ask');
    const ids = asks.flatMap((a) => (a.type === 'ask' ? a.choices.map((c) => c.id) : []));
    expect(ids, topic).toContain('menu');
    expect(ids.some((id) => id === 'help' || id === 'person' || id === 'erase'), topic).toBe(true);
  });

  it('every topic has a golden walk in each walk language (one right to left, one non-Latin script)', () => {
    const dirs = WALK_LANGUAGES.map((l) => content.locales.locales.get(l)!.language);
    expect(dirs.some((l) => l.dir === 'rtl')).toBe(true);
    expect(dirs.some((l) => l.code === 'zh')).toBe(true);
    for (const topic of topicIds()) for (const lang of WALK_LANGUAGES) expect(existsSync(`test/transcripts/${topic}.walk-${lang}.yaml`), `${topic}.${lang}`).toBe(true);
  });
});

describe('languages offered', () => {
  it('all 14 languages are offered by default', () => {
    expect(content.catalog.languages()).toEqual(['en', 'fr', 'es', 'tl', 'pa', 'hi', 'vi', 'zh', 'ar', 'uk', 'th', 'ne', 'pt', 'ht']);
  });
  it('CONTENT_REVIEWED_ONLY hides every language with a draft message', () => {
    const reviewed = loadContent({ flowsDir: 'flows', localesDir: 'locales', reviewedOnly: true });
    const offered = reviewed.catalog.languages();
    expect(offered).toContain('en');
    for (const code of offered.filter((c) => c !== 'en')) expect(reviewed.catalog.isDraft(code)).toBe(false);
    expect(offered).not.toContain('es');
  });
});

// The topic ids and languages are read from the content files (src/content/topics.ts), not
// written in code: they are what the flows and locales/languages.yaml the product loads hold.
describe('topic ids and languages, read from the content files', () => {
  const config = loadConfig({});
  const shipped = loadContent({ flowsDir: config.flowsDir, localesDir: config.localesDir });

  it("are the flows' topics and languages.yaml's languages, as the product loads them", () => {
    expect(topicIds()).toEqual(Object.keys(shipped.bundle.topics));
    expect(languages()).toEqual([...shipped.locales.locales.keys()]);
    expect(topicIds().length).toBeGreaterThanOrEqual(20);
    expect(languages()).toEqual(expect.arrayContaining(['en', 'fr', 'ar', 'zh']));
  });

  it('are read from the same parse of the flows as the content an app loads (parsed once, not twice)', () => {
    expect(loadFlowsOnce(fileURLToPath(new URL('../../flows', import.meta.url)))).toBe(loadContent({ flowsDir: 'flows', localesDir: 'locales' }).flows);
  });

  it('check a value as a type guard and as a zod schema, with a clear error', () => {
    expect(isTopic('wages') && isLang('tl')).toBe(true);
    expect(isTopic('no-such-topic') || isLang('de') || isTopic(3)).toBe(false);
    expect(topicId.parse('housing')).toBe('housing');
    expect(lang.safeParse('de').error?.issues[0]?.message).toBe('not a language of locales/languages.yaml');
  });

  it('a language or topic the code names but the content lacks is refused, by name', () => {
    expect(namedLangs(['en', 'hi'])).toEqual(['en', 'hi']);
    expect(() => namedLangs(['en', 'xx'])).toThrow('the code names languages locales/languages.yaml does not list: xx');
    expect(() => namedTopic('no-such-topic')).toThrow('the code names topics no flow has: no-such-topic');
  });
});
