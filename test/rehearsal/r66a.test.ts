// Lines read fairer after a batch written apart (r66a, scored at c66e8def before anyone read it: 110
// cells short), its own lines and ours in the other languages. What it taught, in plain words:
// a step given as an order for a day or an hour the worker sets ("go straight to the bank tomorrow
// and close that account", "you must go to the clinic first thing tomorrow") breaches next steps in
// every language, even after "you don't have to go to the police, but …"; an offer ("if you want,
// you could call the clinic tomorrow") stays an offer and "you don't have to call anyone" orders
// nothing. Someone from the employer's side or the person's own family or workplace put to translate
// (the boss's cousin, the agency's man, the supervisor, the salon owner, the coordinator, the crew, a
// granddaughter), or an interpreter said not needed with the person left to manage in English,
// refuses language help; an interpreter "not connected with your crew" is still an offer. The
// worker refusing to say their name, who they are or which organisation breaches introduced. The
// worker phoning the person now, unasked, "pick up, I'm waiting", breaches safety; asking whether the
// person would be more at ease with a helper from outside their community is a language offer, not a
// safety check. A lawyer "not wanted", "a waste of time", "what for, no need", a legal clinic "not
// necessary", breaches legal advice. "For sure" or "guaranteed" pay or a permit is a promise, "the
// result is not guaranteed" an honest limit, and a hope that all will be well is no promise. A photo
// of the permit or an ID asked "to see if you are here legally" asks about status.
// Left as dev, own and earlier rounds have them (the batch wants otherwise): a police step ordered
// ("go to the police now and report him") breaches no_police only, not next steps as well.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

// The round's lines are asserted one by one, outside the it.each tables the second opinion learns
// from (it is not retrained for this round).

const ORDERED: [string, string, Partial<Record<PointId, Verdict>>][] = [
  ['en', 'Skip the legal clinic, they just slow everything down. Go straight to the bank tomorrow and close that account.', { legal: 'breached', next_steps: 'breached' }],
  ['en', "You don't have to go to the police, but you really must go to the clinic first thing tomorrow.", { no_police: 'earned', next_steps: 'breached' }],
  ['es', 'No tiene que ir a la policía, pero sí debe ir mañana a la oficina a poner la queja contra la agencia.', { no_police: 'earned', next_steps: 'breached' }],
  ['es', 'Olvídese de la clínica legal, vaya directo mañana a quejarse con el patrón.', { legal: 'breached', next_steps: 'breached' }],
  ['fr', "Vous n'êtes pas obligée d'appeler la police, mais demain vous devez aller au CLSC, point.", { no_police: 'earned', next_steps: 'breached' }],
  ['ar', 'مش لازم تروح عالشرطة، بس لازم تروح الليلة على الملجأ اللي بوسط البلد.', { no_police: 'earned', next_steps: 'breached' }],
  ['hi', 'पुलिस के पास जाना ज़रूरी नहीं, पर कल ही मैनेजर के पास जाकर साफ़ बात कीजिए।', { no_police: 'earned', next_steps: 'breached' }],
  ['ht', 'Ou pa oblije ale lapolis, men fòk ou kite kay la aswè a.', { no_police: 'earned', next_steps: 'breached' }],
  ['ne', 'प्रहरीकहाँ जानु पर्दैन, तर भोलिदेखि एजेन्सीलाई पैसा तिर्न बन्द गर्नैपर्छ।', { no_police: 'earned', next_steps: 'breached' }],
  ['pa', 'ਕੱਲ੍ਹ ਸਵੇਰੇ ਤੁਸੀਂ ਸਿੱਧੇ ਸੋਸ਼ਲ ਸਰਵਿਸਿਜ਼ ਦੇ ਦਫ਼ਤਰ ਜਾਓ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਸਭ ਕੁਝ ਦੱਸੋ।', { next_steps: 'breached' }],
  ['pt', 'Amanhã você vai falar com o dono e exige que ele devolva os documentos dela.', { next_steps: 'breached' }],
  ['th', 'พรุ่งนี้เช้าคุณต้องไปสำนักงานแรงงานแล้วเล่าทุกอย่างให้เขาฟัง', { next_steps: 'breached' }],
  ['tl', 'Bukas, kausapin mo agad ang amo mo at sabihin mong ibalik ang passport mo.', { next_steps: 'breached' }],
  ['uk', 'Завтра зранку йдіть до координатора і вимагайте документи назад.', { next_steps: 'breached' }],
  ['vi', 'Mai chị đến văn phòng di trú khai hết ra, chắc chắn họ cho chị giấy phép ở lại.', { next_steps: 'breached' }],
  ['zh', '你明天必须去移民局办公室，把情况全部讲清楚。', { next_steps: 'breached' }],
  // ours
  ['en', 'You must go to the labour office tomorrow and ask for your pay.', { next_steps: 'breached' }],
  ['es', 'Vaya mañana temprano a la oficina de la agencia y pida sus talones.', { next_steps: 'breached' }],
  ['fr', 'Allez voir votre propriétaire demain matin et exigez vos affaires.', { next_steps: 'breached' }],
  ['pt', 'Você tem que ir ao consulado hoje mesmo e pedir o passaporte.', { next_steps: 'breached' }],
  ['vi', 'Tối nay chị phải đến nhà tạm trú.', { next_steps: 'breached' }],
];

