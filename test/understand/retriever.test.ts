import { describe, expect, it } from 'vitest';
import { BaseRetriever } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import { TopicRetriever } from '../../src/understand/retriever.ts';
import { TopicIndex } from '../../src/understand/topicIndex.ts';
import { isTopic } from '../../src/content/topics.ts';
import { langOf, topicOf } from '../support/ids.ts';
import { charGrams, tokenize } from '../../src/understand/tokenize.ts';
import { stem } from '../../src/understand/stem.ts';
import { fold } from '../../src/understand/fold.ts';
import { understanding } from './shared.ts';

describe('topic retriever', () => {
  it('is a LangChain BaseRetriever whose invoke returns Documents with the topic in metadata', async () => {
    const u = understanding();
    const r = await u.langchainRetriever();
    expect(r).toBeInstanceOf(BaseRetriever);
    expect(r.index).toBe(u.index);
    expect(await u.langchainRetriever()).toBe(r);
    const docs = await r.invoke('boss keeps my passport in his safe');
    expect(docs.length).toBeGreaterThan(0);
    expect(docs[0]).toBeInstanceOf(Document);
    expect(docs[0]!.metadata.topic).toBe('documents');
    for (const d of docs) {
      expect(isTopic(d.metadata.topic)).toBe(true);
      expect(typeof d.metadata.score).toBe('number');
    }
  });

  it('reads a Latin word inside text in another script by skeleton only for its share of the message', () => {
    const index = new TopicIndex({
      examples: [
        { lang: langOf('hi'), topic: topicOf('fees-debt'), text: 'एलएमआईए के पैसे' },
        { lang: langOf('th'), topic: topicOf('status'), text: 'วีซ่าจะหมด' },
      ],
    });
    // "lmia" alone is matched in full by skeleton; inside a Thai sentence it is a small part of it.
    const alone = index.search('lmia').find((h) => h.topic === topicOf('fees-debt'))?.score ?? 0;
    const inThai = index.search('วีซ่าจะหมดเดือนหน้า นายจ้างไม่ต่อ lmia ให้').find((h) => h.topic === topicOf('fees-debt'))?.score ?? 0;
    expect(alone).toBeGreaterThan(0.3);
    expect(inThai).toBeLessThan(alone / 3);
  });

  it('works on its own, over any examples', async () => {
    const r = new TopicRetriever({
      examples: [
        { lang: langOf('en'), topic: topicOf('wages'), text: 'not paid for my work' },
        { lang: langOf('en'), topic: topicOf('housing'), text: 'no bed tonight' },
      ],
    });
    const docs = await r.invoke('they never paid me');
    expect(docs[0]!.metadata.topic).toBe('wages');
    expect(r.index.search('')).toEqual([]);
  });

  it.each([
    ['boss keeps my passport in his safe', undefined, 'documents'],
    ['mi jefe no me paga las horas extra', 'es', 'wages'],
    ['mon patron garde mon passeport', 'fr', 'documents'],
    ['kinuha ng amo ko yung passport ko', 'tl', 'documents'],
    ['老板拿走了我的护照', 'zh', 'documents'],
    ['นายจ้างยึดพาสปอร์ตของฉัน', 'th', 'documents'],
  ])('routes %j', async (text, lang, topic) => {
    const r = await understanding().route(text, { lang });
    expect(r.topic ?? r.candidates[0]?.topic).toBe(topic);
  });

  it('offers candidates or nothing, never a made-up topic', async () => {
    const r = await understanding().route('asdkjh qwe zzz');
    expect(r.topic).toBeNull();
    for (const c of r.candidates) expect(isTopic(c.topic)).toBe(true);
    expect(r.candidates.length).toBeLessThanOrEqual(3);
  });
});

describe('segmentation and folding', () => {
  it('splits Chinese into words with Intl.Segmenter', () => {
    const ws = tokenize('老板拿走了我的护照');
    expect(ws).toContain('老板');
    expect(ws).toContain('护照');
  });

  it('splits Thai into words with Intl.Segmenter', () => {
    const ws = tokenize('นายจ้างยึดพาสปอร์ต');
    expect(ws[0]).toBe('นายจ้าง');
    expect(ws.length).toBeGreaterThan(2);
  });

  it('gives Han text character unigrams and bigrams', () => {
    expect(charGrams(['护照'])).toEqual(expect.arrayContaining(['护', '照', '护照']));
  });

  it('folds accents, đ, Arabic variants and contractions', () => {
    expect(fold('Anh ấy đang đập cửa')).toBe('anh ay dang dap cua');
    expect(fold('I’m locked in')).toBe('im locked in');
    expect(fold('أنا في خطر')).toBe('انا في خطر');
    expect(tokenize("l'immigration")).toEqual(['l', 'immigration']);
  });

  it('strips suffixes lightly where a rule exists', () => {
    expect(stem('paying', 'en')).toBe('pay');
    expect(stem('pagan', 'es')).toBe('pag');
    expect(stem('paga', 'es')).toBe('pag');
    expect(stem('binabayaran', 'tl')).toBe('bayar');
    expect(stem('паспорт', 'uk')).toBe('паспорт');
  });
});
