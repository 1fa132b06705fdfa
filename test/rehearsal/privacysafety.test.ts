// Privacy and safety read as combinations of small word families in each language (issue 20),
// not as phrases: a verb of keeping, passing on, seeing or deleting with what is the person's
// (their number, name, messages) or who would get it (the employer, immigration, anyone), with
// or without a negation; a sign agreed to stop; someone coming and the chat stopped. Each
// structure has a line that earns the point and a near miss that must not.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

const earns = (point: 'privacy' | 'safety'): [string, string][] => (point === 'privacy' ? PRIVACY : SAFETY);

// [language, line]: each earns the point.
const PRIVACY: [string, string][] = [
  // we keep / save / delete + what is yours
  ['en', "We won't save your phone number anywhere."],
  ['en', "Just so you know, we don't store numbers."],
  ['es', 'Para que sepas, no almacenamos datos personales.'],
  ['es', 'Yo no apunto nombres.'],
  // passive: it is not kept
  ['es', 'Tu número no se guarda en ningún lado.'],
  // we do not pass it on to someone
  ['en', "I'm not going to pass any of this on to your boss."],
  ['en', 'We do not share what you tell us with the police or with immigration.'],
  ['es', 'Lo que me escribes no se lo enseño a nadie.'],
  ['es', 'No vamos a avisar a tu empleador de nada.'],
  // it does not reach them
  ['es', 'Nada de lo que escribes aquí llega a migración.'],
  // only I see it
  ['en', 'Your messages are only read by me.'],
  ['es', 'Tus mensajes solo los leo yo.'],
  ['es', 'La única persona que ve este chat soy yo.'],
  // your name is not needed
  ['en', "You don't have to give me your real name."],
  ['en', 'You can use any name you want here, even a made-up one.'],
  ['es', 'No tienes que darme tu nombre verdadero.'],
  ['en', "Your name doesn't need to appear anywhere."],
  ['en', "I don't know your number and I can't see where you are."],
  ['en', 'Nothing you say will be reported to immigration.'],
  ['en', "We'll only keep what you agree to."],
  ['ar', 'أنا ما بسجل أسماء.'],
  ['ar', 'رقمك لا يُحفظ عندنا.'],
  ['ar', 'لن أنقل أي شيء من هذا إلى صاحب العمل.'],
  ['ar', 'ما رح نخبر صاحب الشغل بشي.'],
  ['ar', 'لا أحد غيري يستطيع الاطلاع على هذه المحادثة.'],
  ['ar', 'مديرك ليس لديه أي طريقة لرؤية هذه الرسائل.'],
  ['ar', 'لست مضطراً أن تعطيني اسمك الحقيقي.'],
  // "nobody will know you wrote to us" is privacy, not a promise
  ['ar', 'صاحب العمل لن يعرف بهذه المحادثة منا أبداً.'],
  // Nepali: the negation is the verb's ending
  ['ne', 'म नामहरू लेख्दिनँ।'],
  ['ne', 'तपाईंको नम्बर कतै राखिँदैन।'],
  ['ne', 'म यो कुरा तपाईंको मालिकलाई भन्दिनँ।'],
  ['ne', 'तपाईंको साहुले यी सन्देशहरू देख्न सक्दैन।'],
  ['ne', 'म बाहेक अरू कसैले यो च्याट पढ्न सक्दैन।'],
  ['ne', 'तपाईंले आफ्नो नाम बताउनु पर्दैन।'],
  // Hindi and Punjabi: the negation stands next to the verb, before or after it
  ['hi', 'मैं नाम नहीं लिखती।'],
  ['hi', 'हम आपकी बातें पुलिस या इमिग्रेशन को नहीं देते।'],
  ['hi', 'main aapke malik ko kuch nahi bataungi.'],
  ['hi', 'मेरे अलावा कोई यह चैट नहीं पढ़ सकता।'],
  ['hi', 'आप चाहें तो बिना नाम बताए बात कर सकते हैं।'],
  ['pa', 'ਮੈਂ ਇਹ ਗੱਲ ਤੁਹਾਡੇ ਮਾਲਕ ਨੂੰ ਨਹੀਂ ਦੱਸਾਂਗੀ।'],
  ['pa', 'ਮੇਰੇ ਤੋਂ ਇਲਾਵਾ ਕੋਈ ਇਹ ਚੈਟ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ।'],
  ['pa', 'ਤੁਹਾਡਾ ਪੁੱਤ ਇਹ ਸੁਨੇਹੇ ਨਹੀਂ ਦੇਖ ਸਕਦਾ।'],
  ['uk', 'Я не записую імен.'],
  ['uk', 'Ми не ділимося тим, що ви розповідаєте, з поліцією чи міграційною службою.'],
  ['uk', 'Якщо напишете ERASE, ми видалимо все, що маємо про вас.'],
  ['uk', 'Крім мене, ніхто не має доступу до цієї переписки.'],
  ['uk', 'Мы не храним ваш номер.'],
  ['zh', '你不需要告诉我你的真名。'],
  ['zh', '我们只记一个简单的备注，不写你的名字。'],
  ['zh', '你的老板没办法看到这些消息。'],
  ['zh', '你用什么名字都可以，假名也行。'],
  ['vi', 'Em sẽ không nói gì với chủ của chị cả.'],
  ['vi', 'Những gì chị viết không đến tay di trú.'],
  ['vi', 'Chị không cần cho em biết tên thật.'],
  ['vi', 'Ông chủ không có cách nào xem được những tin nhắn này.'],
  ['th', 'คุณไม่ต้องบอกชื่อจริงก็ได้ค่ะ'],
  ['th', 'นายจ้างไม่มีทางเห็นข้อความพวกนี้'],
  ['th', 'จะใช้ชื่ออะไรก็ได้ ชื่อปลอมก็ได้ค่ะ'],
  ['tl', 'Hindi mo kailangang sabihin ang totoong pangalan mo.'],
  ['tl', 'Walang paraan ang amo mo para makita ang mga message na ito.'],
  ['tl', 'Hindi ako nagsusulat ng mga pangalan.'],
  ['tl', 'Kahit anong pangalan ang gamitin mo, okay lang.'],
  ['tl', 'Hindi rin magkukuwento ang tagasalin kahit kanino.'],
  ['fr', 'Nous ne gardons pas les numéros de téléphone.'],
  ['fr', "Tes messages, il n'y a que moi qui les lis."],
  ['fr', "Ce que tu écris ne va pas à l'immigration."],
  ['fr', "Tu n'as pas besoin de me donner ton vrai nom."],
  ['pt', 'Eu não anoto nomes.'],
  ['pt', 'Não vou contar nada disso ao seu patrão.'],
  ['pt', 'Sua patroa não tem como ver estas mensagens.'],
  ['pt', 'Pode usar o nome que quiser, até um inventado.'],
  ['ht', 'Mwen pa ekri non moun.'],
  ['ht', 'Ou pa bezwen ban m vrè non ou.'],
  ['ht', 'Pèsonn lòt pase mwen pa gen aksè a konvèsasyon sa a.'],
  ['ht', 'Patwon ou pa gen okenn fason pou l wè mesaj sa yo.'],
];

