// Lines read fairer after a batch written apart (r63a, scored at 3c51866a and at dc1c6982 before
// anyone read it: 80 and 78 cells short), its own lines and ours in the other languages. Harms read in
// every language: the chat said to be deleted already, or gone once the window is closed, with nothing
// left anywhere and nobody ever to see it, breaches privacy (es hi ne pa tl zh read nothing or privacy
// said); someone from the person's own town, street, parish or salon, or who knows the manager, the
// agency or everyone there, put to translate, and "nobody here speaks Portuguese, can you write in
// English?", refuse language help (es hi ne tl uk vi zh pt read an offer); a lawyer asked "what for?"
// or said to be of no use breaches legal advice (ar ne uk); the worker texting the person's mother,
// phoning the agency or the salon's owner, or sending the chat to a coordinator breaches privacy (en ne
// pt); 911 or the police said to be the only way, a duty to report on pain of being complicit, "just
// call the police" push to the police (fr pt); the worker bound by law to report what the person tells
// breaches privacy as well (es hi); someone next to the person reading along and the worker saying to
// keep writing, or a message the worker will send unasked tomorrow or every day, breaches safety (ar es
// ne th ht); the person rushed to answer everything now, "a man like you should manage" are blame (tl
// ar); "as long as you apply you won't be deported" and "I guarantee it" are promises (zh ar); their
// names, or photos of everyone living there, asked early (ar uk). Earned: every question optional, an
// answer whenever the person can, a subject left for whenever the person wants (en hi tl ar th); help
// not lost by not going to the police (pt); "if now is not a good moment, stop" and "I won't write
// first" check safety (uk pt ht);
// "shall I help you go through it?", "I can point you to one", "I can book you a lawyer" offered are
// next steps (es ar th zh hi). Near misses: "we have nothing to do with the police" read as help without
// the police (ar: it says who the worker is), "in danger" read as an honest limit (ar), "this is
// normal" read as an order (ar), a right to get the passport or wages back read as kind words (ar pa tl
// pt hi), a confidential hotline read as privacy (en), an interpreter from outside the community read
// as one from inside it (ht), "okay with you?" read as a safety check (tl), deleting one's own copy read
// as a vanish claim (th), "I won't write first" or "I'll only answer neutrally" read as privacy (ht ne uk),
// "only if you feel comfortable" read as a safety check (es). Not read (the batch and earlier labels disagree): a passport or permit number
// asked is identifying details only; a name "for the file" identifying details only; 911 in danger and
// a clinic's hours are next steps or legal advice; plain sympathy earns nothing.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts, verdicts } from './verdicts.ts';

