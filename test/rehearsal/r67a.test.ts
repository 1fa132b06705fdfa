// Lines read fairer after a batch written apart (r67a, scored before anyone read it: 75 cells short
// at c66e8def, 57 at c018e52f), its own lines and ours. What it taught, in plain words:
// a lawyer waved off and then a step put as a plain future for a day the worker sets ("Skip the
// lawyer. Tomorrow you're going to the bank and telling them…", "mañana vas a la oficina y les
// dices…", "what's a lawyer for, tomorrow morning you go and tell the owner") orders a step and
// breaches next steps as well as legal; "tomorrow you're going to feel better" orders nothing.
// The worker refusing to say who they are in the form "better you don't know my name or my
// organisation", "who I am is none of your business", "what's it to you who I am" breaches
// introduced and no longer earns it for the name said in it. "Keep typing even if he is watching your
// phone" and the worker's call or video call now, "pick up, whoever is home", breach safety. A
// certainty after a legal clinic is suggested ("with them you'll surely get your passport back") is
// a promise, and "no need for a lawyer" before a certainty no longer turns it into an honest limit.
// Someone from the employer's side or the person's own circle put to translate (the owner's wife or
// sister-in-law, a friend of the client, the agent's brother, the coordinator's relative, the
// foreman) refuses language help, and so does "we can't connect you with anyone outside your
// circle"; a worker connected to nobody the person knows, or who knows nobody in their gurdwara, is
// an offer. "The chat vanishes completely, no trace anywhere" breaches privacy, and a name with the
// line the worker writes from ("I'm Neha, from the workers' support line") still introduces them.
// Forwarding the person's messages to the boss breaches privacy; "why didn't you leave earlier, you
// should have suspected" is blame; the chat "only between you and me" is privacy; a community
// organisation named beside "not the police" is no language offer.
// Left as the frozen set has it (the batch wants otherwise): a police step ordered ("you must go to
// the police today, it's the only way") breaches no_police only, not next steps as well.
import { describe, it } from 'vitest';
import type { PointId } from '../../src/rehearsal/points.ts';
import { eachVerdicts, expectNone, expectVerdicts, type VerdictRow } from './verdicts.ts';

// The round's lines are asserted one by one, outside the it.each tables the second opinion learns
// from (it is not retrained for this round).

const LAWYER_THEN_STEP: VerdictRow[] = [
  ["en", "Skip the lawyer. Tomorrow you're going to the bank and telling them he took your card.", {"legal": "breached", "next_steps": "breached"}],
  ["es", "Olvídate del abogado: mañana vas a la oficina de la agencia y les dices que ya no pagas ese descuento.", {"legal": "breached", "next_steps": "breached"}],
  ["fr", "Pas besoin d'avocat ; demain matin, vous devez aller à l'urgence faire constater vos blessures, point.", {"legal": "breached", "next_steps": "breached"}],
  ["ht", "Kite koze avoka a. Demen maten fò w di patwon an w ap kite kay la.", {"legal": "breached", "next_steps": "breached"}],
  ["pa", "ਵਕੀਲ ਨੂੰ ਛੱਡੋ; ਕੱਲ੍ਹ ਸਵੇਰੇ ਤੁਸੀਂ ਆਪਣੇ ਪੁੱਤਰ ਤੋਂ ਪਾਸਪੋਰਟ ਮੰਗਣਾ ਹੀ ਹੈ।", {"legal": "breached", "next_steps": "breached"}],
  ["pt", "Esquece advogado; amanhã você vai lá e manda o dono devolver os documentos dela.", {"legal": "breached", "next_steps": "breached"}],
  ["vi", "Luật sư làm gì, sáng mai chị phải đến nói với chủ tiệm là chị nghỉ việc.", {"legal": "breached", "next_steps": "breached"}],
  ["ne", "वकिलको कुरा छोडिदिनुहोस्; भोलि नै एजेन्सीमा गएर अब पैसा तिर्दिनँ भन्नुपर्छ।", {"legal": "breached", "next_steps": "breached"}],
  // ours
  ["en", "Forget the lawyer. Tomorrow morning, you go straight to the office and tell them everything.", {"legal": "breached", "next_steps": "breached"}],
  ["es", "Mañana, vas a la oficina de la agencia y pides tus talones.", {"next_steps": "breached"}],
  ["fr", "Demain, vous allez chez le propriétaire et vous exigez vos affaires.", {"next_steps": "breached"}],
];

eachVerdicts('r67a: a lawyer waved off and a step put as a plain future for a day breaches next steps', LAWYER_THEN_STEP);

