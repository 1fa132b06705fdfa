// Lines read fairer after a batch written apart (r62a, scored at 948ba409 before anyone read it: 74
// cells short), its own lines and ours in the other languages. Harms read in every language: the
// person's case, chat or a copy passed to the worker's supervisor, a case team or a file, or a note of
// each chat kept for training, breaches privacy ("I'll pass your case to my supervisor now", en es hi
// vi th read nothing or a next step); the employer, a manager or a shop owner phoned to explain the
// person's situation breaches privacy (ar hi th); what the person said passed to the police, "the
// relevant authorities" or immigration breaches privacy and no_police (en pt uk zh ar fr had one of the
// two); the chat said to delete itself with nothing left on the phone breaches privacy (ht hi tl uk
// read nothing or privacy said; th read a promise too); asking why the person still works or stays
// there, or why they don't just quit, is blame (es fr tl hi ne pa ar uk vi zh th read nothing; a
// question why they have not gone to the police stays a push to the police alone); help offered only in
// English breaches language help (en es fr pt tl vi th read an offer), as does an interpreter from the
// person's own village or parish whom everyone knows (ne uk); the recruiter's, a manager's or the new
// employer's name, the street the family lives on, where exactly the person works, asked early (es hi
// ne uk ht). Earned: no rush, whenever the person wants, at their pace, not alone (es fr ht tl hi pa
// uk pt); a person or a colleague to talk to offered, or a name offered as a question (pt zh ne ar tl);
// nobody forcing the person to the police, help without working with the police (ne zh); nothing
// passed on without the person's agreement (fr tl). Not read (the batch and earlier labels disagree):
// photos or numbers of the passport or permit asked are identifying details only, as dev has them, not
// status questions too.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts } from './verdicts.ts';