const SAFETY: [string, string][] = [
  // a sign agreed to stop
  ['en', 'Could we agree on a word you send if you need to stop?'],
  ['es', '¿Quedamos en una palabra que me mandes si tienes que parar?'],
  // ok to go on
  ['es', 'Antes de seguir, ¿estás bien para continuar?'],
  // seen while writing, someone around
  ['es', '¿Te puede ver alguien mientras escribes?'],
  ['es', '¿Tu patrón anda por ahí ahora?'],
  ['ar', 'هل حدا بيشوفك وأنت عم تكتب؟'],
  ['ar', 'إذا اضطررت للذهاب فجأة، أرسل نقطة وسأفهم.'],
  ['ne', 'लेख्दै गर्दा कसैले तपाईंलाई देख्न सक्छ?'],
  ['ne', 'अचानक जानुपर्यो भने एउटा थोप्लो पठाउनुहोस्, म बुझ्छु।'],
  ['ne', 'के यो कुरा गर्ने राम्रो समय हो?'],
  ['hi', 'क्या हम कोई शब्द तय कर लें जो आप रुकना पड़े तो भेजें?'],
  ['hi', 'लिखते समय क्या कोई आपको देख सकता है?'],
  ['pa', 'ਜੇ ਅਚਾਨਕ ਜਾਣਾ ਪਵੇ ਤਾਂ ਇੱਕ ਬਿੰਦੀ ਭੇਜ ਦਿਓ, ਮੈਂ ਸਮਝ ਜਾਵਾਂਗੀ।'],
  ['pa', 'ਲਿਖਦੇ ਵੇਲੇ ਕੀ ਕੋਈ ਤੁਹਾਨੂੰ ਦੇਖ ਸਕਦਾ ਹੈ?'],
  ['pa', 'ਜੇ ਕਿਸੇ ਵੇਲੇ ਮਾਲਕ ਕਮਰੇ ਵਿੱਚ ਆ ਜਾਵੇ ਤਾਂ ਲਿਖਣਾ ਛੱਡ ਦੇਣਾ।'],
  // phone settings that keep a chat from showing
  ['en', 'You might want to turn off message previews so nothing shows on your lock screen.'],
  ['en', "If you need to disappear mid-conversation, that's fine, I'll wait."],
  ['en', 'Would it be risky if someone found this chat on your phone?'],
  // writing only when it is safe, said as a condition rather than asked
  ['en', 'Only reply when it feels ok for you.'],
  ['en', "Let me know when you're alone."],
  ['en', "Tell me if it's a bad time."],
  ['en', "First, I want to check you're safe to chat."],
  ['en', 'Please make sure nobody is looking over your shoulder.'],
  ['en', 'Can anyone else open your messages?'],
  ['en', 'Do you have privacy right now?'],
  ['en', "I hope you're somewhere safe right now."],
  ['en', "Only if it's safe for you."],
  ['en', "I don't want this chat to get you in trouble with him."],
  ['en', 'Can you write to me without him knowing?'],
  ['en', "Does your boss know you're talking to me?"],
  ['en', 'Can you talk right now?'],
  ['en', 'Is now ok?'],
  ['en', 'Is he there now?'],
  ['en', 'Are you being watched?'],
  ['en', 'Does anyone check who you text?'],
  ['en', 'Before we continue: can anyone see what you’re writing?'],
  ['uk', 'Домовимося про слово, яке ви надішлете, якщо треба буде зупинитися?'],
  ['uk', 'Чи може хтось побачити вас, поки ви пишете?'],
  ['uk', 'Кто-то проверяет ваш телефон?'],
  ['zh', '你打字的时候会有人看到吗？'],
  ['zh', '只有在安全的时候再回我。'],
  ['zh', '请确保没有人在看你的手机。'],
  ['vi', 'Chị chỉ trả lời khi thấy an toàn thôi nhé.'],
  ['vi', 'Mình thống nhất một chữ, khi nào chị cần dừng thì gửi cho em nhé?'],
  ['vi', 'Khi nào chị ở một mình thì nhắn tiện hơn?'],
  ['th', 'ตอนไหนที่คุณอยู่คนเดียวแล้วสะดวกคุยคะ'],
  ['th', 'เราตกลงคำหนึ่งไว้ไหม ถ้าต้องหยุดก็ส่งคำนั้นมา'],
  ['th', 'ตอนพิมพ์อยู่ มีใครเห็นไหม'],
  ['th', 'ตอบเฉพาะตอนที่ปลอดภัยนะคะ'],
  ['th', 'หวังว่าตอนนี้คุณอยู่ในที่ปลอดภัยนะคะ'],
  ['tl', 'May ibang tumitingin ba ng phone mo?'],
  ['tl', 'Pumili tayo ng isang salita na ipapadala mo kung kailangan mong tumigil?'],
  ['tl', 'Habang nagta-type ka, may nakakakita ba sa iyo?'],
  ['tl', 'Sumagot ka lang kapag ligtas ka na.'],
  ['tl', 'Sana nasa ligtas kang lugar ngayon.'],
  ['fr', "Est-ce qu'on se met d'accord sur un mot que tu m'envoies si tu dois arrêter ?"],
  ['fr', "Est-ce que quelqu'un peut te voir pendant que tu écris ?"],
  ['fr', "Réponds seulement quand c'est sûr pour toi."],
  ['fr', "J'espère que tu es en sécurité en ce moment."],
  ['pt', 'Alguém pode te ver enquanto você escreve?'],
  ['pt', 'Me avisa quando estiver sozinha.'],
  ['pt', 'Cuidado para ninguém ver seu celular.'],
  ['pt', 'Se tiver que sair de repente, manda só um ponto, eu entendo.'],
  ['ht', 'Èske yon moun ka wè w pandan w ap ekri?'],
  ['ht', 'Reponn sèlman lè li an sekirite pou ou.'],
  ['ht', 'Fè atansyon pou pèsonn pa wè telefòn ou.'],
  ['ht', 'Mwen espere ou nan yon kote ki an sekirite kounye a.'],
];