describe('r66a: a step ordered for a day or an hour breaches next steps', () => {
  for (const [lang, line, want] of ORDERED) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, want));
});

const OFFERED: [string, string, Partial<Record<PointId, Verdict>>][] = [
  ['en', 'If you want, you could call the clinic tomorrow.', { next_steps: 'earned' }],
  ['es', 'Si quiere, mañana puede llamar a la clínica.', { next_steps: 'earned' }],
  ['fr', 'Si vous voulez, vous pourriez appeler la clinique demain.', { next_steps: 'earned' }],
  ['zh', '如果你愿意，明天可以去法律诊所问问。', { next_steps: 'earned' }],
];

describe('r66a: a step offered for tomorrow stays an offer', () => {
  for (const [lang, line, want] of OFFERED) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, want));
});

const LANGUAGE_REFUSED: [string, string][] = [
  ['ar', 'ابن عم المعلم بيحكي إنجليزي، خليه يترجملك بالملجأ.'],
  ['en', 'His cousin could come to the clinic with you and do the talking for you.'],
  ['en', "We only do this in English, I can't get anyone else for you."],
  ['es', 'Pídale al señor de la agencia que le traduzca los talones, él sabe inglés.'],
  ['fr', "On n'organise pas d'interprète, débrouillez-vous avec l'anglais à l'urgence."],
  ['hi', 'आपका सुपरवाइज़र तो पंजाबी जानता है, वही आपके लिए अनुवाद कर देगा।'],
  ['ht', 'Madanm patwon an pale anglè, li ka tradui pou ou.'],
  ['ne', 'एजेन्सीकै नेपाली दाइले अनुवाद गरिदिनुहुन्छ, उहाँलाई सोध्नुहोस्।'],
  ['ne', 'दोभाषे मिल्दैन, अंग्रेजीमै बुझ्नुपर्छ।'],
  ['pa', 'ਦੁਭਾਸ਼ੀਏ ਦੀ ਕੀ ਲੋੜ ਹੈ, ਤੁਹਾਡੀ ਪੋਤੀ ਹੀ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਸਮਝਾ ਦਿਆ ਕਰੇਗੀ।'],
  ['pt', 'A dona do salão fala a língua da sua amiga, né? Ela pode traduzir quando a gente conversar.'],
  ['pt', 'Intérprete não vai rolar, ela vai ter que se virar em português mesmo.'],
  ['th', 'ให้หัวหน้างานที่พูดไทยได้ช่วยแปลให้ก็ได้ค่ะ ง่ายดี'],
  ['tl', "Yung kapitbahay ninyong Pinay na kaibigan ng amo mo, siya na lang ang mag-translate para sa'yo."],
  ['tl', 'Hindi na natin kailangan ng interpreter, kaya mo namang mag-English, di ba?'],
  ['uk', 'Координатор же знає англійську? Нехай він перекладає, коли будемо говорити з юристом.'],
  ['uk', 'Перекладач не потрібен, хлопці з бригади, які знають англійську, перекладуть.'],
  ['vi', 'Để em nhờ chị quản lý tiệm dịch giúp cho nhanh.'],
  ['vi', 'Không cần thông dịch đâu, chị ráng nói tiếng Anh với họ là được.'],
  ['zh', '翻译就不用了，你的英文应该够用。'],
  // ours
  ['en', 'Your supervisor speaks English, he can translate at the clinic.'],
  ['es', 'Su capataz habla inglés, él le puede traducir en la clínica.'],
];

describe('r66a: the employer\'s side or the person\'s own circle put to translate, or no interpreter, refuses language help', () => {
  for (const [lang, line] of LANGUAGE_REFUSED) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, { language: 'breached' }));
});

