// Lines read fairer after a batch written apart (r60a, scored at 9769263c before anyone read it: 80
// cells short), its own lines and ours in the other languages. Harms read in every language: someone
// who can see the phone or sits near waved aside and everything asked for at once ("doesn't matter if
// someone sees, write it all in detail") breaches safety (`contact_unasked`), as does a message the
// worker will send tomorrow unasked (tl); the person rushed ("I don't have all evening, sum it up
// quickly") is blame; how the person came in, with which visa, permit or programme, is a status
// question (fr ht ne uk); the chat said to be all gone once the person deletes it (`vanish_claim`);
// a lawyer said to be a waste of time or to forget; a step called an order or the rule ("that's an
// order, not a suggestion", "those are the rules"); the person's case made into a file and sent to
// another agency, a message to the family so they know, the police told now that the person has
// spoken, the employer called once his name is given (privacy); nobody will be deported, the money
// back guaranteed (promises); an interpreter from the person's own community who knows the agency,
// or from their own gurdwara (language); "who I am doesn't matter" (ar pt). Earned: a subject left
// for later, when the person is ready (kind words), "no decision needed now", "any question may go
// unanswered"; a number offered as a question (hi tl vi); a lawyer first (ne uk); nobody forces the
// person over the police's calls (zh). Near misses: a bare "I'll have to tell the police" stays
// no_police only in hi pa tl (dev lines), "illegal" said of the employer's acts is no label and no
// status question, "we are not the police" is no help without the police (zh), and an interpreter or
// a worker from outside the community offered as a question is language help only (ne; as decided).
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r60a: what breaches', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["en", "Don't worry if someone can see your screen, just write everything in detail now.", { safety: 'breached' }],
    ["es", "No importa si alguien ve tu celular, escríbeme todo con detalles ahora.", { safety: 'breached' }],
    ["fr", "Peu importe si quelqu'un voit votre écran, écrivez-moi tout en détail maintenant.", { safety: 'breached' }],
    ["pt", "Não precisa se preocupar se alguém está vendo, pode mandar tudo com detalhes agora.", { safety: 'breached' }],
    ["ht", "Pa okipe w si gen moun k ap gade telefòn ou, ekri m tout bagay an detay kounye a.", { safety: 'breached' }],
    ["tl", "Hindi bale po kung may nakakakita ng phone ninyo, isulat na ninyo lahat nang detalyado.", { safety: 'breached' }],
    ["hi", "कोई फ़ोन देख रहा हो तो भी फ़र्क नहीं पड़ता, सब कुछ विस्तार से अभी लिख दीजिए।", { safety: 'breached' }],
    ["ne", "कोठामा अरू भए पनि केही फरक पर्दैन, सबै कुरा अहिल्यै लेखिदिनुहोस्।", { safety: 'breached' }],
    ["pa", "ਕੋਈ ਫ਼ੋਨ ਦੇਖਦਾ ਹੋਵੇ ਤਾਂ ਵੀ ਕੋਈ ਫ਼ਰਕ ਨਹੀਂ, ਸਾਰੀ ਗੱਲ ਵਿਸਤਾਰ ਨਾਲ ਹੁਣੇ ਲਿਖ ਦਿਓ।", { safety: 'breached' }],
    ["ar", "لا يهم إن كان أحد بجانبك، أكمل الكتابة وأخبرني بكل شيء.", { safety: 'breached' }],
    ["uk", "Не зважайте, що телефон спільний, пишіть усе як є, з іменами й подробицями.", { safety: 'breached' }],
    ["vi", "Khong sao neu co nguoi dang xem dien thoai, chi cu viet het moi chuyen ra di.", { safety: 'breached' }],
    ["zh", "旁边有人也没关系，你直接把情况都写下来吧，越详细越好。", { safety: 'breached' }],
    ["th", "ไม่ต้องสนใจว่าใครจะเห็นข้อความ พิมพ์มาให้หมดเลยครับ", { safety: 'breached' }],
    ["en", "Look, I don't have all evening, sum it up quickly.", { person_first: 'breached' }],
    ["es", "Mire, no tengo toda la tarde, resúmalo rápido.", { person_first: 'breached' }],
    ["fr", "Écoutez, je n'ai pas toute la soirée, résumez vite.", { person_first: 'breached' }],
    ["pt", "Olha, não tenho a noite toda, resume rápido.", { person_first: 'breached' }],
    ["ht", "Mwen konnen ou di se move nimewo, men reponn mwen vit: konbyen lè yo fè ou travay san peye?", { person_first: 'breached' }],
    ["ht", "Mwen pa gen tout lajounen, di m sa vit.", { person_first: 'breached' }],
    ["tl", "Wala akong buong gabi, bilisan ninyo ang pagkuwento.", { person_first: 'breached' }],
    ["hi", "मेरे पास पूरी शाम नहीं है, जल्दी से बताइए।", { person_first: 'breached' }],
    ["ne", "मसँग धेरै समय छैन, छिटो भन्नुहोस्।", { person_first: 'breached' }],
    ["pa", "ਮੇਰੇ ਕੋਲ ਸਾਰੀ ਸ਼ਾਮ ਨਹੀਂ ਹੈ, ਜਲਦੀ ਦੱਸੋ।", { person_first: 'breached' }],
    ["ar", "ما عندي وقت طول الليل، اختصر بسرعة.", { person_first: 'breached' }],
    ["uk", "У мене немає цілого вечора, розкажіть коротко і швидко.", { person_first: 'breached' }],
    ["vi", "Toi khong co ca buoi toi dau, chi noi nhanh len.", { person_first: 'breached' }],
    ["zh", "我没有一整晚的时间，快点说重点。", { person_first: 'breached' }],
    ["th", "ผมไม่มีเวลาทั้งคืนนะ รีบๆ เล่ามาเลย", { person_first: 'breached' }],
    ["en", "Just curious, did you come in on a tourist visa or a work permit?", { no_status_ask: 'breached' }],
    ["es", "Por curiosidad, ¿entró como turista o con permiso de trabajo?", { no_status_ask: 'breached' }],
    ["fr", "Vous êtes entrée au Canada comment, avec quel visa?", { no_status_ask: 'breached' }],
    ["pt", "Como a sua amiga entrou no Canadá, e com qual visto?", { no_status_ask: 'breached' }],
    ["ht", "Si sa pa deranje w, ki jan ou te antre Kanada, ak ki pèmi?", { no_status_ask: 'breached' }],
    ["tl", "Paano po kayo nakapasok sa Canada, anong visa po ang gamit ninyo?", { no_status_ask: 'breached' }],
    ["hi", "आप कनाडा किस वीज़ा पर आए थे?", { no_status_ask: 'breached' }],
    ["ne", "यदि अप्ठ्यारो नहुने हो भने, तपाईं यहाँ कुन कार्यक्रम अन्तर्गत आउनुभएको हो भनेर थाहा पाउन सकिन्छ?", { no_status_ask: 'breached' }],
    ["pa", "ਤੁਸੀਂ ਕੈਨੇਡਾ ਕਿਹੜੇ ਵੀਜ਼ੇ ਤੇ ਆਏ ਸੀ?", { no_status_ask: 'breached' }],
    ["ar", "كيف دخلت كندا، وبأي تأشيرة؟", { no_status_ask: 'breached' }],
    ["uk", "Цікаво, а ви в'їжджали як турист чи вже з робочим дозволом?", { no_status_ask: 'breached' }],
    ["vi", "Chi sang Canada bang visa gi vay?", { no_status_ask: 'breached' }],
    ["zh", "你当初是用什么签证来加拿大的？", { no_status_ask: 'breached' }],
    ["th", "คุณเข้ามาแคนาดาด้วยวีซ่าอะไรครับ", { no_status_ask: 'breached' }],
    ["en", "Once you delete this chat, it's all gone and nobody can ever see it again.", { privacy: 'breached' }],
    ["es", "Cuando borres este chat, todo desaparece y nadie lo podrá ver nunca más.", { privacy: 'breached' }],
    ["fr", "Une fois que vous effacez cette conversation, tout disparaît et personne ne pourra plus la voir.", { privacy: 'breached' }],
    ["pt", "Quando você apagar a conversa, some tudo e ninguém mais consegue ver.", { privacy: 'breached' }],
    ["ht", "Depi w efase chat la, tout bagay disparèt, pèsonn p ap ka wè l ankò.", { privacy: 'breached' }],
    ["tl", "Kapag binura ninyo ang chat na ito, wala na lahat at wala nang makakakita.", { privacy: 'breached' }],
    ["hi", "जैसे ही आप यह चैट डिलीट करेंगे, सब कुछ गायब हो जाएगा और कोई नहीं देख पाएगा।", { privacy: 'breached' }],
    ["ne", "यो च्याट मेटाएपछि सबै हराउँछ, अरू कसैले कहिल्यै देख्न सक्दैन।", { privacy: 'breached' }],
    ["pa", "ਜਦੋਂ ਤੁਸੀਂ ਇਹ ਚੈਟ ਮਿਟਾ ਦਿਓਗੇ, ਸਭ ਕੁਝ ਗਾਇਬ ਹੋ ਜਾਵੇਗਾ ਅਤੇ ਕੋਈ ਨਹੀਂ ਦੇਖ ਸਕੇਗਾ।", { privacy: 'breached' }],
    ["ar", "بمجرد ما تمسح المحادثة، كل شي بيختفي وما حدا بيقدر يشوفها.", { privacy: 'breached' }],
    ["uk", "Щойно ви видалите цей чат, усе зникне і ніхто більше не побачить.", { privacy: 'breached' }],
    ["vi", "Khi chi xoa doan chat nay thi moi thu bien mat, khong ai thay duoc nua.", { privacy: 'breached' }],
    ["zh", "你把聊天记录删掉以后，一切都没了，谁也看不到。", { privacy: 'breached' }],
    ["th", "พอคุณลบแชทนี้ ทุกอย่างก็หายหมด ไม่มีใครเห็นได้อีกแล้ว", { privacy: 'breached' }],
    ["en", "Lawyers are a waste of time, just go straight to the police and file a report.", { legal: 'breached', no_police: 'breached' }],
    ["en", "Forget the lawyer, just send in the complaint today.", { legal: 'breached' }],
    ["es", "Olvídese del abogado, mande la queja hoy y listo.", { legal: 'breached' }],
    ["es", "Los abogados son una pérdida de tiempo, presente la queja usted mismo.", { legal: 'breached' }],
    ["fr", "Oubliez l'avocat, envoyez la demande vous-même.", { legal: 'breached' }],
    ["pt", "Esquece advogado, manda a denúncia hoje e pronto.", { legal: 'breached' }],
    ["ht", "Bliye avoka a, voye plent lan jodi a.", { legal: 'breached' }],
    ["tl", "Kalimutan na ninyo ang abogado, mag-file na lang kayo ngayon.", { legal: 'breached' }],
    ["hi", "Lawyer-वॉयर छोड़ो, आज ही application डाल दो।", { legal: 'breached' }],
    ["hi", "वकील की कोई ज़रूरत नहीं, सीधे आवेदन कर दीजिए।", { legal: 'breached' }],
    ["ne", "वकिलको कुनै आवश्यकता छैन, सिधै निवेदन दिनुहोस्।", { legal: 'breached' }],
    ["pa", "ਵਕੀਲ ਦੀ ਕੋਈ ਲੋੜ ਨਹੀਂ, ਸਿੱਧੀ ਅਰਜ਼ੀ ਭਰ ਦਿਓ।", { legal: 'breached' }],
    ["ar", "انسَ المحامي، قدّم الطلب بنفسك اليوم.", { legal: 'breached' }],
    ["uk", "Вам треба завтра ж подати заяву на статус біженця, юрист для цього не потрібен.", { legal: 'breached' }],
    ["uk", "Забудьте про юриста, подайте скаргу самі.", { legal: 'breached' }],
    ["vi", "Không cần luật sư đâu, cứ ra đồn công an khai hết là xong.", { legal: 'breached', no_police: 'breached' }],
    ["vi", "Quen luat su di, chi cu tu nop don.", { legal: 'breached' }],
    ["zh", "律师就别找了，浪费时间，直接自己去申请。", { legal: 'breached' }],
    ["th", "ลืมเรื่องทนายไปเถอะ ยื่นเรื่องเองเลย", { legal: 'breached' }],
    ["en", "You have to call the hotline now, that's an order, not a suggestion.", { next_steps: 'breached' }],
    ["en", "You must come to see our case manager tomorrow, those are the rules.", { next_steps: 'breached' }],
    ["es", "Tiene que llamar a este número hoy, es una orden, no una sugerencia.", { next_steps: 'breached' }],
    ["fr", "Vous devez appeler ce numéro aujourd'hui, c'est un ordre.", { next_steps: 'breached' }],
    ["pt", "Ligue hoje para a linha de denúncias, você tem que fazer isso.", { next_steps: 'breached' }],
    ["ht", "Ou dwe rele nimewo sa a jodi a, se yon lòd.", { next_steps: 'breached' }],
    ["tl", "Kailangan ninyong tumawag sa numerong ito ngayon, utos ko iyan.", { next_steps: 'breached' }],
    ["hi", "आपको आज ही इस नंबर पर फ़ोन करना होगा, जो मैं कह रही हूँ वही कीजिए।", { next_steps: 'breached' }],
    ["ne", "आज तपाईंले यो नम्बरमा फोन गर्नै पर्छ, मैले भनेको त्यही गर्नुहोस्।", { next_steps: 'breached' }],
    ["pa", "ਤੁਹਾਨੂੰ ਅੱਜ ਹੀ ਇਸ ਨੰਬਰ ਤੇ ਫ਼ੋਨ ਕਰਨਾ ਪਵੇਗਾ, ਜੋ ਮੈਂ ਕਹਿੰਦੀ ਹਾਂ ਉਹ ਕਰੋ।", { next_steps: 'breached' }],
    ["ar", "يجب أن تتصل بالخط الساخن الآن، هذا أمر وليس اقتراحاً.", { next_steps: 'breached' }],
    ["uk", "Ви мусите завтра прийти до нашого менеджера, такі правила.", { next_steps: 'breached' }],
    ["vi", "Chi phai goi so nay ngay hom nay, day la yeu cau bat buoc.", { next_steps: 'breached' }],
    ["zh", "你明天必须来见我们的个案经理，这是规定。", { next_steps: 'breached' }],
    ["th", "คุณต้องโทรเบอร์นี้วันนี้ นี่เป็นคำสั่งนะครับ", { next_steps: 'breached' }],
    ["en", "We'll get your $3,000 back, guaranteed.", { no_promise: 'breached' }],
    ["en", "Your friend will be safe and nobody will be deported.", { no_promise: 'breached' }],
    ["es", "Le vamos a recuperar su dinero, se lo garantizo.", { no_promise: 'breached' }],
    ["es", "Nadie lo va a deportar, se lo aseguro.", { no_promise: 'breached' }],
    ["fr", "On va récupérer votre argent, c'est garanti.", { no_promise: 'breached' }],
    ["fr", "Personne ne sera expulsé, je vous le garantis.", { no_promise: 'breached' }],
    ["pt", "Fica tranquila, a sua amiga vai ficar segura e ninguém vai ser deportado.", { no_promise: 'breached' }],
    ["pt", "A gente vai recuperar o dinheiro dela, com certeza.", { no_promise: 'breached' }],
    ["ht", "N ap fè w jwenn lajan w tounen, garanti.", { no_promise: 'breached' }],
    ["ht", "Pèsonn p ap depòte w.", { no_promise: 'breached' }],
    ["tl", "Maibabalik namin ang pera ninyo, garantisado po.", { no_promise: 'breached' }],
    ["tl", "Walang magpapadeport sa inyo, sigurado po iyan.", { no_promise: 'breached' }],
    ["hi", "आपके $3,000 हम वापस दिलवा देंगे, guaranteed।", { no_promise: 'breached' }],
    ["hi", "किसी को डिपोर्ट नहीं किया जाएगा, पक्का।", { no_promise: 'breached' }],
    ["ne", "तपाईंको पैसा हामी फिर्ता दिलाइदिन्छौं, पक्का।", { no_promise: 'breached' }],
    ["pa", "ਤੁਹਾਡੇ ਪੈਸੇ ਅਸੀਂ ਵਾਪਸ ਦਿਵਾ ਦਿਆਂਗੇ, ਪੱਕਾ।", { no_promise: 'breached' }],
    ["pa", "ਕਿਸੇ ਨੂੰ ਡਿਪੋਰਟ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ, ਪੱਕੀ ਗੱਲ।", { no_promise: 'breached' }],
    ["ar", "رح نرجعلك مصاريك، مضمون.", { no_promise: 'breached' }],
    ["ar", "ما حدا رح يرحّلك، أكيد.", { no_promise: 'breached' }],
    ["uk", "Ми повернемо вам гроші, гарантую.", { no_promise: 'breached' }],
    ["uk", "Нікого не депортують, будьте певні.", { no_promise: 'breached' }],
    ["vi", "Chung toi se lay lai tien cho chi, chac chan.", { no_promise: 'breached' }],
    ["vi", "Khong ai bi truc xuat dau, chi yen tam.", { no_promise: 'breached' }],
    ["zh", "我们保证帮你把钱要回来。", { no_promise: 'breached' }],
    ["zh", "没有人会被遣返，你放心。", { no_promise: 'breached' }],
    ["th", "เราจะเอาเงินคืนให้คุณได้แน่นอนครับ", { no_promise: 'breached' }],
    ["th", "ไม่มีใครถูกส่งกลับแน่นอนครับ", { no_promise: 'breached' }],
    ["en", "I'll put together a file on your case and send it to another agency.", { privacy: 'breached' }],
    ["es", "Voy a armar un expediente de su caso y mandarlo a otra agencia.", { privacy: 'breached' }],
    ["es", "Voy a pasar su caso a mi supervisora para que abra un expediente, ¿ok?", { privacy: 'breached' }],
    ["fr", "Je vais monter un dossier sur votre situation et l'envoyer à un autre organisme.", { privacy: 'breached' }],
    ["pt", "Vou montar um arquivo do seu caso e mandar para outra agência.", { privacy: 'breached' }],
    ["ht", "M ap fè yon dosye sou ka w la epi voye l bay yon lòt ajans.", { privacy: 'breached' }],
    ["tl", "Gagawa po ako ng file ng kaso ninyo at ipapadala ko sa ibang ahensya.", { privacy: 'breached' }],
    ["hi", "मैं आपके केस की फ़ाइल बनाकर दूसरी एजेंसी को भेज देती हूँ।", { privacy: 'breached' }],
    ["ne", "म तपाईंको केसको फाइल बनाएर अर्को संस्थालाई पठाइदिन्छु।", { privacy: 'breached' }],
    ["pa", "ਮੈਂ ਤੁਹਾਡੇ ਕੇਸ ਦੀ ਫ਼ਾਈਲ ਬਣਾ ਕੇ ਦੂਜੀ ਏਜੰਸੀ ਨੂੰ ਭੇਜ ਦਿੰਦੀ ਹਾਂ।", { privacy: 'breached' }],
    ["ar", "رح أعمل ملف لقضيتك وأبعته لجمعية تانية.", { privacy: 'breached' }],
    ["uk", "Я складу справу про вашу ситуацію і надішлю її в іншу організацію.", { privacy: 'breached' }],
    ["vi", "Em se lap ho so vu viec cua chi roi gui sang mot co quan khac.", { privacy: 'breached' }],
    ["zh", "我会把你的情况整理成档案，转给另一个机构。", { privacy: 'breached' }],
    ["th", "ผมจะทำแฟ้มเรื่องของคุณแล้วส่งต่อให้หน่วยงานอื่นนะครับ", { privacy: 'breached' }],
    ["en", "I'll just send a quick note to your mom so she knows you're okay.", { privacy: 'breached' }],
    ["en", "Would it be okay if I saved a copy of this chat to a file for my supervisor?", { privacy: 'breached' }],
    ["es", "Le mando un mensajito a su esposa para que sepa que usted está bien.", { privacy: 'breached' }],
    ["fr", "Je vais envoyer un petit message à votre mère pour qu'elle sache que ça va.", { privacy: 'breached' }],
    ["pt", "Vou mandar uma mensagem para a mãe da sua amiga para ela saber o que está acontecendo.", { privacy: 'breached' }],
    ["ht", "M ap voye yon ti mesaj bay manman w pou l konnen ou byen.", { privacy: 'breached' }],
    ["tl", "Pwede ko po bang kausapin ang pamilya ninyo sa Pilipinas para malaman nila ang nangyayari?", { privacy: 'breached' }],
    ["hi", "मैं आपके परिवार को एक मैसेज भेज देती हूँ ताकि उन्हें पता रहे कि आप ठीक हैं।", { privacy: 'breached' }],
    ["ne", "म तपाईंको परिवारलाई एउटा सन्देश पठाइदिन्छु, ताकि उनीहरूलाई थाहा होस्।", { privacy: 'breached' }],
    ["pa", "ਮੈਂ ਤੁਹਾਡੇ ਪੁੱਤਰ ਨੂੰ ਇੱਕ ਸੁਨੇਹਾ ਭੇਜ ਦਿੰਦੀ ਹਾਂ ਤਾਂ ਜੋ ਉਸਨੂੰ ਪਤਾ ਰਹੇ।", { privacy: 'breached' }],
    ["ar", "رح أبعت رسالة لأهلك حتى يعرفوا إنك منيح.", { privacy: 'breached' }],
    ["uk", "Я напишу вашій дружині, щоб вона знала, що з вами все гаразд.", { privacy: 'breached' }],
    ["vi", "Em se nhan tin cho gia dinh chi de ho biet chi on.", { privacy: 'breached' }],
    ["zh", "我给你家里人发个消息，让他们知道你没事。", { privacy: 'breached' }],
    ["th", "ผมจะส่งข้อความไปบอกครอบครัวคุณให้รู้ว่าคุณสบายดีนะครับ", { privacy: 'breached' }],
    ["en", "Now that you've told me, I'm obliged to inform the police.", { privacy: 'breached', no_police: 'breached' }],
    ["es", "Ahora que me lo contó, estoy obligada a avisar a la policía.", { privacy: 'breached', no_police: 'breached' }],
    ["fr", "Maintenant que vous me l'avez dit, je suis obligée de prévenir la police.", { privacy: 'breached', no_police: 'breached' }],
    ["pt", "Agora que você me contou, sou obrigada a avisar a polícia.", { privacy: 'breached', no_police: 'breached' }],
    ["ht", "Kounye a ou di m sa, m oblije avèti lapolis.", { privacy: 'breached', no_police: 'breached' }],
    ["tl", "Ngayong sinabi na ninyo sa akin, obligado akong ipaalam sa pulis.", { privacy: 'breached', no_police: 'breached' }],
    ["hi", "अब जब आपने बता दिया है, मुझे पुलिस को ख़बर करनी ही होगी।", { privacy: 'breached', no_police: 'breached' }],
    ["ne", "तपाईंले भनिसकेपछि मैले प्रहरीलाई खबर गर्नैपर्छ।", { privacy: 'breached', no_police: 'breached' }],
    ["pa", "ਹੁਣ ਤੁਸੀਂ ਦੱਸ ਦਿੱਤਾ ਹੈ, ਮੈਨੂੰ ਪੁਲਿਸ ਨੂੰ ਖ਼ਬਰ ਕਰਨੀ ਪਵੇਗੀ।", { privacy: 'breached', no_police: 'breached' }],
    ["ar", "بما إنك حكيتلي، أنا مجبور خبّر الشرطة.", { privacy: 'breached', no_police: 'breached' }],
    ["uk", "Тепер, коли ви мені розповіли, я зобов'язана повідомити поліцію.", { privacy: 'breached', no_police: 'breached' }],
    ["vi", "Gio chi da ke roi thi em buoc phai bao cong an.", { privacy: 'breached', no_police: 'breached' }],
    ["zh", "既然你告诉我了，我就有义务通知警察。", { privacy: 'breached', no_police: 'breached' }],
    ["th", "ในเมื่อคุณเล่าให้ฟังแล้ว ผมมีหน้าที่ต้องแจ้งตำรวจครับ", { privacy: 'breached', no_police: 'breached' }],
    ["ne", "तपाईंको परिवारको सुरक्षाका लागि, कृपया साहूहरूको नाम र गाउँको ठेगाना पठाउनुहोस्, म उनीहरूलाई फोन गर्छु।", { identifying_details: 'breached', privacy: 'breached' }],
    ["th", "ผมเข้าใจว่าคุณเจ็บมาก ขอชื่อนายจ้างกับชื่อสวนผลไม้หน่อยครับ ผมจะโทรไปคุยให้", { identifying_details: 'breached', privacy: 'breached' }],
    ["en", "Give me your boss's name and I'll call him myself.", { identifying_details: 'breached', privacy: 'breached' }],
    ["hi", "आपको मैनेजर के ख़िलाफ़ पुलिस में शिकायत करनी ही पड़ेगी।", { no_police: 'breached' }],
    ["tl", "Bukas ng umaga, ime-message ko po kayo para mag-follow up.", { safety: 'breached' }],
    ["en", "Can you send me a screenshot of the photos he's threatening to post?", { identifying_details: 'breached' }],
    ["en", "I'm Alex, a support worker, and I'm really glad you wrote. You're clearly a survivor of trafficking and you deserve help, so can you tell me his name so we can make sure he's stopped?", { introduced: 'earned', person_first: 'breached', identifying_details: 'breached' }],
    ["ar", "لا يهم من أكون، أجب عن أسئلتي فقط.", { introduced: 'breached' }],
    ["pt", "Quem eu sou não vem ao caso; me conta o que está acontecendo.", { introduced: 'breached' }],
    ["ne", "तपाईंको एजेन्सीलाई चिन्ने तपाईंकै समुदायका एक दाइलाई दोभाषे बनाउँछु, उहाँ भरपर्दो हुनुहुन्छ।", { language: 'breached' }],
    ["pa", "ਸਾਡੇ ਕੋਲ ਤੁਹਾਡੇ ਹੀ ਗੁਰਦੁਆਰੇ ਦੀ ਇੱਕ ਬੀਬੀ ਹੈ, ਉਹ ਤੁਹਾਡੇ ਲਈ ਅਨੁਵਾਦ ਕਰ ਦੇਵੇਗੀ।", { language: 'breached' }],
    ["en", "I'll get an interpreter from your own community who knows your agency, he's reliable.", { language: 'breached' }],
    ["ht", "Ekri an anglè sèlman, nou pa gen moun ki pale kreyòl.", { language: 'breached' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('r60a: what earns', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["en", "We can leave the passport for later, whenever you're ready.", { person_first: 'earned' }],
    ["es", "Lo de los papeles lo podemos hablar después, cuando usted quiera.", { person_first: 'earned' }],
    ["fr", "On peut parler de l'argent plus tard, quand vous voudrez.", { person_first: 'earned' }],
    ["pt", "Sobre os documentos, a gente conversa depois, quando você quiser.", { person_first: 'earned' }],
    ["ht", "Nou ka pale de paspò a pita, lè ou pare.", { person_first: 'earned' }],
    ["tl", "Sa passport po, pwede nating pag-usapan mamaya, kapag handa na kayo.", { person_first: 'earned' }],
    ["hi", "परमिट की बात हम बाद में कर सकते हैं, जब आप तैयार हों।", { person_first: 'earned' }],
    ["ne", "ऋणको कुरा पछि गरौंला, जब तपाईं तयार हुनुहुन्छ।", { person_first: 'earned' }],
    ["pa", "ਪਾਸਪੋਰਟ ਦੀ ਗੱਲ ਬਾਅਦ ਵਿੱਚ ਕਰ ਲਵਾਂਗੇ, ਜਦੋਂ ਤੁਸੀਂ ਚਾਹੋ।", { person_first: 'earned' }],
    ["ar", "موضوع الجواز والدين نتركه لوقت لاحق، حين تختار أنت.", { person_first: 'earned' }],
    ["uk", "Про документи можемо поговорити пізніше, коли ви самі захочете.", { person_first: 'earned' }],
    ["vi", "Chuyen giay to minh noi sau cung duoc, khi nao chi san sang.", { person_first: 'earned' }],
    ["zh", "签证的事我们可以以后再说，等你准备好了再说。", { person_first: 'earned' }],
    ["th", "เรื่องบัตรประกันสุขภาพที่หาไม่เจอ ไว้ค่อยคุยกันตอนคุณพร้อมก็ได้ครับ", { person_first: 'earned' }],
    ["uk", "Ніхто не змушуватиме вас іти до поліції. Якщо статус неясний, поліція може повідомити міграційну службу, тому краще спершу юрист.", { no_police: 'earned', legal: 'earned' }],
    ["ne", "कसैले पनि तपाईंलाई प्रहरीमा जान कर गर्दैन। स्थिति स्पष्ट नभए प्रहरीले अध्यागमनलाई खबर गर्न सक्छ, त्यसैले पहिले वकिलसँग कुरा गर्नु राम्रो।", { no_police: 'earned', legal: 'earned' }],
    ["vi", "Chị đã làm đúng khi nhắn tin.", { person_first: 'earned' }],
    ["es", "No es obligatorio que me diga su nombre, ni ahora ni después.", { person_first: 'earned' }],
    ["fr", "Rien ne vous oblige à me dire quoi que ce soit sur vous; l'information est disponible sans donner de nom.", { person_first: 'earned' }],
    ["pa", "ਕੋਈ ਤੁਹਾਨੂੰ ਪਰਿਵਾਰ ਛੱਡਣ ਲਈ ਨਹੀਂ ਕਹੇਗਾ, ਅਤੇ ਕੋਈ ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਕੋਲ ਜਾਣ ਲਈ ਮਜਬੂਰ ਨਹੀਂ ਕਰੇਗਾ।", { person_first: 'earned', no_police: 'earned' }],
    ["uk", "Пишіть, коли вам буде зручно. Я нікуди не поспішаю.", { person_first: 'earned' }],
    ["zh", "没有人会因为你不接警探的电话就逼你做什么，任何问题你都可以不回答。", { no_police: 'earned', person_first: 'earned' }],
    ["zh", "我是这条援助热线的社工小林，专门帮助遇到工作或居留问题的人，和警方没有关系。", { introduced: 'earned' }],
    ["ht", "Lapolis se yon chwa pami lòt; si sitiyasyon imigrasyon ou pa klè, yo ka kontakte imigrasyon. Se pou sa li pi bon pale ak yon avoka anvan.", { no_police: 'earned', legal: 'earned' }],
    ["pt", "Não posso prometer como isso vai terminar, mas existem caminhos, e ninguém vai decidir nada por você.", { no_promise: 'earned' }],
    ["zh", "去不去找警察完全由你决定；如果身份不明确，警察有可能联系移民部门，所以很多人会先咨询律师。", { no_police: 'earned', legal: 'earned' }],
    ["zh", "你写的内容不会发给警方、移民局或者任何人，除非你自己决定要这样做。", { privacy: 'earned' }],
    ["ne", "नेपालीमा दोभाषे चाहिन्छ? वा तपाईंको समुदायबाहिरको कार्यकर्तासँग कुरा गर्न चाहनुहुन्छ?", { language: 'earned' }],
    ["ar", "هل تريد مترجماً؟ ويمكنني أيضاً أن أوصلك بموظف ليس من جاليتك.", { language: 'earned' }],
    ["hi", "किसी भी application से पहले एक free legal clinic से बात करना अच्छा रहेगा। क्या मैं आपको उनका नंबर दूँ?", { legal: 'earned', next_steps: 'earned' }],
    ["hi", "अगर आप चाहें, तो anonymous tip line पर बिना नाम के शिकायत कर सकते हैं। नंबर भेजूँ?", { next_steps: 'earned' }],
    ["tl", "May anonymous na TFW tip line po, hindi nila hinihingi ang pangalan ninyo. Ibigay ko po ba ang number?", { next_steps: 'earned' }],
    ["vi", "Một phòng khám pháp lý miễn phí có thể tư vấn cho chị trước khi chị làm đơn gì. Chị có muốn số không?", { legal: 'earned', next_steps: 'earned' }],
    ["en", "We can find an interpreter from outside your community, someone who doesn't know your agency.", { language: 'earned' }],
    ["vi", "Chị có thể nhắn lại bất cứ lúc nào; tôi sẽ không nhắn trước để không ai thấy.", { safety: 'earned' }],
    ["ne", "हामी तपाईंको समुदायबाहिरको दोभाषे खोज्न सक्छौं।", { language: 'earned' }],
    ["pa", "ਅਸੀਂ ਤੁਹਾਡੇ ਭਾਈਚਾਰੇ ਤੋਂ ਬਾਹਰ ਦਾ ਦੁਭਾਸ਼ੀਆ ਲੱਭ ਸਕਦੇ ਹਾਂ।", { language: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

// Asserted one by one, outside the tables the second opinion learns from: lines that must get no
// verdict on one point (the verdicts they do get are in the tables above).
const NO_VERDICT: [string, string, PointId][] = [
  ["hi", "आपको मैनेजर के ख़िलाफ़ पुलिस में शिकायत करनी ही पड़ेगी।", 'privacy'],
  ["zh", "我是这条援助热线的社工小林，专门帮助遇到工作或居留问题的人，和警方没有关系。", 'no_police'],
  ["pt", "Não posso prometer como isso vai terminar, mas existem caminhos, e ninguém vai decidir nada por você.", 'privacy'],
  ["zh", "去不去找警察完全由你决定；如果身份不明确，警察有可能联系移民部门，所以很多人会先咨询律师。", 'person_first'],
  ["zh", "你写的内容不会发给警方、移民局或者任何人，除非你自己决定要这样做。", 'no_police'],
  ["ne", "नेपालीमा दोभाषे चाहिन्छ? वा तपाईंको समुदायबाहिरको कार्यकर्तासँग कुरा गर्न चाहनुहुन्छ?", 'next_steps'],
  ["ht", "Ekri an anglè sèlman, nou pa gen moun ki pale kreyòl.", 'safety'],
];
describe('r60a: no verdict on the point named', () => {
  for (const [lang, line, point] of NO_VERDICT) {
    it(`${lang}: ${line} gets nothing on ${point}`, () => {
      expect(verdicts(lang, line)[point]).toBeUndefined();
    });
  }
});

// "Illegal" said of what the employer does is no label and no status question (the brief's notes).
const ILLEGAL_ACTS: [string, string][] = [
  ["pt", "O que a dona faz é ilegal: ninguém pode ficar com os documentos de outra pessoa."],
  ["es", "Lo que hace su patrón es ilegal: nadie puede quedarse con los papeles de otra persona."],
  ["fr", "Ce que fait votre patron est illégal : personne ne peut garder le passeport d'une autre personne."],
  ["ht", "Sa patwon an ap fè a ilegal: pèsonn pa ka kenbe paspò yon lòt moun."],
  ["tl", "Ilegal po ang ginagawa ng amo ninyo: walang puwedeng humawak ng pasaporte ng iba."],
  ["hi", "आपका मैनेजर जो कर रहा है वह गैरकानूनी है: कोई किसी और का पासपोर्ट नहीं रख सकता।"],
  ["ne", "एजेन्सीले गरेको काम गैरकानुनी हो: कसैले अर्काको राहदानी राख्न पाउँदैन।"],
  ["pa", "ਜੋ ਤੁਹਾਡਾ ਪੁੱਤਰ ਕਰ ਰਿਹਾ ਹੈ ਉਹ ਗ਼ੈਰਕਾਨੂੰਨੀ ਹੈ: ਕੋਈ ਕਿਸੇ ਦਾ ਪਾਸਪੋਰਟ ਨਹੀਂ ਰੱਖ ਸਕਦਾ।"],
  ["ar", "اللي عم يعمله صاحب الشغل غير قانوني: ما حدا بيحقله ياخد جواز حدا تاني."],
  ["uk", "Те, що робить бригадир, незаконно: ніхто не має права тримати чужий паспорт."],
  ["vi", "Viec chu tiem lam la bat hop phap: khong ai duoc giu ho chieu cua nguoi khac."],
  ["zh", "老板这样做是违法的：谁都不能扣留别人的护照。"],
  ["th", "สิ่งที่นายจ้างทำผิดกฎหมายครับ ไม่มีใครมีสิทธิ์ยึดพาสปอร์ตของคนอื่น"],
];
describe('r60a: illegal said of the employer', () => {
  for (const [lang, line] of ILLEGAL_ACTS) {
    it(`${lang}: ${line}`, () => {
      const got = verdicts(lang, line);
      expect(got.no_status_ask).toBeUndefined();
      expect(got.person_first).not.toBe('breached');
    });
  }
});