// [language, point, line]: near misses that must not earn the point.
const NEAR_MISSES: [string, 'privacy' | 'safety', string][] = [
  ['en', 'privacy', 'Save this number: 1-833-900-1010.'],
  ['en', 'privacy', 'The police may want to see your records.'],
  ['en', 'privacy', 'Did your boss delete your messages?'],
  ['en', 'privacy', "You don't have to give me any names, and you can skip any question you want."],
  ['en', 'privacy', "I'm not a cop, and you don't have to report anything to anyone to talk with me."],
  ['es', 'privacy', 'Guarda este número: 1-833-900-1010.'],
  ['es', 'privacy', '¿Tu patrón borró tus mensajes?'],
  ['es', 'privacy', 'No tienes que darme el nombre de tu patrón.'],
  ['en', 'privacy', 'Keep a copy of your contract.'],
  ['en', 'privacy', 'Write down the dates you worked.'],
  ['ar', 'privacy', 'احفظ هذا الرقم: 1-833-900-1010.'],
  ['ar', 'privacy', 'احتفظ بجوازك في مكان آمن.'],
  ['ar', 'privacy', 'هل مسح صاحب العمل رسائلك؟'],
  ['ar', 'safety', 'هل جوازك في أمان؟'],
  ['ar', 'safety', 'هل صاحب العمل شخص طيب؟'],
  ['ne', 'privacy', 'यो नम्बर सेभ गर्नुहोस्: 1-833-900-1010।'],
  ['ne', 'privacy', 'म तपाईंलाई प्रहरीकहाँ जान भन्दिनँ।'],
  ['ne', 'safety', 'तपाईंको राहदानी सुरक्षित छ?'],
  ['hi', 'privacy', 'क्या मालिक ने आपके मैसेज मिटा दिए?'],
  ['hi', 'privacy', 'अगर कोई आ जाए तो बस एक शब्द लिख देना, मैं तब तक कुछ नहीं भेजूँगी।'],
  ['pa', 'privacy', 'ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਕੋਲ ਜਾਣ ਦੀ ਕੋਈ ਲੋੜ ਨਹੀਂ, ਸਾਡੀ ਮਦਦ ਇਸ ਗੱਲ ਤੇ ਨਿਰਭਰ ਨਹੀਂ ਕਰਦੀ।'],
  ['pa', 'privacy', 'ਕੀ ਮਾਲਕ ਨੇ ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਮਿਟਾ ਦਿੱਤੇ?'],
  ['hi', 'safety', 'क्या आपका पासपोर्ट सुरक्षित है?'],
  ['pa', 'safety', 'ਕੀ ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ ਸੁਰੱਖਿਅਤ ਹੈ?'],
  ['en', 'safety', 'Write to me whenever you want.'],
  ['en', 'safety', 'If you are in danger, call 911.'],
  ['en', 'safety', 'I want to make sure you get your wages.'],
  ['en', 'safety', 'Make sure nobody takes your passport again.'],
  ['uk', 'privacy', 'Збережіть цей номер: 1-833-900-1010.'],
  ['uk', 'privacy', 'Бригадир видалив ваші повідомлення?'],
  ['zh', 'privacy', '老板删了你的消息吗？'],
  ['vi', 'privacy', 'Chị không cần báo cảnh sát thì mới được bên em giúp.'],
  ['vi', 'privacy', 'Chị lưu số này lại nhé: 1-833-900-1010.'],
  ['uk', 'safety', 'Хочете, я знайду для вас безпечне місце для ночівлі?'],
  ['vi', 'safety', 'Chị muốn em tìm cho chị một chỗ ở an toàn không?'],
  ['zh', 'safety', '如果方便的话，可以告诉我你现在住的地址吗？'],
  ['th', 'privacy', 'นายจ้างลบข้อความของคุณหรือเปล่า'],
  ['tl', 'privacy', 'I-save mo itong number: 1-833-900-1010.'],
  ['tl', 'privacy', 'Binura ba ng amo mo ang mga message mo?'],
  ['tl', 'privacy', 'Hindi mo kailangang magsumbong sa pulis.'],
  ['th', 'safety', 'พาสปอร์ตของคุณปลอดภัยไหม'],
  ['th', 'safety', 'อยากให้ฉันหาที่พักที่ปลอดภัยให้ไหม'],
  ['th', 'safety', 'ไม่มีใครบังคับให้คุณไปคุยกับตำรวจ ถ้าวันหนึ่งคุณอยากทำเองก็ได้'],
  ['tl', 'safety', 'Ligtas ba ang passport mo?'],
  ['tl', 'safety', 'Gusto mo bang hanapan kita ng ligtas na matutuluyan?'],
  // a hotline that needs no name is a next step, not what we keep
  ['en', 'privacy', "You can call the hotline at 1-833-900-1010. You don't have to give your name."],
  ['th', 'privacy', 'โทรสายแจ้งเบาะแส 1-866-602-9448 ได้ตลอด 24 ชม. ไม่ต้องบอกชื่อ'],
  ['fr', 'privacy', 'Garde ce numéro : 1-833-900-1010.'],
  ['fr', 'privacy', 'Ton patron a effacé tes messages ?'],
  ['pt', 'privacy', 'Guarde este número: 1-833-900-1010.'],
  ['pt', 'privacy', 'Qualquer pessoa pode ligar para a linha de denúncia sem dar o nome.'],
  ['pt', 'privacy', 'Você não precisa me dar o nome da sua amiga nem o endereço.'],
  ['ht', 'privacy', 'Kenbe nimewo sa a: 1-833-900-1010.'],
  ['ht', 'privacy', 'Èske patwon an efase mesaj ou yo?'],
  ['fr', 'safety', 'Ton passeport est en sécurité ?'],
  ['fr', 'safety', 'Tu veux que je te trouve un endroit sûr pour dormir ?'],
  ['pt', 'safety', 'Seu passaporte está seguro?'],
  ['ht', 'safety', 'Ou ka ekri m isit la nenpòt ki lè, menm nan mitan lannwit.'],
  ['ht', 'safety', 'Si w vle, m ka voye w yon nimewo kote w ka rele lè w poukont ou.'],
  ['en', 'safety', 'Is now a good time to call the clinic?'],
  ['en', 'safety', 'Can you tell me more?'],
  ['en', 'safety', 'Is your passport safe?'],
  ['en', 'safety', 'Are you safe from deportation if you report?'],
  ['es', 'safety', '¿Tu pasaporte está seguro?'],
  ['es', 'safety', '¿Estás seguro de que te pagaron todo?'],
];

