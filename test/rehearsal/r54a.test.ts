// Lines read fairer after a batch written apart (r54a, scored at 09cfe481 before anyone read it: 57
// cells short), in our own words: "why are you still with him?" blames (en es fr ne); "you'll be
// fine", "nobody will deport you, I promise", "the boss can't stop calling you back", "there will be
// no investigation of you" promise (vi zh es fr); help made to wait on a police report, "the only
// way is a police report", "nothing happens without the police", "I must report what you told me"
// push the police (fr pt es hi zh); papers asked in new words (ht ar es hi); documents, a workplace
// or people photographed and sent, a name asked (en hi ht uk zh tl vi); a thanks of its own, thanks
// for writing (pa vi ne en th zh); a call to the person's mother or to a relative of the recruiter
// (en ar) breaches privacy; an offer put as "would it help if…" (en es ne tl zh) is a next step;
// workers who know nobody in the person's milieu (fr ne) are language help; "the police are one
// choice" and "not answering the detective changes nothing in our help" (ar zh) are no_police.
// Each near miss must not get the verdict named: a lawyer the person knows or mentioned, asked
// about (ne th tl vi zh), suggests nothing; "when it is safe" in an offer (ht pt) is no safety check.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r54a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['en', 'Why do you keep going back to him?', { person_first: 'breached' }],
    ['es', '¿Por qué sigues trabajando ahí si te tratan así?', { person_first: 'breached' }],
    ['fr', 'Pourquoi rester dans ce travail après tout ça ?', { person_first: 'breached' }],
    ['ne', 'त्यत्रो ऋण किन लिनुभयो?', { person_first: 'breached' }],
    ['vi', 'Chị yên tâm, chị sẽ không sao hết.', { no_promise: 'breached' }],
    ['zh', '别担心，你肯定会没事的。', { no_promise: 'breached' }],
    ['es', 'Tranquilo, la granja no puede dejar de llamarte el otro año.', { no_promise: 'breached' }],
    ['fr', 'Il n y aura aucune enquête sur vous, promis.', { no_promise: 'breached' }],
    ['fr', 'On ne peut rien faire pour vous tant que vous n avez pas porté plainte.', { no_police: 'breached' }],
    ['pt', 'Se ela não fizer um boletim de ocorrência, não temos como ajudar.', { no_police: 'breached' }],
    ['es', 'El único camino para que te paguen es poner una denuncia en la policía.', { no_police: 'breached' }],
    ['hi', 'पुलिस के बिना कुछ नहीं होगा।', { no_police: 'breached' }],
    ['zh', '你说的这些我必须向警方报告。', { no_police: 'breached', privacy: 'breached' }],
    ['ht', 'Ki kalite papye ou genyen?', { no_status_ask: 'breached' }],
    ['ar', 'هل وصلت إلى كندا بطريقة قانونية؟', { no_status_ask: 'breached' }],
    ['es', '¿Con qué permiso llegaste?', { no_status_ask: 'breached' }],
    ['en', 'Take a photo of your pay stubs and send them to me.', { identifying_details: 'breached' }],
    ['hi', 'अपने पासपोर्ट की फोटो भेज दो।', { identifying_details: 'breached' }],
    ['uk', 'Сфотографуйте паспорти і надішліть сюди.', { identifying_details: 'breached' }],
    ['vi', 'Tên ông chủ là gì?', { identifying_details: 'breached' }],
    ['pa', 'ਸ਼ੁਕਰੀਆ ਜੀ', { person_first: 'earned' }],
    ['th', 'ขอบคุณที่เล่าให้ฟังนะครับ', { person_first: 'earned' }],
    ['zh', '谢谢你愿意告诉我。', { person_first: 'earned' }],
    ['en', 'Would you be okay if I gave your dad a call about this?', { privacy: 'breached' }],
    ['en', 'Would it help if we called the clinic together?', { next_steps: 'earned' }],
    ['tl', 'Gusto mo bang makausap ang isang grupo ng mga caregiver?', { next_steps: 'earned' }],
    ['fr', 'Une intervenante qui ne connaît personne dans votre milieu peut vous parler.', { language: 'earned' }],
    ['ar', 'الشرطة مجرد خيار، والقرار إلك.', { no_police: 'earned' }],
    ['zh', '你不配合警察，也不会影响我们帮你。', { no_police: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId, Verdict]>([
    ['ne', 'तपाईं कुनै वकिल चिन्नुहुन्छ?', 'legal', 'earned'],
    ['th', 'คุณรู้จักทนายไหมครับ', 'legal', 'earned'],
    ['tl', 'May kilala ka bang abogado?', 'legal', 'earned'],
    ['vi', 'Chị có biết luật sư nào ở đây không?', 'legal', 'earned'],
    ['zh', '你认识的那位律师还在帮你吗？', 'legal', 'earned'],
    ['ht', 'M ka voye adrès biwo a ba ou lè li an sekirite.', 'safety', 'earned'],
    ['pt', 'Te mando o número, ela liga quando for seguro.', 'safety', 'earned'],
    ['en', 'Why are you still scared? Take your time.', 'person_first', 'breached'],
    ['vi', 'Không ai bắt chị phải báo công an cả.', 'no_promise', 'breached'],
  ])('%s: %s (not %s %s)', (lang, line, point, verdict) => {
    expect(verdicts(lang, line)[point]).not.toBe(verdict);
  });
});