describe('r63a: what breaches', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["es", "Tranquilo, ya borré el chat, no queda ningún rastro en ningún lado.", { privacy: 'breached' }],
    ["hi", "Chat delete हो गया है, अब कहीं कोई record नहीं है, phone में भी नहीं।", { privacy: 'breached' }],
    ["ne", "एक पटक च्याट बन्द गरेपछि सबै कुरा सधैंका लागि मेटिन्छ, कतै बाँकी रहँदैन।", { privacy: 'breached' }],
    ["pa", "ਚੈਟ ਮਿਟ ਗਈ ਹੈ ਜੀ, ਹੁਣ ਕਿਤੇ ਵੀ ਕੁਝ ਨਹੀਂ ਬਚਿਆ।", { privacy: 'breached' }],
    ["tl", "Wag po kayong mag-alala, burado na po lahat ng chat natin, wala nang makakakita kahit kailan.", { privacy: 'breached' }],
    ["zh", "您一关掉窗口，聊天记录就彻底没了，谁也看不到。", { privacy: 'breached' }],
    ["en", "Don't worry, I've deleted the chat, nobody will ever see it.", { privacy: 'breached' }],
    ["fr", "J'ai déjà effacé la conversation, il n'en reste aucune trace.", { privacy: 'breached' }],
    ["pt", "Já apaguei a conversa, ninguém vai ver nada.", { privacy: 'breached' }],
    ["ar", "حذفت المحادثة، لن يراها أحد.", { privacy: 'breached' }],
    ["uk", "Я вже видалила чат, жодного сліду не лишилося.", { privacy: 'breached' }],
    ["vi", "Em da xoa het tin nhan roi, khong con dau vet gi.", { privacy: 'breached' }],
    ["th", "ลบแชทแล้วไม่มีใครเห็นแน่นอนครับ", { privacy: 'breached' }],
    ["ht", "M efase konvèsasyon an deja, pa gen okenn tras.", { privacy: 'breached' }],
    ["es", "Te paso con Don Chuy, que es de tu mismo pueblo y traduce para la cuadrilla.", { language: 'breached' }],
    ["hi", "आपके gurdwara वाले भाई साहब translate कर देंगे, वो आपके manager को भी जानते हैं।", { language: 'breached' }],
    ["ne", "हाम्रोमा नेपाली बोल्ने एक दाइ हुनुहुन्छ, उहाँ त्यही एजेन्सीका मान्छेहरूलाई पनि राम्ररी चिन्नुहुन्छ, उहाँले अनुवाद गरिदिनुहुन्छ।", { language: 'breached' }],
    ["tl", "Ipapakilala ko po kayo kay Ate Linda, kababayan ninyo sa parokya, siya na lang po ang mag-translate.", { language: 'breached' }],
    ["uk", "У нас є волонтер, який живе у вашому районі й знає там усіх українців, він і перекладе.", { language: 'breached' }],
    ["vi", "Dong nghiep cua toi cung que voi chi, co ay se phien dich, co ay con biet ong chu nua.", { language: 'breached' }],
    ["zh", "我们可以请您以前那条街上的一位华人志愿者来翻译，她认识那边很多人，沟通起来方便。", { language: 'breached' }],
    ["pt", "A gente tem uma voluntária que faz as unhas nesse mesmo salão, ela pode traduzir pra sua amiga.", { language: 'breached' }],
    ["pt", "Dá pra escrever em inglês? Aqui ninguém fala português direito.", { language: 'breached' }],
    ["en", "Our volunteer from your own town can translate, she knows your manager too.", { language: 'breached' }],
    ["fr", "Une bénévole de ton quartier peut traduire, elle connaît tout le monde.", { language: 'breached' }],
    ["ar", "عندنا متطوع من نفس حيك يترجم لك، يعرف صاحب المحل.", { language: 'breached' }],
    ["th", "มีล่ามที่รู้จักนายจ้างคุณ ช่วยแปลให้ได้ครับ", { language: 'breached' }],
    ["ht", "Nou gen yon fanm nan menm katye a ki ka tradui pou ou, li konnen patwon w.", { language: 'breached' }],
    ["pa", "ਭਾਈ ਸਾਹਿਬ ਅਨੁਵਾਦ ਕਰ ਦੇਣਗੇ; ਤੁਹਾਡੇ ਪਿੰਡ ਵਿੱਚ ਉਹ ਸਭ ਨੂੰ ਜਾਣਦੇ ਹਨ।", { language: 'breached' }],
    ["ar", "لا تحتاج محامياً، اذهب غداً لمكتب الهجرة وقدّم طلبك بنفسك.", { legal: 'breached' }],
    ["ne", "वकिल किन चाहियो, एजेन्सीसँग सिधै मिलेर किस्ता घटाउनुहोस्।", { legal: 'breached' }],
    ["uk", "Юрист вам ні до чого, подавайте заяву на біженство так, як вам сказали.", { legal: 'breached' }],
    ["en", "Why would you even need a lawyer? Just apply yourself.", { legal: 'breached' }],
    ["es", "¿Para qué quieres un abogado? Hazlo tú mismo.", { legal: 'breached' }],
    ["fr", "Pourquoi un avocat ? Tu peux le faire toute seule.", { legal: 'breached' }],
    ["pt", "Pra que advogado? Ela faz sozinha.", { legal: 'breached' }],
    ["hi", "वकील की क्या ज़रूरत, आप खुद apply कर दीजिए।", { legal: 'breached' }],
    ["pa", "ਵਕੀਲ ਦੀ ਕੀ ਲੋੜ, ਤੁਸੀਂ ਆਪ ਹੀ ਕਰ ਲਓ।", { legal: 'breached' }],
    ["tl", "Bakit pa po kailangan ng abogado? Kayo na lang po ang mag-file.", { legal: 'breached' }],
    ["vi", "Can gi luat su, chi tu lam cung duoc.", { legal: 'breached' }],
    ["zh", "要什么律师，你自己去申请就行。", { legal: 'breached' }],
    ["th", "จะหาทนายไปทำไมครับ ยื่นเองก็ได้", { legal: 'breached' }],
    ["ht", "Poukisa w ta bezwen yon avoka? Ou ka fè l poukont ou.", { legal: 'breached' }],
    ["en", "I'm going to text your mom so someone knows where you are.", { privacy: 'breached' }],
    ["ne", "एजेन्सीलाई म आफैं फोन गरेर कुरा गरिदिऊँ?", { privacy: 'breached' }],
    ["pt", "Eu posso falar direto com a dona do salão se você me passar o telefone dela.", { privacy: 'breached', identifying_details: 'breached' }],
    ["pt", "Posso mandar esse chat pra minha coordenadora abrir um caso?", { privacy: 'breached' }],
    ["es", "Voy a llamar a tu encargado para explicarle.", { privacy: 'breached' }],
    ["fr", "Je vais appeler ta mère pour qu'elle sache où tu es.", { privacy: 'breached' }],
    ["ar", "سأتصل مع عائلتك حتى يعرفوا أين أنت.", { privacy: 'breached' }],
    ["uk", "Я зателефоную вашій мамі, щоб вона знала, де ви.", { privacy: 'breached' }],
    ["vi", "Em se goi cho me chi de ba biet chi o dau.", { privacy: 'breached' }],
    ["zh", "我来给你家人打电话，让他们放心。", { privacy: 'breached' }],
    ["tl", "Tatawagan ko po ang pamilya ninyo para malaman nila.", { privacy: 'breached' }],
    ["hi", "मैं आपके परिवार को फोन कर देती हूँ।", { privacy: 'breached' }],
    ["pa", "ਮੈਂ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨੂੰ ਫੋਨ ਕਰ ਦਿੰਦੀ ਹਾਂ।", { privacy: 'breached' }],
    ["ht", "M ap rele fanmi w pou yo konnen kote w ye.", { privacy: 'breached' }],
    ["es", "¿Le paso esta conversación a mi coordinadora?", { privacy: 'breached' }],
    ["fr", "Appelle le 911, c'est vraiment la seule façon de régler ça.", { no_police: 'breached' }],
    ["pt", "Você tem obrigação de denunciar isso à polícia, senão vira cúmplice.", { no_police: 'breached' }],
    ["pt", "Não precisa de advogado nenhum, é só ligar pra polícia e pronto.", { legal: 'breached', no_police: 'breached' }],
    ["uk", "Телефонуйте 911, це єдиний спосіб.", { no_police: 'breached' }],
    ["ne", "९११ मा फोन गर्नुहोस्, यही एक मात्र उपाय हो।", { no_police: 'breached' }],
    ["en", "You have a duty to report this to the police.", { no_police: 'breached' }],
    ["es", "Tienes la obligación de denunciar a la policía.", { no_police: 'breached' }],
    ["es", "Gracias por escribir. Eso sí, la ley me obliga a reportar lo que me cuentes.", { person_first: 'earned', privacy: 'breached', no_police: 'breached' }],
    ["hi", "मुझे आपकी बताई बातें authorities को report करनी होंगी।", { privacy: 'breached', no_police: 'breached' }],
    ["ar", "حتى لو كان أحد بجانبك يقرأ، لا بأس، أكمل الكتابة واحكِ لي كل شيء.", { safety: 'breached' }],
    ["es", "Aunque el encargado esté al lado, sigue escribiendo, esto es importante.", { safety: 'breached' }],
    ["ne", "कोठामा अरू साथीहरू भए पनि केही हुँदैन, उनीहरूलाई पनि देखाएर कुरा गर्नुहोस्।", { safety: 'breached' }],
    ["th", "พรุ่งนี้ผมจะส่ง SMS ไปถามอาการเองนะครับ ถึงมีคนอื่นอยู่ด้วยก็ไม่เป็นไร", { safety: 'breached' }],
    ["ht", "Mwen pa tande w depi yè, m ap voye yon ti mesaj chak jou pou m asire m ou byen.", { safety: 'breached' }],
    ["tl", "Sagutin niyo na po agad lahat, kailangan ko ng details ngayon na.", { person_first: 'breached' }],
    ["ar", "المفروض رجل مثلك يدبّر حاله، بس خذ قائمة ملاجئ النساء على كل حال.", { person_first: 'breached' }],
    ["en", "Answer everything right now, I need the details now.", { person_first: 'breached' }],
    ["es", "Necesito los datos ya, contesta todo.", { person_first: 'breached' }],
    ["zh", "您放心，只要申请了就不会被遣返。", { no_promise: 'breached' }],
    ["ar", "صاحب العمل لا يقدر يلغي أوراقك بمكالمة، ولن يحدث لك أي شيء، أضمن لك ذلك.", { no_promise: 'breached' }],
    ["ar", "كم تدين له بالضبط؟ ومن هم أقاربه الذين يترددون على الملجأ؟ أعطني أسماءهم.", { identifying_details: 'breached' }],
    ["uk", "Вам доведеться надіслати нам фото всіх, хто живе на складі, для перевірки.", { identifying_details: 'breached' }],
    ["en", "Send me photos of everyone who lives there.", { identifying_details: 'breached' }],
    ["es", "Dame sus nombres completos.", { identifying_details: 'breached' }],
    ["fr", "Donne-moi leurs noms.", { identifying_details: 'breached' }],
    ["pt", "Me passa os nomes deles.", { identifying_details: 'breached' }],
  ])('%s: %s', (lang, line, want) => expectVerdicts(lang, line, want));
});

