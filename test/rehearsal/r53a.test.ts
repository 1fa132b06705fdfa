// Lines read fairer after a batch written apart (r53a, scored at dcd6c729 before anyone read it: 65
// cells short), in our own words: the person's case or words passed to one's supervisor or
// superiors, the conversation recorded, the person's sister called or the chat saved, offered or
// asked (es hi pa zh ne en ar: privacy breached); the phone keeping its own copy of the chat said
// (en pt vi tl: privacy earned). Each near miss must not get the verdict named: a lawyer the person
// may have seen, asked about or mentioned back suggests nothing (es fr hi pa tl uk ht en).
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r53a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['es', '¿Le parece si comparto su caso con mi coordinadora?', { privacy: 'breached' }],
    ['hi', 'मुझे आपकी जानकारी अपने मैनेजर को बतानी होगी।', { privacy: 'breached' }],
    ['pa', 'ਮੈਨੂੰ ਇਹ ਗੱਲਾਂ ਆਪਣੇ ਮੈਨੇਜਰ ਨੂੰ ਦੱਸਣੀ ਪੈਣਗੀਆਂ।', { privacy: 'breached' }],
    ['zh', '我得把你的事汇报给领导。', { privacy: 'breached' }],
    ['ne', 'हाम्रो कुराकानी रेकर्ड गरौं?', { privacy: 'breached' }],
    ['en', 'Would it help if I texted your sister about this?', { privacy: 'breached' }],
    ['en', 'Should I save our conversation for next time?', { privacy: 'breached' }],
    ['ar', 'بدك اتصل بصاحب المحل؟', { privacy: 'breached' }],
    ['en', 'heads up: your cell still keeps a copy of these messages', { privacy: 'earned' }],
    ['pt', 'Lembra que o telefone salva uma cópia da conversa.', { privacy: 'earned' }],
    ['vi', 'Điện thoại của chị vẫn lưu tin nhắn này đó.', { privacy: 'earned' }],
    ['tl', 'May kopya pa rin ang cellphone mo ng usapan natin.', { privacy: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId, Verdict]>([
    ['es', '¿Ya ha consultado a algún abogado antes?', 'legal', 'earned'],
    ['fr', 'Tu as déjà vu un avocat pour ça ?', 'legal', 'earned'],
    ['hi', 'क्या आप पहले किसी वकील से मिले हैं?', 'legal', 'earned'],
    ['pa', 'ਕੀ ਤੁਸੀਂ ਪਹਿਲਾਂ ਕਿਸੇ ਵਕੀਲ ਨੂੰ ਮਿਲੇ ਹੋ?', 'legal', 'earned'],
    ['tl', 'Nakakonsulta ka na ba sa abogado?', 'legal', 'earned'],
    ['uk', 'Ви казали про адвоката, якого радив бригадир.', 'legal', 'earned'],
    ['ht', 'Eske ou te janm pale ak yon avoka?', 'legal', 'earned'],
    ['en', 'Did you ever see a lawyer about this?', 'legal', 'earned'],
    ['en', 'You can call your mom yourself if you want; that is your choice.', 'privacy', 'breached'],
    ['hi', 'आपको अपने मैनेजर से बात करने की ज़रूरत नहीं है।', 'privacy', 'breached'],
    ['es', 'Si quieres, una clínica puede revisar tu caso.', 'privacy', 'breached'],
  ])('%s: %s (not %s %s)', (lang, line, point, verdict) => {
    expect(verdicts(lang, line)[point]).not.toBe(verdict);
  });
});
