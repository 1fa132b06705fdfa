// Lines read fairer after a batch written apart (r49a), in our own words: nobody will find you,
// all the pay back, you'll be fine, a result "definitely" got, the manager able to do nothing, a
// status said safe, three months' pay said certain (ar en hi tl vi); calling the boss, the son or
// the salon owner oneself, writing to the foreman, the chat saved in a system, flagged for a
// supervisor, passed to a team leader, a file opened (ar en es pa pt uk vi); photos of injuries
// or of pay slips asked, an address asked (fr hi th); "why not quit this work" (fr); nothing goes
// anywhere unless the person decides (en pt). Each near miss must not get the verdict named.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r49a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['ar', 'أعدك أن لا أحد سيعرف مكانك.', { no_promise: 'breached' }],
    ['ar', 'رح نرجع لك كل مصاريك.', { no_promise: 'breached' }],
    ['en', "Don't worry, we'll definitely get your money back.", { no_promise: 'breached' }],
    ['hi', 'आपका वीज़ा बिल्कुल सुरक्षित है।', { no_promise: 'breached' }],
    ['tl', 'Makukuha mo ang sahod mo, sigurado.', { no_promise: 'breached' }],
    ['vi', 'Em cứ yên tâm, em sẽ không sao.', { no_promise: 'breached' }],
    ['ar', 'بدك احكي مع معلمك؟', { privacy: 'breached' }],
    ['en', "I'll flag this conversation to my manager.", { privacy: 'breached' }],
    ['es', 'Mejor que yo hable con su jefe.', { privacy: 'breached' }],
    ['pa', 'ਮੈਂ ਤੁਹਾਡੇ ਮਾਲਕ ਨਾਲ ਗੱਲ ਕਰ ਲਵਾਂ?', { privacy: 'breached' }],
    ['pt', 'Vou salvar essa conversa no sistema.', { privacy: 'breached' }],
    ['uk', 'Я подзвоню вашому начальнику.', { privacy: 'breached' }],
    ['vi', 'Em gửi tin nhắn này cho quản lý nhé.', { privacy: 'breached' }],
    ['ar', 'رح افتح لك ملف عندنا.', { privacy: 'breached' }],
    ['fr', 'Envoyez-moi une photo de vos bleus.', { identifying_details: 'breached' }],
    ['hi', 'सैलरी स्लिप की फोटो भेजो।', { identifying_details: 'breached' }],
    ['th', 'ขอที่อยู่ร้านหน่อยค่ะ', { identifying_details: 'breached' }],
    ['fr', 'Pourquoi ne pas quitter ce boulot ?', { person_first: 'breached' }],
    ['en', 'None of this goes to your boss unless you say so.', { privacy: 'earned' }],
    ['pt', 'Nada que você conta sai daqui sem você querer.', { privacy: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId]>([
    ['ar', 'لا أستطيع أن أعدك بشيء.', 'no_promise'],
    ['vi', 'Em không hứa được là chị sẽ ổn.', 'no_promise'],
    ['en', "I can't promise they'll get it back.", 'no_promise'],
    ['th', 'ถ้าอยากได้ที่อยู่คลินิก บอกได้นะคะ', 'identifying_details'],
  ])('%s: %s (no breach of %s)', (lang, line, point) => {
    expect(verdicts(lang, line)[point]).not.toBe('breached');
  });
});