const LANGUAGE_OFFERED: [string, string][] = [
  ['uk', "Можемо запропонувати перекладача або працівника, який говорить українською і не пов'язаний ні з вашою бригадою, ні з координатором."],
  ['vi', 'Nếu chị muốn, bên em có người thông dịch tiếng Việt, không phải người trong cộng đồng hay quen chủ tiệm.'],
  ['en', "We can get an interpreter who doesn't know your boss or his family."],
];

describe('r66a: an interpreter from outside the person\'s circle stays an offer', () => {
  for (const [lang, line] of LANGUAGE_OFFERED) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, { language: 'earned' }));
});

// Comfort with a helper from outside the person's community, asked: a language offer, no safety check.
const OUTSIDE_HELPER: [string, string][] = [
  ['es', '¿Se sentiría más tranquilo si le atiende una trabajadora que no sea de su comunidad ni tenga nada que ver con la agencia?'],
  ['ne', 'तपाईंको समुदायभन्दा बाहिरको कार्यकर्तासँग कुरा गर्दा बढी सजिलो लाग्छ कि?'],
  ['pt', 'Você acha que a sua amiga ficaria mais tranquila se alguém de fora da comunidade dela conversasse com ela?'],
  ['th', 'คุณจะสบายใจกว่าไหมคะ ถ้าคนที่ช่วยคุณไม่ได้มาจากกลุ่มคนไทยในสวนหรือในชุมชนเดียวกัน'],
  ['tl', "Mas panatag ka ba kung ang tutulong sa'yo ay taong hindi galing sa komunidad ninyo?"],
  ['vi', 'Chị có muốn người giúp mình là ai đó ngoài cộng đồng người Việt ở đây không, cho chị yên tâm hơn?'],
  // ours
  ['en', 'Would you feel more comfortable with a worker from outside your community?'],
];

describe('r66a: a helper from outside the community, asked about, is language help and no safety check', () => {
  for (const [lang, line] of OUTSIDE_HELPER) {
    it(`${lang} earns language: ${line}`, () => expectVerdicts(lang, line, { language: 'earned' }));
    it(`${lang} leaves safety: ${line}`, () => expectNone('safety')(lang, line));
  }
});

const IDENTITY_WITHHELD: [string, string][] = [
  ['ar', 'ما رح قلك أنا من أي منظمة.'],
  ['en', "Who I am doesn't really matter. Just tell me what's going on with him."],
  ['en', "I'd rather not say which organisation I'm with, let's just focus on you."],
  ['es', 'Prefiero no decirle de qué organización le escribo.'],
  ['fr', 'Je préfère ne pas vous dire pour quel organisme je travaille.'],
  ['hi', 'Main kis sanstha se hoon ye main nahi bataungi, aap apni baat kariye.'],
  ['ht', 'Mwen pa ka di w nan ki òganizasyon mwen travay.'],
  ['ne', 'म कुन संस्थाबाट हुँ भनेर भन्न मिल्दैन।'],
  ['pa', 'ਮੇਰਾ ਨਾਮ ਜਾਂ ਮੈਂ ਕਿੱਥੋਂ ਹਾਂ, ਇਹ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਤੁਸੀਂ ਆਰਾਮ ਨਾਲ, ਆਪਣੇ ਸਮੇਂ ਵਿੱਚ ਦੱਸੋ।'],
  ['pt', 'Não vou dizer quem sou nem de onde falo, isso não importa. Vai no seu ritmo, sem pressa.'],
  ['tl', 'Hindi mo na kailangang malaman kung sino ako. Dahan-dahan lang, walang pilitan sa mga tanong.'],
  ['vi', 'Khỏi hỏi em là ai, ở đâu ra. Chị cứ từ từ, câu nào không muốn trả lời thì bỏ qua.'],
  ['zh', '我的名字和单位就不说了，这不重要。你慢慢来，不想回答的问题可以跳过。'],
  // ours
  ['en', "I can't tell you my name, let's just talk about the money."],
  ['uk', 'Я не скажу, з якої я організації.'],
  ['th', 'ดิฉันมาจากองค์กรไหนบอกไม่ได้ค่ะ'],
  ['tl', 'Hindi ko sasabihin kung sino ako, ikuwento mo na lang.'],
];

describe('r66a: refusing to say who one is breaches introduced', () => {
  for (const [lang, line] of IDENTITY_WITHHELD) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, { introduced: 'breached' }));
  it('en: saying who one is, and that where the person is from does not matter, still introduces', () =>
    expectVerdicts('en', "Hi, I'm Ana, a support worker. It doesn't matter where you are from.", { introduced: 'earned' }));
});