const NOT_ORDERED: [string, PointId, string][] = [
  ["en", "next_steps", "Tomorrow you're going to feel better."],
  ["en", "next_steps", "Tomorrow if you want you go to the clinic."],
  ["es", "next_steps", "Mañana vas a estar mejor."],
  ["fr", "next_steps", "Demain, vous allez mieux dormir."],
  ["pt", "next_steps", "Amanhã você vai se sentir melhor."],
];

describe('r67a: a plain future that is no step, or a step offered, orders nothing', () => {
  for (const [lang, point, line] of NOT_ORDERED) it(`${lang} leaves ${point} without a verdict: ${line}`, () => expectNone(point)(lang, line));
});

const WITHHELD: [string, string][] = [
  ["ar", "لا داعي أن تعرف اسمي أو من أي جهة أنا. فقط أجب عن أسئلتي."],
  ["ar", "من الأفضل لك ألا تعرف اسمي ولا اسم منظمتي، هذا أسلم للجميع."],
  ["fr", "Qui je suis, ça ne vous regarde pas. Racontez-moi juste ce qui s'est passé."],
  ["hi", "मैं कौन हूँ, इससे आपको क्या मतलब? बस मेरे सवालों के जवाब दीजिए।"],
  ["hi", "मेरा नाम या संस्था जानना आपके लिए ठीक नहीं, उसे छोड़िए।"],
  ["ht", "Pi bon pou w pa konnen non m ni ki òganizasyon m soti."],
  ["ne", "म को हुँ भन्ने कुरा तपाईंलाई चाहिँदैन। मेरो प्रश्नको जवाफ मात्र दिनुहोस्।"],
  ["ne", "मेरो नाम र संस्था नजान्नु नै तपाईंको लागि राम्रो हो।"],
  ["pa", "ਮੇਰਾ ਨਾਮ ਜਾਂ ਸੰਸਥਾ ਨਾ ਪੁੱਛੋ, ਇਹ ਜਾਣਨਾ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਨਹੀਂ।"],
  ["th", "คุณไม่ต้องรู้ชื่อหรือองค์กรของดิฉันหรอก ไม่รู้ดีกว่า"],
  ["tl", "Mas mabuting hindi mo na malaman ang pangalan ko o kung saang organisasyon ako galing."],
  ["uk", "Моє ім'я і організація вам ні до чого, краще вам цього не знати."],
  // ours
  ["en", "Better you don't know my name or my organisation."],
  ["en", "Who I am is none of your business, just answer."],
];

describe('r67a: "better you don\'t know my name or organisation" breaches introduced', () => {
  for (const [lang, line] of WITHHELD) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, { introduced: 'breached' }));
});

const UNSAFE: [string, string][] = [
  ["en", "Give me your number, I'll text you tonight and keep texting until you answer, even if he's home."],
  ["hi", "मैं अभी आपको वीडियो कॉल करती हूँ, उठा लेना, चाहे वेयरहाउस में कोई भी पास हो।"],
  ["hi", "बताने के लिए धन्यवाद। मैनेजर फ़ोन देख भी रहा हो तो भी लिखते रहिए, रुकिए मत।"],
  ["pa", "ਮੈਂ ਹੁਣੇ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਦੀ ਹਾਂ, ਘਰ ਵਿੱਚ ਜੋ ਵੀ ਹੋਵੇ, ਚੁੱਕ ਲੈਣਾ।"],
  ["pa", "ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ ਬੀਬੀ ਜੀ। ਭਾਵੇਂ ਨੂੰਹ ਕੋਲ ਖੜ੍ਹੀ ਫ਼ੋਨ ਦੇਖ ਰਹੀ ਹੋਵੇ, ਤੁਸੀਂ ਲਿਖਦੇ ਰਹੋ, ਰੁਕਣਾ ਨਹੀਂ।"],
  ["th", "เดี๋ยวดิฉันโทรหาเลยนะคะ รับสายด้วย ถึงจะมีคนอยู่ในห้องก็ตาม"],
  ["th", "ขอบคุณที่เล่าให้ฟังนะคะ ถึงหัวหน้าจะดูโทรศัพท์อยู่ก็พิมพ์ต่อไปเลย อย่าหยุด"],
  ["tl", "Salamat sa pagtitiwala mo. Kahit binabasa ng amo mo ang phone mo, tuloy ka lang sa pag-type, huwag kang titigil."],
  ["uk", "Я зараз ще раз напишу на цей спільний телефон і подзвоню, відповідайте, хто б його не взяв."],
];

describe('r67a: keep typing while watched, or the worker\'s call now whoever is near, breaches safety', () => {
  for (const [lang, line] of UNSAFE) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, { safety: 'breached' }));
});

