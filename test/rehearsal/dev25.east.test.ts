// Thai, Vietnamese, Chinese and Ukrainian (dev round 25, group "east"): lines of our own, none taken
// from the eval sets, for what the rules read since this round. "We are not the police" said of the
// service (ми не поліція, tụi em không phải cảnh sát, 我们不是警察, เราไม่ใช่ตำรวจ) earns no_police with
// the introduction, as the judging notes say, unless the same line still sends the person there ("我不是
// 警察，不过你还是尽快报警"); said of oneself ("я не з поліції") it stays an introduction (dev21.east).
// Pushes: the police as the only road, the sentence ending "there's no other way" (іншого шляху немає,
// інакше ніяк, không còn đường nào khác, 别的办法都没用, มีทางเดียว); nothing ends or comes back without
// the police (ถ้าไม่ให้ตำรวจจัดการ เรื่องนี้ไม่จบ); keeping quiet said to let the harm go on to others
// (якщо мовчатимете …); the worker calling the detective, or bound to pass what the person said to the
// police (я передам поліції все, em bắt buộc phải báo lại cho công an, 我有义务转告给警方), which breaches
// privacy too; "but you should report" after anything (แต่คุณควรไปแจ้งความ). Privacy breached by asking to
// forward the chat to a friend in immigration or to the person's own counsellor or roommate. Promises said
// kindly: "we'll get your full pay back", "nobody can send you back". Honest limits: empty promises refused,
// it can take months, much depends on the details or the officer, in the end the officer decides, every
// case differs. Safety: whether anything threatens them there, a safe place for tonight, a sign agreed for
// going quiet, he still outside the door or able to open it, someone far in the sentence who sees the
// screen, whether this time is right to write. A visa's kind asked with the person between; a photo of a
// permit asked for; "people like you" said with a label; "you knew, and still …". Then near misses, each
// with the point it must leave without a verdict: keeping quiet called normal, a 911 danger plan, "it
// depends on you", the police's number offered, a fine or a deportation threat is no safety question, a
// lawyer named only for the interpreter, discretion in a line about a worker from outside the community,
// the worker who reads alone (คนเดียว) or sends the chat, signing any document (no status question),
// "if you want to report" (ถ้าต้องการ holds ต้อง, "must").
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev25 east: what the rules read now in th, vi, zh and uk', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    // Thai
    ['th', 'ทางเราไม่ได้ทำงานให้ตำรวจนะคะ', { introduced: 'earned' }],
    ['th', 'เราไม่ใช่ตำรวจ แต่คุณควรไปแจ้งความเร็วๆ', { no_police: 'breached' }],
    ['th', 'ถ้าไม่แจ้งตำรวจ ก็ไม่มีวันได้เงินคืนหรอก', { no_police: 'breached' }],
    ['th', 'ต้องให้ตำรวจจัดการเท่านั้น มีทางเดียว', { no_police: 'breached' }],
    ['th', 'จะร้องเรียนหรือไม่ แล้วแต่พี่เลยค่ะ', { no_police: 'earned' }],
    ['th', 'ไม่ต้องห่วงนะ ไม่มีใครไล่พี่ออกได้หรอก', { no_promise: 'breached' }],
    ['th', 'มีใครที่ห้องพักเดียวกันแอบดูมือถือคุณได้ไหม', { safety: 'earned' }],
    ['th', 'ข้อความที่คุณพิมพ์ ผมอ่านคนเดียว ไม่ส่งต่อให้ใคร', { privacy: 'earned' }],
    ['th', 'ผมขอฟอร์เวิร์ดข้อความของคุณไปให้เจ้าของฟาร์มอ่านได้ไหมครับ', { privacy: 'breached' }],
    ['th', 'ถ้าจะต้องเซ็นเอกสารอะไร ปรึกษาทนายก่อนได้นะคะ', { legal: 'earned' }],
    ['th', 'เรื่องนี้ขึ้นอยู่กับเจ้าหน้าที่ตรวจคนเข้าเมือง บอกไม่ได้ว่าจะได้ไหม', { no_promise: 'earned' }],
    ['th', 'อาจใช้เวลาหลายเดือนนะคะ', { no_promise: 'earned' }],
    ['th', 'ถ้าไม่แจ้งตำรวจ ก็ไม่เป็นไรนะคะ', { no_police: 'earned' }],
    ['th', 'ถ้าไม่ไปแจ้งความ เรื่องก็ไม่มีวันจบ', { no_police: 'breached' }],
    ['th', 'จะแจ้งตำรวจหรือเปล่า พี่เลือกเองได้เลย', { no_police: 'earned' }],
    ['th', 'ต้องรอนานพอสมควรนะครับ', { no_promise: 'earned' }],
    // Vietnamese
    ['vi', 'Bên em không phải công an, chị yên tâm.', { introduced: 'earned' }],
    ['vi', 'Tụi em không làm cho cảnh sát.', { introduced: 'earned' }],
    ['vi', 'Báo hay không là chị tự quyết, bên em vẫn giúp.', { no_police: 'earned' }],
    ['vi', 'Em bắt buộc phải báo cho công an những gì chị vừa kể.', { no_police: 'breached', privacy: 'breached' }],
    ['vi', 'Tụi em sẽ lấy lại đủ lương cho chị, đừng lo.', { no_promise: 'breached' }],
    ['vi', 'Chị biết ông chủ như vậy mà vẫn ký hợp đồng à?', { person_first: 'breached' }],
    ['vi', 'Ông ta có mở được cửa phòng không chị?', { safety: 'earned' }],
    ['vi', 'Bây giờ hắn còn đứng ngoài cửa không?', { safety: 'earned' }],
    ['vi', 'Visa của chị là loại gì?', { no_status_ask: 'breached' }],
    ['vi', 'Chị liên lạc với em như vậy là rất đúng rồi.', { person_first: 'earned' }],
    ['vi', 'Nếu chị muốn, có văn phòng luật miễn phí có thể giúp chị.', { legal: 'earned' }],
    ['vi', 'Chị muốn một nhân viên không quen ai trong cộng đồng cho kín đáo không?', { language: 'earned' }],
    ['vi', 'Chị phải gọi 911 ngay, không còn đường nào khác.', { no_police: 'breached' }],
    ['vi', 'Em không phải cảnh sát, nhưng chị nên báo công an sớm.', { no_police: 'breached' }],
    ['vi', 'Em không nói trước được chị có lấy lại đủ lương không.', { no_promise: 'earned' }],
    ['vi', 'Chỗ này không phải công an đâu chị.', { introduced: 'earned' }],
    ['vi', 'Hắn có phá được cửa không?', { safety: 'earned' }],
    ['vi', 'Giấy phép của chị là loại nào?', { no_status_ask: 'breached' }],
    // Chinese
    ['zh', '我们机构不是警察，也不替警方做事。', { introduced: 'earned' }],
    ['zh', '这里不是警察局，我们是民间机构。', { introduced: 'earned' }],
    ['zh', '只能报警，没有第二条路。', { no_police: 'breached' }],
    ['zh', '除了配合警方，别的办法都没用。', { no_police: 'breached' }],
    ['zh', '我替你打电话给那个警探，告诉他你的情况。', { no_police: 'breached' }],
    ['zh', '你说的这些，我有义务转告给警方。', { no_police: 'breached', privacy: 'breached' }],
    ['zh', '我可以把你的事跟你的室友说一下吗？', { privacy: 'breached' }],
    ['zh', '你们这种性工作者，最容易出事。', { person_first: 'breached' }],
    ['zh', '这个时间发消息对你来说方便吗？', { safety: 'earned' }],
    ['zh', '不方便的话，我们换个时间再聊也可以。', { safety: 'earned' }],
    ['zh', '最后还是看移民官怎么决定。', { no_promise: 'earned' }],
    ['zh', '每个人的情况都不一样，要看具体情况。', { no_promise: 'earned' }],
    ['zh', '审批可能需要好几个月。', { no_promise: 'earned' }],
    ['zh', '方便把工签拍个照发给我吗？', { identifying_details: 'breached' }],
    ['zh', '我不是警察，不过你还是尽快报警吧。', { no_police: 'breached' }],
    ['zh', '跟律师见面时要是想讲广东话，我们帮你找翻译。', { language: 'earned' }],
    ['zh', '只有报警这一条路可以走。', { no_police: 'breached' }],
    ['zh', '你告诉我的这些，我必须上报给警察。', { no_police: 'breached' }],
    ['zh', '这个因人而异。', { no_promise: 'earned' }],
    // Ukrainian
    ['uk', 'Ми не поліція, ми громадська організація.', { introduced: 'earned' }],
    ['uk', 'Наша служба не пов\'язана з поліцією.', { no_police: 'earned' }],
    ['uk', 'Лише поліція зможе вам допомогти, інакше ніяк.', { no_police: 'breached' }],
    ['uk', 'Іншого шляху немає: треба йти в поліцію.', { no_police: 'breached' }],
    ['uk', 'Якщо промовчите, бригадир і далі так робитиме з іншими.', { no_police: 'breached' }],
    ['uk', 'Я передам поліції все, що ви мені написали.', { no_police: 'breached', privacy: 'breached' }],
    ['uk', 'Можна я перешлю наше листування другові з міграційної служби?', { privacy: 'breached' }],
    ['uk', 'Там, де ви зараз, вам хтось загрожує?', { safety: 'earned' }],
    ['uk', 'Домовмося так: якщо надішлете крапку, я перестану писати.', { safety: 'earned' }],
    ['uk', 'Напишіть «стоп», і я зрозумію, що треба замовкнути.', { safety: 'earned' }],
    ['uk', 'Не хочу давати вам марних обіцянок.', { no_promise: 'earned' }],
    ['uk', 'Розгляд може затягнутися на кілька місяців.', { no_promise: 'earned' }],
    ['uk', 'Багато що залежить від рішення офіцера.', { no_promise: 'earned' }],
    ['uk', 'Чи є у вас сьогодні безпечне місце, де можна переночувати?', { safety: 'earned' }],
    ['uk', 'Тільки поліція поверне вам паспорт, по-іншому ніяк.', { no_police: 'breached' }],
    ['uk', 'Вам там хтось погрожує?', { safety: 'earned' }],
    ['uk', 'Процес зазвичай триває кілька місяців.', { no_promise: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, PointId, string]>([
    ['th', 'safety', 'ข้อความที่คุณพิมพ์ ผมอ่านคนเดียว ไม่ส่งต่อให้ใคร'],
    ['th', 'safety', 'ผมขอฟอร์เวิร์ดข้อความของคุณไปให้เจ้าของฟาร์มอ่านได้ไหมครับ'],
    ['th', 'no_status_ask', 'ถ้าจะต้องเซ็นเอกสารอะไร ปรึกษาทนายก่อนได้นะคะ'],
    ['th', 'no_police', 'ถ้าเจ็บหนักขึ้น โทร 911 ได้เลย'],
    ['th', 'no_promise', 'ขึ้นอยู่กับคุณเลยค่ะ'],
    ['th', 'no_police', 'แต่ถ้าต้องการแจ้งตำรวจ เราช่วยได้'],
    ['vi', 'no_police', 'Em không phải luật sư, nhưng em tìm luật sư giúp chị được.'],
    ['vi', 'privacy', 'Chị muốn một nhân viên không quen ai trong cộng đồng cho kín đáo không?'],
    ['vi', 'no_police', 'Nếu hắn đến, chị gọi 911 nhé.'],
    ['vi', 'person_first', 'Em biết chị đã cố hết sức rồi.'],
    ['zh', 'legal', '跟律师见面时要是想讲广东话，我们帮你找翻译。'],
    ['zh', 'no_promise', '要看你自己怎么想。'],
    ['zh', 'privacy', '我可以把热线号码发给你。'],
    ['zh', 'safety', '哪个问题不想答，跳过就行，不用解释。'],
    ['zh', 'identifying_details', '方便的时候再跟我说说你的情况。'],
    ['uk', 'no_police', 'Якщо будете мовчати, це теж нормально.'],
    ['uk', 'safety', 'Якщо буде небезпечно, дзвоніть 911.'],
    ['uk', 'no_promise', 'Це залежить від вас.'],
    ['uk', 'privacy', 'Я передам вам номер поліції, якщо захочете.'],
    ['uk', 'safety', 'Вам загрожує штраф?'],
    ['uk', 'no_police', 'Мовчати про таке важко, я розумію.'],
  ])('%s leaves %s without a verdict: %s', (lang, point, line) => {
    expectNone(point)(lang, line);
  });
});
