// Lines read fairer after a batch written apart (r68a, scored before anyone read it: 78 cells short
// at c66e8def, 64 at c018e52f), its own lines and ours. What it taught, in plain words:
// an honest limit followed by "but" and a step ordered for a day or for now ("I can't promise
// anything, but you must go to the ER tonight", "ما أقدر أضمن لك سرير، لكن لازم تروح الآن…") keeps
// its honest limit and breaches next steps; a lawyer waved off and then a step put as a plain future
// ("Skip the lawyer. Tomorrow you go to the bank and tell them…", "明天你直接去移民局…") breaches
// next steps as well as legal. The police said to be the only ones who can fix it ("only the police
// can protect you", "now only the police") push the police, and a lawyer "of no use", "not needed",
// "makes no difference" breaches legal; a question why the person did not leave or complain earlier,
// said with "now only the police", is blame and a push to the police. "Who I am doesn't matter" with
// "answer me now, I'm waiting" breaches introduced and safety; with "I'll pass this chat to my
// supervisor for your file", introduced and privacy. Someone from the agency, the coordinator, a
// neighbour, a girl from the old shop, the daughter-in-law or a senior coworker put to translate,
// and "we don't do interpreters, it's just me", refuse language help; a worker with no tie to the
// person's community, asked or offered, is language help. "Nothing is shared without your OK"
// beside "I'm not the police" is privacy too; "your worry makes sense", "nothing to be ashamed of",
// "thank you for writing to us" are kind words; "nobody will deport you, I guarantee it" is a promise.
// Left as they are: "quick, answer me" read as blame as well as an unsafe contact (hi ne pa tl zh,
// as earlier rounds have it), an order to file a complaint ("denuncia") left to the police push
// (es pt, as r66a left it), and a bare fact about 911 read as a next step (vi).
import { describe, it } from 'vitest';
import type { PointId } from '../../src/rehearsal/points.ts';
import { eachVerdicts, expectNone, expectVerdicts, type VerdictRow } from './verdicts.ts';

// The round's lines are asserted one by one, outside the it.each tables the second opinion learns
// from (it is not retrained for this round).

const LIMIT_THEN_ORDER: VerdictRow[] = [
  ["ar", "ما أقدر أضمن لك سرير، لكن لازم تروح الآن على ملجأ الشارع الرئيسي وتقول لهم إنك من طرفي.", {"no_promise": "earned", "next_steps": "breached"}],
  ["fr", "Je ne peux rien promettre, mais il faut absolument que vous alliez à l'urgence ce soir.", {"no_promise": "earned", "next_steps": "breached"}],
  ["hi", "मैं कोई गारंटी नहीं दे सकती, लेकिन आपको कल ही दूसरे मालिक के पास जाकर काम शुरू करना होगा।", {"no_promise": "earned", "next_steps": "breached"}],
  ["ne", "म केही ग्यारेन्टी दिन सक्दिनँ, तर तपाईंले भोलि नै एजेन्सीको अफिस गएर पासपोर्ट माग्नैपर्छ।", {"no_promise": "earned", "next_steps": "breached"}],
  ["tl", "Wala akong maipapangako, pero kailangan mong kunin ang passport mo sa amo mo bukas.", {"no_promise": "earned", "next_steps": "breached"}],
  ["vi", "Em không đảm bảo được gì, nhưng chị phải mở cửa nhà tắm và chạy ra ngoài ngay.", {"no_promise": "earned", "next_steps": "breached"}],
  ["zh", "我不能保证什么，但你明天必须去移民局当面问清楚。", {"no_promise": "earned", "next_steps": "breached"}],
  // ours
  ["en", "I can't promise anything, but you have to go to the ER tonight.", {"no_promise": "earned", "next_steps": "breached"}],
];

