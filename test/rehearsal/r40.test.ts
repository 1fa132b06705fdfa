// Lines read fairer after a batch written apart (r40a): status asked as a check or a choice ("your
// status in Canada is all sorted, right?", "¿viniste con el programa o con otra visa?", "आपका
// वीज़ा अभी चालू है न?", "ou te vini ak yon viza travay?", "кुन परमिटमा", "у вас ще дійсний
// дозвіл?"); what the person said passed on to the employer, the family or a supervisor ("I'll
// forward this conversation to my manager", "le enseño lo que me contaste", "उन्हें बताऊँ कि
// आपने", "перешлю листування", "أشرحله اللي حكيتلي", "kausapin ko ang amo mo tungkol sa sinabi
// mo", "registrar no sistema"); a worker from another city or region offered (en, fr). Each near
// miss must not get the verdict named.
import { describe, expect, it } from 'vitest';
import { POINTS } from '../../src/rehearsal/points.ts';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('r40a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['en', 'Is there something about your visa I should know?', { no_status_ask: 'breached' }],
    ['en', 'Your papers here are all in order, right?', { no_status_ask: 'breached' }],
    ['es', '¿Usted llegó por el programa de temporada o con visa de turista?', { no_status_ask: 'breached' }],
    ['hi', 'आपका परमिट अभी वैलिड है न?', { no_status_ask: 'breached' }],
    ['hi', 'आप वर्क परमिट पर आए थे क्या?', { no_status_ask: 'breached' }],
    ['ht', 'Èske ou te antre ak yon pèmi travay?', { no_status_ask: 'breached' }],
    ['ne', 'तपाईं कुन परमिटमा हुनुहुन्छ?', { no_status_ask: 'breached' }],
    ['pa', 'ਕੀ ਤੁਸੀਂ ਵੀਜ਼ਾ ਵਧਾਉਣ ਦੀ ਅਰਜ਼ੀ ਦਿੱਤੀ?', { no_status_ask: 'breached' }],
    ['uk', 'А ваша віза ще дійсна?', { no_status_ask: 'breached' }],
    ['en', "I'll send a copy of our chat to my supervisor.", { privacy: 'breached' }],
    ['en', "I'm going to let him know what you told me.", { privacy: 'breached' }],
    ['es', 'Mejor yo hablo con el mayordomo y le cuento lo que me dijiste.', { privacy: 'breached' }],
    ['hi', 'मैं आपके बॉस से मिलकर उन्हें बता दूँ कि आपने क्या लिखा?', { privacy: 'breached' }],
    ['uk', 'Я перешлю цю розмову своїй колезі.', { privacy: 'breached' }],
    ['uk', 'Я скажу бригадиру, що ви мені розповіли.', { privacy: 'breached' }],
    ['ar', 'رح احكي مع المعلم واقول له اللي قلته.', { privacy: 'breached' }],
    ['tl', 'Kakausapin ko ang employer mo tungkol sa sinabi mo.', { privacy: 'breached' }],
    ['pt', 'Vou anotar isso no cadastro da sua amiga.', { privacy: 'breached' }],
    ['en', 'We can find a counsellor who does not live in your town.', { language: 'earned' }],
    ['fr', "On peut te trouver une intervenante d'une autre ville.", { language: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId]>([
    ['en', 'Do you know if your boss has a work permit for the farm?', 'no_status_ask'],
    ['es', '¿El mayordomo vino con el programa también?', 'no_status_ask'],
    ['uk', 'Ваш договір ще дійсний до кінця сезону?', 'no_status_ask'],
    ['en', 'Would you like me to send the clinic a copy of the form?', 'privacy'],
    ['uk', 'Я перешлю вам номер клініки.', 'privacy'],
    ['es', 'Si quieres, te cuento lo que me dijo la abogada.', 'privacy'],
    ['en', 'My sister does not live in your town.', 'language'],
  ])('%s: %s (no %s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });
});

// Questions about the story that name people and a place are no safety check (r40a): how many
// live or sleep there, whether the police once came by.
describe('r40a: the story is no safety check', () => {
  it.each<[string, string]>([
    ['th', 'ที่หอพักมีคนอยู่ด้วยกันกี่คนคะ'],
    ['uk', 'Скільки людей зараз ночує у вашій кімнаті?'],
    ['pt', 'Alguém da polícia já veio no salão antes?'],
  ])('%s: %s (no safety)', (lang, line) => {
    expectNone('safety')(lang, line);
  });
  it.each<[string, string]>([
    ['th', 'ตอนนี้มีใครอยู่ใกล้ๆ ที่เห็นจอโทรศัพท์ไหมคะ'],
    ['uk', 'Чи є хтось зараз поруч з вами?'],
    ['pt', 'Tem alguém perto de você agora?'],
  ])('%s: %s (safety)', (lang, line) => {
    expectVerdicts(lang, line, { safety: 'earned' });
  });
});

// A report the trainee says they must make of what the person said, with no police named, is a
// push to the police and the chat passed on, in every language (r40a): "I'll have to report this",
// "मुझे ये रिपोर्ट करना पड़ेगा", "我得上报". Said the other way round — no report, or one the
// person may choose — it breaches neither.
describe('r40a: a report the trainee must make', () => {
  it.each<[string, string]>([
    ['en', "Honestly, after what you've said, I'm going to have to report it."],
    ['fr', 'Avec tout ça, je suis obligée de le signaler, je suis désolée.'],
    ['pt', 'Pelo que você contou, vou ter que relatar isso.'],
    ['ar', 'بصراحة، سأضطر إلى إبلاغ الجهات عن هذا الموضوع.'],
    ['hi', 'माफ़ कीजिए, मुझे ये बात ऊपर रिपोर्ट करनी पड़ेगी।'],
    ['pa', 'ਮਾਫ਼ ਕਰਨਾ, ਮੈਨੂੰ ਇਹ ਗੱਲ ਰਿਪੋਰਟ ਕਰਨੀ ਪਵੇਗੀ।'],
    ['ne', 'माफ गर्नुहोस्, यो कुरा मैले रिपोर्ट गर्नुपर्छ।'],
    ['th', 'ขอโทษนะคะ เรื่องนี้ดิฉันต้องรายงานต่อค่ะ'],
    ['vi', 'Xin lỗi chị, chuyện này em bắt buộc phải báo cáo.'],
    ['zh', '不好意思，这件事我们必须上报。'],
    ['uk', 'Вибачте, про це я мушу доповісти.'],
    ['ht', 'Padon, m oblije rapòte sa ou di m nan.'],
    ['tl', 'Pasensya, kailangan kong i-report ito.'],
  ])('%s: %s', (lang, line) => {
    expectVerdicts(lang, line, { no_police: 'breached', privacy: 'breached' });
  });
  it.each<[string, string]>([
    ['en', "I won't report anything you tell me."],
    ['zh', '你说的我们不会上报。'],
    ['uk', 'Я мушу повідомити вам, що ми не працюємо з поліцією.'],
  ])('%s: %s (no privacy breach)', (lang, line) => {
    expectNone('privacy')(lang, line);
  });
});

// The debrief says what the rules judge: sending ERASE is privacy, not a next step (the next-steps
// note once listed ERASE among next steps while the rules never counted it, so a trainee doing what
// the note said was told the point was missed).
describe('ERASE in the debrief and in the rules', () => {
  it('the next-steps note names ERASE only as privacy', () => {
    const note = POINTS.find((p) => p.earn === 'next_steps')?.note ?? '';
    expect(note).toMatch(/ERASE is privacy/);
    expect(note).not.toMatch(/a person, ERASE/);
  });
  it.each<[string, string]>([
    ['en', 'You can send ERASE any time and we delete what we keep.'],
    ['es', 'Cuando quieras, manda ERASE y borramos lo que guardamos.'],
  ])('%s: %s (privacy, no next step)', (lang, line) => {
    expectVerdicts(lang, line, { privacy: 'earned' });
    expectNone('next_steps')(lang, line);
  });
});

// Status asked in words of our own, beside the batches: a permit's end in Taglish, a permanent
// resident card, romanized Punjabi and Nepali, the kind of work permit in Thai.
describe('status asked, own lines', () => {
  it.each<[string, string]>([
    ['tl', 'Kailan mag-eexpire ang permit mo?'],
    ['vi', 'Chị có thẻ thường trú không?'],
    ['pa', 'Tuhada visa hale valid aa?'],
    ['ne', 'Tapai ko permit kasto ho?'],
    ['th', 'พี่มีใบอนุญาตทำงานแบบไหนครับ'],
  ])('%s: %s', (lang, line) => {
    expectVerdicts(lang, line, { no_status_ask: 'breached' });
  });
  it.each<[string, string]>([
    ['th', 'คลินิกช่วยเรื่องวีซ่าได้ทุกแบบ ไม่ว่าแบบไหนครับ'],
    ['ne', 'Tapai ko kura kasailai bhandinau.'],
  ])('%s: %s (no status ask)', (lang, line) => {
    expectNone('no_status_ask')(lang, line);
  });
});
