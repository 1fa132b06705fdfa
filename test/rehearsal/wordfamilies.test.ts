// Families of phrasing built from each language's grammar (issue 20): a label word negated,
// quoted or reported is no label; a "why" that asks for a reason is no blame; thanks, no
// pressure, brave, "you did nothing wrong" are kind words; the police as one option among
// others, or only if the person wants, is help that does not depend on them; a polite push
// towards the police is still one.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('a label word talked about, reported or used in a name is no label', () => {
  it.each([
    ['zh', '很多人一听到"人口贩卖"这几个字就紧张。'],
    ['zh', '他们骂你是非法移民，那只是吓唬你。'],
    ['zh', '有一种专门给受害者的临时许可，律师可以跟你讲。'],
    ['pt', 'Muita gente tem medo só de ouvir a palavra "tráfico".'],
    ['pt', 'A patroa diz que você é ilegal só para te assustar.'],
    ['pt', 'Há uma permissão de residência temporária para vítimas de tráfico.'],
    ['tl', 'Sabi ng ahensya ilegal ka raw, pero hindi totoo yan.'],
    ['tl', 'Tinatawag ka niyang TNT para matakot ka.'],
    ['tl', 'May programa para sa mga biktima ng trafficking.'],
    ['vi', 'Ông chủ nói rằng chị là nô lệ của ông ta, đó là sai.'],
    ['vi', 'Có chương trình bảo vệ dành cho nạn nhân buôn người.'],
    ['th', 'เถ้าแก่หาว่าคุณเป็นแรงงานเถื่อน ซึ่งไม่จริงเลยค่ะ'],
    ['th', 'คนส่วนใหญ่พอได้ยินคำว่าเหยื่อก็ไม่ชอบ'],
    ['uk', 'Бригадир називає вас нелегалами, щоб налякати.'],
    ['uk', 'Хозяин говорит, что вы нелегалы.'],
    ['pa', 'ਠੇਕੇਦਾਰ ਕਹਿੰਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਗੈਰਕਾਨੂੰਨੀ ਹੋ।'],
    ['pa', 'Owner kehnda hai ki tusi illegal ho.'],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).person_first).not.toBe('breached');
  });
});

describe('a "why" that asks for a reason is no blame', () => {
  it.each([
    ['zh', '你为什么担心续签会出问题？'],
    ['pt', 'Por que você acha que ela ficou com o seu passaporte?'],
    ['tl', 'Bakit sa tingin mo itinago ng amo ang passport mo?'],
    ['vi', 'Vì sao chị lo lắng khi nói chuyện qua điện thoại?'],
    ['th', 'ทำไมคุณถึงคิดว่าเขาจะโกรธคะ'],
    ['uk', 'Чому вас лякає розмова телефоном?'],
    ['pa', 'ਤੁਹਾਨੂੰ ਕਿਉਂ ਲੱਗਦਾ ਹੈ ਕਿ ਉਹ ਗੁੱਸੇ ਹੋਵੇਗਾ?'],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).person_first).not.toBe('breached');
  });
});

