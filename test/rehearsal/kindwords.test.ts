// Kind words (person_first), honest limits and promises, asks for identifying details and
// introductions, read as general structures of each language (issue 20), not as phrases. Each
// structure has lines that get the verdict and near misses that must not.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { verdicts } from './verdicts.ts';

type Case = [lang: string, line: string];

/** Each line gets the verdict on the point, and breaches nothing else when it earns. */
function expectOn(point: PointId, verdict: Verdict, cases: Case[]): void {
  it.each(cases)('%s: %s', (lang, line) => {
    const got = verdicts(lang, line);
    expect(got[point], JSON.stringify(got)).toBe(verdict);
    if (verdict === 'earned') expect(Object.values(got)).not.toContain('breached');
  });
}

/** Each line does not get the verdict on the point. */
function expectNotOn(point: PointId, verdict: Verdict, cases: Case[]): void {
  it.each(cases)('%s: %s', (lang, line) => {
    expect(verdicts(lang, line)[point]).not.toBe(verdict);
  });
}

describe('kind words: a label named (quoted or reported) and refused in the line, in any sentence', () => {
  expectOn('person_first', 'earned', [
    ['en', "Others may call you 'illegal'. Not me."],
    ['en', "Some would say 'trafficked'. I won't."],
    ['es', 'Habrá quien te llame ‘ilegal’. Yo no.'],
    ['es', 'Hay quienes dirían que eres víctima; no te voy a llamar así.'],
    ['fr', 'D’autres diraient « clandestine ». Moi non.'],
    ['pt', 'Tem gente que chamaria você de ilegal. Eu não vejo assim.'],
    ['ht', "Gen moun ki di 'ilegal'. Mwen pa p ap rele w konsa."],
    ['tl', "Baka tawagin ka ng iba na 'ilegal'. Hindi kita tatawaging ganoon."],
    ['vi', "Có người sẽ gọi anh là 'bất hợp pháp', tôi thì không."],
    ['uk', 'Хтось скаже «нелегал». Я вас так не називатиму.'],
    ['ar', 'قد يقول البعض عنك «غير شرعي»، أما أنا فلا.'],
    ['hi', "कुछ लोग 'अवैध' कहेंगे। मैं आपको ऐसा नहीं कहूंगा।"],
    ['ne', "कसैले 'दास' भन्लान्, तर म त्यसो भन्दिनँ।"],
    ['pa', "ਕੁਝ ਲੋਕ 'ਗੁਲਾਮ' ਆਖਣਗੇ, ਪਰ ਮੈਂ ਨਹੀਂ।"],
    ['th', "บางคนอาจเรียกว่า 'ทาส' แต่ฉันไม่เรียกแบบนั้น"],
    ['zh', '别人也许说“黑工”，我不这么叫。'],
  ]);
});

describe('kind words: a label said to the person is breached though a refusal stands in the line', () => {
  expectOn('person_first', 'breached', [
    ['en', "Some say it's just hard work. Not me: you are a victim of trafficking."],
    ['es', 'Yo no miento: eres una víctima de trata.'],
    ['zh', '我不会骗你，你就是受害者。'],
  ]);
});

describe('kind words: a service named with the word, and a refusal, earn nothing', () => {
  expectNotOn('person_first', 'earned', [
    ['en', "Victim Services can help you, and I won't push."],
  ]);
});

describe('kind words breached: judgement said politely, in every language', () => {
  expectOn('person_first', 'breached', [
    // you should quit this work
    ['en', 'Honestly you should quit that kind of job.'],
    ['es', 'Tienes que salir de esa vida ya.'],
    ['fr', 'Vous devriez quitter ce milieu.'],
    ['pt', 'Você precisa largar esse emprego.'],
    ['ht', 'Fok ou sispann djob sa a.'],
    ['vi', 'Em nên bỏ nghề này đi.'],
    ['uk', 'Тобі треба кинути цю роботу.'],
    ['ar', 'من الافضل أن تتركي هذه الشغلة.'],
    ['hi', 'तुम्हें ऐसा धंधा छोड़ देना चाहिए।'],
    ['pa', 'ਤੁਹਾਨੂੰ ਇਹ ਨੌਕਰੀ ਛੱਡ ਦੇਣੀ ਚਾਹੀਦੀ ਹੈ।'],
    ['th', 'เธอควรเลิกงานแบบนี้'],
    ['zh', '你最好改行吧。'],
    // what happens to people like you
    ['en', "That's what happens to girls like you."],
    ['es', 'Eso es lo que les pasa a las chicas como tú.'],
    ['pt', 'É o que acontece com mulheres como você.'],
    ['tl', 'Yan ang nangyayari sa mga tulad mo.'],
    ['uk', 'Таке стається з такими жінками, як ти.'],
    ['ar', 'هكذا يحصل مع أمثالك.'],
    ['zh', '你这种人就是会被骗。'],
    // should (not) have
    ['en', 'you shoulda checked first'],
    ['pt', 'Você nunca deveria ter assinado aquilo.'],
    ['tl', 'Hindi ka sana pumirma doon.'],
    ['vi', 'Lẽ ra em không nên ký giấy đó.'],
    ['uk', 'Не варто було так довіряти йому.'],
    ['zh', '你来之前就应该问清楚。'],
  ]);
});

