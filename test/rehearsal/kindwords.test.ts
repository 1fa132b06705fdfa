// Kind words (person_first), honest limits and promises, asks for identifying details and
// introductions, read as general structures of each language (issue 20), not as phrases. Each
// structure has lines that get the verdict and near misses that must not.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { verdicts } from './verdicts.ts';

type Case = [lang: string, line: string];

/** Each line gets the verdict on the point, and breaches nothing else when it earns. */
function expectOn(point: PointId, verdict: Verdict, cases: Case[]): void {
  it.each(cases)('%s: %s', (lang, line) => {
    const got = verdicts(lang, line);
    expect(got[point], JSON.stringify(got)).toBe(verdict);
    if (verdict === 'earned') expect(Object.values(got)).not.toContain('breached');
  });
}

/** Each line does not get the verdict on the point. */
function expectNotOn(point: PointId, verdict: Verdict, cases: Case[]): void {
  it.each(cases)('%s: %s', (lang, line) => {
    expect(verdicts(lang, line)[point]).not.toBe(verdict);
  });
}

describe('kind words: a label named (quoted or reported) and refused in the line, in any sentence', () => {
  expectOn('person_first', 'earned', [
    ['en', "Others may call you 'illegal'. Not me."],
    ['en', "Some would say 'trafficked'. I won't."],
    ['es', 'Habrá quien te llame ‘ilegal’. Yo no.'],
    ['es', 'Hay quienes dirían que eres víctima; no te voy a llamar así.'],
    ['fr', 'D’autres diraient « clandestine ». Moi non.'],
    ['pt', 'Tem gente que chamaria você de ilegal. Eu não vejo assim.'],
    ['ht', "Gen moun ki di 'ilegal'. Mwen pa p ap rele w konsa."],
    ['tl', "Baka tawagin ka ng iba na 'ilegal'. Hindi kita tatawaging ganoon."],
    ['vi', "Có người sẽ gọi anh là 'bất hợp pháp', tôi thì không."],
    ['uk', 'Хтось скаже «нелегал». Я вас так не називатиму.'],
    ['ar', 'قد يقول البعض عنك «غير شرعي»، أما أنا فلا.'],
    ['hi', "कुछ लोग 'अवैध' कहेंगे। मैं आपको ऐसा नहीं कहूंगा।"],
    ['ne', "कसैले 'दास' भन्लान्, तर म त्यसो भन्दिनँ।"],
    ['pa', "ਕੁਝ ਲੋਕ 'ਗੁਲਾਮ' ਆਖਣਗੇ, ਪਰ ਮੈਂ ਨਹੀਂ।"],
    ['th', "บางคนอาจเรียกว่า 'ทาส' แต่ฉันไม่เรียกแบบนั้น"],
    ['zh', '别人也许说“黑工”，我不这么叫。'],
  ]);
});

describe('kind words: a label said to the person is breached though a refusal stands in the line', () => {
  expectOn('person_first', 'breached', [
    ['en', "Some say it's just hard work. Not me: you are a victim of trafficking."],
    ['es', 'Yo no miento: eres una víctima de trata.'],
    ['zh', '我不会骗你，你就是受害者。'],
  ]);
});

describe('kind words: a service named with the word, and a refusal, earn nothing', () => {
  expectNotOn('person_first', 'earned', [
    ['en', "Victim Services can help you, and I won't push."],
  ]);
});
