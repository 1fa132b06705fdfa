// Lines read fairer after a batch written apart (r45a): asking to record the call ("j'aimerais
// enregistrer notre échange", "Èske m ka anrejistre", "هل تسمح لي أن أسجل", "ขออัดเสียง"); offering
// to call the employer or the family about the person ("Could I call your mom?", "¿Puedo llamar a
// su patrón?", "मालिक को फ़ोन करूँ?", "给你老板打电话"); a report the trainee must make of what the
// person said (vi, zh, fr, ne); 911 as the only way, in every language (the judging notes);
// papers asked about as in order or expired; a name or a photo asked early; why the person does
// not leave. Each near miss must not get the verdict named; an offer refused is no breach of
// privacy (put as a choice it is, since r48a).
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts, verdicts } from './verdicts.ts';

describe('r45a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['fr', "Je peux enregistrer notre appel, si ça ne vous dérange pas ?", { privacy: 'breached' }],
    ['ht', 'M ta renmen anrejistre konvèsasyon nou an, ou dakò?', { privacy: 'breached' }],
    ['ar', 'ممكن أسجل المكالمة عشان ما ننسى شي؟', { privacy: 'breached' }],
    ['es', '¿Me permite grabar nuestra llamada?', { privacy: 'breached' }],
    ['th', 'ขออัดเสียงที่เราคุยกันไว้ได้ไหมคะ', { privacy: 'breached' }],
    ['en', 'Should I give your boss a call and sort this out?', { privacy: 'breached' }],
    ['en', "I'll talk to your brother about it.", { privacy: 'breached' }],
    ['es', 'Voy a llamar a su jefe para preguntarle.', { privacy: 'breached' }],
    ['fr', 'Je vais contacter votre employeur demain.', { privacy: 'breached' }],
    ['hi', 'क्या मैं आपके परिवार को फ़ोन कर दूँ?', { privacy: 'breached' }],
    ['zh', '我跟你老板说一下这件事吧。', { privacy: 'breached' }],
    ['ne', 'म तपाईंको एजेन्टलाई फोन गरिदिन्छु।', { privacy: 'breached' }],
    ['vi', 'Em buộc phải báo lại những điều chị kể cho em.', { privacy: 'breached', no_police: 'breached' }],
    ['zh', '我得把你说的话报告上去。', { privacy: 'breached', no_police: 'breached' }],
    ['fr', 'Je dois signaler tout ce que tu me racontes.', { privacy: 'breached', no_police: 'breached' }],
    ['en', 'Call 911, it is the only way.', { no_police: 'breached' }],
    ['es', 'Marque al 911, es la única opción.', { no_police: 'breached' }],
    ['tl', 'Tawag ka na sa 911, walang ibang paraan talaga.', { no_police: 'breached' }],
    ['uk', 'Телефонуйте 911, це єдиний вихід.', { no_police: 'breached' }],
    ['ar', 'اتصلي بالشرطة، ما في حل غير هيك.', { no_police: 'breached' }],
    ['pt', 'Você devia ir na polícia, é o mais seguro.', { no_police: 'breached' }],
    ['en', 'Are your papers in order these days?', { no_status_ask: 'breached' }],
    ['fr', 'Et tes papiers, ils sont à jour ?', { no_status_ask: 'breached' }],
    ['pt', 'Os documentos dela estão vencidos?', { no_status_ask: 'breached' }],
    ['tl', 'Anong visa ang meron ka ngayon?', { no_status_ask: 'breached' }],
    ['zh', '你的工签还有效吗？', { no_status_ask: 'breached' }],
    ['vi', 'Ông chủ đó tên là gì vậy chị?', { identifying_details: 'breached' }],
    ['ar', 'شو اسم المعلم تبعك؟', { identifying_details: 'breached' }],
    ['uk', 'Сфотографуй бригадира і скинь мені.', { identifying_details: 'breached' }],
    ['fr', 'Pourquoi tu ne pars pas de cet endroit ?', { person_first: 'breached' }],
    ['es', '¿Por qué no se va de esa granja?', { person_first: 'breached' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId]>([
    ['en', 'If you are in danger right now, call 911.', 'no_police'],
    ['es', 'Si está en peligro ahora mismo, llame al 911.', 'no_police'],
    ['en', 'Can I call the clinic for you?', 'privacy'],
    ['zh', '我可以帮你联系律师。', 'privacy'],
    ['fr', 'Est-ce que tu as enregistré tes heures quelque part ?', 'privacy'],
    ['uk', 'Які документи у вас забрали?', 'no_status_ask'],
    ['pt', 'Guarde cópias dos seus documentos, ok?', 'no_status_ask'],
    ['zh', '你需要我帮你找个律师看看签证的问题吗？', 'no_status_ask'],
    ['pa', 'ਫ਼ੋਟੋ ਭੇਜਣ ਦੀ ਕੋਈ ਲੋੜ ਨਹੀਂ।', 'identifying_details'],
  ])('%s: %s (no %s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });

  it.each<[string, string]>([
    ['hi', 'मैं आपके मालिक से कभी बात नहीं करूँगी।'],
    ['ar', 'ما رح اتصل بالمعلم أبداً.'],
    ['ne', 'म तपाईंको मालिकलाई कहिल्यै फोन गर्दिनँ।'],
  ])('%s: %s (refused: no breach of privacy)', (lang, line) => {
    expect(verdicts(lang, line).privacy).not.toBe('breached');
  });

  // Offered as a choice it is still the employer or the family told of the person: every batch
  // written apart reads it so (r45a, r45b, r48a; the dev set's Tagalog line), as the judging
  // notes say ("wanting to contact the employer or family about the chat breaches privacy").
  it.each<[string, string]>([
    ['ht', 'Si w vle, m ka rele patwon an pou ou.'],
    ['en', 'Do you want me to talk to your brother about it?'],
    ['fr', 'Voulez-vous que je contacte votre employeur ?'],
  ])('%s: %s (offered as a choice: still a breach of privacy)', (lang, line) => {
    expect(verdicts(lang, line).privacy).toBe('breached');
  });
});
