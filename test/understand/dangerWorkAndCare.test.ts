// Fire and knives told as one's trade ("I'm a welder, sparks all day, it's my trade"), and a fire
// at work that is happening now; an injury with care kept away by a threat of immigration ("if I
// go to the hospital he calls immigration"); a count of pills asked about ("what happens if
// someone takes 30 pills?") and the pills of every day. Written in every language from the
// misses of t56a, a batch written apart from the project; own words, not the batch's lines.
import { describe, expect, it } from 'vitest';
import { eachFlagged, eachLeftAlone } from './expectDanger.ts';
import { understanding } from './shared.ts';

describe('fire or knives told as the work\'s ordinary, in every language', () => {
  eachLeftAlone('not danger', [
    "i'm a welder, sparks and fire all day, it's my trade. my mask is cracked, does the company have to replace it?",
    "i work the grill, fire all shift long, that's the job. are we owed a break every 5 hours?",
    "I'm a line cook, knives and flames all day. do they have to give us cut gloves?",
    "je soude toute la journee, les etincelles et le feu c'est mon metier, mais mon masque est brise depuis un mois. ils doivent le remplacer non?",
    "je travaille au four a pizza, le feu c'est mon travail, mais on a pas d'extincteur. c'est obligatoire?",
    "cuisinier, couteaux et flammes toute la journee, c'est normal. l'employeur doit fournir les gants?",
    "trabajo de soldador, chispas y fuego todo el dia, es mi oficio. la mascara esta rota, me la tienen que cambiar?",
    "en la cocina trabajo con fuego todo el dia, es normal. no hay extintor, es obligatorio?",
    "soy cocinero, cuchillos y fuego todo el dia. me tienen que dar guantes?",
    "sou soldador, faisca e fogo o dia todo, e meu oficio. a mascara quebrou, eles tem que trocar?",
    "trabalho na churrasqueira, fogo o dia inteiro, normal. mas nao tem extintor, e obrigatorio?",
    "m se soudè, dife ak etensèl tout jounen, se metye m. mask mwen kase, eske yo dwe ranplase l?",
    "m travay nan kizin, dife tout jounen, se travay la. pa gen extenktè, eske se obligatwa?",
    "welder ako, apoy at spark buong araw, trabaho ko talaga yan. sira na mask ko, dapat ba nila palitan?",
    "sa ihawan ako nagtatrabaho, apoy buong araw, normal lang. walang fire extinguisher, required ba yun?",
    "मैं रेस्टोरेंट में शेफ हूँ, पूरा दिन चाकू और आग के साथ काम होता है। क्या मालिक को कट-प्रूफ दस्ताने देने पड़ते हैं?",
    "main welder hoon, pura din aag aur chingari ke saath kaam, yahi mera kaam hai. mask toot gaya, kya company ko badalna padega?",
    "तंदूर पर काम करता हूँ, आग के साथ ही काम है, पर आग बुझाने वाला सिलेंडर नहीं है। क्या ये ज़रूरी है?",
    "ਮੈਂ ਢਾਬੇ ਤੇ ਤੰਦੂਰ ਤੇ ਕੰਮ ਕਰਦਾ, ਅੱਗ ਨਾਲ ਹੀ ਕੰਮ ਹੈ, ਪਰ ਕੋਈ ਫਾਇਰ ਐਕਸਟਿੰਗੁਇਸ਼ਰ ਨਹੀਂ। ਕੀ ਇਹ ਜ਼ਰੂਰੀ ਹੈ?",
    "main welder haan, sara din agg te chingariyan naal kam, eh mera kam hai. mask tutt gaya, company nu badalna paina?",
    "म वेल्डर हुँ, दिनभरि आगो र झिल्का सँग काम हो। मास्क फुटेको छ, कम्पनीले फेर्नुपर्छ?",
    "ma tandoor ma kaam garchu, aago sanga nai kaam ho, tara fire extinguisher chaina. yo jaruri ho?",
    "em lam han, lua voi tia lua ca ngay, nghe cua em ma. mat na bi nut roi, cong ty co phai thay ko?",
    "toi lam bep nuong, lua ca ngay, binh thuong thoi. nhung ko co binh chua chay, co bat buoc ko?",
    "我是电焊工，整天跟火和火花打交道，这是我的活。面罩裂了，公司要给换吗？",
    "我在烤肉店干活，天天对着火，很正常。店里没有灭火器，这是必须的吗？",
    "ผมเป็นช่างเชื่อม ทำงานกับไฟทั้งวัน เป็นงานปกติครับ หน้ากากแตกแล้ว นายจ้างต้องเปลี่ยนให้ไหม",
    "pom tam ngan pao king mai nai farm, chai fai tuk wan, pen ngan pokati krub. tae yak ruu wa nai jang tong fuek son ruang fai mai",
    "انا لحام، النار والشرار طول اليوم هذا شغلي. الماسك انكسر، لازم الشركة تبدله؟",
    "بشتغل على الفرن، النار كل يوم عادي. بس ما في طفاية حريق، هل هي إجبارية؟",
    "я зварювальник, вогонь і іскри цілий день, це моя робота. маска тріснула, роботодавець має замінити?",
    "працюю на грилі, вогонь цілий день, це нормально. але немає вогнегасника, це обовʼязково?",
  ]);
});