describe('kind words not breached: the same words said kindly', () => {
  expectNotOn('person_first', 'breached', [
    ['en', "You don't need to quit that job for us to help you."],
    ['en', "What happens to women like you isn't right."],
    ['en', 'If you have to leave work early to call, that is fine.'],
    ['es', 'Lo que le pasa a la gente como usted es injusto.'],
    ['es', 'Usted debería haber cobrado cada hora trabajada.'],
    ['pt', 'Você não deveria ter passado por nada disso.'],
    ['tl', 'Hindi ka dapat mag-alala tungkol diyan.'],
    ['vi', 'Lẽ ra ông chủ không nên giữ hộ chiếu của chị.'],
    ['uk', 'Не треба було вам таке терпіти.'],
    ['ar', 'كثير من أمثالك حصلوا على حقوقهم.'],
    ['th', 'คนอย่างคุณไม่ควรถูกเอาเปรียบ'],
    ['zh', '像你这样的人很多，不是你的错。'],
    ['zh', '老板早就应该给你工资。'],
  ]);
});

describe('kind words earned: anyone would have done the same', () => {
  expectOn('person_first', 'earned', [
    ['en', 'Anyone in your place would have believed him.'],
    ['es', 'Mucha gente también habría firmado.'],
    ['fr', 'Tout le monde aurait cru la même chose à ta place.'],
  ]);
});

describe('promises said with confidence or reassurance breach "made no promises"', () => {
  expectOn('no_promise', 'breached', [
    // I'm sure it will
    ['en', "We're totally certain immigration won't bother you."],
    ['fr', 'Je suis certaine que ton patron te paiera.'],
    ['ht', 'Nou si patwon an ap peye w.'],
    ['tl', 'Sigurado kaming babayaran ka ng amo mo.'],
    ['ar', 'أنا واثقة أنك ستحصل على أجرك.'],
    ['pa', 'ਸਾਨੂੰ ਯਕੀਨ ਹੈ ਕਿ ਤੁਹਾਡਾ ਪਰਮਿਟ ਮਿਲ ਜਾਵੇਗਾ।'],
    ['th', 'ฉันรับรองว่าคุณจะได้เงินคืน'],
    // you risk nothing
    ['en', 'Applying is risk free.'],
    ['es', 'Tú no corres ningún riesgo.'],
    ['uk', 'Жодного ризику для вас немає.'],
    ['zh', '这样做零风险。'],
    ['hi', 'आपको ज़रा भी खतरा नहीं।'],
    // we will make him pay
    ['en', "I'll make your boss pay every cent."],
    ['pt', 'A gente vai obrigar a agência a devolver o dinheiro.'],
    ['vi', 'Chúng tôi sẽ buộc công ty đền tiền cho anh.'],
    ['ne', 'हामी तपाईंको तलब दिलाइदिन्छौं।'],
  ]);
});

describe('near misses: doubt, a question or a refusal to promise is no promise', () => {
  expectNotOn('no_promise', 'breached', [
    ["en", "I'm sure it will feel strange at first."],
    ['en', "I can't say there's no risk for you."],
    ['en', 'Is there any risk for you if he finds out?'],
    ['fr', 'Je ne suis pas sûre que la police va t’aider.'],
    ['pt', 'Não posso dizer que você não corre nenhum risco.'],
    ['tl', 'Sa tingin ko dapat kang mag-ingat, para sigurado.'],
    ['ar', 'لست متأكدة أن الشرطة لن تزعجك.'],
    ['hi', 'अगर कोई खतरा नहीं है तो हम बात कर सकते हैं।'],
    ['th', 'ตอนนี้คุณไม่มีความเสี่ยงใช่ไหม'],
    ['zh', '我不能保证没有风险。'],
  ]);
});