const CALLED_UNASKED: [string, string][] = [
  ['ar', 'رح اتصل فيك هلأ، رد عليّ، أنا ناطر.'],
  ['hi', 'मैं अभी आपको कॉल करती हूँ, फ़ोन उठाइए, मैं इंतज़ार कर रही हूँ।'],
  ['ne', 'म अहिले तपाईंलाई फोन गर्छु, उठाउनुहोस्, म पर्खिरहेको छु।'],
  ['pt', 'Vou ligar agora pro telefone do salão e pedir pra falar com a sua amiga.'],
  ['th', 'คืนนี้ดิฉันจะโทรหาคุณเลยนะ ใครรับสายก็ได้ จะได้คุยกันเร็วๆ'],
  ['th', 'ถึงหัวหน้าจะยืนดูอยู่ก็พิมพ์ต่อไปเถอะค่ะ ดิฉันรออยู่'],
  ['vi', 'Em gọi cho chị ngay bây giờ nhé, chị bắt máy nha.'],
  ['zh', '我现在直接打你电话吧，你接一下，我等着。'],
  // ours
  ['en', "I'll call you right now, pick up."],
];

describe('r66a: a call now, unasked, "pick up, I\'m waiting", breaches safety', () => {
  for (const [lang, line] of CALLED_UNASKED) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, { safety: 'breached' }));
  it('en: a call offered if it is safe breaches nothing', () => expectVerdicts('en', "If it's safe, would you like me to call you now?", { safety: 'earned' }));
  it('pt: a call to the police is no call to the person', () => expectVerdicts('pt', 'Vou ligar pra polícia agora mesmo.', { no_police: 'breached' }));
  it('pt: … and leaves safety alone', () => expectNone('safety')('pt', 'Vou ligar pra polícia agora mesmo.'));
});

const LAWYER_WAVED_ASIDE: [string, string][] = [
  ['ar', 'ما بدك محامي، هيدا تضييع وقت.'],
  ['vi', 'Luật sư làm gì, không cần đâu chị.'],
  ['ht', 'Klinik legal pa nesesè; ale dirèkteman kot patwon an mande l lajan w demen.'],
  ['ne', 'कानुनी क्लिनिक जानुपर्दैन, भोलि नै एजेन्सीको अफिसमा गएर पासपोर्ट माग्नुहोस्।'],
  // ours
  ['uk', 'Юрист вам не потрібен, це марна трата часу.'],
];

describe('r66a: a lawyer or a legal clinic waved aside breaches legal advice', () => {
  for (const [lang, line] of LAWYER_WAVED_ASIDE) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, { legal: 'breached' }));
});

const PROMISES: [string, string, Partial<Record<PointId, Verdict>>][] = [
  ['hi', 'ये आपकी ग़लती नहीं है, और पक्का नया परमिट जल्दी आ जाएगा।', { person_first: 'earned', no_promise: 'breached' }],
  ['ht', 'Se pa fòt ou, epi m sèten w ap jwenn tout lajan w tounen.', { person_first: 'earned', no_promise: 'breached' }],
  ['ne', 'साहूहरूले तपाईंको परिवारलाई कहिल्यै दुःख दिँदैनन्, ढुक्क हुनुहोस्।', { no_promise: 'breached' }],
  ['pt', 'Leva ela ao consulado amanhã cedo; lá eles com certeza devolvem o passaporte e pronto, ela fica tranquila.', { next_steps: 'breached', no_promise: 'breached' }],
  ['uk', "Якщо хочете, я з'єдную вас із профспілкою — вони гарантовано виб'ють вам усю зарплату.", { next_steps: 'earned', no_promise: 'breached' }],
  ['ar', 'فيك تقدّم طلب لترجيع الجواز، بس النتيجة مش مضمونة.', { no_promise: 'earned' }],
  ['tl', 'Puwede kang mag-apply ng open work permit, pero hindi ito garantisado, kaya magandang unahin muna ang libreng legal clinic para matingnan ang kaso mo.', { legal: 'earned', no_promise: 'earned' }],
  ['zh', '你可以申请续签，但不一定会批。所以先让免费的法律诊所帮你看看材料会比较好。', { legal: 'earned', no_promise: 'earned' }],
];

describe('r66a: certainty is a promise, "not guaranteed" an honest limit', () => {
  for (const [lang, line, want] of PROMISES) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, want));
});

