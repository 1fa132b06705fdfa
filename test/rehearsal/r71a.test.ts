// Lines read fairer after a batch written apart (r71a, 40 lines a language, fourteen languages,
// written under the same brief as r70a by trainees of four kinds, and scored before anyone read it:
// 97 cells short at c018e52f, 96 at 83830ae4, 93 at 4548c6b4; 27 after this round's work, which
// flatters, since it was read). What it taught, in plain words and in every persona language where
// the rule file lacked it: what follows "but" is said apart from what went before (rule files'
// `contrast` groups: a gap never runs over "but", "pero", "mais", "men", "لكن", "लेकिन", "तर", "ਪਰ",
// "але", and a negation does not reach across one), so "it's not your fault, but you have to go to
// the police" pushes the police instead of reading "not … have to … police" as help without them
// (en es fr ht), and "there's a legal aid office, but you probably don't need a lawyer" waves the
// lawyer off. The worker's identity said to be beside the point ("my identity isn't relevant", "what
// difference does it make who I am", "by policy I can't say our agency's name") breaches introduced;
// the person's own agency is no part of who the worker is. Language help is refused when no
// interpreting is offered or nobody speaks the language, and when the person is left to manage in
// English in the next sentence. The chat passed on (the employer "will have to be informed of this
// conversation", "I'll pass it on right away", forwarded to an investigator, put in the person's
// file, entered in our database, "if you say, I'll tell him what you told me") breaches privacy.
// Unasked contact breaches safety: a WhatsApp or video call now, a call to the person's cell at an
// hour the worker picks, the person told to answer even with someone watching, the worker dropping
// by the workplace unasked. Help made to wait on a police report, the police as the whole answer
// and cooperation with the investigation ordered push the police; a complaint at the labour office
// does not. Promises said as "you can be sure you'll get", "it's a matter of weeks", "the police
// will take care of everything" breach no_promise, a hope does not; the type of visa or permit
// asked breaches the status point.
//
// A question settled by measurement: an ordered police step ("you need to call the police tonight",
// 21 lines of r71a, in all fourteen languages, and 8 of r70a) breaches no_police only, not next steps as well,
// though the batches' writers mark both. Tried two ways and not kept. Every police push also
// breaching next steps, at 4548c6b4: frozen 49 -> 58 cells short (22 next-steps breaches its
// writers did not mark), r71a 93 -> 92. Only a police step ordered for a day or an hour (step_ordered
// without `unless: [police_push]`, "ORDER_STEP & ORDER_WHEN & POLICE_OR_REPORT"): at 4548c6b4 frozen
// 49 -> 55 (10 such breaches not marked), dev 3 -> 13 (107), own 11 -> 21 (58), r71a 93 -> 91,
// scripts as before; after this round's work frozen 49 -> 55, dev 3 -> 13, own 11 -> 21, r71a
// 27 -> 26. The frozen set's writers, and dev's and own's, read it as the judging notes given to the
// t23 writers say ("you must call the police" breaches only no_police), so the dev and own lines were
// not relabelled: they follow a note of the brief, not a slip against it.
//
// Left as they are: the 21 police steps (above), which keep next steps short in every
// language; "we don't work for the police", "nothing to do with the police or immigration" still
// earn help without the police beside who the worker is (pt th; decided 2026-12-06 for "we are not
// the police" alone); the chat passed to a police friend or a detective pushes the police as well
// as breaching privacy (ne zh; the judging notes); "no pressure, take your time" beside a safety
// exit or "your choice" about a form is a kind word (pt th hi, the brief's own example); a complaint
// chosen "if you decide" earns help without the police (ht), the number of a hotline or of legal
// aid given is a step or legal advice (uk vi zh), and "no need for the police nor a lawyer" loses
// its help without the police to the lawyer waved off in the same clause (pt, r70a's `apart`); a
// phone number asked to call back is an early ask (fr); the second opinion's word on a few lines
// (hi ht person_first, vi privacy and safety), not retrained.
import { describe, expect, it } from 'vitest';
import type { PointId } from '../../src/rehearsal/points.ts';
import { eachVerdicts, verdicts, type VerdictRow } from './verdicts.ts';

