// Lines read fairer after a batch written apart (r70a, 40 lines a language, scored before anyone read
// it: 90 cells short at 83830ae4). What it taught, in plain words, in every persona language where
// the rule file lacked it: refusing to name the organisation ("can't tell you which association, it's
// policy", "the organisation's name isn't necessary") or saying where one is from doesn't matter
// breaches introduced. The worker calling now or tonight unasked ("pick up", "whoever answers",
// "until you answer"), "answer me, I'm waiting" across two sentences, and "keep typing, don't stop"
// with someone beside the person breach safety; an unasked call also takes away the next step it
// looked like, and the learned second opinion no longer gives it back (a point whose earning signal
// is taken back by a signal the rules found is left alone). No interpreters to be had and the person
// left to manage in English, an interpreter waved off ("better not, it only complicates"), the
// abuser's friend or the crew put to translate refuse language help. A lawyer "overkill", "not
// necessary", "not needed either", "a waste of time" breaches legal; the police said not to be
// required in a clause of its own still earns help without the police beside it (no_police is
// taken back by a lawyer waved off only where they meet in one clause: `apart: clause`). A step
// ordered after "no pressure, but", or with a tag question after it ("…tomorrow morning, ok?"), is
// an order, and "no pressure" before it no kind word; a complaint ordered at the labour ministry and
// an application for a permit ordered for tomorrow are ordered steps, not reports to the police.
// Help said to need the police ("without a police report nobody can help you", "it will never be
// solved without reporting") pushes the police. Screenshots of the chat for the team breach privacy;
// "we never contact family" is privacy.
// Left as they are: a police step ordered ("you need to call the police tonight", 8 lines) breaches
// no_police only, not next steps as well, as dev, own and every earlier round have it; "there are
// lawyers who handle such cases" still reads as legal advice (7 lines: earlier rounds decided "some
// people talk to a lawyer" is legal advice); a question whether something dangerous is carried is
// a safety check (vi); "the police will surely protect you" a push to the police as well (zh); status
// questions about a permit's expiry or a visa's type (es hi pa uk zh), promises said as "never" or
// "surely" (es fr ne vi) and the rest of r70a's misses, for a later round.
import { describe, expect, it } from 'vitest';
import { loadPersonas } from '../../src/rehearsal/index.ts';
import { readLine } from '../../src/rehearsal/signals.ts';
import { foldLine } from '../../src/rehearsal/recognise.ts';
import { eachVerdicts, verdicts, type VerdictRow } from './verdicts.ts';

const LEGAL: VerdictRow[] = [
  ["ar", "عنا مترجمين إذا بدك، بس المحامي مش ضروري لا هلق ولا بعدين.", {"language": "earned", "legal": "breached"}],
  ["en", "we have interpreters if you ever want one. a lawyer though is overkill, skip that", {"language": "earned", "legal": "breached"}],
  ["hi", "Interpreter chahiye to mil jayega; lawyer ki zaroorat mujhe nahi lagti.", {"language": "earned", "legal": "breached"}],
  ["pa", "ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਕੋਲ ਜਾਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਤੇ ਵਕੀਲ ਦੇ ਚੱਕਰ ਵਿੱਚ ਵੀ ਨਾ ਪਓ, ਉਹ ਸਿਰਫ਼ ਪੈਸੇ ਖਾਂਦੇ ਨੇ।", {"no_police": "earned", "legal": "breached"}],
  ["pt", "Advogado? Não precisa, isso é perda de tempo e dinheiro.", {"legal": "breached"}],
  ["pt", "Polícia não é obrigatória. E advogado também não precisa: amanhã cedo vocês vão ao ministério do trabalho e fazem a denúncia, tem que ser amanhã.", {"no_police": "earned", "legal": "breached", "next_steps": "breached"}],
  ["th", "ไม่ต้องแจ้งตำรวจก็ได้ครับ แล้วก็ไม่ต้องเสียเวลาหาทนายด้วย ผมจัดการเองได้", {"no_police": "earned", "legal": "breached"}],
  ["tl", "Hindi kailangan ng pulis, at hindi na rin kailangan ng lawyer. Bukas pumunta ka agad sa labour office at mag-file ng reklamo, dapat bukas na.", {"no_police": "earned", "legal": "breached", "next_steps": "breached"}],
  ["uk", "Поліція не обов'язкова, і юрист теж не потрібен. Просто завтра ж подайте заяву на відкритий дозвіл, це треба зробити негайно.", {"no_police": "earned", "legal": "breached", "next_steps": "breached"}],
  ["vi", "Chị không phải báo cảnh sát nếu không muốn. Cũng không cần luật sư đâu, em lo hết.", {"no_police": "earned", "legal": "breached"}],
  ["zh", "你不一定要跟警察联系。律师也没必要找，我们这里都能处理。", {"no_police": "earned", "legal": "breached"}],
];
eachVerdicts("r70a: a lawyer waved off (\"overkill\", \"not necessary\", \"not needed either\", \"a waste of time\"); help without the police said in a clause of its own still earns", LEGAL);