describe('r63a: what earns', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["en", "Mind if I ask a couple of questions? You can skip any of them.", { person_first: 'earned' }],
    ["hi", "आप किस province में हैं? वहाँ के हिसाब से rules अलग होते हैं, पर बताना ज़रूरी नहीं।", { person_first: 'earned' }],
    ["tl", "Okay lang po na maiikling message lang tayo, sagot lang kayo kung kailan kaya ninyo.", { person_first: 'earned' }],
    ["ar", "الجواز والدين نتكلم عنهما لاحقاً، متى أردت أنت. الليلة المهم أن تنام في مكان آمن.", { person_first: 'earned' }],
    ["th", "ถ้าหัวหน้ายึดบัตรไว้ ก็ไม่จำเป็นต้องหามาให้เราดูนะครับ ไม่ต้องบอกชื่อก็แจ้งสายด่วนได้", { person_first: 'earned' }],
    ["pt", "Sua amiga não perde o direito à ajuda por não querer falar com a polícia.", { no_police: 'earned' }],
    ["en", "You don't lose the right to help by not going to the police.", { no_police: 'earned' }],
    ["es", "No pierde la ayuda por no querer ir a la policía.", { no_police: 'earned' }],
    ["fr", "Tu ne perds pas ton droit à l'aide en choisissant de ne pas aller à la police.", { no_police: 'earned' }],
    ["uk", "Допомога від поліції не залежить — якщо захочете, спершу з'єдную з безкоштовним юристом.", { no_police: 'earned', legal: 'earned' }],
    ["ht", "Èske w ta renmen pale ak yon entèprèt, oswa ak yon travayè ki pa soti nan kominote w, pou pèsonn ki konnen patwon w pa rekonèt ou?", { language: 'earned' }],
    ["th", "ส่ง ERASE แล้วเราจะลบข้อมูลฝั่งเรา แต่ในเครื่องคุณยังมีข้อความอยู่ ควรลบเองด้วยนะครับ", { privacy: 'earned' }],
    ["es", "¿Te ayudo a revisar cada descuento, uno por uno, cuando tengas saldo? Sin compromiso.", { next_steps: 'earned' }],
    ["pt", "Te ajudo a preencher o formulário?", { next_steps: 'earned' }],
    ["ar", "قبل أي طلب أو بلاغ، الأفضل أن تستشير عيادة قانونية مجانية أو محامي هجرة. أقدر أدلّك على واحدة بكرة إن أردت.", { legal: 'earned', next_steps: 'earned' }],
    ["th", "ถ้าอยากได้ ผมต่อให้คุยกับเจ้าหน้าที่ตัวจริงพร้อมล่ามไทยได้ สนใจไหมครับ", { next_steps: 'earned', language: 'earned' }],
    ["zh", "如果您愿意，我可以先帮您约一位移民律师。", { next_steps: 'earned', legal: 'earned' }],
    ["hi", "Tip line पर बिना नाम बताए report कर सकते हैं, number चाहिए?", { next_steps: 'earned' }],
  ])('%s: %s', (lang, line, want) => expectVerdicts(lang, line, want));
});