describe('a fire at work now, or someone burned and not breathing, stays danger though the work is fire', () => {
  eachFlagged('danger', [
    "help the kitchen is on fire and the back door is locked, we cant get out",
    "i work with fire all day but this is different, the whole shop is burning and my coworker isnt breathing",
    "au secours le feu a pris dans la cuisine, on est enfermes, je travaille avec le feu mais la c'est grave",
    "c'est mon metier le feu mais la mon collegue est brule partout et il respire plus",
    "ayuda se esta quemando la cocina y la puerta esta cerrada con llave, no podemos salir",
    "trabajo con fuego todo el dia pero ahorita se incendio el taller y mi compañero no respira",
    "socorro a cozinha pegou fogo e trancaram a porta, nao conseguimos sair",
    "trabalho com fogo mas agora meu colega ta queimado e desmaiado, o patrao nao chama ambulancia",
    "anmwe dife pran nan kizin nan, pot la fèmen ak kle, nou pa ka soti",
    "tulong nasusunog yung kusina naka lock yung pinto di kami makalabas",
    "trabaho ko talaga ang apoy pero ngayon nasunog yung kasama ko at hindi humihinga",
    "bachao kitchen mein aag lag gayi hai, darwaza bahar se band hai",
    "आग के साथ काम होता है पर अभी मेरा साथी जल गया है और साँस नहीं ले रहा",
    "bachao kitchen ch agg lag gayi, darwaza band aa, bahar nahi nikal sakde",
    "बचाउनुस् भान्सामा आगो लाग्यो, ढोका बाहिरबाट बन्द छ",
    "cuu voi bep chay roi, cua bi khoa, tui em ko ra duoc",
    "救命 厨房着火了 门被锁了 出不去",
    "这是我的工作天天跟火打交道，但现在同事被烧伤了，不呼吸了",
    "ช่วยด้วย ครัวไฟไหม้ ประตูล็อค ออกไม่ได้",
    "الحقوني المطبخ ولع والباب مقفول ما نقدر نطلع",
    "هذا شغلي مع النار بس هلق زميلي انحرق وما عم يتنفس",
    "допоможіть кухня горить двері замкнені ми не можемо вийти",
    "я працюю з вогнем цілий день, але зараз цех горить і колега не дихає",
  ]);
});

describe('an injury, and care kept away by a threat of immigration or deportation, in every language', () => {
  eachFlagged('danger', [
    "my arm is broken i think, bone sticking out, but the boss says if i go to the ER he calls immigration on me",
    "my friend cut his hand really deep at the plant and the supervisor says if he goes to the doctor they'll get him deported",
    "me cai del techo y no puedo mover la pierna, el patron dice que si voy al hospital me reporta con migracion",
    "mi compa se corto bien feo y esta sangrando mucho, el mayordomo dice que si lo llevamos al doctor lo deportan",
    "je me suis brule le bras, la peau part, et le patron dit que si je vais a l'hopital il me fait expulser",
    "cai da escada e acho que quebrei o braço, o patrao disse que se eu for no hospital ele chama a imigracao",
    "m tonbe, pye m kase m panse, bos la di si m al lopital l ap rele imigrasyon pou mwen",
    "nahulog ako sa hagdan, di ko maigalaw paa ko, sabi ng amo pag nag ospital ako ipapa deport nya ako",
    "mera haath toot gaya hai shayad, boss keh raha agar hospital gaya to immigration ko bula dega",
    "mera pair tutt gaya lagda, malik kehnda je hospital gaya ta immigration nu phone kar dau",
    "मेरो खुट्टा भाँचिएको जस्तो छ, मालिकले अस्पताल गए इमिग्रेसनलाई खबर गर्छु भन्छ",
    "chan em chac bi gay roi, ong chu noi neu di benh vien thi ong bao so di tru",
    "我的腿好像断了，站不起来，老板说我要是去医院他就叫移民局",
    "แขนหักแน่ๆ เลย นายจ้างบอกว่าถ้าไปโรงพยาบาลจะแจ้งตม.",
    "ايدي انكسرت على ما اظن، والمعلم بيقول لو رحت المستشفى بيبلغ الهجرة عني",
    "здається, я зламав ногу, не можу встати, а бригадир каже, що якщо піду в лікарню, він подзвонить в міграційну",
  ]);
});

