import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { TOPICS, WALK_LANGUAGES } from '../../src/content/topics.ts';
import { pathToTopic } from '../../src/transcripts/topicWalk.ts';
import { parseRef } from '../../src/engine/index.ts';
import { LANGUAGES } from '../../src/understand/topics.ts';

const content = loadContent({ flowsDir: 'flows', localesDir: 'locales' });
const { bundle } = content;

describe('the topics', () => {
  it.each(TOPICS)('%s starts somewhere and is at most three choices from the menu', (topic) => {
    expect(bundle.topics[topic], topic).toBeDefined();
    const path = pathToTopic(bundle, topic);
    expect(path, topic).not.toBeNull();
    expect(path!.length).toBeLessThanOrEqual(3);
  });

  it.each(TOPICS.filter((t) => t !== 'emergency' && t !== 'talk-to-person'))('%s ends with something to do next and a way back', (topic) => {
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
    for (const topic of TOPICS) for (const lang of WALK_LANGUAGES) expect(existsSync(`test/transcripts/${topic}.walk-${lang}.yaml`), `${topic}.${lang}`).toBe(true);
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

// The ids are also written in TypeScript, for their types (understanding's data and the
// evaluation sets are keyed by them): the content files are the source, and these must agree.
describe('topic ids and languages in the code agree with the content files', () => {
  it("the topic ids are exactly the flows' topics", () => {
    expect([...TOPICS].sort()).toEqual(Object.keys(bundle.topics).sort());
  });
  it("understanding's languages are exactly locales/languages.yaml's", () => {
    expect([...LANGUAGES].sort()).toEqual([...content.locales.locales.keys()].sort());
  });
});