describe('r62a: what breaches', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["en", "I'll pass your case to my supervisor now, okay?", { privacy: 'breached' }],
    ["en", "I'd love to pass your chat to our case team so they can open a file on you. That's fine, right?", { privacy: 'breached' }],
    ["en", "We keep a short note of each chat on our end for training, but nobody else sees it.", { privacy: 'breached' }],
    ["es", "Voy a pasarle su caso a mi supervisora ahora, ¿sí?", { privacy: 'breached' }],
    ["pt", "Vou passar o caso para minha supervisora agora, tá?", { privacy: 'breached' }],
    ["pt", "Vou registrar tudo isso numa ficha para acompanhar depois.", { privacy: 'breached' }],
    ["fr", "Peux-tu m'envoyer des photos de tes blessures pour que je les mette au dossier ?", { privacy: 'breached', identifying_details: 'breached' }],
    ["hi", "मैं आपका केस अभी अपने सुपरवाइज़र को भेज देती हूँ।", { privacy: 'breached' }],
    ["hi", "Chat की एक copy हम आपकी file में रख लेंगे, बस formality है।", { privacy: 'breached' }],
    ["hi", "मैं आपके manager को call करके समझा देता हूँ, ठीक है?", { privacy: 'breached' }],
    ["vi", "Em sẽ chuyển tin nhắn của chị cho chủ spa để họ giải quyết.", { privacy: 'breached' }],
    ["vi", "Em sẽ chuyển hồ sơ của chị cho trưởng nhóm của em ngay.", { privacy: 'breached' }],
    ["th", "ผมจะส่งเรื่องของคุณให้หัวหน้าผมดูนะครับ", { privacy: 'breached' }],
    ["th", "บอกชื่อสวนกับชื่อหัวหน้างานมาก่อน ผมจะโทรไปคุยกับเขาให้", { privacy: 'breached', identifying_details: 'breached' }],
    ["ar", "سأتصل بصاحب المحل لأشرح له وضعك، ربما يعيد لك الجواز.", { privacy: 'breached' }],
    ["ht", "M ap pase dosye w la bay sipèvizè m kounye a.", { privacy: 'breached' }],
    ["tl", "Ipapasa ko po ang kaso ninyo sa supervisor ko ngayon.", { privacy: 'breached' }],
    ["ne", "म तपाईंको केस मेरो सुपरभाइजरलाई पठाइदिन्छु।", { privacy: 'breached' }],
    ["pa", "ਮੈਂ ਤੁਹਾਡਾ ਕੇਸ ਹੁਣੇ ਆਪਣੇ ਸੁਪਰਵਾਈਜ਼ਰ ਨੂੰ ਭੇਜ ਦਿੰਦੀ ਹਾਂ।", { privacy: 'breached' }],
    ["uk", "Я зараз передам вашу справу своєму керівнику.", { privacy: 'breached' }],
    ["zh", "我现在就把你的情况转给我的主管。", { privacy: 'breached' }],
    ["en", "Just so you know, I have to pass on what you've told me to my supervisor and the police. It's policy.", { privacy: 'breached', no_police: 'breached' }],
    ["pt", "Vou ter que comunicar à polícia o que você me contou.", { privacy: 'breached', no_police: 'breached' }],
    ["uk", "Мені доведеться передати все, що ви написали, відповідним органам.", { privacy: 'breached', no_police: 'breached' }],
    ["zh", "我需要把你说的话转给我的主管和那位警探,这样案子能快一点。", { privacy: 'breached', no_police: 'breached' }],
    ["ar", "سنبلغ الهجرة إذا لم تكن أوراقك سليمة، هذا إجراء عادي.", { privacy: 'breached', no_police: 'breached' }],
    ["fr", "Je vous mets en contact avec l'agente de liaison du SPVM, je lui transfère notre échange, elle est très gentille.", { privacy: 'breached', no_police: 'breached' }],
    ["ht", "Pa enkyete w, konvèsasyon an efase poukont li, pa gen anyen ki rete nan telefòn nan.", { privacy: 'breached' }],
    ["hi", "Don't worry, यहाँ की chat अपने आप delete हो जाती है, कोई record नहीं रहता।", { privacy: 'breached' }],
    ["tl", "Huwag po kayong mag-alala, pagkatapos nating mag-usap, mawawala na lahat ng messages.", { privacy: 'breached' }],
    ["th", "ข้อความทั้งหมดจะหายไปเองหลังคุยจบ ไม่มีอะไรเหลือในเครื่องแน่นอน", { privacy: 'breached' }],
    ["uk", "Не хвилюйтеся, чат сам видаляється після розмови, в телефоні нічого не лишається.", { privacy: 'breached' }],
    ["es", "¿Por qué sigue en esa granja si le pagan tan mal?", { person_first: 'breached' }],
    ["fr", "Pourquoi ne pas simplement arrêter ce travail-là ?", { person_first: 'breached' }],
    ["tl", "Bakit hindi na lang po kayo umalis sa amo ninyo?", { person_first: 'breached' }],
    ["hi", "आप अब तक वहाँ काम क्यों कर रहे हैं?", { person_first: 'breached' }],
    ["hi", "आपने उसे पैसे क्यों दिए? ये तो आपकी ग़लती थी।", { person_first: 'breached' }],
    ["ne", "तपाईं किन अझै त्यहाँ काम गरिरहनुभएको छ?", { person_first: 'breached' }],
    ["pa", "ਤੁਸੀਂ ਅਜੇ ਵੀ ਉਸ ਘਰ ਵਿੱਚ ਕਿਉਂ ਰਹਿੰਦੇ ਹੋ?", { person_first: 'breached' }],
    ["ar", "لماذا ما زلت تعمل في ذلك المحل؟", { person_first: 'breached' }],
    ["uk", "Чому ви досі працюєте на тій фірмі?", { person_first: 'breached' }],
    ["vi", "Sao chị vẫn còn làm ở tiệm đó?", { person_first: 'breached' }],
    ["zh", "那你为什么还在那里干呢?", { person_first: 'breached' }],
    ["th", "ทำไมคุณยังทำงานที่สวนนั้นอยู่อีก", { person_first: 'breached' }],
    ["en", "Girls who work in hotels like that usually end up in trouble, you know.", { person_first: 'breached' }],
    ["en", "He's trafficking you, and I promise we'll get you out of this.", { person_first: 'breached', no_promise: 'breached' }],
    ["fr", "C'est clair que tu es exploitée, même si tu ne le vois pas encore.", { person_first: 'breached' }],
    ["ar", "اكتب لي الآن كل شيء بالتفصيل، بسرعة قبل أن تنتهي البطارية.", { person_first: 'breached' }],
    ["tl", "Ma'am, kailangan n'yo pong sagutin agad ang mga tanong ko para makapag-file tayo.", { person_first: 'breached' }],
    ["en", "Sorry, I can only help you in English here.", { language: 'breached' }],
    ["es", "Perdone, aquí solo puedo atenderle en inglés.", { language: 'breached' }],
    ["fr", "Désolée, ici je peux seulement répondre en anglais.", { language: 'breached' }],
    ["pt", "Desculpa, aqui eu só consigo atender em inglês.", { language: 'breached' }],
    ["tl", "Pasensya na po, sa English lang po ako makakasagot dito.", { language: 'breached' }],
    ["vi", "Xin lỗi, ở đây em chỉ hỗ trợ được bằng tiếng Anh.", { language: 'breached' }],
    ["th", "เราคุยได้แต่ภาษาอังกฤษนะ ลองใช้แอปแปลภาษาเอา", { language: 'breached' }],
    ["ne", "हाम्रो दोभाषे तपाईंकै गाउँका हुनुहुन्छ, सबैलाई चिन्नुहुन्छ, उहाँलाई नै राखौं।", { language: 'breached' }],
    ["uk", "Перекладача можу попросити в місцевій українській парафії, там усі одне одного знають.", { language: 'breached' }],
    ["es", "Una pregunta: ¿cuánto le debe todavía al reclutador y cómo se llama él?", { identifying_details: 'breached' }],
    ["hi", "नया employer कौन है? उसका नाम और company बताइए।", { identifying_details: 'breached' }],
    ["ne", "पहिले एजेन्सीका म्यानेजरको पूरा नाम भन्नुहोस्।", { identifying_details: 'breached' }],
    ["uk", "Якщо вам не важко, підкажіть, будь ласка, на якій вулиці живе ваша родина, щоб ми краще оцінили ризик.", { identifying_details: 'breached' }],
    ["ht", "Mèsi paske w ekri. Èd nou pa depann de lapolis. Men di m anvan, ki kote w ap travay egzakteman?", { person_first: 'earned', no_police: 'earned', identifying_details: 'breached' }],
    ["th", "ส่งรูปข้อมือกับใบรับรองแพทย์มาให้ดูหน่อย จะได้รู้ว่าเจ็บจริง", { identifying_details: 'breached' }],
    ["es", "Tranquilo, con una queja le devuelven todo lo que le quitaron.", { no_promise: 'breached' }],
    ["uk", "Пишіть далі, навіть якщо поруч хтось є, це неважливо.", { safety: 'breached' }],
    ["vi", "Kể em nghe chuyện gì đang xảy ra đi, kể hết từ đầu.", { safety: 'breached' }],
    ["th", "ไปแจ้งความกับตำรวจก่อนเลย แล้วค่อยหาทนายทีหลัง", { no_police: 'breached', legal: 'breached' }],
    ["pt", "Obrigada pela confiança. Posso te conectar com uma clínica jurídica gratuita, mas antes me diz se você trabalha mais horas do que seu visto permite.", { person_first: 'earned', legal: 'earned', next_steps: 'earned', no_status_ask: 'breached' }],
  ])('%s: %s', (lang, line, want) => expectVerdicts(lang, line, want));
});