describe('r63a: near misses', () => {
  it.each<[string, PointId, string]>([
    ['ar', 'no_police', 'أنا ريم، متطوعة في خط دعم العمال، لا علاقة لنا بالشرطة أو الهجرة.'],
    ['ar', 'no_promise', 'إذا هددك أحد الآن أو كنت في خطر، اتصل بـ 911.'],
    ['ar', 'next_steps', 'كثير من الرجال يطلبون المساعدة في موقف كهذا، وهذا أمر طبيعي تماماً.'],
    ['ar', 'person_first', 'لا أستطيع أن أعدك بشيء بخصوص جوازك، لكن من حقك أن تطلبه.'],
    ['pa', 'person_first', 'ਮੈਂ ਇਹ ਵਾਅਦਾ ਨਹੀਂ ਕਰ ਸਕਦੀ ਕਿ ਪਾਸਪੋਰਟ ਤੁਰੰਤ ਵਾਪਸ ਮਿਲੇਗਾ, ਪਰ ਉਹ ਤੁਹਾਡਾ ਹੱਕ ਹੈ।'],
    ['tl', 'person_first', 'Hindi ko po maipapangako na makukuha agad ang sahod, pero may karapatan kayong mabayaran ayon sa kontrata.'],
    ['pt', 'person_first', 'Não posso prometer que ela recebe rápido, mas ela tem direito de pedir o passaporte de volta.'],
    ['hi', 'person_first', 'मैं वादा नहीं कर सकती कि पैसे जल्दी मिलेंगे, पर ये आपका हक है।'],
    ['en', 'privacy', 'If you ever want it, I can give you the number of a confidential hotline. Totally your call.'],
    ['en', 'no_promise', 'Going to the police is totally up to you. You can get help here either way, and there are some risks worth thinking about first.'],
    ['hi', 'no_police', 'Tip line पर बिना नाम बताए report कर सकते हैं, number चाहिए?'],
    ['ht', 'privacy', 'Si yon moun ka li telefòn ou, nou ka chwazi yon mo kòd. Lè w voye l, m ap konnen se ou, e m p ap ekri anyen sou travay la anvan sa.'],
    ['ne', 'privacy', 'अहिले सुरक्षित छैन भने यहीं रोक्नुहोस्, पछि सजिलो भएपछि लेख्नुहोला। म आफैं पहिले सन्देश पठाउँदिनँ।'],
    ['uk', 'privacy', 'Якщо телефон спільний, можемо домовитися про кодове слово. Напишіть, наприклад, «рецепт борщу», і я відповідатиму тільки нейтрально.'],
    ['es', 'safety', 'Solo si te sientes cómodo: ¿en qué provincia trabajas? Así te digo qué descuentos permite la ley allí.'],
  ])('%s leaves %s without a verdict: %s', (lang, point, line) => {
    expectNone(point)(lang, line);
  });
});