const BUT: VerdictRow[] = [
  // r71a's lines; their writers also mark next steps (an ordered police step, left: see above)
  ["en", "It's not your fault, but you really have to go to the police tomorrow.", {"person_first": "earned", "no_police": "breached"}],
  ["es", "No es su culpa, pero tiene que denunciar a su patrón ante la policía.", {"person_first": "earned", "no_police": "breached"}],
  ["fr", "Vous n'y êtes pour rien, mais il faut absolument signaler ce client à la police ce soir.", {"person_first": "earned", "no_police": "breached"}],
  ["ht", "Se pa fòt ou, men fòk ou ale lapolis jodi a menm.", {"person_first": "earned", "no_police": "breached"}],
  // ours: the negation before "but" still says what it says
  ["en", "You don't have to go to the police, but if you want I can help you report.", {"no_police": "earned"}],
  ["es", "No tiene que ir a la policía, pero si quiere le acompaño.", {"no_police": "earned"}],
  ["fr", "Vous n'êtes pas obligée d'aller à la police, mais si vous voulez, je peux vous aider.", {"no_police": "earned"}],
  ["ht", "Ou pa oblije al lapolis, men si w vle m ka ede w.", {"no_police": "earned"}],
];
eachVerdicts("r71a: what follows \"but\" is said apart: a negation before it does not reach the order after it", BUT);

const INTRO: VerdictRow[] = [
  ["ar", "شو بدك بمين أنا؟ المهم إني عم ساعدك.", {"introduced": "breached"}],
  ["ar", "ما بحب قول اسم الجمعية، بس ثق فيي.", {"introduced": "breached"}],
  ["en", "I can't really say which organisation this is, sorry, but I'm here to help.", {"introduced": "breached"}],
  ["es", "Mi identidad no es relevante; usted debe acudir mañana a la oficina de normas laborales y exponer su caso.", {"introduced": "breached", "next_steps": "breached"}],
  ["es", "Quién soy yo no viene al caso; limítese a contestar las preguntas.", {"introduced": "breached"}],
  ["pa", "ਮੈਂ ਕੌਣ ਹਾਂ, ਇਸ ਨਾਲ ਕੀ ਫ਼ਰਕ ਪੈਂਦਾ ਹੈ? ਤੁਸੀਂ ਬੱਸ ਦੱਸੋ ਕੀ ਹੋਇਆ।", {"introduced": "breached"}],
  ["tl", "Alinsunod po sa patakaran, hindi ko maaaring sabihin ang pangalan ng aming ahensya.", {"introduced": "breached"}],
  ["vi", "Khỏi cần biết tôi là ai, cứ nhắn tiếp đi, hắn có thấy cũng kệ.", {"introduced": "breached", "safety": "breached"}],
  ["zh", "我的姓名和机构名称不方便透露，我们直接谈您的问题吧。", {"introduced": "breached"}],
  // ours: the person's agency is not the worker's
  ["es", "Soy Marta, trabajadora de apoyo; de qué agencia vino usted no importa ahora.", {"introduced": "earned"}],
];
eachVerdicts("r71a: the worker's identity said to be beside the point, the organisation's name withheld", INTRO);

const LANG: VerdictRow[] = [
  ["ar", "ما عنا مترجمين، دبّر حالك بالإنجليزي.", {"language": "breached"}],
  ["en", "Would it feel easier to talk with a worker who doesn't know anyone in your area? We can set that up.", {"language": "earned"}],
  ["es", "No contamos con servicio de interpretación; tendrá que arreglárselas.", {"language": "breached"}],
  ["fr", "On n'a personne qui parle anglais ici, débrouillez-vous en français.", {"language": "breached"}],
  ["pt", "Intérprete acho que não precisa, a gente se vira com o tradutor do celular.", {"language": "breached"}],
  ["tl", "Hindi na po natin kailangan ng interpreter; sapat na po ang English para sa mga form.", {"language": "breached"}],
  ["zh", "我们这里不提供翻译服务，面谈时请您尽量说英语。", {"language": "breached"}],
  // ours
  ["en", "You don't need an interpreter, I speak Spanish.", {"language": "earned"}],
  ["es", "Si prefiere, le consigo un intérprete que no conozca a nadie de la finca.", {"language": "earned"}],
];
eachVerdicts("r71a: no interpreting offered, nobody who speaks the language, the person left to manage in English", LANG);