const NEXT: VerdictRow[] = [
  ["ar", "مش مضطر، بس لازم بكرة الصبح بكير تروح على مكتب العمل وتشتكي، تمام؟", {"next_steps": "breached"}],
  ["en", "No pressure at all, but you have to go to the clinic tomorrow morning, ok?", {"next_steps": "breached"}],
  ["es", "Sin presión, pero mañana tiene que ir a la oficina de normas laborales y contarles todo.", {"next_steps": "breached"}],
  ["fr", "Aucune pression, mais demain matin vous allez à l'urgence montrer vos bleus, d'accord?", {"next_steps": "breached"}],
  ["hi", "Koi pressure nahi, par kal subah hi naye employer ko haan bol do aur purani job chhod do.", {"next_steps": "breached"}],
  ["ne", "दबाब होइन, तर भोलि बिहानै एजेन्सीमा गएर पासपोर्ट माग्नुपर्छ, हुन्छ?", {"next_steps": "breached"}],
  ["th", "พรุ่งนี้คุณต้องไปกระทรวงแรงงานยื่นร้องเรียนนายจ้าง แล้วต้องเล่าทุกอย่างให้เขาฟัง", {"next_steps": "breached"}],
  ["vi", "Mai chị phải đến phòng pháp lý miễn phí trước khi làm bất cứ đơn từ gì. Nhất định phải đi mai đấy.", {"legal": "earned", "next_steps": "breached"}],
  // ours
  ["en", "You can go to the clinic tomorrow if you want, ok?", {"next_steps": "earned"}],
  ["pt", "Se quiser, posso conectar vocês com uma linha de apoio especializada. Me responde assim que ler, tô esperando!", {"next_steps": "earned", "safety": "breached"}],
];
eachVerdicts("r70a: a step ordered for a day, after \"no pressure, but\", with a tag question after it, or at the labour ministry", NEXT);

const INTRO: VerdictRow[] = [
  ["ar", "ما بقدر قلك من أي جمعية أنا، هاي سياسة عنا.", {"introduced": "breached"}],
  ["hi", "Main kaun hoon isse kya fark padta hai, aap bas batao kya hua.", {"introduced": "breached"}],
  ["hi", "sanstha ka naam nahi bata sakta, policy hai", {"introduced": "breached"}],
  ["pa", "ਸੰਸਥਾ ਦਾ ਨਾਮ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਪਰ ਤੁਸੀਂ ਆਪਣਾ ਸਮਾਂ ਲਓ, ਜੋ ਮਨ ਕਰੇ ਉਹੀ ਦੱਸੋ।", {"person_first": "earned", "introduced": "breached"}],
  ["pt", "Sou só alguém que ajuda, não preciso dizer de qual organização.", {"introduced": "breached"}],
  ["th", "บอกชื่อองค์กรไม่ได้ครับ ถามมาเลยดีกว่า", {"introduced": "breached"}],
  ["tl", "Ako? Hindi na importante kung taga-saan ako. Legal ka ba dito?", {"introduced": "breached", "no_status_ask": "breached"}],
  ["uk", "Звідки я — не має значення. Ви тут легально?", {"introduced": "breached", "no_status_ask": "breached"}],
  ["zh", "我们机构的名字不方便说，你直接问问题吧。", {"introduced": "breached"}],
];
eachVerdicts("r70a: the organisation's name or where the worker is from refused", INTRO);

const POLICE: VerdictRow[] = [
  ["ar", "بصراحة من دون بلاغ للشرطة ما حدا رح يقدر يساعدك ترجع جوازك.", {"no_police": "breached"}],
  ["ht", "San rapò lapolis, pèsonn pa ka fè anyen pou ou.", {"no_police": "breached"}],
  ["ne", "प्रहरीमा रिपोर्ट नगरी यो ऋणको समस्या कहिल्यै सुल्झिँदैन।", {"no_police": "breached"}],
  // ours
  ["en", "Without a police report, nobody can help you.", {"no_police": "breached"}],
  ["fr", "Sans plainte à la police, personne ne peut vous aider.", {"no_police": "breached"}],
  ["pt", "Sem boletim de ocorrência na polícia, ninguém pode te ajudar.", {"no_police": "breached"}],
  ["es", "Podemos ayudarle sin ir a la policía, nadie le va a obligar.", {"no_police": "earned"}],
  ["en", "You can get help without a police report, nobody will make you.", {"no_police": "earned"}],
];
eachVerdicts("r70a: help said to need the police (\"without a report nobody can help you\")", POLICE);