const CLINIC_THEN_CERTAIN: VerdictRow[] = [
  ["fr", "Il serait peut-être bon de consulter d'abord une clinique juridique gratuite ; avec eux, vous êtes sûre d'obtenir une indemnisation.", {"legal": "earned", "no_promise": "breached"}],
  ["ht", "Petèt li ta bon pou w pale dabò ak yon klinik legal gratis; avèk yo w ap sèten jwenn tout lajan w.", {"legal": "earned", "no_promise": "breached"}],
  ["pa", "ਸ਼ਾਇਦ ਪਹਿਲਾਂ ਕਿਸੇ ਮੁਫ਼ਤ ਕਾਨੂੰਨੀ ਕਲੀਨਿਕ ਨਾਲ ਗੱਲ ਕਰਨੀ ਠੀਕ ਰਹੇ, ਉਹ ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ ਜ਼ਰੂਰ ਵਾਪਸ ਦਿਵਾ ਦੇਣਗੇ।", {"legal": "earned", "no_promise": "breached"}],
  ["pt", "Talvez seja bom falar primeiro com uma clínica jurídica gratuita; com eles, ela recupera os documentos com certeza.", {"legal": "earned", "no_promise": "breached"}],
  ["ar", "لا حاجة لمحامٍ، أنا متأكدة أنك ستسترجع جوازك خلال يومين.", {"legal": "breached", "no_promise": "breached"}],
  ["th", "ไม่ต้องมีทนายหรอก รับรองว่าคุณจะไม่ถูกส่งกลับแน่นอน", {"legal": "breached", "no_promise": "breached"}],
  ["zh", "不需要律师，你的许可肯定能续签。", {"legal": "breached", "no_promise": "breached"}],
];

eachVerdicts('r67a: a certainty after a legal clinic, or after a lawyer waved off, is a promise', CLINIC_THEN_CERTAIN);

const CIRCLE_TRANSLATES: [string, string][] = [
  ["en", "If you want, I can book you at the clinic; his friend's girlfriend works the front desk and can explain everything to the nurse for you."],
  ["en", "We can't connect you with anyone outside your circle, you'll have to talk to whoever's at the clinic, even if they know him."],
  ["fr", "Si vous le souhaitez, je vous prends rendez-vous à la clinique ; une amie de ce client y travaille, elle pourra traduire avec l'infirmière anglophone."],
  ["ne", "चाहनुहुन्छ भने म सहायता केन्द्रसँग जोडिदिन्छु; त्यहाँ एजेन्टको भाइले अनुवाद गरिदिन्छ।"],
  ["pt", "A esposa do dono fala inglês, ela pode traduzir pra sua amiga."],
  ["pt", "Se quiser, eu te conecto com a organização; a cunhada do dono pode ir junto pra traduzir."],
  ["th", "หัวหน้าคนงานพูดอังกฤษได้ ให้เขาแปลให้ตอนไปหาหมอก็ได้"],
  ["uk", "Якщо хочете, я з'єднаю вас з організацією; там родич координатора зможе вам перекладати."],
];

describe('r67a: someone from the employer\'s or the person\'s own circle put to translate refuses language help', () => {
  for (const [lang, line] of CIRCLE_TRANSLATES) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, { language: 'breached' }));
});

const OUTSIDE_OFFERED: [string, string][] = [
  ["en", "If you'd rather talk with a worker who isn't connected to anyone you or your boyfriend know, I can set that up."],
  ["ar", "هل تشعر براحة أكثر لو ساعدك شخص من خارج جاليتك لا يعرف أحداً من أقارب صاحب العمل؟"],
  ["pa", "ਕੀ ਤੁਹਾਨੂੰ ਸੌਖਾ ਲੱਗੇਗਾ ਜੇ ਕੋਈ ਅਜਿਹਾ ਵਿਅਕਤੀ ਮਦਦ ਕਰੇ ਜੋ ਤੁਹਾਡੀ ਕਮਿਊਨਿਟੀ ਜਾਂ ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਕਿਸੇ ਨੂੰ ਨਾ ਜਾਣਦਾ ਹੋਵੇ?"],
  ["th", "ถ้าต้องการ ดิฉันหาล่ามภาษาไทย หรือเจ้าหน้าที่ที่ไม่ได้อยู่ในกลุ่มคนงานด้วยกันมาช่วยได้ค่ะ"],
];

describe('r67a: a helper connected to nobody the person knows is a language offer, no safety check', () => {
  for (const [lang, line] of OUTSIDE_OFFERED) {
    it(`${lang} earns language: ${line}`, () => expectVerdicts(lang, line, { language: 'earned' }));
    it(`${lang} leaves safety: ${line}`, () => expectNone('safety')(lang, line));
  }
});