const PRIVACY: VerdictRow[] = [
  ["ar", "ولا يهمك، هالرسائل بتنمحى لحالها وما بيضل إلها أي أثر بأي مكان.", {"privacy": "breached"}],
  ["ar", "آمن تكتب هلق؟ وعلى فكرة رح حوّل رسائلك للمسؤول عني.", {"safety": "earned", "privacy": "breached"}],
  ["es", "Voy a remitir esta conversación a mi supervisora para que quede constancia en su expediente.", {"privacy": "breached"}],
  ["es", "Su empleador deberá ser informado de esta consulta; es el procedimiento.", {"privacy": "breached"}],
  ["es", "¿Es seguro escribir ahora? Tomaré nota de todo para el informe a la coordinación.", {"safety": "earned", "privacy": "breached"}],
  ["fr", "Je vais transmettre notre échange à un enquêteur que je connais, il saura quoi faire.", {"privacy": "breached"}],
  ["pa", "ਮੈਂ ਤੁਹਾਡੇ ਪੁੱਤਰ ਨੂੰ ਗੁਰਦੁਆਰੇ ਤੋਂ ਜਾਣਦੀ ਹਾਂ — ਜੇ ਕਹੋ ਤਾਂ ਉਹਨੂੰ ਦੱਸ ਦਿਆਂ ਕਿ ਤੁਸੀਂ ਮੈਨੂੰ ਕੀ-ਕੀ ਦੱਸਿਆ ਹੈ?", {"privacy": "breached"}],
  ["tl", "Para sa dokumentasyon, ipapasa ko po ang buong usapang ito sa aking superbisor at ilalagay sa inyong file.", {"privacy": "breached"}],
  ["uk", "Скажіть назву фірми і точну адресу складу, де ви ночуєте, я одразу передам це далі.", {"identifying_details": "breached", "privacy": "breached"}],
  ["uk", "Надішліть мені фото паспорта і ваше повне ім'я, щоб я внесла вас у нашу базу.", {"identifying_details": "breached", "privacy": "breached"}],
  // ours
  ["en", "Your employer will never be informed of this conversation.", {"privacy": "earned"}],
  ["es", "Su empleador no será informado de nada de esta conversación.", {}],
];
eachVerdicts("r71a: the chat passed on: the employer to be informed, passed on to no one named, forwarded, filed, entered in a database", PRIVACY);

const SAFETY: VerdictRow[] = [
  ["en", "It's faster if I just call you — I'll ring your cell in five minutes.", {"safety": "breached"}],
  ["es", "Responda en cuanto pueda, aunque esté en la barraca con los compañeros mirando.", {"safety": "breached"}],
  ["hi", "मैं अभी आपको व्हाट्सऐप कॉल करती हूँ।", {"safety": "breached"}],
  ["pt", "Vou dar uma passada aí no salão amanhã pra conversar com ela, pode deixar comigo.", {"safety": "breached"}],
  ["pt", "Continua escrevendo mesmo se o dono estiver do seu lado, é importante não parar agora.", {"safety": "breached"}],
  ["th", "ตอบผมด้วยครับ ผมรออยู่ ส่งมาเดี๋ยวนี้", {"safety": "breached"}],
  ["tl", "Kung may papasok po sa kuwarto, huminto na lamang po kayo sa pag-type. Bumalik po kayo kapag may pagkakataon; hindi po kami nagmamadali.", {"safety": "earned"}],
  ["tl", "Kahit po nariyan ang inyong amo, ituloy lamang po ninyo ang pagsagot sa mga tanong.", {"safety": "breached"}],
  ["zh", "我会在周一上午直接打电话到您的手机，请务必接听。", {"safety": "breached"}],
  ["vi", "Tôi gọi thẳng vào số này cho chị ngay bây giờ.", {"safety": "breached"}],
  ["en", "Keep typing even if he walks in, he won't know what you're doing.", {"safety": "breached"}],
  // ours
  ["en", "If you want, I can call you tomorrow on a number you choose.", {"next_steps": "earned"}],
  ["en", "Answer only when it's safe; if he walks in, just stop and come back later.", {"safety": "earned"}],
  ["pt", "Se quiser, eu posso passar no salão amanhã? Só se for seguro pra vocês.", {}],
];
eachVerdicts("r71a: a WhatsApp call now, a call to the cell at an hour the worker picks, answering while watched, dropping by unasked", SAFETY);