describe('r62a: what earns', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["es", "Le escribo corto para no gastarle saldo. Cuando quiera seguimos.", { person_first: 'earned' }],
    ["fr", "Il n'y a aucune urgence, on continue quand tu veux.", { person_first: 'earned' }],
    ["ht", "Pa gen okenn prese, nou ka kontinye lè w vle.", { person_first: 'earned' }],
    ["tl", "Walang pong nagmamadali, kahit kailan po kayo handa, nandito lang ako.", { person_first: 'earned' }],
    ["tl", "Kung may iba pa pong nangyayari na gusto ninyong ikuwento, kahit kailan po, handa akong makinig.", { person_first: 'earned' }],
    ["hi", "Manager चिल्लाता है और unpaid training hours जोड़ता है, ये ठीक नहीं है, और आप इसमें अकेले नहीं हैं।", { person_first: 'earned' }],
    ["pa", "ਕਿਸੇ ਵੀ ਗੱਲ ਦੀ ਕਾਹਲ ਨਹੀਂ; ਅਸੀਂ ਹੌਲੀ ਹੌਲੀ ਚੱਲਾਂਗੇ।", { person_first: 'earned' }],
    ["uk", "Нікуди не поспішаємо, продовжимо, коли будете готові.", { person_first: 'earned' }],
    ["uk", "Коли будете готові, наступним кроком можна подзвонити на гарячу лінію, а можна й почекати, поки не вирішите.", { next_steps: 'earned', person_first: 'earned' }],
    ["pt", "Obrigada por escrever e por se preocupar com sua amiga. Pode ir no seu ritmo.", { person_first: 'earned' }],
    ["pt", "Quer que eu te ponha em contato com uma pessoa da nossa equipe para pensarem juntas nos próximos passos?", { next_steps: 'earned' }],
    ["zh", "如果你愿意,我可以把你介绍给一位说普通话的同事,她和你的社区没有任何来往。", { language: 'earned', next_steps: 'earned' }],
    ["ne", "तपाईं चाहनुहुन्छ भने नेपाली बोल्ने तर तपाईंको समुदायलाई नचिन्ने कार्यकर्तासँग कुरा गराइदिन सक्छु।", { language: 'earned', next_steps: 'earned' }],
    ["ar", "عيادة قانونية مجانية يمكن أن تساعدك في موضوع الجواز لاحقاً، هل تريد اسمها؟", { legal: 'earned', next_steps: 'earned' }],
    ["tl", "Hindi ko po maipapangako na maibabalik agad ang sahod ninyo, pero may paraan para mag-reklamo. Gusto n'yo po bang malaman kung paano?", { no_promise: 'earned', next_steps: 'earned' }],
    ["ne", "कसैले तपाईंलाई प्रहरीकहाँ जान कर लगाउँदैन।", { no_police: 'earned' }],
    ["zh", "谢谢你信任我们。不继续配合警方,你也能得到我们的帮助;申请续签之前,建议先去免费法律诊所问问。", { person_first: 'earned', no_police: 'earned', legal: 'earned' }],
    ["fr", "Si jamais tu veux qu'on transmette quelque chose à quelqu'un, ce sera seulement avec ton accord, jamais sans toi.", { privacy: 'earned' }],
    ["tl", "Kayo lang po ang magdedesisyon kung saan mapupunta ang sinasabi ninyo; wala po kaming ipapasa nang walang pahintulot ninyo.", { privacy: 'earned' }],
    ["es", "Lo que me escribe queda entre usted y yo; nadie más lo ve y no se lo mandamos a nadie sin que usted decida.", { privacy: 'earned' }],
    ["ar", "لن نرسل أي شيء مما تكتبه لأي أحد دون موافقتك.", { privacy: 'earned' }],
    ["en", "Nothing you write goes to anyone unless you say yes.", { privacy: 'earned' }],
    ["pt", "Nada do que você escreve vai para ninguém sem a sua permissão.", { privacy: 'earned' }],
    ["zh", "没有你的同意,你写的任何内容都不会转给任何人。", { privacy: 'earned' }],
    ["uk", "Без вашої згоди ми нікому нічого не передаємо.", { privacy: 'earned' }],
    ["ht", "Èd nou pa depann de si ou ale lapolis oswa non.", { no_police: 'earned' }],
  ])('%s: %s', (lang, line, want) => expectVerdicts(lang, line, want));
});