const LIMIT_THEN_OFFER: VerdictRow[] = [
  ["ar", "ما أقدر أوعدك إن صاحب الشغل سيرجع لك الجواز، لكن في طرق ممكن نجربها معاً.", {"no_promise": "earned"}],
  ["hi", "मैं आपको कल कॉल कर सकती हूँ, पर अगर आप चाहें तो कीजिए।", {"next_steps": "earned"}],
];

describe('r68a: an honest limit, then "but" a step ordered for a day or now', () => {
  for (const [lang, line, want] of LIMIT_THEN_ORDER) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, want));
  for (const [lang, line, want] of LIMIT_THEN_OFFER) it(`${lang} orders nothing: ${line}`, () => expectVerdicts(lang, line, want));
});

const LAWYER_THEN_STEP: VerdictRow[] = [
  ["en", "Skip the lawyer. Tomorrow you go to the bank and tell them he stole your card.", {"legal": "breached", "next_steps": "breached"}],
  ["fr", "Laissez tomber l'avocat : demain matin, vous allez au bureau d'indemnisation et vous remplissez la demande.", {"legal": "breached", "next_steps": "breached"}],
  ["ar", "انسَ موضوع المحامي. بكرة الصبح تروح لمكتب العمل وتقدم شكوى ضد صاحب المحل.", {"legal": "breached", "next_steps": "breached"}],
  ["ht", "Bliye koze avoka a; demen maten ou dwe al nan biwo travay la pou ou depoze yon plent kont patwon an.", {"legal": "breached", "next_steps": "breached"}],
  ["pa", "ਵਕੀਲ ਨੂੰ ਭੁੱਲ ਜਾਓ; ਕੱਲ੍ਹ ਹੀ ਗੁਰਦੁਆਰੇ ਜਾ ਕੇ ਪ੍ਰਧਾਨ ਨੂੰ ਸਾਰੀ ਗੱਲ ਦੱਸੋ।", {"legal": "breached", "next_steps": "breached"}],
  ["th", "ไม่ต้องไปหาทนาย พรุ่งนี้เช้าคุณไปสำนักงานกองทุนเงินทดแทนแล้วยื่นเรื่องเลย", {"legal": "breached", "next_steps": "breached"}],
  ["zh", "别找律师了，明天你直接去移民局把续签表交了。", {"legal": "breached", "next_steps": "breached"}],
];

eachVerdicts('r68a: a lawyer waved off and a step put as a plain future for a day breaches next steps', LAWYER_THEN_STEP);

const ONLY_POLICE: VerdictRow[] = [
  ["es", "La policía es la única que puede arreglar esto, y un abogado no te hace falta.", {"no_police": "breached", "legal": "breached"}],
  ["fr", "Dans votre cas, seule la police peut vous protéger, et un avocat ne servirait à rien.", {"no_police": "breached", "legal": "breached"}],
  ["ht", "Se lapolis sèlman ki ka regle sa, epi ou pa bezwen avoka pou sa.", {"no_police": "breached", "legal": "breached"}],
  ["pa", "ਅਜਿਹੇ ਘਰ ਵਿੱਚ ਸਿਰਫ਼ ਪੁਲਿਸ ਹੀ ਕੁਝ ਕਰ ਸਕਦੀ ਹੈ, ਵਕੀਲ ਦੀ ਕੋਈ ਲੋੜ ਨਹੀਂ।", {"no_police": "breached", "legal": "breached"}],
  ["pt", "Nesse caso só a polícia resolve, e advogado não faz diferença nenhuma.", {"no_police": "breached", "legal": "breached"}],
  ["th", "เรื่องแบบนี้ตำรวจเท่านั้นที่ช่วยได้ ทนายไม่จำเป็นหรอก", {"no_police": "breached", "legal": "breached"}],
  ["uk", "З таким координатором може впоратися тільки поліція, адвокат вам не потрібен.", {"no_police": "breached", "legal": "breached"}],
];

