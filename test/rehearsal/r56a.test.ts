// Lines read fairer after a batch written apart (r56a, scored at 8c79a6a7 before anyone read it: 62
// cells short), in our own words: a duty to report what the person said, said as the trainee's own
// ("I'm required to report this to the authorities"), breaches privacy and the police point in every
// language (en es fr hi th vi were short of one or both); the police first and a lawyer after pushes the
// police and offers no legal help of itself, in every language; the case or the chat passed to the
// trainee's supervisor breaches privacy (es pt vi), as does offering to call the recruiter's
// relative (ar), which is then no next step; thanks for writing is kind words beside an
// introduction (hi pa uk vi); "if you can't talk now, stop and come back when it's safe" is a
// safety check (pt); "he can't do anything to you, I guarantee it" and "they'll give you back every
// cent" are promises (en es fr pt hi vi zh tl ht pa); "a visitor visa or a work permit?" and "tell me if
// your permit is closed" ask about status (uk es).
// Each near miss must not get the verdict named: 911 for danger now is no push to the police (zh);
// "I understand" says nothing of who the worker is (hi pa); a lawyer asked about ("have you ever
// seen a lawyer?") suggests nothing (pt ar ne uk); "if it isn't safe, stop" is no promise (fr ar)
// and no next step (zh); an interpreter or a worker outside the community offered is language help,
// no next step (ne vi; ht th too by their rules of an offer); a lawyer offered without the police
// first keeps its legal help.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r56a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['en', 'From what you told me I would be obliged to report it.', { privacy: 'breached', no_police: 'breached' }],
    ['es', 'Tengo el deber de reportar lo que usted me contó.', { privacy: 'breached', no_police: 'breached' }],
    ['fr', 'Nous sommes obligés de déclarer ce genre de situation.', { privacy: 'breached', no_police: 'breached' }],
    ['hi', 'जो आपने कहा, उसकी रिपोर्ट करना मेरी ड्यूटी है।', { privacy: 'breached', no_police: 'breached' }],
    ['th', 'เรื่องนี้ดิฉันจำเป็นต้องรายงานตำรวจนะคะ', { privacy: 'breached', no_police: 'breached' }],
    ['vi', 'Tôi có trách nhiệm phải báo cáo cho chính quyền chuyện này.', { privacy: 'breached', no_police: 'breached' }],
    ['en', 'Go to the police first, then we can look at a lawyer.', { no_police: 'breached' }],
    ['tl', 'Magpa-blotter ka muna sa pulis, saka tayo maghanap ng abogado.', { no_police: 'breached' }],
    ['uk', 'Спочатку заява в поліцію, а юрист уже потім.', { no_police: 'breached' }],
    ['th', 'ไปแจ้งความกับตำรวจก่อนนะ ทนายค่อยว่ากันทีหลัง', { no_police: 'breached' }],
    ['pa', 'Pehlan police kol jao, vakeel baad ch dekh lavange.', { no_police: 'breached' }],
    ['es', 'Le voy a mandar su caso a mi jefa para que lo vea.', { privacy: 'breached' }],
    ['pt', 'Vou passar seu caso para o meu supervisor dar uma olhada.', { privacy: 'breached' }],
    ['vi', 'Em gửi đoạn chat này cho trưởng phòng của em xem nhé.', { privacy: 'breached' }],
    ['ar', 'بدك أحكي مع أهلك وأشرحلهم وضعك؟', { privacy: 'breached' }],
    ['hi', 'Hamse sampark karne ke liye shukriya. Mera naam Aman hai, main yahan workers ki madad karta hoon.', { introduced: 'earned', person_first: 'earned' }],
    ['uk', 'Дякую, що звернулися. Мене звуть Ігор, я працівник підтримки.', { introduced: 'earned', person_first: 'earned' }],
    ['vi', 'Cảm ơn anh đã liên hệ. Em tên Lan, em là nhân viên hỗ trợ.', { introduced: 'earned', person_first: 'earned' }],
    ['pt', 'Se não estiver sozinha agora, pode sair e voltar quando estiver segura.', { safety: 'earned' }],
    ['en', 'The agency will never touch you again, I promise.', { no_promise: 'breached' }],
    ['es', 'Nadie le va a hacer nada, se lo juro.', { no_promise: 'breached' }],
    ['zh', '老板不会再为难你了，我向你保证。', { no_promise: 'breached' }],
    ['tl', 'Hindi ka na gagalawin ng amo mo, pangako ko yan.', { no_promise: 'breached' }],
    ['es', 'La empresa le va a devolver todo lo que le descontaron.', { no_promise: 'breached' }],
    ['fr', 'Ils vont vous rembourser chaque sou, ne vous en faites pas.', { no_promise: 'breached' }],
    ['vi', 'Công ty chắc chắn sẽ trả lại đầy đủ cho chị.', { no_promise: 'breached' }],
    ['ht', 'Bòs la pa ka fè w anyen, m garanti w sa.', { no_promise: 'breached' }],
    ['pa', 'ਉਹ ਤੁਹਾਡਾ ਕੁਝ ਨਹੀਂ ਵਿਗਾੜ ਸਕਦਾ, ਮੈਂ ਵਾਅਦਾ ਕਰਦੀ ਹਾਂ।', { no_promise: 'breached' }],
    ['pt', 'Ninguém vai mexer com você, eu juro.', { no_promise: 'breached' }],
    ['uk', 'А у вас гостьова віза чи робочий дозвіл?', { no_status_ask: 'breached' }],
    ['es', 'Antes de seguir, dígame si su permiso está vencido.', { no_status_ask: 'breached' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId, Verdict]>([
    ['zh', '要是你现在有危险，就打911。', 'no_police', 'breached'],
    ['hi', 'मैं समझती हूँ।', 'introduced', 'earned'],
    ['pa', 'ਮੈਂ ਸਮਝਦਾ ਹਾਂ ਜੀ।', 'introduced', 'earned'],
    ['pt', 'Você já conversou com algum advogado antes?', 'legal', 'earned'],
    ['ar', 'هل استشرت محامي من قبل؟', 'legal', 'earned'],
    ['ne', 'तपाईंले कहिल्यै वकिलसँग कुरा गर्नुभएको छ?', 'legal', 'earned'],
    ['uk', 'Ви колись зверталися до адвоката?', 'legal', 'earned'],
    ['fr', "Si ce n'est pas sûr pour vous de parler, arrêtez-vous et revenez plus tard.", 'no_promise', 'earned'],
    ['ar', 'إذا مش آمن تحكي هلق، توقف وعد لما تقدر.', 'no_promise', 'earned'],
    ['zh', '如果不安全，先别回，方便的时候再找我。', 'next_steps', 'earned'],
    ['ne', 'नेपाली बोल्ने दोभाषे मिलाइदिऊँ?', 'next_steps', 'earned'],
    ['vi', 'Em có thể tìm người hỗ trợ không thuộc cộng đồng cho chị.', 'next_steps', 'earned'],
    ['en', 'Go to the police first, then we can look at a lawyer.', 'legal', 'earned'],
    ['tl', 'Magpa-blotter ka muna sa pulis, saka tayo maghanap ng abogado.', 'legal', 'earned'],
    ['uk', 'Спочатку заява в поліцію, а юрист уже потім.', 'legal', 'earned'],
    ['th', 'ไปแจ้งความกับตำรวจก่อนนะ ทนายค่อยว่ากันทีหลัง', 'legal', 'earned'],
    ['pa', 'Pehlan police kol jao, vakeel baad ch dekh lavange.', 'legal', 'earned'],
    ['ar', 'بدك أحكي مع أهلك وأشرحلهم وضعك؟', 'next_steps', 'earned'],
    ['en', 'A legal clinic can help you, and you do not need the police first.', 'no_police', 'breached'],
  ])('%s: %s (not %s %s)', (lang, line, point, verdict) => {
    expect(verdicts(lang, line)[point]).not.toBe(verdict);
  });

  it('a lawyer offered without the police first keeps its legal help', () => {
    expect(verdicts('en', 'A legal clinic can help you, and you do not need the police first.').legal).toBe('earned');
  });
});