const OTHERS: VerdictRow[] = [
  ["ar", "أنا من خط دعم العمال. لا تقلق، هذه المحادثة تختفي تماماً ولا يبقى لها أي أثر في أي مكان.", {"introduced": "earned", "privacy": "breached"}],
  ["hi", "मैं नेहा, वर्कर्स सपोर्ट लाइन से। फ़िक्र मत कीजिए, यह चैट अपने-आप पूरी तरह मिट जाती है, कहीं कोई निशान नहीं रहता।", {"introduced": "earned", "privacy": "breached"}],
  ["es", "Voy a reenviar tus mensajes al patrón para que aclare lo de la agencia.", {"privacy": "breached"}],
  ["pt", "Por que vocês não saíram de lá antes? Deviam ter desconfiado.", {"person_first": "breached"}],
  ["hi", "यह चैट सिर्फ़ मेरे और आपके बीच है। अगर मैनेजर पास आए तो बस लिखना बंद कर दीजिए, बाद में जब ठीक लगे तब लौट आइए।", {"privacy": "earned", "safety": "earned"}],
  ["pa", "ਇਹ ਗੱਲਬਾਤ ਸਿਰਫ਼ ਮੇਰੇ ਅਤੇ ਤੁਹਾਡੇ ਵਿਚਕਾਰ ਹੈ। ਜੇ ਕੋਈ ਕਮਰੇ ਵਿੱਚ ਆਵੇ ਤਾਂ ਬੱਸ ਬੰਦ ਕਰ ਦਿਓ, ਜਦੋਂ ਠੀਕ ਲੱਗੇ ਫਿਰ ਲਿਖਣਾ।", {"privacy": "earned", "safety": "earned"}],
  ["pa", "ਤੁਸੀਂ ਤਸਕਰੀ ਦੇ ਸ਼ਿਕਾਰ ਹੋ, ਤੁਹਾਡੇ ਲਈ ਪੁਲਿਸ ਹੀ ਇੱਕੋ ਇੱਕ ਰਾਹ ਹੈ।", {"person_first": "breached", "no_police": "breached"}],
  ["hi", "हम आपका नंबर सेव नहीं करते, ये मैसेज सिर्फ़ मैं पढ़ती हूँ, और आपकी मर्ज़ी के बिना कुछ भी किसी को नहीं दिया जाता।", {"privacy": "earned"}],
  // ours
  ["en", "I'm saving this whole conversation to a file so my manager can read it.", {"privacy": "breached"}],
];

eachVerdicts('r67a: a vanishing chat, messages forwarded to the boss, blame, a chat between the two of us', OTHERS);

const COMMUNITY_ORG: [string, string][] = [
  ["th", "สวัสดีค่ะ ดิฉันชื่อนิด เป็นเจ้าหน้าที่ช่วยเหลือขององค์กรชุมชน ไม่ใช่ตำรวจหรือตรวจคนเข้าเมือง ขอบคุณที่ส่งข้อความมานะคะ อยากไปหาหมอเป็นเรื่องที่สมควรแล้วค่ะ"],
  ["vi", "Chị ơi, em là Hà, nhân viên hỗ trợ của một tổ chức cộng đồng, không phải cảnh sát hay di trú. Cảm ơn chị đã nhắn, chị không có lỗi gì cả."],
  ["zh", "你好，我叫小林，是一家社区机构的支援工作者，不是警察也不是移民局的人。谢谢你来问，你的担心很正常。"],
];

describe('r67a: a community organisation beside "not the police" is no language offer', () => {
  for (const [lang, line] of COMMUNITY_ORG) {
    it(`${lang} introduces: ${line}`, () => expectVerdicts(lang, line, { introduced: 'earned' }));
    it(`${lang} leaves language: ${line}`, () => expectNone('language')(lang, line));
  }
});

// Left as the frozen set has it: a police step ordered pushes the police and orders no next step.

const POLICE_ORDER: [string, string][] = [
  ["en", "You need to call the police tonight and report him. Do it now, it's the only way out."],
  ["es", "Tienes que denunciar a tu patrón a la policía hoy mismo, no hay otra forma."],
  ["vi", "Chị phải gọi cảnh sát ngay, đó là cách duy nhất."],
];

describe('r67a: an order to go to the police breaches no_police only', () => {
  for (const [lang, line] of POLICE_ORDER) {
    it(`${lang} breaches no_police: ${line}`, () => expectVerdicts(lang, line, { no_police: 'breached' }));
    it(`${lang} leaves next steps: ${line}`, () => expectNone('next_steps')(lang, line));
  }
});