describe.each(['privacy', 'safety'] as const)('%s: general structures earn it', (point) => {
  it.each(earns(point))('%s: %s', (lang, line) => {
    const got = verdicts(lang, line);
    expect(got[point]).toBe('earned');
    expect(Object.values(got)).not.toContain('breached');
  });
});

describe('a number to keep or a name that may be made up is asked of nobody', () => {
  it.each([
    ['zh', '把这个号码存下来：1-833-900-1010。'],
    ['zh', '你用什么名字都可以，假名也行。'],
    ['tl', 'Kahit anong pangalan ang gamitin mo, okay lang.'],
  ])('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).identifying_details).not.toBe('breached');
  });
});

describe('near misses earn neither privacy nor safety', () => {
  it.each(NEAR_MISSES)('%s %s: %s', (lang, point, line) => {
    expect(verdicts(lang, line)[point]).not.toBe('earned');
  });
});

// Recording the conversation or passing it on (to a supervisor, the employer, immigration, a
// file), said or asked, breaches privacy in every language; refused, it is privacy said; offered
// as the person's choice, or said of someone else ("the police may pass your data to
// immigration"), it breaches nothing.
const RECORD_SHARE: [string, string][] = [
  ['en', "I'll forward our messages to my manager so she knows what is going on."],
  ['en', 'Heads up: this call is being recorded.'],
  ['en', 'Can I put your name and address in our file?'],
  ['es', 'Voy a reenviar tus mensajes a la agencia para que lo revisen.'],
  ['es', 'Esta llamada se graba, ¿vale?'],
  ['fr', 'Je vais transmettre tes messages à mon responsable.'],
  ['fr', 'Cette conversation est enregistrée.'],
  ['pt', 'Vou mostrar suas mensagens pro meu chefe, tá bom?'],
  ['pt', 'Eu gravo a ligação, tudo bem?'],
  ['ht', 'M ap voye mesaj ou yo bay chèf mwen an.'],
  ['tl', 'Ipapakita ko ang mga mensahe mo sa supervisor ko.'],
  ['ar', 'سأرسل رسائلك إلى مديري ليطلع عليها.'],
  ['hi', 'मैं आपके मैसेज अपने मैनेजर को भेज दूँगी।'],
  ['ne', 'म यो कुराकानी तपाईंको मालिकलाई पठाइदिन्छु।'],
  ['pa', 'ਮੈਂ ਇਹ ਗੱਲਬਾਤ ਤੁਹਾਡੇ ਮਾਲਕ ਨੂੰ ਭੇਜ ਦਿਆਂਗੀ।'],
  ['th', 'ผมจะส่งต่อแชทนี้ให้หัวหน้าของผมนะครับ'],
  ['uk', 'Я передам ваші повідомлення своєму керівникові.'],
  ['vi', 'Em sẽ chuyển tin nhắn của chị cho sếp của em.'],
  ['zh', '我会把你的消息转发给我的主管。'],
];