const LEGAL: VerdictRow[] = [
  ["ar", "في عيادة قانونية بالمدينة، بس بصراحة المحامي ما رح يفيدك بشي.", {"legal": "breached"}],
  ["en", "There's a legal aid office downtown, but you probably don't need a lawyer just for a bank card.", {"legal": "breached"}],
  ["es", "No es necesario un abogado para esto; con el formulario basta.", {"legal": "breached"}],
  ["es", "Existe una clínica jurídica en la ciudad, aunque sinceramente no le hace falta un abogado.", {"legal": "breached"}],
  ["fr", "Il y a une clinique juridique au centre-ville, mais un avocat, ça ne vous servira à rien ici.", {"legal": "breached"}],
  ["hi", "शहर में एक कानूनी सहायता केंद्र है, पर वहाँ जाने का कोई फ़ायदा नहीं, वकील की ज़रूरत ही नहीं।", {"legal": "breached"}],
  ["ht", "Gen yon klinik legal lavil la, men sensèman ou pa bezwen avoka.", {"legal": "breached"}],
  ["ne", "वकिलको कुनै जरुरत छैन, यो सामान्य कुरा हो।", {"legal": "breached"}],
  ["ne", "शहरमा कानुनी सहायता केन्द्र छ, तर त्यहाँ जानु पर्दैन, वकिलले केही गर्दैन।", {"legal": "breached"}],
  // ours
  ["en", "You don't need a lawyer, but a free legal clinic could still help.", {"legal": "earned"}],
  ["es", "No tiene que pagar un abogado: la clínica legal gratuita le puede ayudar.", {"legal": "earned"}],
];
eachVerdicts("r71a: a lawyer waved off after \"but\", said to be of no use or not necessary", LEGAL);

const POLICE: VerdictRow[] = [
  ["pa", "ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਪੁਲਿਸ ਰਿਪੋਰਟ ਨਹੀਂ ਕਰਦੇ, ਅਸੀਂ ਤੁਹਾਡੇ ਲਈ ਕੁਝ ਨਹੀਂ ਕਰ ਸਕਦੇ।", {"no_police": "breached"}],
  ["vi", "Không cần luật sư đâu, chị cứ kể hết với cảnh sát là xong.", {"legal": "breached", "no_police": "breached"}],
  ["zh", "续签不用找律师，您直接回警探电话就行了。", {"legal": "breached", "no_police": "breached"}],
  ["zh", "我是谁并不重要，重要的是您得配合调查。", {"introduced": "breached", "no_police": "breached"}],
  ["ar", "روح بكرا الصبح عالمكتب وقدّم شكوى على صاحب الشغل، لازم.", {"next_steps": "breached"}],
  ["vi", "Tôi gọi thẳng vào số này cho chị ngay bây giờ.", {"safety": "breached"}],
  // ours
  ["ar", "لازم تروح بكرا عالمخفر وتقدم شكوى.", {"no_police": "breached"}],
  ["ar", "ما لازم تروح عالشرطة لتاخد مساعدة، وسرير الليلة ما إلو علاقة بالشرطة.", {"no_police": "earned"}],
  ["hi", "कुछ लोग पुलिस में शिकायत करते हैं, कुछ नहीं करते।", {"no_police": "earned"}],
  ["hi", "मैं पुलिस से नहीं हूँ।", {"introduced": "earned"}],
];
eachVerdicts("r71a: help made to wait on the police, the police as the whole answer, cooperation ordered; a complaint at the labour office is no police report", POLICE);

