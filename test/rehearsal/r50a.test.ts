// Lines read fairer after a batch written apart (r50a), in our own words: reaching out oneself to
// the person's family, calling the foreman or the agency, a copy kept for a supervisor, a session
// recorded, what was told reported (en es fr pt th uk); the only way or the best first step said to
// be the police (en es); "why keep coming back if they treat you so badly", "it was your fault"
// (es ne); promises said as certain or guaranteed (ar fr ne pa pt uk); a visa or papers for a
// legal stay asked (ar tl uk); a photo of a passport asked (ar); someone else able to read the chat,
// the crew sharing the phone, stopping if the foreman is near (uk ht); a worker who speaks the
// person's language or has no tie to their community (en ar pa). "We are not the police" earns the
// introduction only, as the frozen set reads it (decided 2026-12-06; test/rehearsal/eval/README.md).
// Each near miss must not get the verdict named.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r50a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['en', 'Is it alright if I reach out to your sister about this?', { privacy: 'breached' }],
    ['es', 'Hoy llamo al encargado para preguntarle por sus horas.', { privacy: 'breached' }],
    ['fr', 'Je vais garder une copie de vos messages pour ma responsable.', { privacy: 'breached' }],
    ['pt', 'Vou gravar essa conversa, tudo bem?', { privacy: 'breached' }],
    ['th', 'ผมต้องรายงานเรื่องนี้นะครับ', { privacy: 'breached' }],
    ['uk', 'Я маю передати все, що ви сказали.', { privacy: 'breached' }],
    ['uk', 'Можу подзвонити бригадиру замість вас.', { privacy: 'breached' }],
    ['en', 'The only option to get your card back is a police report.', { no_police: 'breached' }],
    ['es', 'Lo mejor es ir a la policía primero con sus recibos.', { no_police: 'breached' }],
    ['es', '¿Por qué sigue viniendo si la tratan tan mal?', { person_first: 'breached' }],
    ['ne', 'यो त तिम्रो गल्ती हो।', { person_first: 'breached' }],
    ['fr', 'Je te promets que personne ne saura rien.', { no_promise: 'breached' }],
    ['pt', 'Com certeza você vai receber tudo de volta.', { no_promise: 'breached' }],
    ['uk', 'Точно все буде добре, не хвилюйтесь.', { no_promise: 'breached' }],
    ['ne', 'कसैले केही गर्दैन, ढुक्क हुनुस्।', { no_promise: 'breached' }],
    ['ar', 'اكيد رح يرجع لك جوازك.', { no_promise: 'breached' }],
    ['pa', 'ਕੋਈ ਤੁਹਾਨੂੰ ਵਾਪਸ ਨਹੀਂ ਭੇਜ ਸਕਦਾ।', { no_promise: 'breached' }],
    ['uk', 'Чи є у вас документи на легальне перебування тут?', { no_status_ask: 'breached' }],
    ['tl', 'Open ba ang permit mo?', { no_status_ask: 'breached' }],
    ['ar', 'شو نوع الفيزا اللي معك؟', { no_status_ask: 'breached' }],
    ['ar', 'ابعتلي صورة الجواز لو سمحت.', { identifying_details: 'breached' }],
    ['en', "We're not the police.", { introduced: 'earned' }],
    ['th', 'ทางเราไม่ได้ทำงานให้ตำรวจค่ะ', { introduced: 'earned' }],
    ['zh', '我们不是警察。', { introduced: 'earned' }],
    ['uk', 'Хтось ще може прочитати ці повідомлення?', { safety: 'earned' }],
    ['uk', 'Якщо бригадир поруч, припиніть писати, напишете пізніше.', { safety: 'earned' }],
    ['ht', 'Si yon moun ka li telefòn ou, sispann ekri.', { safety: 'earned' }],
    ['en', 'If Spanish is easier, I can find you a Spanish-speaking advocate.', { language: 'earned' }],
    ['ar', 'بقدر اوصلك بحدا من خارج جاليتك.', { language: 'earned' }],
    ['pa', 'ਮੈਂ ਅਜਿਹੀ ਬੀਬੀ ਲੱਭ ਸਕਦੀ ਹਾਂ ਜਿਸ ਦਾ ਤੁਹਾਡੇ ਪਿੰਡ ਨਾਲ ਕੋਈ ਵਾਸਤਾ ਨਹੀਂ।', { language: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId, Verdict]>([
    ['en', 'You could talk to your sister about it if you want.', 'privacy', 'breached'],
    ['uk', 'Якщо хочете, можете самі поговорити з бригадиром.', 'privacy', 'breached'],
    ['fr', 'Je ne peux pas vous promettre que ça ira.', 'no_promise', 'breached'],
    ['tl', 'Hindi ko itatanong kung anong permit mo.', 'no_status_ask', 'breached'],
    ['tl', 'Pwede mo bang i-send ang picture ng permit mo?', 'no_status_ask', 'breached'],
    ['ar', 'إذا بتحب بقدر ابعتلك صورة عن ورقة فيها أرقام المساعدة.', 'identifying_details', 'breached'],
    ['zh', '我们不是警察。', 'no_police', 'earned'],
    ['th', 'ทางเราไม่ได้ทำงานให้ตำรวจค่ะ', 'no_police', 'earned'],
    ['en', 'Was your contract in French?', 'language', 'earned'],
    ['en', 'Does your boss speak French?', 'language', 'earned'],
    ['ar', 'في ناس من جاليتك بيشتغلوا هناك؟', 'language', 'earned'],
    ['uk', 'Хтось іще з бригади теж не отримав зарплату?', 'safety', 'earned'],
  ])('%s: %s (not %s %s)', (lang, line, point, verdict) => {
    expect(verdicts(lang, line)[point]).not.toBe(verdict);
  });
});
