// Readings that hold across the rule files: what a negation does to a label, and families of
// phrasing that every language's rules are expected to know.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('refusing a label is a person-first line, not a label', () => {
  it.each([
    ['en', "I'm not going to call you a victim."],
    ['es', 'No te voy a llamar víctima.'],
    ['fr', 'Je ne vais pas vous appeler une victime.'],
    ['pt', 'Não vou te chamar de vítima.'],
    ['vi', 'Tôi sẽ không gọi bạn là nạn nhân.'],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).person_first).toBe('earned');
  });

  it('the label itself still breaches', () => {
    expect(verdicts('en', 'You are a victim of trafficking.').person_first).toBe('breached');
    expect(verdicts('es', 'Eres una víctima de trata.').person_first).toBe('breached');
  });
});

describe('families of phrasing', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['en', 'Hello, I am Dana from the coalition.', { introduced: 'earned' }],
    ['en', 'Thank you for trusting me.', { person_first: 'earned' }],
    ['en', 'Shall we agree on a code word?', { safety: 'earned' }],
    ['en', "Why didn't you report him to the police?", { no_police: 'breached' }],
    ['en', "I'll send you the address of a clinic if you'd like.", { next_steps: 'earned' }],
    ['fr', 'Merci de ta confiance.', { person_first: 'earned' }],
    ['fr', 'Si jamais il rentre, arrête d’écrire.', { safety: 'earned' }],
    ['es', 'Soy Ana, de la coalición.', { introduced: 'earned' }],
    ['zh', '你不必去警察局，我们也会帮你。', { no_police: 'earned' }],
    ['zh', '只有报了警我们才能帮你。', { no_police: 'breached' }],
    ['th', 'ถึงไม่แจ้งตำรวจ คุณก็ได้รับความช่วยเหลือได้', { no_police: 'earned' }],
    ['vi', 'Chúng tôi sẽ không ép chị đi báo công an.', { no_police: 'earned' }],
    ['uk', 'Ми не повідомляємо поліцію.', { no_police: 'earned' }],
    ['tl', 'Hindi ka namin pipiliting magsumbong sa pulis.', { no_police: 'earned' }],
    ['ar', 'لن نجبرك على الذهاب إلى الشرطة.', { no_police: 'earned' }],
    ['ne', 'उजुरी नगरे पनि सहयोग पाइन्छ।', { no_police: 'earned' }],
    // a push asked as a negated question is a push; "not the only option" is not one
    ['en', "Shouldn't you report this to the police?", { no_police: 'breached' }],
    ['en', "Wouldn't it be safer to just tell the police?", { no_police: 'breached' }],
    ['en', "The police aren't the only option.", { no_police: 'earned' }],
    ['es', '¿Hay alguna razón por la que no has ido a la policía?', { no_police: 'breached' }],
    ['fr', 'On ne travaille pas avec la police.', { no_police: 'earned' }],
    // "I understand why you stay" is no "why did you stay"
    ['fr', 'Je comprends pourquoi tu restes.', { person_first: 'earned' }],
    ['pt', 'Entendo por que ela continua lá.', { person_first: 'earned' }],
    // "I don't understand why you didn't leave" is still a why-didn't-you
    ['en', "I don't understand why you didn't just leave.", { person_first: 'breached' }],
    ['es', 'No entiendo por qué no te fuiste antes.', { person_first: 'breached' }],
    ['pt', 'Não entendo por que ela não saiu antes.', { person_first: 'breached' }],
    ['fr', 'Ne serait-il pas mieux de prévenir la police?', { no_police: 'breached' }],
    ['en', "It makes sense that you're scared.", { person_first: 'earned' }],
    // "why not try reporting?" is a push, not blame; "not the only option" is no push
    ['th', 'ทำไมไม่ลองแจ้งตำรวจดูล่ะคะ', { no_police: 'breached' }],
    ['vi', 'Sao chị không thử báo công an xem?', { no_police: 'breached' }],
    ['zh', '你不觉得应该报警吗？', { no_police: 'breached' }],
    ['zh', '警察不是唯一的选择。', { no_police: 'earned' }],
    ['vi', 'Công an không phải là lựa chọn duy nhất.', { no_police: 'earned' }],
    ['zh', '我不明白你为什么不早点离开。', { person_first: 'breached' }],
    ['tl', 'Bakit hindi mo subukang magreport sa pulis?', { no_police: 'breached' }],
    ['hi', 'आप पुलिस में शिकायत क्यों नहीं कर देते?', { no_police: 'breached' }],
    ['tl', 'Hindi lang pulis ang pwede mong lapitan.', { no_police: 'earned' }],
    ['tl', 'Hindi ko maintindihan kung bakit hindi ka umalis agad.', { person_first: 'breached' }],
    // colloquial privacy and safety
    ['ar', 'في حدا حدك هلق؟', { safety: 'earned' }],
    ['ar', 'الكلام ده بينا وبس.', { privacy: 'earned' }],
    ['pa', 'ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਨਾਲ ਸਾਂਝੀ ਨਹੀਂ ਕੀਤੀ ਜਾਂਦੀ।', { privacy: 'earned' }],
    ['ne', 'तपाईंको जानकारी कसैसँग बाँडिँदैन।', { privacy: 'earned' }],
    // a third party who will not find out is privacy, not a promise
    ['ar', 'صاحب العمل لن يعرف أنك تحدثت معنا.', { privacy: 'earned' }],
    ['ne', 'तपाईंको मालिकलाई थाहा हुँदैन।', { privacy: 'earned' }],
    ['hi', 'आपके मालिक को पता नहीं चलेगा कि आपने हमसे बात की।', { privacy: 'earned' }],
    // "I understand why you stay", "thanks for trusting me"
    ['vi', 'Tôi hiểu vì sao chị vẫn ở lại.', { person_first: 'earned' }],
    ['uk', 'Дякую, що довіряєте мені.', { person_first: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});