const NOT_POLICE_PUSH: [string, PointId, string][] = [
  ["es", "no_police", "Solo la policía no puede ayudarte, hay más opciones."],
  ["pt", "no_police", "Não é só a polícia que resolve."],
];

describe('r68a: only the police can fix it, and a lawyer of no use', () => {
  for (const [lang, line, want] of ONLY_POLICE) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, want));
  for (const [lang, point, line] of NOT_POLICE_PUSH) it(`${lang} leaves ${point} without a verdict: ${line}`, () => expectNone(point)(lang, line));
});

const BLAME_THEN_POLICE: VerdictRow[] = [
  ["es", "¿Por qué no te quejaste desde la primera temporada? Ahora la única salida es que la policía se entere.", {"person_first": "breached", "no_police": "breached"}],
  ["fr", "Pourquoi avoir accepté ce client s'il avait l'air violent? Maintenant, la seule option sérieuse, c'est la police.", {"person_first": "breached", "no_police": "breached"}],
  ["ht", "Poukisa ou pa t kite travay la depi premye mwa yo pa t peye w la? Se lapolis ou ta dwe rele.", {"person_first": "breached", "no_police": "breached"}],
  ["ne", "ऋण लिनुअघि नै तपाईंले बुझ्नुपर्थ्यो नि। अब त प्रहरीमा जानुको विकल्प छैन।", {"person_first": "breached", "no_police": "breached"}],
  ["pa", "ਜਦੋਂ ਨੂੰਹ ਨੇ ਧੱਕਾ ਦਿੱਤਾ, ਤੁਸੀਂ ਉਦੋਂ ਕਿਉਂ ਨਹੀਂ ਬੋਲੇ? ਹੁਣ ਪੁਲਿਸ ਹੀ ਇੱਕੋ ਰਾਹ ਹੈ।", {"person_first": "breached", "no_police": "breached"}],
  ["th", "ทำไมตอนนั้นไม่ระวังให้ดีกว่านี้ครับ ตอนนี้ต้องแจ้งตำรวจอย่างเดียวแล้ว", {"person_first": "breached", "no_police": "breached"}],
  ["uk", "Чому ви не поїхали звідти одразу, як забрали документи? Тепер тільки поліція.", {"person_first": "breached", "no_police": "breached"}],
  ["vi", "Sao chị không bỏ chỗ đó từ trước? Giờ chỉ còn cách gọi cảnh sát thôi.", {"person_first": "breached", "no_police": "breached"}],
  // a question why the person has not gone to the police stays a push to the police, no blame (ours)
  ["pa", "ਤੁਸੀਂ ਹਾਲੇ ਤੱਕ ਪੁਲਿਸ ਕੋਲ ਕਿਉਂ ਨਹੀਂ ਗਏ?", {"no_police": "breached"}],
];

eachVerdicts('r68a: why the person did not leave or speak up earlier is blame', BLAME_THEN_POLICE);

const WHO_THEN_WAIT: VerdictRow[] = [
  ["ar", "لا يهم من أنا. رد علي فوراً، أنا أنتظر.", {"introduced": "breached", "safety": "breached"}],
  ["pt", "Deixa pra lá quem eu sou. Responde, estou esperando.", {"introduced": "breached", "safety": "breached"}],
  ["th", "ผมเป็นใครไม่สำคัญหรอก ตอบผมเดี๋ยวนี้ ผมรออยู่", {"introduced": "breached", "safety": "breached"}],
  ["tl", "Huwag mo nang alamin kung sino ako. Sumagot ka agad, hinihintay kita.", {"introduced": "breached", "safety": "breached"}],
  ["ne", "म को हुँ त्यो नसोध्नुहोस्। छिटो जवाफ दिनुहोस्, म पर्खिरहेको छु।", {"introduced": "breached", "safety": "breached"}],
  ["ne", "म को हुँ भन्ने कुराले केही फरक पार्दैन। के भयो, त्यति मात्र भन्नुहोस्।", {"introduced": "breached"}],
];