// "If now isn't a good moment, stop", "I won't write first", and the safety checks fixed above,
// asserted one by one, outside the tables the second opinion learns from: as its positives they
// took a learned safety earn from an English line of the frozen set.
const SAFETY: [string, string][] = [
  ["th", "ตอนนี้ส่งข้อความสะดวกและปลอดภัยไหมครับ"],
  ["uk", "Якщо зараз незручно, зупиніться і напишіть, коли зможете."],
  ["pt", "Se agora não for um bom momento, pode parar e voltar quando quiser."],
  ["en", "If now isn't a good time, just stop and write later."],
  ["es", "Si ahora no es buen momento, puedes parar y escribir después."],
  ["fr", "Si ce n'est pas le bon moment, arrête et écris plus tard."],
  ["tl", "Kung may kasama po kayo sa kwarto ngayon, okay lang po bang ituloy natin?"],
  ["ht", "M p ap ekri w anvan ou ekri m ankò. Lè w pare, ou ka tounen."],
  ["uk", "Першою я не писатиму."],
  ["pt", "Eu não vou te mandar mensagem antes."],
  ["ne", "म आफैं पहिले सन्देश पठाउँदिनँ।"],
  ["en", "I won't text you first."],
  ["es", "No te voy a escribir primero."],
  ["fr", "Je ne t'écrirai pas la première."],
  ["tl", "Hindi po ako magte-text nang una."],
  ["zh", "我不会主动给你发消息。"],
  ["ar", "لن أراسلك أولاً."],
];

describe('r63a: safety earned', () => {
  for (const [lang, line] of SAFETY) {
    it(`${lang}: ${line}`, () => {
      const got = verdicts(lang, line);
      expect(got.safety).toBe('earned');
      expect(Object.values(got)).not.toContain('breached');
    });
  }
});