const PROMISE: VerdictRow[] = [
  ["fr", "Pas besoin d'avocat, la police s'occupera de tout.", {"legal": "breached", "no_promise": "breached"}],
  ["ne", "तपाईंलाई कसैले पनि देश निकाला गर्दैन, म ग्यारेन्टी गर्छु।", {"no_promise": "breached"}],
  ["th", "คุณยื่นขอเงินชดเชยได้ครับ แต่ยื่นแล้วไม่ได้แปลว่าจะได้แน่นอน", {"no_promise": "earned"}],
  ["tl", "Makakasiguro po kayo na makukuha ninyo ang open work permit at ang tatlong buwang sahod.", {"no_promise": "breached"}],
  ["uk", "Дозвіл на роботу ви отримаєте, це питання кількох тижнів.", {"no_promise": "breached"}],
  ["es", "¿Con qué tipo de visa ingresó usted a Canadá?", {"no_status_ask": "breached"}],
  ["tl", "Maraming salamat po sa pagbabahagi. Para lamang po sa aming record, anong klase ng permit ang hawak ninyo?", {"person_first": "earned", "no_status_ask": "breached"}],
  // ours
  ["uk", "Сподіваюся, вам виплатять зароблене, але обіцяти не можу.", {"no_promise": "earned"}],
  ["es", "No le voy a preguntar qué tipo de visa tiene.", {}],
];
eachVerdicts("r71a: promises said as certainty or a matter of weeks, a hope no promise; the type of visa or permit asked", PROMISE);

// Lines that should get no verdict on one point: r71a's, then ours.
const NONE: [lang: string, line: string, point: PointId][] = [
  ["es", "Más adelante, si decide presentar una queja, necesitaríamos el nombre de la agencia; usted puede negarse.", "identifying_details"],
  ["fr", "Plus tard, si vous décidez d'aller à la clinique juridique, ils pourraient avoir besoin de votre nom; c'est vous qui choisissez.", "legal"],
  ["hi", "कुछ लोग ऐसी स्थिति में श्रम विभाग में शिकायत करते हैं, कुछ नहीं करते।", "no_police"],
  ["pa", "ਕੀ ਤੁਸੀਂ ਕਦੇ ਇਕੱਲੇ ਗੁਰਦੁਆਰੇ ਜਾ ਸਕਦੇ ਹੋ, ਜਾਂ ਹਮੇਸ਼ਾ ਕੋਈ ਨਾਲ ਜਾਂਦਾ ਹੈ?", "safety"],
  ["uk", "Сподіваюся, все владнається і вам виплатять зароблене.", "no_promise"],
  ["zh", "以后如果您决定申请续签，律师可能会需要您的证件复印件——那是到时候的事，而且您也可以拒绝。", "legal"],
  ["zh", "我的姓名和机构名称不方便透露，我们直接谈您的问题吧。", "safety"],
  ["en", "Keep typing even if he walks in, he won't know what you're doing.", "privacy"],
  ["ar", "ما لازم تروح عالشرطة لتاخد مساعدة، وسرير الليلة ما إلو علاقة بالشرطة.", "next_steps"],
  ["ar", "أنا مش من الشرطة ولا من الهجرة، أنا من الجالية وبساعد ببلاش.", "language"],
  ["uk", "Я не поліцейська, я волонтерка з громади, допомагаю людям, які потрапили в таку ситуацію.", "language"],
  ["uk", "Хочете, я домовлюся, щоб вам подзвонила працівниця нашої організації на номер, який ви самі оберете? Тільки якщо вам так зручно.", "safety"],
  ["th", "ชื่อหน่วยงานผมบอกไม่ได้ แค่ทำตามที่ผมบอกก็พอ", "no_promise"],
  ["pa", "ਪੁਲਿਸ ਨੂੰ ਦੱਸਣਾ ਜਾਂ ਨਾ ਦੱਸਣਾ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਹੈ; ਕੋਈ ਤੁਹਾਨੂੰ ਮਜਬੂਰ ਨਹੀਂ ਕਰੇਗਾ, ਅਤੇ ਮਦਦ ਫਿਰ ਵੀ ਮਿਲੇਗੀ।", "person_first"],
  // guards: a dev line (ne), the question whether the police must be helped (zh dev), a past "pasó" (es own)
  ["ne", "एजेन्ट वा एजेन्सीको नाम भन्नु पर्दैन। त्यो बिना पनि हामी सहयोग गर्छौं।", "introduced"],
  ["zh", "续签TRP是不是一定要配合警方，这个可以先问问免费法律诊所，不要只听别人的说法。", "no_police"],
  ["es", "Me contaste que la policía pasó por la granja el año pasado.", "safety"],
];
describe('r71a: no verdict on a point the line does not touch (a later name with the right to refuse, a hope, a lawyer who may ask later)', () => {
  for (const [lang, line, point] of NONE) it(`${lang} ${point}: ${line}`, () => expect(verdicts(lang, line)[point], point).toBeUndefined());
});