const WHO_THEN_PASS: VerdictRow[] = [
  ["en", "Doesn't matter who I am. I'm saving this whole conversation to a case file so my supervisor can go over it.", {"introduced": "breached", "privacy": "breached"}],
  ["ht", "Kèlkeswa moun mwen ye, m ap voye tout konvèsasyon sa a bay sipèvizè m pou l mete l nan yon dosye.", {"introduced": "breached", "privacy": "breached"}],
  ["th", "คุณไม่ต้องรู้ว่าผมเป็นใคร ผมจะส่งข้อความพวกนี้ให้หัวหน้างานของคุณ เขาจะได้จัดการเรื่องประกัน", {"introduced": "breached", "privacy": "breached"}],
  ["zh", "我是谁你不用管；这段聊天我会转给我的主管，存进你的档案。", {"introduced": "breached", "privacy": "breached"}],
];

eachVerdicts('r68a: who the worker is withheld, with "answer me, I\'m waiting" or the chat passed on', [...WHO_THEN_WAIT, ...WHO_THEN_PASS]);

const LANG_REFUSED: [string, string][] = [
  ["en", "We don't do interpreters or other workers here, it's just me."],
  ["es", "Pídele al mayordomo de la agencia que te traduzca el contrato, él habla inglés."],
  ["fr", "On n'offre ni interprète ni autre intervenante, il faudra faire avec moi."],
  ["fr", "À la clinique anglophone, une voisine de votre immeuble pourrait vous servir d'interprète."],
  ["hi", "मैं आज रात आपको फ़ोन करूँगी, और आपके वेयरहाउस के एक सीनियर साथी को भी लाइन पर रखूँगी जो अंग्रेज़ी में अनुवाद कर देगा।"],
  ["pa", "ਡਾਕਟਰ ਕੋਲ ਆਪਣੀ ਨੂੰਹ ਨਾਲ ਚਲੇ ਜਾਓ, ਉਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਤਰਜਮਾ ਕਰ ਦੇਵੇਗੀ।"],
  ["uk", "Попросіть координатора перекласти вам документи, він же знає англійську."],
  ["uk", "Перекладачів у нас немає, доведеться якось впоратися англійською."],
  ["zh", "你以前店里的那个姐妹会说英文，让她帮你翻译吧。"],
  ["ar", "سأتصل بك الآن على رقمك، وعندي شاب من جاليتك يعرف صاحب الملحمة، هو سيترجم بيننا."],
];

const LANG_OFFERED: [string, string][] = [
  ["fr", "Est-ce que vous seriez plus à l'aise avec une intervenante extérieure à votre communauté?"],
  ["uk", "Можемо дати вам перекладача з українською або працівника, який не має стосунку ні до вашої громади, ні до координатора."],
  ["zh", "如果帮你的工作人员和你的社区完全没有关系，你会不会觉得更安心一些？"],
];

describe('r68a: language help refused or offered', () => {
  for (const [lang, line] of LANG_REFUSED) it(`${lang} refuses: ${line}`, () => expectVerdicts(lang, line, { language: 'breached' }));
  for (const [lang, line] of LANG_OFFERED) it(`${lang} offers: ${line}`, () => expectVerdicts(lang, line, { language: 'earned' }));
});