describe('honest limits earn "made no promises"', () => {
  expectOn('no_promise', 'earned', [
    ['en', "I'd rather not give you false hope."],
    ['en', "There's always some risk, and you decide."],
    ['es', 'Hay cosas que yo no controlo.'],
    ['fr', 'Je ne maîtrise pas ce que l’employeur va faire.'],
    ['pt', 'Talvez eles paguem, talvez não.'],
    ['ht', 'Petèt yo va peye, petèt non, m pa konnen.'],
    ['tl', 'Hindi ko masisiguro na maibabalik ang passport mo.'],
    ['vi', 'Tôi sẽ không lừa chị, có thể sẽ lâu.'],
    ['uk', 'Не хочу вас даремно обнадіювати.'],
    ['ar', 'هذا ليس بيدي، القرار للمكتب.'],
    ['hi', 'ये मेरे हाथ में नहीं है।'],
    ['ne', 'यो मेरो हातमा छैन।'],
    ['pa', 'ਇਹ ਮੇਰੇ ਹੱਥ ਵਿੱਚ ਨਹੀਂ ਹੈ।'],
    ['th', 'เรื่องนี้ผมควบคุมไม่ได้'],
    ['zh', '这个我说了不算。'],
  ]);
});

describe('identifying details: polite or indirect asks for names and documents breach', () => {
  expectOn('identifying_details', 'breached', [
    ['en', 'Would you mind sending me a scan of your health card?'],
    ['en', 'Could you text me a picture of it?'],
    ['uk', 'Скиньте, будь ласка, фото вашого дозволу на роботу.'],
    ['pa', 'ਆਪਣੇ ਵਰਕ ਪਰਮਿਟ ਦੀ ਫੋਟੋ ਭੇਜ ਦਿਓ ਜੀ।'],
    ['hi', 'पासपोर्ट है? उसकी फोटो भेज दो।'],
    ['zh', '麻烦拍一下你的签证发给我。'],
    ['es', '¿Te importaría decirme el nombre completo del encargado?'],
    ['th', 'ช่วยส่งรูปพาสปอร์ตมาให้หน่อยได้ไหม'],
  ]);
});

describe('identifying details: names or documents named only to say they are not needed, or offered', () => {
  expectNotOn('identifying_details', 'breached', [
    ['en', "I can send you a photo of it."],
    ['en', 'No documents needed, and no names.'],
    ['fr', "Tu n'as pas besoin de me donner ton nom ni aucun papier pour que je t'aide."],
    ['uk', 'Вам не потрібно давати мені своє ім’я чи документи.'],
    ['hi', 'मैं आपको क्लिनिक का पता भेज दूं?'],
    ['pa', 'ਕੀ ਮੈਂ ਤੁਹਾਨੂੰ ਵਕੀਲ ਦਾ ਪਤਾ ਭੇਜਾਂ?'],
    ['pa', 'ਮਦਦ ਲਈ ਤੁਹਾਨੂੰ ਆਪਣਾ ਨਾਮ ਜਾਂ ਕੋਈ ਕਾਗਜ਼ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ।'],
    ['zh', '你护照最好拍张照片自己留着。'],
    ['th', 'คุณไม่ต้องบอกชื่อหรือให้เอกสารอะไรเลย'],
  ]);
});

describe('introduced: a name and where the writer is from, in its forms', () => {
  expectOn('introduced', 'earned', [
    ['fr', "C'est Nadia, de l'équipe d'appui."],
    ['pt', 'Aqui é o Caio, da equipe de apoio.'],
    ['ht', 'Se Wilna, nan ekip sipò a.'],
    ['vi', 'Em là Lan, bên trung tâm hỗ trợ.'],
    ['uk', 'Це Марко з команди підтримки.'],
    ['hi', 'मैं रीना हूं, सहायता टीम से।'],
    ['ne', 'म गीता, सहयोग टोलीबाट।'],
    ['pa', 'ਮੈਂ ਜਸਲੀਨ ਹਾਂ, ਸਹਾਇਤਾ ਟੀਮ ਵੱਲੋਂ।'],
    ['zh', '我叫阿明，支援中心的。'],
  ]);
});

describe('introduced: doubt about the police, or a number from a line, introduces nobody', () => {
  expectNotOn('introduced', 'earned', [
    ['en', "I'm not certain the police will help."],
    ['fr', 'Je ne suis pas certaine que la police comprenne.'],
    ['uk', 'Я не впевнений, що поліція допоможе.'],
    ['ar', 'لست متأكداً أن الشرطة ستساعد.'],
    ['uk', 'Я дам вам номер з лінії підтримки.'],
    ['fr', "C'est normal, de la part de l'équipe on comprend."],
    ['hi', 'मैं आपको एक संस्था से जोड़ सकती हूँ।'],
    ['zh', '我是说热线的号码。'],
  ]);
});