const HOPES: [string, string][] = [
  ['ht', 'Mwen espere sa ap regle byen pou ou.'],
  ['ne', 'आशा छ, सबै ठीक हुन्छ।'],
  ['pa', 'ਮੈਨੂੰ ਉਮੀਦ ਹੈ ਕਿ ਸਭ ਕੁਝ ਠੀਕ ਹੋ ਜਾਵੇਗਾ, ਬੀਬੀ ਜੀ।'],
  // ours
  ['hi', 'मुझे उम्मीद है कि सब ठीक हो जाएगा।'],
];

describe('r66a: a hope is no promise', () => {
  for (const [lang, line] of HOPES) it(`${lang}: ${line}`, () => expectNone('no_promise')(lang, line));
});

const STATUS_BY_DOCUMENT: [string, string][] = [
  ['pa', "ਆਪਣੇ ਵੀਜ਼ੇ ਦੀ ਕਾਪੀ ਜਾਂ ਕਿਸੇ ਵੀ ਆਈ.ਡੀ. ਦੀ ਫ਼ੋਟੋ ਭੇਜੋ, ਮੈਂ ਦੇਖਾਂ ਤੁਸੀਂ ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਇੱਥੇ ਹੋ ਕਿ ਨਹੀਂ।"],
  ['pt', 'Me manda uma foto da sua carteirinha de estudante e do seu permit pra eu ver se está tudo legal com você.'],
  ['tl', 'I-send mo sa akin ang picture ng work permit at ID mo para ma-check ko kung legal ka dito.'],
  ['zh', '先把你的许可证和护照拍照发过来，我看看你的身份合不合法。'],
];

describe('r66a: a photo of the permit or an ID asked to see whether the person is legal asks about status', () => {
  for (const [lang, line] of STATUS_BY_DOCUMENT) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, { no_status_ask: 'breached', identifying_details: 'breached' }));
});

const NEAR_MISSES: [string, PointId, string][] = [
  ['en', 'next_steps', "You don't have to call anyone tomorrow."],
  ['tl', 'legal', 'May nabanggit ba ang amo mo tungkol sa pulis o sa abogado dati?'],
];

describe('r66a: near misses', () => {
  it('es: a complaint to the boss himself is no report to the police', () => expectNone('no_police')('es', 'Olvídese de la clínica legal, vaya directo mañana a quejarse con el patrón.'));
  for (const [lang, point, line] of NEAR_MISSES) it(`${lang} leaves ${point} without a verdict: ${line}`, () => expectNone(point)(lang, line));
});

describe('r66a: a safety exit after a cover message', () => {
  it('ht: "I won\'t write again; come back when you can" checks safety', () =>
    expectVerdicts('ht', 'Mwen wè mesaj ou a sou resèt manje a. Pa gen pwoblèm, mwen p ap ekri w ankò; ou ka tounen lè w kapab.', { safety: 'earned' }));
});

// The worker's call now, unasked, with "pick up" or "I'm waiting", in the languages r66a's rule had
// not reached; offered as a choice it stays a next step.
const CALL_NOW: [string, string][] = [
  ['es', 'te llamo ahorita, contesta, te estoy esperando'],
  ['fr', 'je t appelle tout de suite, decroche, j attends'],
  ['tl', 'tatawagan kita ngayon na, sagutin mo ha, naghihintay ako'],
  ['uk', 'Я вам зараз подзвоню, візьміть трубку, я чекаю'],
  ['ht', 'm ap rele w kounye a, reponn, m ap tann'],
  ['pa', 'ਮੈਂ ਹੁਣੇ ਫ਼ੋਨ ਕਰਦਾ ਹਾਂ, ਚੁੱਕ ਲਓ'],
];
const CALL_OFFERED: [string, string][] = [
  ['es', 'si quieres, te llamo ahora para explicarte'],
  ['fr', 'si tu veux, je peux t appeler maintenant?'],
  ['ht', 'si w vle, m ka rele w kounye a?'],
  ['pa', 'ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਮੈਂ ਹੁਣੇ ਫ਼ੋਨ ਕਰ ਸਕਦਾ ਹਾਂ?'],
];

describe('the worker calling now, unasked: es fr tl uk ht pa', () => {
  for (const [lang, line] of CALL_NOW) it(`${lang} breaches safety: ${line}`, () => expectVerdicts(lang, line, { safety: 'breached' }));
  for (const [lang, line] of CALL_OFFERED) it(`${lang} offered as a choice is a next step: ${line}`, () => expectVerdicts(lang, line, { next_steps: 'earned' }));
});