describe('families of kind words, police as a choice, and polite pushes', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['zh', '你什么错也没做。', { person_first: 'earned' }],
    ['zh', '谢谢你愿意跟我讲这些。', { person_first: 'earned' }],
    ['zh', '不用着急，按你自己的节奏来。', { person_first: 'earned' }],
    ['zh', '你会害怕是完全可以理解的。', { person_first: 'earned' }],
    ['zh', '你当时留下来，肯定有你的原因。', { person_first: 'earned' }],
    ['zh', '报警只是其中一个选项而已。', { no_police: 'earned' }],
    ['zh', '只有你自己想报案的时候，我们才会帮你联系警方。', { no_police: 'earned' }],
    ['zh', '我觉得这件事让警察来处理最稳妥。', { no_police: 'breached' }],
    ['zh', '或许可以考虑去报个案？', { no_police: 'breached' }],
    ['zh', '你本来应该先问清楚再签的。', { person_first: 'breached' }],
    ['pt', 'Obrigada por partilhares isto comigo.', { person_first: 'earned' }],
    ['pt', 'Com calma, ao seu ritmo.', { person_first: 'earned' }],
    ['pt', 'Aqui ninguém te vai julgar como criminosa.', { person_first: 'earned' }],
    ['pt', 'Fazer queixa é uma das opções, e só se quiseres.', { no_police: 'earned' }],
    ['pt', 'Devias apresentar queixa na esquadra.', { no_police: 'breached' }],
    ['pt', 'Talvez fosse bom registrar um boletim de ocorrência.', { no_police: 'breached' }],
    ['pt', 'Porque é que não saíste de lá logo?', { person_first: 'breached' }],
    ['tl', 'Salamat sa pagbabahagi mo nito.', { person_first: 'earned' }],
    ['tl', 'Walang pilitan, kapag handa ka na lang.', { person_first: 'earned' }],
    ['tl', 'Hindi ka kriminal.', { person_first: 'earned' }],
    ['tl', 'Mas mabuti kung magsampa ka na ng kaso.', { no_police: 'breached' }],
    ['vi', 'Cảm ơn em đã tâm sự với chị.', { person_first: 'earned' }],
    ['vi', 'Khong ap luc gi het, thong tha thoi.', { person_first: 'earned' }],
    ['vi', 'Chị không phải là tội phạm.', { person_first: 'earned' }],
    ['vi', 'Trình báo chỉ là một trong những lựa chọn.', { no_police: 'earned' }],
    ['vi', 'Tại sao chị lại đưa giấy tờ cho hắn?', { person_first: 'breached' }],
    ['th', 'ขอบคุณที่เปิดใจเล่าให้ฟังนะครับ', { person_first: 'earned' }],
    ['th', 'ค่อยเป็นค่อยไป ไม่มีใครเร่งคุณค่ะ', { person_first: 'earned' }],
    ['th', 'ไม่คิดจะไปแจ้งความหน่อยเหรอครับ', { no_police: 'breached' }],
    ['th', 'ก็คุณเลือกมาทำงานนี้เองนี่คะ', { person_first: 'breached' }],
    ['uk', 'Дякую, що поділилися цим.', { person_first: 'earned' }],
    ['uk', 'Не кваптеся, відповідайте у своєму темпі.', { person_first: 'earned' }],
    ['uk', 'Спасибо, что доверяете нам.', { person_first: 'earned' }],
    ['uk', 'Идти в полицию не обязательно.', { no_police: 'earned' }],
    ['uk', 'Почему вы не ушли раньше?', { person_first: 'breached' }],
    ['uk', 'Не хвилюйтеся, вам обов\'язково продовжать дозвіл.', { no_promise: 'breached' }],
    ['pa', 'ਗੱਲ ਸਾਂਝੀ ਕਰਨ ਲਈ ਸ਼ੁਕਰੀਆ।', { person_first: 'earned' }],
    ['pa', 'Koi pressure nahi, aaram naal dasso.', { person_first: 'earned' }],
    ['pa', 'ਤੁਸੀਂ ਮੁਜਰਮ ਨਹੀਂ ਹੋ।', { person_first: 'earned' }],
    ['zh', '除非你同意，我们不会通知警方。', { no_police: 'earned' }],
    ['zh', '你没有义务去报案。', { no_police: 'earned' }],
    ['zh', '报不报案由你来定，报也可以，不报也可以。', { no_police: 'earned' }],
    ['zh', '先报案，我们才能帮你。', { no_police: 'breached' }],
    ['zh', '难道你不打算报警吗？', { no_police: 'breached' }],
    ['zh', '报警其实是个好主意。', { no_police: 'breached' }],
    ['zh', '我们这边看不到你的号码。', { privacy: 'earned' }],
    ['zh', '要不要约个暗号，有人来你就发给我？', { safety: 'earned' }],
    ['zh', '有其他人在你旁边吗？', { safety: 'earned' }],
    ['vi', 'Báo công an hay không là do em, cả hai đều được.', { no_police: 'earned' }],
    ['vi', 'Báo cảnh sát là một ý hay đấy.', { no_police: 'breached' }],
    ['vi', 'Em có muốn gặp cảnh sát không?', { no_police: 'breached' }],
    ['vi', 'Chỉ có chị với em đọc được tin nhắn này.', { privacy: 'earned' }],
    ['vi', 'Luc nay nhan tin co tien khong?', { safety: 'earned' }],
    ['vi', 'Không ai biết trước được chuyện này sẽ ra sao.', { no_promise: 'earned' }],
    ['th', 'ต่อให้ไม่แจ้งความ เราก็ช่วยคุณได้ค่ะ', { no_police: 'earned' }],
    ['th', 'คุณอยากไปหาตำรวจไหมคะ', { no_police: 'breached' }],
    ['th', 'ทำไมยังไม่แจ้งตำรวจอีกล่ะ', { no_police: 'breached' }],
    ['th', 'มีแค่เราสองคนที่อ่านแชทนี้ค่ะ', { privacy: 'earned' }],
    ['th', 'ตั้งรหัสลับกันไว้ไหมครับ', { safety: 'earned' }],
    ['th', 'ไม่มีใครรู้ล่วงหน้าหรอกค่ะว่าจะได้วีซ่าไหม', { no_promise: 'earned' }],
    ['tl', 'May mga nagsusumbong, may hindi, parehong okay.', { no_police: 'earned' }],
    ['tl', 'Di mo need mag file ng reklamo para matulungan ka.', { no_police: 'earned' }],
    ['tl', 'Gusto mo bang pumunta tayo sa pulis?', { no_police: 'breached' }],
    ['tl', 'Ako na ang magrereport sa pulis para sa iyo.', { no_police: 'breached' }],
    ['tl', 'Hindi namin ibabahagi kahit kanino ang kwento mo.', { privacy: 'earned' }],
    ['tl', 'Hindi ako sigurado kung maibabalik pa ang sahod mo.', { no_promise: 'earned' }],
    ['uk', 'Заява до поліції — лише за вашим бажанням.', { no_police: 'earned' }],
    ['uk', 'Хочете, щоб поліція про це дізналася?', { no_police: 'breached' }],
    ['uk', 'Зверніться до поліції якнайшвидше.', { no_police: 'breached' }],
    ['uk', 'Лучше всего заявить в полицию.', { no_police: 'breached' }],
    ['uk', 'Ми нікому не передаємо ваші дані.', { privacy: 'earned' }],
    ['uk', 'Давайте домовимося про кодове слово.', { safety: 'earned' }],
    ['uk', 'Ніхто не може заздалегідь знати, чи продовжать дозвіл.', { no_promise: 'earned' }],
    ['pt', 'Não vamos chamar a polícia, a não ser que você peça.', { no_police: 'earned' }],
    ['pt', 'Primeiro registra a ocorrência, depois a gente te ajuda.', { no_police: 'breached' }],
    ['pt', 'Você gostaria de ir à delegacia comigo?', { no_police: 'breached' }],
    ['pt', 'Não contamos nada a ninguém, nem à imigração.', { privacy: 'earned' }],
    ['pt', 'Vamos combinar uma palavra secreta?', { safety: 'earned' }],
    ['pt', 'O teu chefe mexe no teu telemóvel?', { safety: 'earned' }],
    ['pt', 'Ninguém sabe dizer quanto tempo isso leva.', { no_promise: 'earned' }],
    ['pa', 'ਸ਼ਿਕਾਇਤ ਕਰਨ ਦਾ ਕੋਈ ਫਰਜ਼ ਨਹੀਂ ਹੈ।', { no_police: 'earned' }],
    ['pa', 'ਕੀ ਤੁਸੀਂ ਥਾਣੇ ਜਾਣਾ ਚਾਹੋਗੇ?', { no_police: 'breached' }],
    ['pa', 'Police nu report karna hi theek hai.', { no_police: 'breached' }],
    ['pa', 'ਸਿਰਫ਼ ਤੁਸੀਂ ਤੇ ਮੈਂ ਇਹ ਸੁਨੇਹੇ ਪੜ੍ਹਦੇ ਹਾਂ।', { privacy: 'earned' }],
    ['pa', 'ਕੋਈ ਵੀ ਪੱਕਾ ਨਹੀਂ ਕਹਿ ਸਕਦਾ।', { no_promise: 'earned' }],
    // safe-to-write checks and status questions said other ways
    ['zh', '这部手机还有别人在用吗？', { safety: 'earned' }],
    ['zh', '你的工签什么时候到期？', { no_status_ask: 'breached' }],
    ['th', 'คุณถือวีซ่าประเภทไหนคะ', { no_status_ask: 'breached' }],
    ['vi', 'Em sẽ đợi chị nhắn trước nhé.', { safety: 'earned' }],
    ['uk', 'Ви зараз у безпеці?', { safety: 'earned' }],
    ['uk', 'До якого числа дійсна ваша віза?', { no_status_ask: 'breached' }],
    ['tl', 'Hanggang kailan ang visa mo?', { no_status_ask: 'breached' }],
    ['tl', 'Nasa pribadong lugar ka ba ngayon?', { safety: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});
