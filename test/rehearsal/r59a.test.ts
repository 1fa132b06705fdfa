// Lines read fairer after a batch written apart (r59a, scored at 22462be7 before anyone read it: 82
// cells short), its own lines and ours in the other languages. Harms read in every language: the
// worker told someone sits next to the person or reads along, and going on ("doesn't matter, let's
// keep going"), or saying there is no need to ask whether it is safe, breaches safety
// (`contact_unasked`); the worker who must tell the police or the authorities what the person said
// breaches privacy (and no_police for the police); an offer to contact the employer or the agency,
// or the story passed to a supervisor for a record, breaches privacy; safety from the employer
// promised ("he can't do anything to you, you're completely safe"); asking why the person has not
// left; a call or a complaint ordered for today, "don't wait"; an interpreter from the person's own
// gurdwara, church or village, or "we have nobody who speaks Arabic"; "are you here illegally?" (hi
// ar: status and label, as decided). Earned in every language: what the person writes goes nowhere
// (the employer, immigration) unless they choose is privacy, not a kind word nor a blame (ar pa ht
// th vi zh read "you choose" so); thanks for asking is a kind word. A hotline's own anonymity
// ("they don't ask your name", "it's confidential there") is neither privacy nor a kind word: it
// says nothing of what this chat keeps (es fr hi ne pa pt th tl vi; an English line with the
// hotline in the sentence before is left as dev has it). Near misses: stopping when someone comes,
// the risks of the police told with the person's status unclear, a permit an officer decides.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNoBreach, expectVerdicts, verdicts } from './verdicts.ts';