describe('labels of status said to the person, with small words of emphasis, breach kind words; refused, they do not', () => {
  expectOn('person_first', 'breached', [
    ['hi', 'तुम तो गैरकानूनी मजदूर हो।'],
    ['pa', 'ਤੁਸੀਂ ਤਾਂ ਗੈਰ ਕਾਨੂੰਨੀ ਪਰਵਾਸੀ ਹੋ।'],
    ['ne', 'तिमी त अवैध हौ।'],
    ['zh', '你就是个黑工。'],
    ['vi', 'Em là dân lậu mà.'],
  ]);
  expectNotOn('person_first', 'breached', [
    ['hi', 'आप अवैध नहीं हैं।'],
    ['zh', '你不是黑户。'],
    ['vi', 'Chị không phải là lao động chui.'],
  ]);
});

// Blame said softly (could have been more careful; a pity you trusted them; I wonder why you
// waited) and "you are here illegally" said of the person breach kind words in every language;
// the same words about what happened, or about someone else, do not.
describe('kind words breached: blame said softly, and the person called illegal', () => {
  expectOn('person_first', 'breached', [
    ['en', 'Maybe you could have been a bit more careful with that agency.'],
    ['en', "It's a shame you trusted them so quickly."],
    ['en', 'I just wonder why you waited so long to say something.'],
    ['en', "Weren't you a little naive to hand over your passport?"],
    ['en', "Since you're here illegally, your options are limited."],
    ['es', 'Quizás podrías haber tenido más cuidado con esa agencia.'],
    ['es', 'Es una pena que confiaras tan rápido en ellos.'],
    ['fr', 'Tu aurais peut-être pu être plus prudente avec ce client.'],
    ['fr', "C'est dommage que tu lui aies fait confiance si vite."],
    ['fr', 'Les clandestins comme toi se font souvent avoir.'],
    ['pt', 'Que pena que ela confiou tão rápido neles.'],
    ['ar', 'من المؤسف أنك وثقت بهم بسرعة.'],
    ['ar', 'بما أنك هنا بشكل غير قانوني، خياراتك قليلة.'],
    ['hi', 'चूँकि आप यहाँ गैरकानूनी तरीके से हैं, आपके विकल्प कम हैं।'],
    ['th', 'น่าเสียดายที่คุณเชื่อเขาเร็วไป'],
    ['tl', 'Sayang at nagtiwala ka agad sa kanila.'],
    ['uk', 'Шкода, що ви так швидко їм повірили.'],
    ['vi', 'Tiếc là chị đã tin họ nhanh quá.'],
    ['zh', '可惜你那么快就相信了他们。'],
    ['ht', 'Se domaj ou te fè yo konfyans twò vit.'],
  ]);
});

describe('kind words not breached: a pity about what happened, or an act that is illegal', () => {
  expectNotOn('person_first', 'breached', [
    ['en', "It's a shame you had to go through this."],
    ['en', 'It is illegal for your employer to keep your passport.'],
    ['en', 'Even if you are here illegally, you still have rights.'],
    ['es', 'Es una pena lo que te pasó.'],
    ['es', '¿Para qué te sirve el permiso?'],
    ['fr', "C'est dommage que ton patron ne t'ait pas payée."],
    ['zh', '可惜老板不肯付钱。'],
  ]);
});

// Where the verb comes last, "where you write from, there is no need to say" denies the need in
// the clause after the ask: the ask is no ask. Asked plainly it still breaches.
describe('identifying details: a need denied after a comma cancels the ask (hi, pa, ne)', () => {
  expectNotOn('identifying_details', 'breached', [
    ['hi', 'आप कहाँ से लिख रहे हैं, ये बताने की ज़रूरत नहीं।'],
    ['pa', 'ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ, ਇਹ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ।'],
  ]);
  expectOn('identifying_details', 'breached', [
    ['hi', 'आप कहाँ रहते हैं?'],
    ['pa', 'ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ?'],
  ]);
});

// Thai asks indirectly ("ขอถามหน่อยว่า …": may I ask …) without a question mark; how the person
// came into the country is a question about status too.
describe('status asked indirectly or about entry breaches "did not ask about status" (th)', () => {
  expectOn('no_status_ask', 'breached', [
    ['th', 'ขอถามหน่อยว่าตอนนี้วีซ่าคุณเป็นประเภทไหน'],
    ['th', 'คุณเข้าประเทศมายังไงครับ'],
  ]);
  expectNotOn('no_status_ask', 'breached', [['th', 'ผมจะไม่ขอถามเรื่องวีซ่าของคุณ']]);
});

