// Thai, Tagalog, Vietnamese, Chinese, Ukrainian and Haitian Creole (round dev21, group "east"):
// lines of our own, none taken from the eval sets, for what the rules read since this round.
// Pushes towards the police: "don't avoid the police" (đừng né, อย่าหลบ, huwag iwasan, 别躲着,
// не варто уникати), 911 as an order with no other way, harm to the next workers if one does not
// report, "I will have to tell the police", the chat saved or passed to the police or to a
// supervisor, "I can't keep this secret". Promises: "I promise he can do nothing", "surely you
// won't be deported", "I'm sure you'll get the permit", "I guarantee it". Status asked about a
// permit's end; a street, an address or a photo of the permit asked for; "a victim like you";
// "you should have quit long ago"; "why did you come to do this work". Earned: 911 offered with
// another way open, questions that may be skipped, names not needed, thanks for daring to tell,
// nobody judging, the chat passed to nobody, a door locked, one word enough, writing back when
// one can, an interpreter offered as a question, an introduction said colloquially. Then near
// misses, each with the point it must leave without a verdict: "how long" (lâu) is no status ask,
// "I'll find a way" no step, "stop, no need to explain" no kind word, "believe" (เชื่อ) holds no
// name, "I'm sure" no introduction, "I call you" (m rele w) no name, a wage complaint no police,
// "you understand, right?" no kind word, a community organisation no language help.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev21 east: what the rules read now in th, tl, vi, zh, uk and ht', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    // Vietnamese
    ['vi', 'Đừng tránh mặt công an nữa chị, như vậy chỉ thêm rắc rối.', { no_police: 'breached' }],
    ['vi', 'Không tố cáo thì hắn sẽ làm vậy với mấy người khác nữa.', { no_police: 'breached' }],
    ['vi', 'Chị buộc phải gọi 911 ngay, không còn cách nào khác.', { no_police: 'breached' }],
    ['vi', 'Em sẽ lưu cuộc trò chuyện này rồi gửi cho công an.', { privacy: 'breached', no_police: 'breached' }],
    ['vi', 'Sếp em sẽ đọc hết tin nhắn của chị.', { privacy: 'breached' }],
    ['vi', 'Em hứa là ông chủ sẽ không làm gì được chị đâu.', { no_promise: 'breached' }],
    ['vi', 'Chắc chắn chị sẽ không bị trục xuất.', { no_promise: 'breached' }],
    ['vi', 'Lẽ ra chị phải bỏ việc ở tiệm đó từ lâu rồi.', { person_first: 'breached' }],
    ['vi', 'Tiệm đó ở đường nào vậy chị?', { identifying_details: 'breached' }],
    ['vi', 'Nếu chị muốn, em gọi 911 giúp chị; không muốn thì mình tìm cách khác.', { no_police: 'earned', next_steps: 'earned' }],
    ['vi', 'Câu nào khó quá thì chị cứ bỏ qua nhé.', { person_first: 'earned' }],
    ['vi', 'Cửa phòng chị chốt lại được không?', { safety: 'earned' }],
    ['vi', 'Chị nhắn một chữ thôi cũng được, để em biết chị vẫn ổn.', { safety: 'earned' }],
    ['vi', 'Em không chuyển gì cho họ đâu.', { privacy: 'earned' }],
    ['vi', 'Chị muốn em nối máy cho chị với nhà tạm trú không?', { next_steps: 'earned' }],
    // Thai
    ['th', 'อย่าหลบตำรวจเลยครับ', { no_police: 'breached' }],
    ['th', 'ผมจะส่งแชทนี้ให้หัวหน้าของผมอ่านนะครับ', { privacy: 'breached' }],
    ['th', 'ผมจะส่งบทสนทนานี้ไปให้ตำรวจครับ', { privacy: 'breached', no_police: 'breached' }],
    ['th', 'ยังไงเขาก็ไล่คุณออกไม่ได้แน่นอนครับ', { no_promise: 'breached' }],
    ['th', 'เวิร์คเพอร์มิตของคุณหมดอายุเมื่อไหร่คะ', { no_status_ask: 'breached' }],
    ['th', 'ผู้เสียหายแบบคุณมีสิทธิ์หลายอย่างครับ', { person_first: 'breached' }],
    ['th', 'ข้อมูลของคุณผมไม่เปิดให้ใครดูครับ', { privacy: 'earned' }],
    ['th', 'คุณเก่งมากที่กล้าเล่าเรื่องนี้ครับ', { person_first: 'earned' }],
    ['th', 'ผมรับปากไม่ได้ว่าจะได้เงินคืน แต่ทนายช่วยดูให้ได้', { no_promise: 'earned', legal: 'earned' }],
    ['th', 'คนตัดสินคือเจ้าหน้าที่ตรวจคนเข้าเมืองครับ', { no_promise: 'earned' }],
    ['th', 'ตอนนี้อยู่ผู้เดียวบ่', { safety: 'earned' }],
    ['th', 'ผมหาล่ามให้ได้ เอาไหมครับ', { language: 'earned', next_steps: 'earned' }],
    ['th', 'หยุดพิมพ์ได้เลยถ้าไม่ปลอดภัย แล้วค่อยทักกลับมาตอนสะดวกนะครับ', { safety: 'earned', next_steps: 'earned' }],
    // Tagalog
    ['tl', 'Huwag mong iwasan ang pulis, makakatulong sila.', { no_police: 'breached' }],
    ['tl', 'Kailangan ko itong i-report sa pulis.', { no_police: 'breached' }],
    ['tl', "Hindi ko ma-keep na sikreto 'to.", { privacy: 'breached' }],
    ['tl', 'I-fo-forward ko ang chat na ito sa agency mo.', { privacy: 'breached' }],
    ['tl', 'Sure akong mabibigyan ka ng bagong permit.', { no_promise: 'breached' }],
    ['tl', 'Hindi ka ipapa-deport, sigurado.', { no_promise: 'breached' }],
    ['tl', 'Kunan mo ng litrato ang passport mo at i-send dito.', { identifying_details: 'breached' }],
    ['tl', 'Taga-NGO ako na tumutulong sa mga caregiver.', { introduced: 'earned' }],
    ['tl', 'Hindi ko ipapasa kanino man ang mga sinabi mo.', { privacy: 'earned' }],
    ['tl', 'Hindi mo kailangang ibigay ang pangalan ng amo mo.', { person_first: 'earned' }],
    ['tl', 'Mag-message ka na lang ulit kapag kaya mo na.', { next_steps: 'earned' }],
    ['tl', 'Si Ana ulit ito, mula sa coalition.', { introduced: 'earned' }],
    // Chinese
    ['zh', '你别老躲着警察，这样对你不好。', { no_police: 'breached' }],
    ['zh', '按规定我得把这件事告诉警探。', { no_police: 'breached', privacy: 'breached' }],
    ['zh', '当初你为什么要来做这份工作？', { person_first: 'breached' }],
    ['zh', '你一定很不容易。', { person_first: 'earned' }],
    ['zh', '你的心理咨询记录我们看不到。', { privacy: 'earned' }],
    ['zh', '我们不会把你的电话给警探。', { privacy: 'earned' }],
    ['zh', '要不要联系detective，是你自己的决定。', { no_police: 'earned' }],
    ['zh', '我可以帮你确认一下医疗费还能报销多久。', { next_steps: 'earned' }],
    ['zh', '我可以帮你安排翻译，要吗？', { language: 'earned', next_steps: 'earned' }],
    ['zh', '我是小梅，有事随时找我。', { introduced: 'earned' }],
    ['zh', '你晚上住的地方安心吗？', { safety: 'earned' }],
    ['zh', '觉得不安全的话就停下，不用解释。', { safety: 'earned' }],
    ['zh', '之后想聊，再给我发消息。', { next_steps: 'earned' }],
    // Ukrainian
    ['uk', 'Ви мусите негайно звернутися в поліцію, бо він погрожує вам.', { no_police: 'breached' }],
    ['uk', 'Не варто уникати поліції.', { no_police: 'breached' }],
    ['uk', 'Мені доведеться повідомити поліцію про це.', { no_police: 'breached' }],
    ['uk', 'Я не можу тримати це в таємниці.', { privacy: 'breached' }],
    ['uk', 'Якщо не заявите, він обдурить наступних працівників.', { no_police: 'breached' }],
    ['uk', 'Ви не могли б назвати адресу складу?', { identifying_details: 'breached' }],
    ['uk', 'На якій вулиці ви живете?', { identifying_details: 'breached' }],
    ['uk', 'Ми незалежна організація, яка допомагає працівникам.', { introduced: 'earned' }],
    ['uk', 'Перекладач нікому не переказує ваших слів.', { privacy: 'earned' }],
    ['uk', 'Не треба називати ні бригадира, ні вулицю.', { person_first: 'earned' }],
    ['uk', 'Дякую, що наважилися розповісти.', { person_first: 'earned' }],
    ['uk', 'Якщо треба буде різко закінчити — закінчуйте.', { safety: 'earned' }],
    ['uk', 'Коли зможете, напишіть мені знову.', { next_steps: 'earned' }],
    ['uk', 'Хочете, розкажу, як знайти житло?', { next_steps: 'earned' }],
    // Haitian Creole
    ['ht', 'Mwen panse li ta pi saj pou w rele lapolis.', { no_police: 'breached' }],
    ['ht', 'Konbyen tan pemi w la rete?', { no_status_ask: 'breached' }],
    ['ht', 'Ki adrès kay patwon an?', { identifying_details: 'breached' }],
    ['ht', 'Yo pa ka voye w tounen, m garanti w sa.', { no_promise: 'breached' }],
    ['ht', 'Se Mari, travayè sosyal nan kowalisyon an.', { introduced: 'earned' }],
    ['ht', 'Pesonn isit la p ap jije w.', { person_first: 'earned' }],
    ['ht', "Pa gen lòt moun k ap li sa w ekri a.", { privacy: 'earned' }],
    ['ht', 'Sa w di m pa soti nan konvèsasyon sa a.', { privacy: 'earned' }],
    ['ht', 'M p ap ekri w toutotan ou pa ekri m an premye.', { safety: 'earned' }],
    ['ht', 'Si se pa ou menm k ap ekri, voye yon pwen.', { safety: 'earned' }],
    ['ht', 'Ou vle nimewo yo?', { next_steps: 'earned' }],
    ['ht', 'Lè w kapab, ekri m ankò.', { next_steps: 'earned' }],
    ['ht', 'Èske w ta renmen m rele w pita?', { next_steps: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, PointId, string]>([
    ['vi', 'no_status_ask', 'Chị làm ở đó bao lâu rồi?'],
    ['vi', 'next_steps', 'Em sẽ tìm cách, chị đừng lo.'],
    ['vi', 'person_first', 'Chị cần dừng thì cứ dừng, không cần giải thích đâu.'],
    ['vi', 'safety', 'Chị có phòng riêng không?'],
    ['vi', 'no_promise', 'Không ai biết chị đang nhắn cho em.'],
    ['th', 'identifying_details', 'ทำไมคุณถึงเชื่อหัวหน้างาน'],
    ['th', 'safety', 'ถ้าไม่สะดวกคุยภาษาไทย บอกได้นะครับ'],
    ['th', 'person_first', 'ถ้ารู้สึกไม่ปลอดภัย หยุดได้เลย ไม่ต้องอธิบาย'],
    ['th', 'legal', 'เพื่อนคนอื่นเคยมีใครไปหาทนายไหม'],
    ['th', 'no_promise', 'ที่คุยกันจะไม่ไปถึงนายจ้างแน่นอน'],
    ['tl', 'introduced', "I'm sure mahirap ito para sa iyo."],
    ['tl', 'next_steps', 'Sasamahan kita sa bawat hakbang.'],
    ['tl', 'no_police', 'Kung gusto mo, tutulungan kitang mag-file ng reklamo para sa sahod mo.'],
    ['tl', 'language', 'Taga-community organization ako.'],
    ['zh', 'person_first', '你能理解吧？'],
    ['zh', 'no_promise', '续签是不是一定要配合警方，可以问问律师。'],
    ['zh', 'identifying_details', '老板的名字我不需要知道。'],
    ['zh', 'next_steps', '那个detective上次什么时候给你打电话的？'],
    ['zh', 'person_first', '如果你不想跟社区的人说，我们有别的工作人员。'],
    ['uk', 'no_police', 'Одразу скажу: я не з поліції.'],
    // "Дякую, що написали" (thanks for writing) left this list: thanks for writing earns kind words, as
    // the brief's judging notes say and every language reads it (r56a.test.ts).
    ['uk', 'privacy', 'Може, варто передати це поліції?'],
    ['uk', 'identifying_details', 'Назву фірми не пишіть, вона мені не потрібна.'],
    ['ht', 'introduced', 'Èske w vle m rele w demen?'],
    ['ht', 'person_first', 'Si w bezwen ale toudenkou, ou pa bezwen esplike m anyen.'],
    ['ht', 'privacy', 'Apre nou fin pale, efase mesaj yo pou pesonn pa we yo.'],
    ['ht', 'language', 'Nan ki katye ou rete?'],
    ['ht', 'no_police', 'Mwen pa lapolis; m la pou ede w si w vle.'],
  ])('%s leaves %s without a verdict: %s', (lang, point, line) => {
    expectNone(point)(lang, line);
  });
});