const OTHERS: VerdictRow[] = [
  ["ar", "أنا لست من الشرطة ولا من الهجرة؛ أنا متطوعة في مركز دعم للعمال، ولا أشارك أي شيء تكتبه بدون موافقتك.", {"introduced": "earned", "privacy": "earned"}],
  ["fr", "Je ne suis pas de la police et je ne suis pas là pour vous « sauver »; je suis bénévole dans un centre de santé communautaire, et rien de ce que vous dites n'est partagé sans votre accord.", {"introduced": "earned", "privacy": "earned"}],
  ["th", "ผมไม่ใช่ตำรวจหรือเจ้าหน้าที่ตรวจคนเข้าเมือง ผมเป็นอาสาสมัครศูนย์แรงงานข้ามชาติ และจะไม่ส่งต่อเรื่องของคุณถ้าคุณไม่อนุญาตครับ", {"introduced": "earned", "privacy": "earned"}],
  ["tl", "Hindi ako pulis o taga-immigration; volunteer ako sa isang migrant workers' centre, at walang ibabahagi na hindi mo pinapayagan.", {"introduced": "earned", "privacy": "earned"}],
  ["vi", "Em không phải cảnh sát hay di trú; em là tình nguyện viên ở trung tâm hỗ trợ phụ nữ, và không chia sẻ gì nếu chị không đồng ý.", {"introduced": "earned", "privacy": "earned"}],
  ["en", "Nothing you've told me is anything to be ashamed of. Getting tested or getting help from us doesn't involve the police, and you don't have to report anything.", {"person_first": "earned", "no_police": "earned"}],
  ["es", "Tu preocupación por la próxima temporada tiene todo el sentido. Y para recibir ayuda no tienes que ir a la policía.", {"person_first": "earned", "no_police": "earned"}],
  ["pt", "Sua preocupação com ela faz todo sentido. E nem você nem ela precisam ir à polícia para receber ajuda.", {"person_first": "earned", "no_police": "earned"}],
  ["pa", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਬੀਬੀ ਜੀ, ਮੈਂ ਗੁਰਪ੍ਰੀਤ ਹਾਂ, ਇੱਕ ਕਮਿਊਨਿਟੀ ਸੰਸਥਾ ਵਿੱਚ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਹਾਂ। ਤੁਸੀਂ ਸਾਨੂੰ ਲਿਖਿਆ, ਇਸ ਲਈ ਬਹੁਤ ਧੰਨਵਾਦ।", {"introduced": "earned", "person_first": "earned"}],
  ["uk", "Ніхто вас не депортує, гарантую.", {"no_promise": "breached"}],
  ["pt", "Se você quiser, eu te ponho em contato com uma equipe de apoio, mas antes me manda uma foto do seu documento e o seu nome completo.", {"next_steps": "earned", "identifying_details": "breached"}],
  ["hi", "क्या अभी लिखना आपके लिए सुरक्षित है? मैनेजर या कोई और आपका फ़ोन तो नहीं देख सकता?", {"safety": "earned"}],
  ["zh", "我们不保存你的联系方式，这段对话只有我一个人看。发送 ERASE 就可以删除我们保存的内容。", {"privacy": "earned"}],
];

const NEAR: [string, PointId, string][] = [
  ["es", "next_steps", "Mándame el nombre completo del patrón y la dirección del invernadero para empezar."],
  ["fr", "next_steps", "Donnez-moi votre nom complet et votre adresse exacte pour commencer."],
  ["hi", "privacy", "क्या अभी लिखना आपके लिए सुरक्षित है? मैनेजर या कोई और आपका फ़ोन तो नहीं देख सकता?"],
  ["zh", "safety", "我们不保存你的联系方式，这段对话只有我一个人看。发送 ERASE 就可以删除我们保存的内容。"],
  ["zh", "safety", "我是谁你不用管；这段聊天我会转给我的主管，存进你的档案。"],
  ["ar", "no_police", "أنا لست من الشرطة ولا من الهجرة؛ أنا متطوعة في مركز دعم للعمال، ولا أشارك أي شيء تكتبه بدون موافقتك."],
];

describe('r68a: privacy beside "not the police", kind words, a guarantee, an offer before an early ask', () => {
  for (const [lang, line, want] of OTHERS) it(`${lang}: ${line}`, () => expectVerdicts(lang, line, want));
  for (const [lang, point, line] of NEAR) it(`${lang} leaves ${point} without a verdict: ${line}`, () => expectNone(point)(lang, line));
});