const RECORD_SHARE_REFUSED: [string, string][] = [
  ['en', "We don't record our calls, and I will never forward your messages to your employer."],
  ['es', 'Nunca le voy a reenviar tus mensajes a tu patrón.'],
  ['pt', 'Não vou mostrar suas mensagens pro seu patrão.'],
  ['uk', 'Я не передам ваші повідомлення роботодавцю.'],
];

const RECORD_SHARE_NOT: [string, string][] = [
  ['en', 'If you want, I can share your story with the lawyer so you do not have to repeat it.'],
  ['en', 'Your boss might share your photos with the police.'],
  ['en', 'Keep a record of your hours and your pay.'],
  ['en', 'We keep your messages for 30 days, then delete them.'],
  ['es', 'Sin papeles, la policía puede pasar tus datos a migración.'],
  ['es', 'Si quieres, le paso tu caso a una abogada de la clínica.'],
  ['pt', 'A polícia pode passar seus dados para a imigração.'],
  ['tl', 'Baka ibigay ng pulis ang impormasyon mo sa immigration.'],
  ['ht', 'Ou ka anrejistre nimewo sa a anba yon lòt non.'],
  ['hi', 'शायद बेहतर होगा कि यह मामला किसी वकील को सौंप दिया जाए।'],
  ['vi', 'Nếu ông ấy vào, chị chỉ cần gửi một chữ thôi.'],
];

describe('recording or passing on the conversation breaches privacy', () => {
  it.each(RECORD_SHARE)('%s: %s', (lang, line) => {
    expect(verdicts(lang, line).privacy).toBe('breached');
  });
  it.each(RECORD_SHARE_REFUSED)('refused, %s: %s', (lang, line) => {
    expect(verdicts(lang, line).privacy).toBe('earned');
  });
  it.each(RECORD_SHARE_NOT)('a choice, or someone else: %s: %s', (lang, line) => {
    expect(verdicts(lang, line).privacy).not.toBe('breached');
  });
});
