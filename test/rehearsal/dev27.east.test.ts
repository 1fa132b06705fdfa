// Lines read fairer in Punjabi, Portuguese, Thai, Tagalog, Ukrainian, Vietnamese and Chinese (dev
// round 27, the "east" group): the police as the only way ("ਇੱਕੋ ਇੱਕ ਰਸਤਾ ਪੁਲਿਸ", "o único
// caminho é indo na polícia"), left to handle it ("cứ giao cho công an xử lý"), a visit to the
// station ordered ("nhất định phải lên đồn trình báo"), not reporting threatened with harm to others
// ("kung hindi ka magsumbong, mauulit lang"), the worker calling the police ("ako na lang ang
// tatawag sa pulis", "要不我帮你打给警察吧"); the chat shown or passed on ("ipapakita namin ang
// usapan sa amo mo", "я покажу цю переписку в IRCC"), confidentiality refused ("เก็บเป็นความลับ
// ไม่ได้", "анонімність ми не можемо гарантувати"), everything recorded; promises said kindly
// ("ਚਿੰਤਾ ਨਾ ਕਰੋ, ਪੈਸੇ ਵਾਪਸ ਮਿਲ ਜਾਣਗੇ", "bạn sẽ được cấp giấy phép, chắc chắn rồi"); honest limits
// ("cada caso é diferente", "depende muito do agente"); blame as "should have noticed sooner"
// ("你应该早点发现才对", "当初就不应该…", "sao chị còn ở lại chỗ đó?"); no need to write long or
// in detail (person_first); stopping whenever needed and deleting for safety (safety);
// "we keep nothing" (privacy); the service named by what it is ("我们是独立的公益组织"). Near
// misses: picking someone up ("ra đón") is no police station, fearing the police called normal is
// no push, writing without accents is a language matter and no kind word, deleting on one's own
// phone is safety and not what we keep, 911 in danger is a safety plan and no next step, advice to
// talk to a lawyer is legal advice and no step offered, "tell as much as you like" is no safety check.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev round 27 in pa, pt, th, tl, uk, vi and zh: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['pa', 'ਇੱਕੋ ਇੱਕ ਰਸਤਾ ਪੁਲਿਸ ਕੋਲ ਜਾਣਾ ਹੈ।', { no_police: 'breached' }],
    ['pa', 'ਹੋਰ ਕੋਈ ਚਾਰਾ ਨਹੀਂ, ਪੁਲਿਸ ਨੂੰ ਦੱਸੋ।', { no_police: 'breached' }],
    ['pa', 'ਪੁਲਿਸ ਤੋਂ ਲੁਕਣਾ ਗਲਤ ਹੈ।', { no_police: 'breached' }],
    ['pa', 'ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਨੂੰ ਸਭ ਕੁਝ ਦੱਸਣਾ ਹੀ ਪਵੇਗਾ।', { no_police: 'breached' }],
    ['pa', 'ਅਸੀਂ ਪੁਲਿਸ ਨਹੀਂ ਹਾਂ।', { introduced: 'earned' }],
    ['pa', 'ਤੁਹਾਨੂੰ ਜ਼ਰੂਰ ਵੀਜ਼ਾ ਦੇ ਦੇਣਗੇ।', { no_promise: 'breached' }],
    // Said as comfort (r33's kind, own lines): no removal, no harm, as a certainty.
    ['zh', '别怕，移民局不可能把你送回去的。', { no_promise: 'breached' }],
    ['zh', '我在这儿，他不敢碰你。', { no_promise: 'breached' }],
    ['tl', 'Hindi ka nila puwedeng pauwiin, kampante ka lang.', { no_promise: 'breached' }],
    ['zh', '我没法保证他们不会遣返你，但我们一起想办法。', { no_promise: 'earned' }],
    ['pa', 'ਚਿੰਤਾ ਨਾ ਕਰੋ, ਪੈਸੇ ਵਾਪਸ ਮਿਲ ਜਾਣਗੇ।', { no_promise: 'breached' }],
    ['pa', 'ਗੱਲ ਕਰਨ ਤੋਂ ਬਾਅਦ ਮੈਸੇਜ ਡਿਲੀਟ ਕਰ ਦੇਣਾ।', { safety: 'earned' }],
    ['pa', 'ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ, ਜਦੋਂ ਵਿਹਲ ਮਿਲੇ ਲਿਖਣਾ।', { person_first: 'earned' }],
    ['pa', 'ਜੇ ਚਾਹੋ ਤਾਂ ਪੰਜਾਬੀ ਵਿੱਚ ਦੁਭਾਸ਼ੀਆ ਮਿਲ ਸਕਦਾ ਹੈ।', { language: 'earned' }],
    ['pt', 'O único caminho é indo na polícia.', { no_police: 'breached' }],
    ['pt', 'A melhor saída seria ligando pra polícia hoje.', { no_police: 'breached' }],
    ['pt', 'Eu mesma ligo pra polícia agora.', { no_police: 'breached' }],
    ['pt', 'Cada caso é diferente, não dá pra dizer o que vai acontecer.', { no_promise: 'earned' }],
    ['pt', 'Depende muito do agente que analisar o pedido.', { no_promise: 'earned' }],
    ['pt', 'Vou passar essa conversa para o meu chefe ler.', { privacy: 'breached' }],
    ['pt', 'Se alguém chegar e você precisar sair do nada, sai, não precisa explicar.', { safety: 'earned' }],
    ['pt', 'Se quiser, apague as mensagens depois, pra ninguém ver no celular.', { safety: 'earned' }],
    ['pt', 'Ela pode conversar com um advogado antes de decidir.', { legal: 'earned' }],
    ['pt', 'Você não precisa explicar nada que não queira.', { person_first: 'earned' }],
    ['pt', 'Apagamos tudo depois que a conversa termina.', { privacy: 'earned' }],
    ['th', 'ขอโทษครับ เรื่องนี้เก็บเป็นความลับไม่ได้', { privacy: 'breached' }],
    ['th', 'ทุกอย่างที่คุณพิมพ์ถูกบันทึกไว้', { privacy: 'breached' }],
    ['th', 'เราไม่สามารถรักษาความลับให้ได้', { privacy: 'breached' }],
    ['th', 'ทุกข้อความถูกบันทึกและส่งต่อให้หัวหน้า', { privacy: 'breached' }],
    ['th', 'แชทนี้ไม่เป็นความลับนะคะ', { privacy: 'breached' }],
    ['th', 'คุยกับเราเป็นความลับครับ', { privacy: 'earned' }],
    ['th', 'ทุกอย่างที่คุณเล่าจะไม่ถูกบันทึก', { privacy: 'earned' }],
    ['th', 'เราเก็บเรื่องของคุณเป็นความลับ', { privacy: 'earned' }],
    ['th', 'โทร 911 ได้ตลอดถ้าคุณต้องการ', { next_steps: 'earned' }],
    ['th', 'ถ้าเขาเข้ามา โทร 911 ได้ทันที', {}],
    ['tl', 'Ako na lang ang tatawag sa pulis, ha?', { no_police: 'breached' }],
    ['tl', "Kami na lang mag-report sa pulis para sa'yo.", { no_police: 'breached' }],
    ['tl', 'Hayaan mo akong tumawag sa pulis ngayon.', { no_police: 'breached' }],
    ['tl', 'Ako mismo ang pupunta sa pulis para i-report ito.', { no_police: 'breached' }],
    ['tl', "Kung hindi ka magsumbong, mauulit lang 'yan sa iba.", { no_police: 'breached' }],
    ['tl', 'Pag di ka nag-report, gagawin din nila sa iba.', { no_police: 'breached' }],
    ['tl', 'Ipapasa ko ang chat na ito sa agency mo.', { privacy: 'breached' }],
    ['tl', 'Ipapakita namin ang usapan sa amo mo.', { privacy: 'breached' }],
    ['tl', 'Ipapakita ko rin ang mga mensahe mo sa recruiter mo.', { privacy: 'breached' }],
    ['tl', 'Ibibigay ko sa agency lahat ng sinabi mo.', { privacy: 'breached' }],
    ['tl', 'Hindi namin ipapakita ang usapan sa amo mo.', { privacy: 'earned' }],
    ['uk', 'Перепрошую, але анонімність ми не можемо гарантувати.', { privacy: 'breached' }],
    ['uk', 'Не можу гарантувати конфіденційність цієї розмови.', { privacy: 'breached' }],
    ['uk', 'Ми не можемо вам гарантувати анонімність.', { privacy: 'breached' }],
    ['uk', 'Конфіденційність ми не можемо зберегти, вибачте.', { privacy: 'breached' }],
    ['uk', 'Я покажу цю переписку в IRCC.', { privacy: 'breached' }],
    ['uk', 'Всю переписку я перешлю до IRCC.', { privacy: 'breached' }],
    ['uk', 'Ми передамо ваші повідомлення до CBSA.', { privacy: 'breached' }],
    ['uk', 'Тут усе конфіденційно.', { privacy: 'earned' }],
    ['uk', 'Розповідайте стільки, скільки захочете.', { person_first: 'earned' }],
    ['uk', 'Пишіть стільки, скільки самі хочете.', { person_first: 'earned' }],
    ['vi', 'Cứ giao cho công an xử lý là xong, chị đừng lo.', { no_police: 'breached' }],
    ['vi', 'Tuần này anh nhất định phải lên đồn trình báo.', { no_police: 'breached' }],
    ['vi', 'Chị phải gọi 911, không còn cách nào khác.', { no_police: 'breached' }],
    ['vi', 'Sao chị còn ở lại chỗ đó?', { person_first: 'breached' }],
    ['vi', 'Bạn sẽ được cấp giấy phép, chắc chắn rồi.', { no_promise: 'breached' }],
    ['vi', 'Bạn không cần kể chi tiết đâu, vài dòng cũng được.', { person_first: 'earned' }],
    ['vi', 'Chị không cần viết dài đâu, vài chữ là đủ.', { person_first: 'earned' }],
    ['vi', 'Nếu cần dừng thì cứ dừng, không cần báo em.', { safety: 'earned' }],
    ['vi', 'Nói chuyện xong, chị nhớ xóa tin cho an toàn.', { safety: 'earned' }],
    ['vi', 'Tụi em không lưu gì hết.', { privacy: 'earned' }],
    ['vi', 'Chị có thể hỏi luật sư trước khi ký.', { legal: 'earned' }],
    ['zh', '要不我替你联系警察吧？', { no_police: 'breached' }],
    ['zh', '要不我帮你打给警察吧。', { no_police: 'breached' }],
    ['zh', '当初就不应该去那种地方上班。', { person_first: 'breached' }],
    ['zh', '一开始你就不该信他。', { person_first: 'breached' }],
    ['zh', '你应该早点发现才对。', { person_first: 'breached' }],
    ['zh', '你自己也应该早一点警觉才对。', { person_first: 'breached' }],
    ['zh', '如果要结束聊天，发个句号给我就行。', { safety: 'earned' }],
    ['zh', '要是想中断，随便发一个表情给我。', { safety: 'earned' }],
    ['zh', '我们是独立的公益组织，跟政府没有关系。', { introduced: 'earned' }],
    ['zh', '我们是一个帮助工人的组织。', { introduced: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('dev round 27 in pa, pt, th, tl, uk, vi and zh: near misses that must not get the verdict', () => {
  it.each<[string, string, PointId]>([
    ['pa', 'ਪੁਲਿਸ ਤੋਂ ਡਰਨਾ ਗਲਤ ਨਹੀਂ।', 'no_police'],
    ['pa', 'ਪੁਲਿਸ ਇੱਕੋ ਇੱਕ ਰਾਹ ਨਹੀਂ ਹੈ।', 'no_police'],
    ['pa', 'ਬੇਫ਼ਿਕਰ ਰਹੋ, ਮੈਂ ਤੁਹਾਡੇ ਨਾਲ ਹਾਂ।', 'no_promise'],
    ['pa', 'ਗੱਲ ਕਰਨ ਤੋਂ ਬਾਅਦ ਮੈਸੇਜ ਡਿਲੀਟ ਕਰ ਦੇਣਾ।', 'privacy'],
    ['pa', 'ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ, ਜਦੋਂ ਵਿਹਲ ਮਿਲੇ ਲਿਖਣਾ।', 'next_steps'],
    ['pt', 'Depende de você.', 'no_promise'],
    ['pt', 'Se quiser, apague as mensagens depois, pra ninguém ver no celular.', 'privacy'],
    ['pt', 'Ela pode conversar com um advogado antes de decidir.', 'next_steps'],
    ['pt', 'Vou passar essa conversa para o meu chefe ler.', 'next_steps'],
    ['th', 'ถ้าปวดมากจนทนไม่ไหว โทร 911 ได้เลย', 'next_steps'],
    ['th', 'ถ้าเขาเข้ามา โทร 911 ได้ทันที', 'next_steps'],
    ['th', 'ขอโทษที่ตอบช้านะครับ', 'privacy'],
    ['tl', "Ako na lang ang tatawag sa clinic para sa'yo.", 'no_police'],
    ['tl', 'Kung hindi ka pa handa mag-report, okay lang.', 'no_police'],
    ['tl', 'Ipapakita ko sa iyo ang numero ng legal clinic.', 'privacy'],
    ['uk', 'Ніхто не покаже цю переписку в IRCC.', 'privacy'],
    ['uk', 'Я не можу гарантувати результат.', 'privacy'],
    ['uk', 'Пишіть стільки, скільки самі хочете.', 'safety'],
    ['uk', 'Розповідайте стільки, скільки захочете.', 'safety'],
    ['vi', 'Em sẽ ra đón chị ở cửa sau.', 'no_police'],
    ['vi', 'Chị ở Canada bao lâu rồi?', 'no_promise'],
    ['vi', 'Chị nhắn tiếng Việt không dấu cũng được.', 'person_first'],
    ['vi', 'Tối nay bạn em sẽ đến đón chị.', 'no_police'],
    ['zh', '我的电话在网站上写着呢。', 'identifying_details'],
    ['zh', '我不该这么晚才回复你，抱歉。', 'person_first'],
    ['zh', '要不要我帮你找个律师？', 'no_police'],
  ])('%s: %s (%s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });
});