describe('going to the hospital asked about, with no injury told, is not danger', () => {
  eachLeftAlone('not danger', [
    "if i go to the hospital for my back will my employer find out? i dont want problems with immigration",
    "si voy al hospital por mi espalda, migracion se entera?",
    "si je vais a l'hopital pour mon dos, est-ce que l'immigration sera au courant?",
    "se eu for no hospital por causa das costas, a imigracao fica sabendo?",
    "kung pupunta ako sa ospital dahil sa likod ko, malalaman ba ng immigration?",
    "agar main back pain ke liye hospital jaun to kya immigration ko pata chalega?",
    "我腰疼，要是去医院看病，移民局会知道吗？",
    "لو رحت المستشفى عشان ضهري، الهجرة بتعرف؟",
    "якщо я піду в лікарню через спину, міграційна служба дізнається?",
    "neu em di benh vien vi dau lung thi so di tru co biet ko?",
  ]);
});

describe('a count of pills asked about: danger, or at least the question', () => {
  it.each([
    "si quelqu'un prend 30 cachets de tension qu'est ce qui arrive",
    "o que acontece se alguem tomar uns 30 comprimidos de pressao?",
    "kisa k rive si yon moun bwe 30 grenn pou tansyon?",
    "ano mangyayari kung may uminom ng 30 tableta ng gamot sa high blood?",
    "agar koi 30 goliyan neend ki kha le to kya hoga?",
    "je koi 30 goliyan kha lave ta ki hunda?",
    "कसैले ३० वटा चक्की खायो भने के हुन्छ?",
    "neu ai do uong 30 vien thuoc huyet ap thi sao?",
    "如果一个人吃了30片降压药会怎么样？",
    "ถ้าคนกินยาความดัน 30 เม็ดจะเป็นอะไรไหม",
    "شو بصير اذا حدا اخد 30 حبة دوا ضغط؟",
    "що буде, якщо хтось вип'є 30 таблеток від тиску?",
  ])('%s', (t) => {
    const r = understanding().routeOffline(t);
    expect(r.danger || r.dangerCheck, t).toBe(true);
  });
});

describe('the pills of every day are no dose', () => {
  eachLeftAlone('not danger', [
    "je prends 12 comprimes par jour pour le coeur, le patron peut m'obliger a travailler la nuit?",
    "tomo 10 comprimidos por dia pra pressao, o patrao pode me obrigar a fazer hora extra?",
    "我每天吃10片药，老板能让我上夜班吗？",
    "я п'ю 10 таблеток на день, чи може бос змусити мене працювати вночі?",
    "main roz 10 goliyan leta hoon sugar ki, kya boss mujhe raat ki shift de sakta hai?",
    "em uong 10 vien thuoc moi ngay, chu co bat em lam ca dem duoc ko?",
  ]);
});

describe('going to the police supposed in a question about papers is no call for help (Thai, Chinese)', () => {
  eachLeftAlone('not danger', [
    "ถ้าไปแจ้งความว่าหัวหน้าตบหน้า ตำรวจจะขอดูวีซ่าไหม วีซ่าหมดแล้ว",
    "要是我去报警说老板打过我，警察会查我的签证吗？我的签证过期了",
    "如果报案说工头打人，他们会不会把我送去移民局",
    "ถ้าผมแจ้งตำรวจเรื่องนายจ้างทำร้าย จะโดนส่งกลับไหมครับ",
    "ถ้าไปแจ้งตำรวจว่าโดนหัวหน้างานทำร้าย ตำรวจจะถามเรื่องวีซ่าไหมคะ วีซ่าหมดแล้ว",
    "我签证过期了，要是去报警说老板打人，警察会不会把我交给移民局",
  ]);
});

describe('still a call for help when asked for', () => {
  eachFlagged('danger', [
    '快帮我报警 他在打我',
    'ช่วยแจ้งตำรวจด้วย เขากำลังตีฉัน',
  ]);
});

describe('what the learned signal alone had caught, now by the lists', () => {
  eachFlagged('danger', [
    'zo bra m kase, bòs la di si m ale lopital m pèdi djòb la',
    'pye m kase, si m al lopital m ap pèdi travay la, li di',
    'nos van a mover hoy a otro lado y ya no tenemos ni pasaporte ni cel',
    'gal kar sakdi haan par hauli, oh kol hi sutta piya',
    'que alguien conteste porfa',
  ]);
});