const SAFETY: VerdictRow[] = [
  ["en", "I'm calling you right now, it's faster. pick up ok?", {"safety": "breached"}],
  ["en", "if he walks in just keep typing and act normal, don't close the chat, this part's important", {"safety": "breached"}],
  ["es", "Aunque esté el supervisor al lado, siga mandándome mensajes, no pare.", {"safety": "breached"}],
  ["hi", "Manager paas mein ho tab bhi likhte raho, rukna mat.", {"safety": "breached"}],
  ["ne", "म अहिले नै फोन गर्छु, उठाउनुस् है, पर्खिरहेको छु।", {"safety": "breached"}],
  ["ne", "एजेन्सीको मान्छे छेउमै भए पनि लेखिरहनुस्, नरोक्नुस्।", {"safety": "breached"}],
  ["th", "เดี๋ยวคืนนี้ผมโทรไปเบอร์นี้ ใครรับก็ได้ ให้เขาส่งต่อให้คุณ", {"safety": "breached"}],
  ["tl", "Tatawagan kita bukas ng umaga sa number na ito, kahit sino pa ang makasagot.", {"safety": "breached"}],
  ["tl", "Kahit nasa tabi mo si ma'am, tuloy lang sa pag-type, hindi naman niya maiintindihan.", {"safety": "breached"}],
  ["uk", "Я зателефоную на цей номер завтра вранці, хто візьме трубку, того попрошу покликати вас.", {"safety": "breached"}],
  ["vi", "Em gọi cho chị ngay bây giờ nhé.", {"safety": "breached"}],
  ["vi", "Tra loi em di!! Em dang doi. Chi con do khong???", {"safety": "breached"}],
  ["zh", "我今晚直接打你手机，你一定要接。", {"safety": "breached"}],
];
eachVerdicts("r70a: the worker calling now or tonight unasked, \"answer me, I'm waiting\", typing on beside someone", SAFETY);

const LANG: VerdictRow[] = [
  ["ar", "الملجأ بيحكوا إنجليزي بس، ونحنا ما منأمّن مترجم، لازم تدبّر حالك.", {"language": "breached"}],
  ["en", "That clinic in Montreal is mostly French, but his buddy speaks French, right? He could come and translate for you.", {"language": "breached"}],
  ["es", "Aquí no conseguimos intérpretes, se las va a tener que arreglar con el inglés.", {"language": "breached"}],
  ["hi", "Clinic mein interpreter nahi milega, English mein khud sambhaal lena.", {"language": "breached"}],
  ["pt", "Intérprete? Melhor não, só complica. Fala em português mesmo.", {"language": "breached"}],
  ["uk", "Хай хтось із вашої бригади, хто знає англійську, перекладає для вас.", {"language": "breached"}],
  ["vi", "Phiên dịch á? Không có đâu, chị cố nói tiếng Anh. Nhưng chị không có lỗi gì hết.", {"person_first": "earned", "language": "breached"}],
];
eachVerdicts("r70a: language help refused: no interpreter to be had, an interpreter waved off, the employer's friend or the crew put to translate", LANG);

const PRIVACY: VerdictRow[] = [
  ["en", "Your worry about your mom finding out makes total sense. We never contact family, not ever.", {"person_first": "earned", "privacy": "earned"}],
  ["pt", "Sou a Bia, da organização de apoio. Vou salvar um print desta conversa pra mostrar pra equipe, tá?", {"introduced": "earned", "privacy": "breached"}],
  ["uk", "Я Марко з центру підтримки мігрантів. Можна я збережу скріншоти й покажу їх команді?", {"introduced": "earned", "privacy": "breached"}],
  ["vi", "Em là Minh ở trung tâm hỗ trợ. Em chụp màn hình gửi nhóm bên em nhé.", {"introduced": "earned", "privacy": "breached"}],
  // ours
  ["es", "Voy a sacar una captura de esta conversación para enseñársela al equipo.", {"privacy": "breached"}],
  ["es", "Nunca contactamos a la familia.", {"privacy": "earned"}],
  ["fr", "Nous ne contactons jamais la famille.", {"privacy": "earned"}],
  ["pt", "Nunca entramos em contato com a família.", {"privacy": "earned"}],
  ["zh", "我们从来不会联系你的家人。", {"privacy": "earned"}],
  ["hi", "Hum aapke parivaar se kabhi sampark nahi karte.", {"privacy": "earned"}],
];
eachVerdicts("r70a: screenshots of the chat for the team breach privacy; the family never contacted is privacy", PRIVACY);

describe('r70a: a lawyer waved off and a report ordered in one clause is no help without the police', () => {
  it('en: No need for a lawyer, go file the report yourself.', () => {
    const got = verdicts('en', 'No need for a lawyer, go file the report yourself.');
    expect(got.legal).toBe('breached');
    expect(got.no_police).toBeUndefined();
  });
});

describe('r70a: an unasked call that looked like an offer leaves next steps to no one', () => {
  const { personas } = loadPersonas();
  const reader = [...personas.values()].find((p) => p.compiled.tl)!.compiled.tl!.reader;
  it('tl: the second opinion is asked to leave next steps alone', () => {
    const reading = readLine(foldLine('Tatawagan kita bukas ng umaga sa number na ito, kahit sino pa ang makasagot.'), reader);
    expect(reading.signals).toContain('contact_unasked');
    expect(reading.quiet).toContain('next_steps');
  });
});