// "Promise" said of what nobody will do (force, tell, read) is no promise of an outcome (tl).
describe('a promise about what nobody will do is no promise (tl)', () => {
  expectNotOn('no_promise', 'breached', [['tl', 'Walang magsasabi sa amo mo na nag-message ka, promise.']]);
  expectOn('no_promise', 'breached', [['tl', 'Makukuha mo ang bagong permit, promise.']]);
});

describe('kind words: the word illegal put to the person as a question breaches kind words as well as asking about status (every writer so far judged it so)', () => {
  it.each([
    ['en', "Are you here illegally?"],
    ['en', "Are you illegal?"],
    ['en', "r u illegal here"],
    ['en', "Did you come in illegally?"],
    ['en', "Are you working illegally right now?"],
    ['en', "Is your friend here illegally?"],
    ['es', "¿Está usted aquí ilegalmente?"],
    ['es', "¿Eres ilegal?"],
    ['es', "¿Trabaja de ilegal?"],
    ['es', "¿Entró usted ilegal al país?"],
    ['fr', "Êtes-vous ici illégalement?"],
    ['fr', "T'es illégale au Canada?"],
    ['pt', "Você está aqui ilegalmente?"],
    ['pt', "Ela está ilegal?"],
    ['tl', "Illegal ka ba dito?"],
    ['tl', "Iligal ka na ba dito sa Canada?"],
    ['hi', "Kya aap yahan illegal ho?"],
    ['hi', "क्या आप यहाँ गैरकानूनी तरीके से रह रहे हैं?"],
    ['pa', "Tusi ethe illegal ho?"],
    ['pa', "ਕੀ ਤੁਸੀਂ ਇੱਥੇ ਗੈਰਕਾਨੂੰਨੀ ਹੋ?"],
    ['vi', "Chị ở đây bất hợp pháp à?"],
    ['vi', "Chi o lau bat hop phap phai ko?"],
    ['zh', "你是非法居留吗？"],
    ['zh', "你是黑户吗？"],
    ['zh', "你当初是非法入境的吗？"],
    ['ar', "هل أنت هنا بشكل غير قانوني؟"],
    ['ar', "انت مقيم غير قانوني؟"],
    ['ar', "هل دخلت كندا بطريقة غير شرعية؟"],
    ['uk', "Ви тут нелегально?"],
    ['uk', "Ти нелегал?"],
    ['th', "คุณอยู่ที่นี่อย่างผิดกฎหมายหรือเปล่า"],
    ['th', "คุณเป็นคนผิดกฎหมายไหม"],
    ['ne', "Tapai yaha illegal hunuhuncha?"],
    ['ne', "तपाईं यहाँ अवैध रूपमा बस्नुभएको हो?"],
    ['ht', "Èske w ilegal isit la?"],
    ['ht', "Ou antre ilegalman?"],
  ])('%s: %s', (lang, line) => {
    const got = verdicts(lang, line);
    expect(got.person_first, JSON.stringify(got)).toBe('breached');
    expect(got.no_status_ask, JSON.stringify(got)).toBe('breached');
  });
});

describe('kind words: illegal said of the employer\'s acts, or as what someone else says, is no label on the person', () => {
  expectNotOn('person_first', 'breached', [
    ['en', "Your boss calls you illegal, but that is not true."],
    ['en', "Are you worried he'll say you're here illegally? That's his threat, not the truth."],
    ['en', "Is it illegal for him to keep your card?"],
    ['en', "Are you afraid someone will call you illegal?"],
    ['es', "¿Es ilegal que el patrón le quite dinero por la vivienda?"],
    ['es', "¿Le dijo el patrón que usted está ilegal? Eso no es verdad."],
    ['fr', "Est-ce illégal qu'il garde ta carte? Oui."],
    ['fr', "Es-tu inquiète qu'il te traite d'illégale? Ce n'est pas vrai."],
    ['ar', "هل ما يفعله صاحب العمل غير قانوني؟ نعم."],
    ['ar', "هل قال لك إنك مقيم بشكل غير قانوني؟ هذا غير صحيح."],
    ['hi', "Kya aapke manager ka kaam illegal hai? Haan."],
    ['pa', "Ki tuhade putt da passport rakhna illegal hai? Haan."],
    ['ne', "Tapai ko agency le paisa katnu illegal ho ki? Ho."],
    ['zh', "你老板扣你工资是非法的吗？是的。"],
    ['zh', "你不是黑户，你有合法身份吗都不重要。"],
    ['ht', "Eske sa patwon an fe a ilegal? Wi."],
    ['tl', "Iligal ba yung ginagawa ng amo mo? Oo."],
  ]);
});
