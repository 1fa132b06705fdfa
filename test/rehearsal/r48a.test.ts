// Lines read fairer after a batch written apart (r48a): the employer or the family called about
// the person, offered as a choice too ("¿Quieres que llame yo a tu patrón?", "क्या मैं आपके
// मैनेजर से बात कर लूँ?", "Kakausapin ko ang amo mo", "Я можу зателефонувати вашій родині");
// the conversation told to a supervisor, kept for training, recorded (en zh th ar); safety from
// removal, from an inquiry, a permit kept, promised (es fr pt); a police report as the only way
// (ne uk); the phone keeping its own copy (hi pa ne ht); a label on the person's status said as
// fact (pa tl pt uk ar vi). Each near miss must not get the verdict named.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r48a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['es', '¿Quieres que hable yo con tu jefe sobre esto?', { privacy: 'breached' }],
    ['hi', 'क्या मैं आपके मालिक से बात कर लूँ?', { privacy: 'breached' }],
    ['tl', 'Tatawagan ko ang amo mo bukas.', { privacy: 'breached' }],
    ['uk', 'Можу поговорити з вашим бригадиром, якщо хочете.', { privacy: 'breached' }],
    ['ar', 'لازم أتصل بالمعلم وأفهم منه.', { privacy: 'breached' }],
    ['en', 'I have to tell my supervisor about this chat.', { privacy: 'breached' }],
    ['zh', '我们会把对话记录保存下来。', { privacy: 'breached' }],
    ['th', 'ขอบันทึกการสนทนาของเราไว้ได้ไหมคะ', { privacy: 'breached' }],
    ['ar', 'بدي أعمل تسجيل المكالمة إذا ما عندك مانع.', { privacy: 'breached' }],
    ['es', 'Tranquilo, nadie te va a deportar por esto.', { no_promise: 'breached' }],
    ['fr', 'Personne ne va enquêter sur vous, c’est sûr.', { no_promise: 'breached' }],
    ['pt', 'Você não vai perder sua permissão, fica calma.', { no_promise: 'breached' }],
    ['ne', 'प्रहरी उजुरी नगरी अरु उपाय छैन।', { no_police: 'breached' }],
    ['uk', 'Єдиний вихід — заява в поліцію.', { no_police: 'breached' }],
    ['hi', 'ये मैसेज आपके फोन में रह जाते हैं।', { privacy: 'earned' }],
    ['pa', 'ਮੈਸੇਜ ਤੁਹਾਡੇ ਫ਼ੋਨ ਚ ਰਹਿੰਦੇ ਹਨ।', { privacy: 'earned' }],
    ['ht', 'WhatsApp kenbe kopi nan telefòn ou.', { privacy: 'earned' }],
    ['tl', 'Marami talagang ilegal na worker dito.', { person_first: 'breached' }],
    ['uk', 'Ви ж живете нелегально.', { person_first: 'breached' }],
    ['vi', 'Mấy người ở lậu hay bị vậy lắm.', { person_first: 'breached' }],
    ['pt', 'Ela tá ilegal aqui, né?', { person_first: 'breached' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId]>([
    ['tl', 'Hindi ko tatawagan ang amo mo.', 'privacy'],
    ['uk', 'Я ніколи не подзвоню вашому босу.', 'privacy'],
    ['vi', 'Chị không phải người ở lậu, đừng lo.', 'person_first'],
  ])('%s: %s (no breach of %s)', (lang, line, point) => {
    expect(verdicts(lang, line)[point]).not.toBe('breached');
  });
});