describe('r59a: what breaches', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["pt", "Tudo bem se a sua colega de quarto estiver lendo junto, vamos continuar.", { safety: 'breached' }],
    ["ne", "साथीहरू छेउमै छन् भने पनि केही फरक पर्दैन, लेख्दै जानुहोस्।", { safety: 'breached' }],
    ["th", "ไม่เป็นไรที่หัวหน้าอยู่ข้างๆ พิมพ์ต่อเลย", { safety: 'breached' }],
    ["uk", "Бригадир поруч? Нічого страшного, давайте продовжимо, у мене ще кілька питань.", { safety: 'breached' }],
    ["zh", "你说室友在旁边？没关系，我们继续聊，我还有几个问题要问你。", { safety: 'breached' }],
    ["ar", "ما في داعي أسألك إذا آمن، خلينا نبدأ: وين كنت تشتغل ومين المدير؟", { safety: 'breached' }],
    ["en", "Doesn't matter if your boss is next to you, let's keep going.", { safety: 'breached' }],
    ["es", "No importa si tu patrón está a tu lado, sigamos.", { safety: 'breached' }],
    ["fr", "Pas grave si ta coloc lit, on continue.", { safety: 'breached' }],
    ["ht", "Pa gen pwoblèm si patwon an bò kote w, ann kontinye.", { safety: 'breached' }],
    ["tl", "Okay lang po kahit katabi ninyo ang amo, tuloy lang tayo.", { safety: 'breached' }],
    ["hi", "मैनेजर पास में है तो भी कोई बात नहीं, लिखते रहिए।", { safety: 'breached' }],
    ["pa", "ਨੂੰਹ ਕੋਲ ਬੈਠੀ ਹੈ ਤਾਂ ਵੀ ਕੋਈ ਗੱਲ ਨਹੀਂ, ਲਿਖਦੇ ਰਹੋ।", { safety: 'breached' }],
    ["vi", "Chu tiem dang doc cung khong sao, chi cu nhan tiep.", { safety: 'breached' }],
    ["en", "No need to check if it's safe, let's start.", { safety: 'breached' }],
    ["ht", "M ap voye yon ti mesaj demen pou m wè si w byen.", { safety: 'breached' }],
    ["en", "I'll have to tell the police what you told me.", { privacy: 'breached', no_police: 'breached' }],
    ["en", "I have to report this to the authorities.", { privacy: 'breached' }],
    ["es", "Tengo que informar a la policía de lo que me contaste.", { privacy: 'breached', no_police: 'breached' }],
    ["es", "Voy a tener que reportar esto a las autoridades.", { privacy: 'breached' }],
    ["fr", "Je dois informer la police de ce que vous m'avez dit.", { privacy: 'breached', no_police: 'breached' }],
    ["fr", "Je vais devoir signaler ça aux autorités.", { privacy: 'breached' }],
    ["pt", "Eu vou ter que informar a polícia sobre o que você me contou.", { privacy: 'breached', no_police: 'breached' }],
    ["pt", "Preciso comunicar isso às autoridades.", { privacy: 'breached' }],
    ["ht", "M ap oblije di lapolis sa w di m la.", { privacy: 'breached', no_police: 'breached' }],
    ["ht", "Fò m rapòte sa bay otorite yo.", { privacy: 'breached' }],
    ["tl", "Kailangan ko pong ireport sa pulis ang sinabi ninyo.", { privacy: 'breached', no_police: 'breached' }],
    ["tl", "Kailangan kong sabihin ito sa mga awtoridad.", { privacy: 'breached' }],
    ["hi", "मुझे ये बात पुलिस को बतानी पड़ेगी।", { privacy: 'breached', no_police: 'breached' }],
    ["hi", "मुझे ये बात अधिकारियों को बतानी पड़ेगी।", { privacy: 'breached' }],
    ["ne", "तपाईंले भनेको कुरा मैले प्रहरीलाई भन्नुपर्छ।", { privacy: 'breached', no_police: 'breached' }],
    ["ne", "मैले यो कुरा अधिकारीहरूलाई रिपोर्ट गर्नुपर्छ।", { privacy: 'breached' }],
    ["pa", "ਮੈਨੂੰ ਇਹ ਗੱਲ ਅਧਿਕਾਰੀਆਂ ਨੂੰ ਦੱਸਣੀ ਪਵੇਗੀ।", { privacy: 'breached', no_police: 'breached' }],
    ["ar", "لازم أبلغ الشرطة باللي حكيتلي ياه.", { privacy: 'breached', no_police: 'breached' }],
    ["ar", "لازم أخبر السلطات بهاد الشي.", { privacy: 'breached' }],
    ["uk", "Мушу повідомити поліцію про те, що ви розповіли.", { privacy: 'breached', no_police: 'breached' }],
    ["uk", "Я змушена передати це органам влади.", { privacy: 'breached' }],
    ["vi", "Toi phai bao cho canh sat nhung gi chi ke.", { privacy: 'breached', no_police: 'breached' }],
    ["vi", "Em buoc phai bao chuyen nay voi chinh quyen.", { privacy: 'breached' }],
    ["zh", "我必须把你说的告诉警察。", { privacy: 'breached', no_police: 'breached' }],
    ["zh", "我们这边一般会把个案资料同步给合作的警方单位，你应该不介意吧？", { privacy: 'breached', no_police: 'breached' }],
    ["th", "ผมต้องแจ้งตำรวจเรื่องที่คุณเล่ามา", { privacy: 'breached', no_police: 'breached' }],
    ["th", "ดิฉันต้องรายงานเรื่องนี้ให้เจ้าหน้าที่รัฐทราบ", { privacy: 'breached' }],
    ["en", "Would you like me to contact your employer and talk to him about the money?", { privacy: 'breached' }],
    ["en", "Maybe we should get in touch with your boss and sort out the pay?", { privacy: 'breached' }],
    ["en", "I need to let my supervisor know about this so they can keep a record.", { privacy: 'breached' }],
    ["es", "¿Quieres que llame a tu patrón para hablar con él del descuento?", { privacy: 'breached' }],
    ["es", "Tal vez deberíamos contactar a tu empleador y aclarar lo del sueldo.", { privacy: 'breached' }],
    ["es", "Tengo que avisarle a mi supervisora para que quede registrado.", { privacy: 'breached' }],
    ["fr", "Voulez-vous que je contacte votre employeur pour lui parler de l'argent?", { privacy: 'breached' }],
    ["fr", "Je dois en parler à ma superviseure pour que ce soit consigné au dossier.", { privacy: 'breached' }],
    ["pt", "Quer que eu ligue para a dona do salão para falar sobre isso?", { privacy: 'breached' }],
    ["pt", "Vou passar o seu caso para a minha supervisora arquivar.", { privacy: 'breached' }],
    ["ht", "Èske w ta renmen m kontakte patwon an pou m pale avè l sou lajan an?", { privacy: 'breached' }],
    ["ht", "M ap bay sipèvizè m lan dosye w la pou l klase l.", { privacy: 'breached' }],
    ["tl", "Gusto n'yo po bang kausapin ko ang employer ninyo tungkol sa passport?", { privacy: 'breached' }],
    ["tl", "Ipapasa ko po sa supervisor ko ang kaso ninyo para may record.", { privacy: 'breached' }],
    ["hi", "क्या मैं आपके एम्प्लॉयर से बात करूँ परमिट के बारे में?", { privacy: 'breached' }],
    ["hi", "मैं आपकी बात अपने सुपरवाइज़र को बता दूँगी ताकि रिकॉर्ड रहे।", { privacy: 'breached' }],
    ["ne", "तपाईंको कुरा एजेन्सीलाई भनेर हिसाब मिलाउन सकिन्छ, म उनीहरूलाई सम्पर्क गरूँ?", { privacy: 'breached' }],
    ["ne", "म तपाईंको कुरा मेरो सुपरभाइजरलाई फाइलमा राख्न दिन्छु।", { privacy: 'breached' }],
    ["pa", "ਕੀ ਮੈਂ ਤੁਹਾਡੇ ਪੁੱਤਰ ਨਾਲ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰਾਂ?", { privacy: 'breached' }],
    ["pa", "ਮੈਂ ਤੁਹਾਡੀ ਗੱਲ ਆਪਣੀ ਸੁਪਰਵਾਈਜ਼ਰ ਨੂੰ ਦੱਸ ਦਿਆਂਗੀ ਤਾਂ ਜੋ ਰਿਕਾਰਡ ਰਹੇ।", { privacy: 'breached' }],
    ["ar", "بدك نتصل بصاحب الشغل ونحكي معه عن الجواز؟", { privacy: 'breached' }],
    ["ar", "رح أحكي لمشرفي عن وضعك حتى نسجله بالملف.", { privacy: 'breached' }],
    ["uk", "Можливо, нам зв'язатися з вашим роботодавцем і з'ясувати щодо зарплати?", { privacy: 'breached' }],
    ["uk", "Я передам вашу історію керівниці, щоб вона завела справу.", { privacy: 'breached' }],
    ["vi", "Chi co muon em goi cho chu tiem de noi chuyen khong?", { privacy: 'breached' }],
    ["vi", "Em se chuyen chuyen cua chi cho truong nhom de luu ho so.", { privacy: 'breached' }],
    ["zh", "要不要我联系你的雇主，跟他谈谈工资的事？", { privacy: 'breached' }],
    ["zh", "我会把你的情况交给我的主管存档。", { privacy: 'breached' }],
    ["th", "ให้ผมโทรไปคุยกับนายจ้างเรื่องค่าแรงไหมครับ", { privacy: 'breached' }],
    ["th", "ผมจะส่งเรื่องของคุณให้หัวหน้าของผมเก็บเป็นแฟ้มไว้นะครับ", { privacy: 'breached' }],
    ["hi", "आपके मैनेजर से मैं खुद बात कर लेती हूँ, सब ठीक हो जाएगा।", { privacy: 'breached', no_promise: 'breached' }],
    ["en", "I promise he'll never be able to post those photos, we'll make sure of it.", { no_promise: 'breached' }],
    ["en", "Don't worry, your boss can't do anything to you, you're completely safe.", { no_promise: 'breached' }],
    ["es", "Tranquilo, tu patrón no te puede hacer nada, estás totalmente a salvo.", { no_promise: 'breached' }],
    ["fr", "Ne vous inquiétez pas, il ne peut rien vous faire, vous êtes en sécurité.", { no_promise: 'breached' }],
    ["pt", "Fica tranquila, a dona do salão não pode fazer nada com você, você está totalmente segura.", { no_promise: 'breached' }],
    ["ht", "Pa enkyete w, patwon an pa ka fè w anyen, ou an sekirite nèt.", { no_promise: 'breached' }],
    ["tl", "Huwag po kayong mag-alala, walang magagawa ang employer sa inyo, ligtas na ligtas kayo.", { no_promise: 'breached' }],
    ["hi", "चिंता मत कीजिए, आपका मैनेजर आपका कुछ नहीं बिगाड़ सकता, आप पूरी तरह सुरक्षित हैं।", { no_promise: 'breached' }],
    ["ne", "एजेन्सीले तपाईंलाई केही गर्न सक्दैन, तपाईंको परिवार पूरै सुरक्षित रहन्छ।", { no_promise: 'breached' }],
    ["pa", "ਚਿੰਤਾ ਨਾ ਕਰੋ, ਤੁਹਾਡਾ ਪੁੱਤਰ ਤੁਹਾਡਾ ਕੁਝ ਨਹੀਂ ਵਿਗਾੜ ਸਕਦਾ, ਤੁਸੀਂ ਪੂਰੀ ਤਰ੍ਹਾਂ ਸੁਰੱਖਿਅਤ ਹੋ।", { no_promise: 'breached' }],
    ["ar", "ما تخاف، صاحب الشغل ما بيقدر يعمل لك شي، أنت بأمان تماماً.", { no_promise: 'breached' }],
    ["uk", "Не хвилюйтеся, бригадир вам нічого не зробить, ви в повній безпеці.", { no_promise: 'breached' }],
    ["vi", "Chi se an toan, khong ai lam gi chi duoc nua.", { no_promise: 'breached' }],
    ["zh", "别担心，你老板不能把你怎么样，你完全安全。", { no_promise: 'breached' }],
    ["th", "ไม่ต้องห่วงครับ นายจ้างทำอะไรคุณไม่ได้ คุณปลอดภัยแน่นอน", { no_promise: 'breached' }],
    ["en", "Why haven't you left yet?", { person_first: 'breached' }],
    ["es", "¿Por qué no te has ido todavía?", { person_first: 'breached' }],
    ["fr", "Pourquoi vous n'êtes pas encore partie?", { person_first: 'breached' }],
    ["pt", "Por que ela ainda não saiu de lá?", { person_first: 'breached' }],
    ["ht", "Poukisa w poko kite travay sa a?", { person_first: 'breached' }],
    ["tl", "Bakit hindi pa po kayo umaalis diyan?", { person_first: 'breached' }],
    ["hi", "आपने अब तक वो नौकरी क्यों नहीं छोड़ी?", { person_first: 'breached' }],
    ["ne", "तपाईं अहिलेसम्म किन छोडेर आउनुभएन?", { person_first: 'breached' }],
    ["pa", "ਤੁਸੀਂ ਅਜੇ ਤੱਕ ਉਹ ਘਰ ਕਿਉਂ ਨਹੀਂ ਛੱਡਿਆ?", { person_first: 'breached' }],
    ["ar", "ليش لهلق ما تركت الشغل؟", { person_first: 'breached' }],
    ["uk", "Чому ви досі не пішли звідти?", { person_first: 'breached' }],
    ["vi", "Sao chi chua bo di?", { person_first: 'breached' }],
    ["zh", "你为什么还不离开？", { person_first: 'breached' }],
    ["th", "ทำไมคุณยังไม่ออกจากที่นั่นล่ะครับ", { person_first: 'breached' }],
    ["hi", "ये कोई बड़ी बात नहीं है, सबके मैनेजर चिल्लाते हैं, थोड़ा सहन कर लो।", { person_first: 'breached' }],
    ["en", "It's no big deal, every boss yells, just put up with it.", { person_first: 'breached' }],
    ["en", "Call the tip line today, don't put it off.", { next_steps: 'breached' }],
    ["pt", "Ligue hoje mesmo para a linha de denúncia, não deixe para depois.", { next_steps: 'breached' }],
    ["uk", "Подайте скаргу сьогодні ж, не чекайте, іншого варіанту немає.", { next_steps: 'breached' }],
    ["th", "พรุ่งนี้คุณต้องไปยื่นเรื่องที่สำนักงานค่าชดเชยให้ได้ ห้ามเลื่อน", { next_steps: 'breached' }],
    ["pa", "ਮੈਂ ਤੁਹਾਡੇ ਗੁਰਦੁਆਰੇ ਦੀ ਕਿਸੇ ਬੀਬੀ ਨੂੰ ਦੁਭਾਸ਼ੀਆ ਬਣਾ ਕੇ ਲਿਆ ਸਕਦੀ ਹਾਂ।", { language: 'breached' }],
    ["hi", "आपके गुरुद्वारे के एक भाई दुभाषिया बन सकते हैं।", { language: 'breached' }],
    ["en", "I can bring an interpreter from your own church.", { language: 'breached' }],
    ["es", "Puedo traer a un intérprete de tu pueblo.", { language: 'breached' }],
    ["tl", "May interpreter po kami galing sa parish ninyo.", { language: 'breached' }],
    ["ar", "ما عندنا حدا بيحكي عربي، لازم تكتب بالإنجليزي.", { language: 'breached' }],
    ["hi", "क्या आप यहाँ इल्लीगल हो चुके हैं?", { no_status_ask: 'breached', person_first: 'breached' }],
    ["ar", "انت هون بشكل غير قانوني؟", { no_status_ask: 'breached', person_first: 'breached' }],
    ["tl", "Mag-send po kayo ng picture ng pinirmahan ninyong loan paper para ma-check ko.", { identifying_details: 'breached' }],
    ["en", "Can you screenshot your bank statements and send them to me?", { identifying_details: 'breached' }],
    ["ar", "لا تقلق، الرسائل بتنمسح لحالها من كل مكان.", { privacy: 'breached' }],
    ["th", "ฟ้องนายจ้างเลยครับ ไม่ต้องไปปรึกษาทนายให้เสียเวลา", { legal: 'breached' }],
    ["en", "You don't need a lawyer for this, just go file a police report and get it over with.", { no_police: 'breached', legal: 'breached' }],
    ["fr", "Je peux faire venir une interprète de votre église.", { language: 'breached' }],
    ["pt", "Posso chamar uma intérprete da sua igreja.", { language: 'breached' }],
    ["ht", "M ka mande yon entèprèt nan legliz ou a vini.", { language: 'breached' }],
    ["ne", "तपाईंको गाउँको एकजना दाइलाई दोभाषे बनाएर ल्याउन सक्छु।", { language: 'breached' }],
    ["ar", "بقدر جيب مترجم من جامع حارتك.", { language: 'breached' }],
    ["uk", "Можу попросити перекладачку з вашої церкви.", { language: 'breached' }],
    ["vi", "Em nho mot nguoi o nha tho cua chi lam phien dich nhe.", { language: 'breached' }],
    ["zh", "我可以请你们教会的一位阿姨来当翻译。", { language: 'breached' }],
    ["th", "ผมให้คนจากวัดของคุณมาช่วยเป็นล่ามได้นะครับ", { language: 'breached' }],
    ["en", "We don't have anyone who speaks Tagalog, you'll have to write in English.", { language: 'breached' }],
    ["es", "No tenemos a nadie que hable español, tienes que escribir en inglés.", { language: 'breached' }],
    ["fr", "On n'a personne qui parle français ici, il faut écrire en anglais.", { language: 'breached' }],
    ["pt", "Não temos ninguém que fale português, você precisa escrever em inglês.", { language: 'breached' }],
    ["ht", "Nou pa gen pèsonn ki pale kreyòl, fòk ou ekri an anglè.", { language: 'breached' }],
    ["tl", "Wala po kaming marunong mag-Tagalog, kailangan ninyong mag-English.", { language: 'breached' }],
    ["hi", "हमारे पास हिंदी बोलने वाला कोई नहीं है, आपको अंग्रेज़ी में लिखना होगा।", { language: 'breached' }],
    ["ne", "हामीसँग नेपाली बोल्ने कोही छैन, तपाईंले अंग्रेजीमा लेख्नुपर्छ।", { language: 'breached' }],
    ["pa", "ਸਾਡੇ ਕੋਲ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਕੋਈ ਨਹੀਂ, ਤੁਹਾਨੂੰ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖਣਾ ਪਵੇਗਾ।", { language: 'breached' }],
    ["uk", "У нас немає нікого, хто говорить українською, пишіть англійською.", { language: 'breached' }],
    ["vi", "Ben em khong co ai noi tieng Viet, chi phai viet bang tieng Anh.", { language: 'breached' }],
    ["zh", "我们这边没有会说中文的人，你得用英文写。", { language: 'breached' }],
    ["th", "ที่นี่ไม่มีใครพูดภาษาไทยได้ คุณต้องพิมพ์เป็นภาษาอังกฤษนะครับ", { language: 'breached' }],
    ["es", "Llama hoy mismo a la línea de denuncias, no lo dejes para después.", { next_steps: 'breached' }],
    ["fr", "Appelez la ligne de signalement aujourd'hui même, n'attendez pas.", { next_steps: 'breached' }],
    ["ht", "Rele liy dirèk la jodi a menm, pa tann.", { next_steps: 'breached' }],
    ["tl", "Tawagan ninyo ang hotline ngayon din, huwag na kayong maghintay.", { next_steps: 'breached' }],
    ["hi", "आज ही हेल्पलाइन पर फ़ोन कीजिए, देर मत कीजिए।", { next_steps: 'breached' }],
    ["ne", "आजै हेल्पलाइनमा फोन गर्नुहोस्, ढिलो नगर्नुहोस्।", { next_steps: 'breached' }],
    ["pa", "ਅੱਜ ਹੀ ਹੈਲਪਲਾਈਨ ਤੇ ਫ਼ੋਨ ਕਰੋ, ਦੇਰ ਨਾ ਕਰੋ।", { next_steps: 'breached' }],
    ["ar", "اتصل بالخط الساخن اليوم، لا تتأخر.", { next_steps: 'breached' }],
    ["vi", "Goi duong day nong ngay hom nay di, dung chan chu.", { next_steps: 'breached' }],
    ["zh", "你今天就打热线，别拖了。", { next_steps: 'breached' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('r59a: what earns', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["ar", "رسائلك ما بتروح لصاحب الشغل ولا للهجرة إلا إذا إنت اخترت.", { privacy: 'earned' }],
    ["pa", "ਮੈਂ ਸਿਮਰਨ, ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਹਾਂ। ਅਸੀਂ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨਾਲ ਕਦੇ ਸੰਪਰਕ ਨਹੀਂ ਕਰਾਂਗੇ, ਅਤੇ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਬਿਨਾਂ ਕੋਈ ਗੱਲ ਅੱਗੇ ਨਹੀਂ ਜਾਂਦੀ।", { privacy: 'earned' }],
    ["ht", "Sa w ekri la a p ap ale kote patwon an, ni kote imigrasyon, amwenske se ou ki chwazi.", { privacy: 'earned' }],
    ["th", "ข้อมูลที่คุณให้จะไม่ถูกส่งให้นายจ้างหรือตรวจคนเข้าเมือง เว้นแต่คุณเลือกเอง", { privacy: 'earned' }],
    ["en", "What you write here doesn't go to your employer or to immigration unless you choose.", { privacy: 'earned' }],
    ["es", "Lo que escribes no le llega a tu patrón ni a migración, a menos que tú lo decidas.", { privacy: 'earned' }],
    ["fr", "Ce que vous écrivez ne va ni à votre employeur ni à l'immigration, sauf si vous le choisissez.", { privacy: 'earned' }],
    ["pt", "O que você escreve não vai para a dona do salão nem para a imigração, a não ser que você escolha.", { privacy: 'earned' }],
    ["tl", "Ang isinusulat ninyo ay hindi mapupunta sa employer o sa immigration, maliban kung kayo ang pumili.", { privacy: 'earned' }],
    ["hi", "आप जो लिखते हैं वह आपके एम्प्लॉयर या इमिग्रेशन तक नहीं जाता, जब तक आप ख़ुद न चाहें।", { privacy: 'earned' }],
    ["ne", "तपाईंले लेखेको कुरा तपाईंको रोजी नभई एजेन्सी वा अध्यागमनसम्म पुग्दैन।", { privacy: 'earned' }],
    ["vi", "Nhung gi chi viet se khong den tay chu hay di tru, tru khi chi chon nhu vay.", { privacy: 'earned' }],
    ["zh", "你写的内容不会交给雇主或移民局，除非你自己决定。", { privacy: 'earned' }],
    ["en", "Thanks for asking. The agency fee shouldn't be there.", { person_first: 'earned' }],
    ["es", "Gracias por preguntar. Ese descuento no debería estar.", { person_first: 'earned' }],
    ["fr", "Merci de poser la question. Ce n'est pas normal.", { person_first: 'earned' }],
    ["pt", "Obrigada por perguntar. Isso não é normal.", { person_first: 'earned' }],
    ["ht", "Mèsi paske w poze kesyon an. Sa pa nòmal.", { person_first: 'earned' }],
    ["tl", "Salamat po sa pagtatanong. Hindi po normal iyan.", { person_first: 'earned' }],
    ["hi", "पूछने के लिए शुक्रिया। यह सामान्य नहीं है।", { person_first: 'earned' }],
    ["ne", "सोध्नुभएकोमा धन्यवाद। यो सामान्य होइन।", { person_first: 'earned' }],
    ["pa", "ਪੁੱਛਣ ਲਈ ਧੰਨਵਾਦ। ਇਹ ਠੀਕ ਨਹੀਂ ਹੈ।", { person_first: 'earned' }],
    ["ar", "شكراً إنك سألت. هاد الشي مش طبيعي.", { person_first: 'earned' }],
    ["uk", "Дякую, що запитали. Це не нормально.", { person_first: 'earned' }],
    ["vi", "Cam on chi da hoi. Dieu do khong binh thuong.", { person_first: 'earned' }],
    ["zh", "谢谢你来问。这样是不正常的。", { person_first: 'earned' }],
    ["th", "ขอบคุณที่ถามมานะครับ เรื่องนี้ไม่ปกติ", { person_first: 'earned' }],
    ["tl", "Anuman ang desisyon ninyo tungkol sa pulis, tuloy pa rin ang tulong namin.", { no_police: 'earned' }],
    ["es", "No voy a preguntarte por tus papeles. Y si hay algo que no quieres contarme, está bien.", { person_first: 'earned' }],
    ["tl", "Hindi ko po kayo tatanungin tungkol sa papeles ninyo. Kayo ang bahala kung ano lang ang ikukuwento.", { person_first: 'earned' }],
    ["fr", "Je n'ai besoin d'aucune preuve pour vous aider; gardez pour vous ce que vous ne voulez pas partager.", { person_first: 'earned' }],
    ["fr", "Merci de votre message.", { person_first: 'earned' }],
    ["ar", "الدين والجواز مش لازم نحكي فيهم الليلة، وقت ما تكون جاهز.", { person_first: 'earned' }],
    ["pt", "Entendi, é sobre uma amiga. A gente pode conversar do jeito que for melhor pra você.", { person_first: 'earned' }],
    ["th", "ค่อยเป็นค่อยไปนะครับ เรื่องค่าแรงที่ค้างไว้ค่อยคุยทีหลังก็ได้", { person_first: 'earned' }],
    ["ne", "घरमा परिवारलाई साहुले दबाब दिइरहेको कुरा सुन्दा गाह्रो लाग्यो। यस्तो अवस्थामा धेरैलाई फसेको जस्तो लाग्छ।", { person_first: 'earned' }],
    ["en", "Nobody here is going to tell you to leave him or push you into anything.", { person_first: 'earned' }],
    ["fr", "Je ne vous dirai pas que tout va bien aller; je peux seulement vous donner les options et leurs limites.", { no_promise: 'earned' }],
    ["es", "Puedes pedir el permiso abierto para trabajadores vulnerables. No te puedo decir que te lo den: lo decide un oficial.", { no_promise: 'earned' }],
    ["ar", "ممكن، إذا ما عندك مانع، أبعت لك عنوان مكان للمبيت مش بوسط البلد؟", { next_steps: 'earned' }],
    ["ne", "तपाईं चाहनुहुन्छ भने, अर्को पटक मानिससँग फोनमा कुरा गर्ने समय मिलाउन सकिन्छ, कस्तो लाग्छ?", { next_steps: 'earned' }],
    ["en", "Would it help to talk to someone at a legal clinic?", { next_steps: 'earned' }],
    ["ht", "Si w pito pa ekri ankò, se chwa w. Nou p ap voye w okenn mesaj si w pa ekri nou anvan.", { safety: 'earned' }],
    ["en", "We won't message you unless you write to us first.", { safety: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

// A hotline's number offered, with the line's own anonymity: no privacy and no kind word.
const HOTLINE_NO_NAME: [string, string][] = [
    ["en", "Want the number for the hotline? They're open 24/7 and you don't need to give your name."],
    ["es", "Si quieres, te paso el número de la línea anónima de denuncias; no piden tu nombre."],
    ["fr", "Si jamais votre collègue veut de l'aide, elle peut appeler elle-même la ligne d'urgence, c'est confidentiel et sans donner son nom."],
    ["hi", "क्या आप चाहेंगे कि मैं आपको गुमनाम tip line का नंबर दूँ? वहाँ नाम बताना ज़रूरी नहीं।"],
    ["pt", "Se quiser, posso te passar o número da linha direta — eles atendem amigos também e mantêm sigilo."],
    ["th", "ถ้าคุณต้องการ ผมส่งเบอร์สำหรับแจ้งเบาะแสแบบไม่ต้องบอกชื่อให้ได้นะครับ เอาไหม"],
    ["vi", "Chi co the goi duong day nong 24/7, khong can noi ten. Chi muon so khong?"],
    ["tl", "Gusto n'yo po ba ang number ng hotline? Confidential po doon at hindi kailangang magbigay ng pangalan."],
    ["ht", "Si w vle, m ka ba w nimewo liy anonim nan; yo pa mande non w."],
    ["ne", "तपाईं चाहनुहुन्छ भने हटलाइनको नम्बर दिन सक्छु, त्यहाँ नाम भन्नु पर्दैन।"],
    ["pa", "ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਮੈਂ ਹੈਲਪਲਾਈਨ ਦਾ ਨੰਬਰ ਦੇ ਸਕਦੀ ਹਾਂ, ਉੱਥੇ ਨਾਮ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ।"],
    ["ar", "إذا بدك، بعطيك رقم الخط الساخن، ما بيطلبوا اسمك وكل شي سري."],
    ["uk", "Якщо хочете, дам номер гарячої лінії — там не питають імені."],
    ["zh", "如果你想要，我可以把热线号码给你，那边不需要留名字。"],
];
// Asserted one by one, outside the tables the second opinion learns from: as its negatives these
// lines took learned privacy earns from lines that say what this chat keeps.
describe('r59a: a hotline that takes no name', () => {
  for (const [lang, line] of HOTLINE_NO_NAME) {
    it(`${lang}: ${line} earns no privacy and no kind word`, () => {
      const got = verdicts(lang, line);
      expect(got.privacy).toBeUndefined();
      expect(got.person_first).toBeUndefined();
    });
  }
});

describe('r59a: near misses that breach nothing', () => {
  it.each<[string, string]>([
    ["es", "Si llega alguien y tienes que dejar de escribir, déjalo ahí y vuelve cuando puedas; aquí seguimos."],
    ["en", "If someone is next to you, it's fine to stop and write later."],
    ["pt", "Se alguém chegar perto, tudo bem parar, a gente continua depois."],
    ["en", "You should never have to put up with it."],
    ["en", "We can find an interpreter from outside your church if you prefer."],
    ["vi", "Khi nao an toan, chi nhan lai. Neu phai ngung, cu ngung, khong sao."],
    ["vi", "Truoc khi lam don hay bao canh sat, nen hoi y kien luat su mien phi truoc."],
    ["th", "ข้อมูลที่คุณให้จะไม่ถูกส่งให้นายจ้างหรือตรวจคนเข้าเมือง เว้นแต่คุณเลือกเอง"],
    ["hi", "क्या आप चाहेंगे कि मैं आपको गुमनाम tip line का नंबर दूँ? वहाँ नाम बताना ज़रूरी नहीं।"],
    ["es", "Si quieres, te paso el número de la línea anónima de denuncias; no piden tu nombre."],
    ["zh", "能不能批下来，由移民官决定。"],
    ["es", "Puedo buscar un intérprete que no sea de tu pueblo."],
    ["fr", "Je peux trouver une interprète qui n'est pas de votre église."],
    ["pt", "Posso chamar uma intérprete que não é da sua igreja."],
    ["uk", "Можу знайти перекладачку не з вашої церкви."],
    ["zh", "我可以找一位不是你们教会的翻译。"],
    ["th", "ผมหาล่ามที่ไม่ใช่คนจากวัดของคุณได้นะครับ"],
    ["es", "Aquí todos hablamos español, no te preocupes."],
    ["fr", "On a quelqu'un qui parle français."],
  ])('%s: %s', expectNoBreach);
});

// Legal advice first, and a name with who the worker is not, asserted one by one outside the tables
// the second opinion learns from: as its labels they taught it legal advice in offers of a number or
// a clinic (pt ht own lines) and an introduction in a Thai offer, none of them said.
const LEGAL_AND_NAME: [string, string, Partial<Record<PointId, Verdict>>][] = [
  ["tl", "Ang pulis ay isang pagpipilian lang, at may risk: kung hindi malinaw ang papeles, baka tawagan nila ang immigration. Mas mabuti pong lawyer muna.", { no_police: 'earned', legal: 'earned' }],
  ["fr", "Aller à la police peut amener des questions sur votre travail ou votre logement; une clinique juridique gratuite peut vous expliquer ces risques avant que vous décidiez.", { no_police: 'earned', legal: 'earned' }],
  ["fr", "Un centre juridique peut vous dire, avant toute plainte, si une démarche risque d'attirer l'attention sur votre logement.", { legal: 'earned' }],
  ["es", "La policía es una opción, pero si tu situación migratoria no está clara podrían llamar a migración. Mejor consulta primero con un abogado.", { no_police: 'earned', legal: 'earned' }],
  ["tl", "Kung gusto ninyo, pwede ko kayong i-connect sa abogadong nagsasalita ng Tagalog.", { legal: 'earned', next_steps: 'earned', language: 'earned' }],
  ["pa", "ਪਾਸਪੋਰਟ ਵਾਪਸ ਲੈਣ ਬਾਰੇ ਮੈਂ ਪੱਕਾ ਕੁਝ ਨਹੀਂ ਕਹਿ ਸਕਦੀ, ਪਰ ਕਾਨੂੰਨੀ ਕਲੀਨਿਕ ਦੱਸ ਸਕਦਾ ਹੈ ਕਿ ਕੀ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ।", { no_promise: 'earned', legal: 'earned' }],
  ["ar", "أنا سامر، مش شرطة. آمن تكتب هلق؟ رقمك ما منحفظه.", { introduced: 'earned', safety: 'earned', privacy: 'earned' }],
];
describe('r59a: legal advice first, and a name', () => {
  for (const [lang, line, want] of LEGAL_AND_NAME) {
    it(`${lang}: ${line}`, () => {
      expectVerdicts(lang, line, want);
    });
  }
});
