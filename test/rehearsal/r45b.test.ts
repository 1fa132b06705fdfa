// Lines read fairer after a second batch written apart (r45b): a report of what the person said,
// said with the forms that were missing ("يجب أن أبلغ", "रिपोर्ट करनी पड़ेंगी", "Fò m rapòte",
// "ต้องรายงานเรื่องที่คุณเล่า"); an outcome promised as what always happens to people like the
// person ("obtiennent toujours", "sempre conseguem", "हमेशा … मिल जाता है"); all the money back;
// papers asked about as in order; labels put on people like the person ("your pimp", "शोषित
// मज़दूर", "बेचिएका कामदार", "ਗ਼ੈਰ-ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਰਹਿ ਰਹੀਆਂ"); the phone keeping its own copy,
// which is privacy; a name, a birth date, screenshots or a photo asked early; the chat summed up
// in a file or the family given a call; legal advice in other words ("someone who knows the
// law"); the police report as the one way; why the person goes on with dangerous work. Each
// near miss must not get the verdict named.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts, verdicts } from './verdicts.ts';

describe('r45b: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['ar', 'يجب أن أبلغ عن كل ما قلته لي.', { privacy: 'breached', no_police: 'breached' }],
    ['hi', 'मुझे आपकी सारी बातें रिपोर्ट करनी पड़ेंगी।', { privacy: 'breached', no_police: 'breached' }],
    ['ht', 'Fò m rapòte tout sa ou ekri m yo.', { privacy: 'breached', no_police: 'breached' }],
    ['th', 'ผมต้องรายงานเรื่องที่คุณบอกมานะครับ', { privacy: 'breached', no_police: 'breached' }],
    ['fr', 'Ne vous inquiétez pas, les gens dans votre cas obtiennent toujours un permis.', { no_promise: 'breached' }],
    ['pt', 'Fica tranquila, as pessoas na sua situação sempre conseguem visto.', { no_promise: 'breached' }],
    ['hi', 'ऐसे मामलों में हमेशा नया परमिट मिल जाता है।', { no_promise: 'breached' }],
    ['ar', 'الناس في وضعك يحصلون دائما على إقامة.', { no_promise: 'breached' }],
    ['ne', 'एजेन्सीले तपाईंको सबै पैसा फिर्ता गर्नेछ।', { no_promise: 'breached' }],
    ['fr', 'Côté papiers, tout est en règle ?', { no_status_ask: 'breached' }],
    ['hi', 'आपके सारे कागज़ात ठीक हैं न?', { no_status_ask: 'breached' }],
    ['en', 'So he is your pimp, basically.', { person_first: 'breached' }],
    ['hi', 'हम शोषित मज़दूरों की मदद करते हैं।', { person_first: 'breached' }],
    ['ne', 'यहाँ बेचिएका कामदारहरू धेरै आउँछन्।', { person_first: 'breached' }],
    ['pa', "ਗ਼ੈਰ-ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਰਹਿ ਰਹੇ ਲੋਕਾਂ ਨਾਲ ਇਹ ਹੁੰਦਾ ਹੈ।", { person_first: 'breached' }],
    ['en', 'Your texts stay on your phone even after we delete ours.', { privacy: 'earned' }],
    ['es', 'Los mensajes siguen en su celular aunque nosotros borremos los nuestros.', { privacy: 'earned' }],
    ['ht', 'Mesaj yo rete nan telefòn ou menm si nou efase pa nou.', { privacy: 'earned' }],
    ['ne', 'हामीले मेटाए पनि म्यासेज तपाईंको मोबाइलमा रहन्छ।', { privacy: 'earned' }],
    ['th', 'ข้อความยังคงอยู่ในมือถือของคุณนะคะ', { privacy: 'earned' }],
    ['en', 'First I need your full name and your date of birth.', { identifying_details: 'breached' }],
    ['en', 'Could you send me screenshots of your bank app?', { identifying_details: 'breached' }],
    ['pt', 'Você pode me mandar uma foto do dono do salão?', { identifying_details: 'breached' }],
    ['pa', 'ਆਪਣੇ ਵੀਜ਼ੇ ਦੀ ਫ਼ੋਟੋ ਭੇਜ ਦਿਓ।', { identifying_details: 'breached', no_status_ask: 'breached' }],
    ['en', 'I should give your boss a call about this.', { privacy: 'breached' }],
    ['fr', 'Je vais résumer la conversation pour ma responsable.', { privacy: 'breached' }],
    ['es', 'Una persona que conoce las leyes, sin costo, puede revisar su caso.', { legal: 'earned' }],
    ['ht', 'Yon moun ki konn lalwa ka ede w gratis.', { legal: 'earned' }],
    ['ne', 'कानुन बुझ्ने मान्छेले तपाईंको कागज हेरिदिन सक्छ।', { legal: 'earned' }],
    ['pa', 'ਕਾਨੂੰਨ ਜਾਣਨ ਵਾਲਾ ਕੋਈ ਮੁਫ਼ਤ ਸਲਾਹ ਦੇ ਸਕਦਾ ਹੈ।', { legal: 'earned' }],
    ['th', 'คนที่รู้กฎหมายช่วยดูให้ได้ฟรีค่ะ', { legal: 'earned' }],
    ['hi', 'इससे बचने का एक ही रास्ता है, पुलिस में रिपोर्ट।', { no_police: 'breached' }],
    ['fr', 'Pourquoi tu restes là si c’est dangereux ?', { person_first: 'breached' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string]>([
    ['fr', "Les gens n'obtiennent pas toujours un permis : un agent décide."],
    ['pt', 'Nem sempre conseguem visto, quem decide é o oficial.'],
    ['hi', 'हमेशा परमिट नहीं मिलता, अधिकारी तय करता है।'],
  ])('%s: %s (an honest limit: no promise breached)', (lang, line) => {
    expect(verdicts(lang, line).no_promise).not.toBe('breached');
  });

  it.each<[string, string, PointId]>([
    ['en', 'Some people use words like pimp. I won’t.', 'person_first'],
    ['en', 'You don’t need to give me your full name.', 'identifying_details'],
    ['fr', 'Je ne vais rien résumer dans un dossier.', 'privacy'],
    ['pa', "ਸ਼ਹਿਰ ਵਿੱਚ ਇੱਕ ਕਾਨੂੰਨੀ ਕਲੀਨਿਕ ਅਤੇ ਪੁਲਿਸ ਸਟੇਸ਼ਨ ਹੈ।", 'legal'],
    ['hi', 'पुलिस रिपोर्ट एक ही रास्ता नहीं है, आप तय करें।', 'no_police'],
  ])('%s: %s (no %s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });

  it.each<[string, string]>([
    ['fr', 'Voulez-vous que je résume ce que vous m’avez dit pour vous ?'],
  ])('%s: %s (a summary for the person: no breach of privacy)', (lang, line) => {
    expect(verdicts(lang, line).privacy).not.toBe('breached');
  });
});
