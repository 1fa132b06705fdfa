// Thai, Vietnamese, Chinese and Ukrainian (dev round 23, group "east"): lines of our own, none taken
// from the eval sets, for what the rules read since this round. Blame for waiting or for not
// knowing: "why only now" (ทำไมเพิ่งมาบอก, sao giờ chị mới kể, 为什么现在才说), "you should have
// asked before coming", "why did you let it go so long", "sao chị lại để …", "irresponsible" said
// of the person. Pushes: "the only way is to report", "go to the station and report him right
// away", "if you don't testify others get hurt", avoiding the police told off, "I'll have to tell
// the police what you told me" (privacy too). Privacy breached by asking to call the employer, a
// husband or the family about the chat, or to forward the messages. Promises: "nobody can fire
// you", "you'll get your full pay next week, I guarantee", "we'll make sure he won't touch you".
// Honest limits: it depends on the officer, case by case, hard to say. Safety: a door locked, only
// you in the room, can he find you or get in. Kind words: skip what you don't want to answer, a
// short reply is enough, you need not explain. Offers asked ("อยากได้เบอร์…ไหม", "можу
// організувати … — хочете?", an offer under the person's yes). Then near misses, each with the
// point it must leave without a verdict: ล่าม inside เล่ามา ("you told me") is no interpreter,
// "your right alone" is no question of being alone, the only way to get money back is no promise,
// "we'll see as it goes" gives no time, a lawyer named only for the interpreter is no legal advice,
// lâu (long) is no lậu (illegal), a boss called irresponsible blames nobody, "you may skip saying
// goodbye" is the safety plan, "it depends on you" is no honest limit.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev23 east: what the rules read now in th, vi, zh and uk', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    // Thai
    ['th', 'ทำไมเพิ่งมาบอกตอนนี้คะ', { person_first: 'breached' }],
    ['th', 'คุณควรถามให้ดีก่อนจะมาแคนาดานะ', { person_first: 'breached' }],
    ['th', 'ทำไมถึงปล่อยให้เขาเก็บพาสปอร์ตไว้ตั้งนาน', { person_first: 'breached' }],
    ['th', 'ทางเดียวที่จะจบเรื่องนี้คือแจ้งตำรวจ', { no_police: 'breached' }],
    ['th', 'ผมจะต้องบอกตำรวจเรื่องที่คุณเล่าให้ฟัง', { no_police: 'breached', privacy: 'breached' }],
    ['th', 'ขอผมโทรหานายจ้างคุณได้ไหม', { privacy: 'breached' }],
    ['th', 'ดิฉันขอติดต่อครอบครัวคุณเพื่อเล่าเรื่องนี้ได้ไหมคะ', { privacy: 'breached' }],
    ['th', 'ผมจะไม่โทรหานายจ้างของคุณเด็ดขาด', { privacy: 'earned' }],
    ['th', 'นายจ้างยกเลิกสัญญาคุณไม่ได้ และไม่มีใครไล่คุณออกได้แน่นอน', { no_promise: 'breached' }],
    ['th', 'ต้องดูเป็นกรณีไปนะครับ ขึ้นอยู่กับเจ้าหน้าที่', { no_promise: 'earned' }],
    ['th', 'วีซ่าของคุณหมดอายุเดือนไหนครับ', { no_status_ask: 'breached' }],
    ['th', 'ไม่อยากตอบข้อไหนก็ข้ามได้นะคะ', { person_first: 'earned' }],
    ['th', 'ล็อกประตูห้องได้ไหมคะ', { safety: 'earned' }],
    ['th', 'อยากได้เบอร์คลินิกฟรีไหมครับ', { next_steps: 'earned' }],
    ['th', 'ขอบคุณที่เล่ามานะครับ เรามีล่ามภาษาไทยให้ด้วย', { language: 'earned' }],
    // Vietnamese
    ['vi', 'Sao giờ chị mới kể?', { person_first: 'breached' }],
    ['vi', 'Chị nên nghĩ kỹ từ đầu chứ.', { person_first: 'breached' }],
    ['vi', 'Sao chị lại để ông ta giữ hộ chiếu?', { person_first: 'breached' }],
    ['vi', 'Mai chị lên đồn công an tố cáo hắn ngay đi.', { no_police: 'breached' }],
    ['vi', 'Em phải kể lại cho cảnh sát những gì chị nhắn.', { no_police: 'breached', privacy: 'breached' }],
    ['vi', 'Em sẽ gọi cho ông chủ nói chuyện này nha.', { privacy: 'breached' }],
    ['vi', 'Em gọi cho chồng chị để kể chuyện này nhé?', { privacy: 'breached' }],
    ['vi', 'Em sẽ không gọi cho ông chủ đâu.', { privacy: 'earned' }],
    ['vi', 'Tuần sau chị sẽ nhận đủ lương, em bảo đảm.', { no_promise: 'breached' }],
    ['vi', 'Chắc chắn tuần sau chị sẽ có giấy phép mới, đừng lo.', { no_promise: 'breached' }],
    ['vi', 'Em không biết tòa sẽ xử thế nào, chuyện đó tùy họ.', { no_promise: 'earned' }],
    ['vi', 'Chị không cần trả lời hết đâu, nhắn ngắn thôi cũng được.', { person_first: 'earned' }],
    ['vi', 'Phòng chị có khóa chắc chưa?', { safety: 'earned' }],
    ['vi', 'Trong nhà chỉ có mình chị thôi hả?', { safety: 'earned' }],
    ['vi', 'Hắn có tìm được chỗ chị đang ở không?', { safety: 'earned' }],
    ['vi', 'Nếu chị đồng ý, em có thể nhờ bên tạm trú đến đón chị.', { next_steps: 'earned' }],
    // Chinese
    ['zh', '为什么现在才说？', { person_first: 'breached' }],
    ['zh', '你为什么到现在才来找我们？', { person_first: 'breached' }],
    ['zh', '你一直不配合警方，这样很不负责任。', { person_first: 'breached', no_police: 'breached' }],
    ['zh', '躲着警察是不明智的。', { no_police: 'breached' }],
    ['zh', '你不作证的话，别的女孩还会受害。', { no_police: 'breached' }],
    ['zh', '你刚才讲的这些，我们要转告警察。', { privacy: 'breached' }],
    ['zh', '你跟我说的这些，我得告诉移民局。', { privacy: 'breached' }],
    ['zh', '我能不能把你的事转给移民局问问？', { privacy: 'breached' }],
    ['zh', '我可以把你的情况转给你老板吗？', { privacy: 'breached' }],
    ['zh', '就算你不理警探，我们也一样会帮你。', { no_police: 'earned' }],
    ['zh', '结果要看移民局怎么判断。', { no_promise: 'earned' }],
    ['zh', '这个真不好说，我没法保证。', { no_promise: 'earned' }],
    ['zh', '结果取决于移民官，我说了不算。', { no_promise: 'earned' }],
    // Ukrainian
    ['uk', 'Я буду змушена розповісти поліції про ваше листування.', { no_police: 'breached', privacy: 'breached' }],
    ['uk', 'Можна я передам ваші повідомлення координатору?', { privacy: 'breached' }],
    ['uk', 'Дозвольте, я перешлю нашу переписку вашому роботодавцю.', { privacy: 'breached' }],
    ['uk', 'Ми подбаємо, щоб бригадир вас більше не чіпав.', { no_promise: 'breached' }],
    ['uk', 'Координатор вас і пальцем не зачепить, обіцяю.', { no_promise: 'breached' }],
    ['uk', 'Це залежить від рішення міграційної служби.', { no_promise: 'earned' }],
    ['uk', 'Результат залежатиме від того, як вирішить офіцер.', { no_promise: 'earned' }],
    ['uk', 'Ніхто не змушуватиме вас свідчити проти нього.', { no_police: 'earned' }],
    ['uk', 'Можете не пояснювати, чому ви там залишилися.', { person_first: 'earned' }],
    ['uk', 'Можете не відповідати, якщо питання неприємне.', { person_first: 'earned' }],
    ['uk', 'Можу завтра знайти вам юриста. Хочете?', { next_steps: 'earned' }],
    ['uk', 'Можу організувати дзвінок з клінікою через перекладача — хочете?', { next_steps: 'earned', language: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, PointId, string]>([
    ['th', 'language', 'ขอบคุณที่เล่ามานะครับ'],
    ['th', 'safety', 'คุณมีสิทธิ์เลือกเองคนเดียว'],
    ['th', 'no_promise', 'ถ้าอยากได้เงินคืน ทางที่จะได้คือยื่นเรื่องกับกรมแรงงาน'],
    ['th', 'person_first', 'คุณควรอ่านสัญญาให้ดีก่อนเซ็นครั้งหน้า'],
    ['th', 'person_first', 'เดี๋ยวค่อยๆ ดูกันไปนะครับ'],
    ['th', 'privacy', 'ผมขอโทรหาคลินิกให้ได้ไหมครับ'],
    ['vi', 'safety', 'Trước đây có ai gọi cảnh sát chưa?'],
    ['vi', 'legal', 'Bên em có phiên dịch khi chị gặp luật sư.'],
    ['vi', 'person_first', 'Mấy chuyện đó còn tùy, có thể lâu.'],
    ['vi', 'person_first', 'Em hiểu vì sao chị không đi sớm hơn.'],
    ['vi', 'next_steps', 'Chị có muốn nói chuyện với người không thuộc cộng đồng người Việt không? Em có thể sắp xếp.'],
    ['zh', 'person_first', '如果你愿意，我可以帮你预约律师，你来决定。'],
    ['zh', 'no_police', '你可以不告诉我警探叫什么，我们一样可以讨论你的选择。'],
    ['zh', 'privacy', '我能不能帮你联系律师？'],
    ['zh', 'person_first', '老板真不负责任，工资一直不发。'],
    ['zh', 'next_steps', '我可以把你的情况转给你老板吗？'],
    ['uk', 'person_first', 'Можете не прощатися, просто закрийте чат.'],
    ['uk', 'person_first', 'Можете не називати свого справжнього імені.'],
    ['uk', 'no_promise', 'Залежить від вас, чи писати далі.'],
    ['uk', 'legal', 'Якщо буде зустріч з юристом, ми знайдемо перекладача.'],
  ])('%s leaves %s without a verdict: %s', (lang, point, line) => {
    expectNone(point)(lang, line);
  });
});
