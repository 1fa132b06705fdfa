import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone, eachNeither, eachNeitherByLists } from './expectDanger.ts';

// General readings of danger in Arabic (native script and Latin letters), Ukrainian (with Russian
// mixed in, and in Latin letters), Vietnamese (with and without marks), Chinese (simplified,
// traditional, Cantonese) and Thai: each structure with several forms it must catch and harmless
// look-alikes it must leave alone.

describe('a question about how to get emergency help, in more of the ways it is put', () => {
  eachFlagged('is danger: answering at night, help in one’s language, where to run, how to call an ambulance', [
    // someone answering in the middle of the night
    'nửa đêm mà có ai trả lời tin nhắn không vậy',
    'bên bạn 3h sáng có người trả lời không',
    'ночью кто-то отвечает здесь?',
    'вночі хтось відповідає на повідомлення?',
    'กลางดึกมีคนรับสายไหมคะ',
    '半夜有人回复吗',
    'بالليل في حدا بيرد؟',
    // 911 in one's own language, or when one cannot speak
    'gọi 911 có người phiên dịch không',
    'а як я подзвоню в 911, мене зрозуміють без англійської?',
    'โทร 911 มีล่ามพูดไทยไหม',
    'โทร 911 แล้วพูดไม่ได้ จะทำยังไง',
    '打911有冇人讲粤语',
    '打911可以讲普通话吗',
    'wach 911 kayhedro l3rbiya?',
    // something happening and where to run or hide, who to call
    'lỡ có chuyện gì thì em trốn ở đâu được',
    'якщо щось станеться, куди тікати з дітьми?',
    'если что-то случится, кто-то приедет?',
    'yakshcho shchos stanetsia, kudy tikaty?',
    '如果出事了要躲去哪',
    'اذا صار شي خطير وين اهرب؟',
    'ila tra chi haja chkoun n3ayet?',
    'ถ้ามีคนเจ็บหนักที่แคมป์ เรียกรถพยาบาลยังไง',
  ]);
  eachNeither('leaves night work, a safe place to park and a call about something else alone', [
    'em làm ca đêm, lương ban đêm có cao hơn không',
    'em trực đêm ở kho, có được tính thêm giờ không',
    'я працюю вночі, чи мають доплачувати за нічні години?',
    'де знайти безпечне житло на зиму, щоб не переплачувати?',
    'ทำงานกะกลางคืน ได้ค่าแรงเพิ่มไหม',
    '我上夜班，半夜加班有没有加班费',
    '凌晨有没有公交车去工地',
    'بشتغل بالليل، في بدل ساعات ليلية؟',
  ]);
});

describe('someone here, said as a clause of its own', () => {
  eachFlagged('is danger in every script', [
    'він тут',
    'вона вже поруч. допоможіть',
    'он здесь',
    'vin tut',
    'mamo, ya v kimnati, vin vzhe tut',
    'nó đang ở đây',
    'em ko nhắn được nhiều, hắn tới rồi',
    'ck em đang ở ngoài cửa',
    'هو هون',
    'هي برا هلق',
    'huwe hon',
    '佢喺门口',
    '他在外面。',
    'เขามาแล้ว ช่วยด้วย',
  ]);
  eachNeither('leaves "he works here" and a thing come back alone', [
    'він тут працює вже три роки, скільки йому мають платити?',
    'nó ở đây làm được 2 năm rồi',
    '他在这里工作三年了',
  ]);
  eachNeitherByLists('leaves "he works here" alone (the learned signal asks: ADR 0013)', ['howa hna khdam m3aya f chantier', 'vin tut pratsiuie dva roky', 'nó về rồi, cảm ơn']);
});

describe('a weapon taken up, a threat to break bones, someone watching one’s room', () => {
  eachFlagged('is danger', [
    'у нього сокира і він кричить під дверима',
    'vin vzyav rushnytsiu, my skhovalysia v saraii',
    'бригадир п’яний, взяв биту і каже переламає всім ноги',
    '佢揸住支铁棒冲过来',
    '老板话今晚要教训我们，而家喺门口',
    'عم يهددني بالسكين هلق',
    'm3ah mouss w wa9ef 3la lbab',
    'thằng chủ đang mài dao, vừa chửi vừa nhìn vô phòng em',
  ]);
  eachNeither('leaves a knife as a tool of the work and a job that "kills" alone', [
    'я працюю з ножем на кухні цілий день, чи дають рукавиці?',
    '我係切菜嘅，成日揸刀，手好痛，可以转岗吗',
    'công việc này giết em mất, mệt quá, có được nghỉ phép không',
    'هالشغل رح يموتني من التعب، قديش لازم اشتغل بالاسبوع؟',
    'had lkhedma ghadi tmawetni, ch7al d sa3at f simana?',
  ]);
});

describe('the means at hand or a farewell letter, with giving up or a last apology', () => {
  eachFlagged('is danger', [
    'я написала прощальний лист. більше не можу',
    'em mua thuốc ngủ rồi. tạm biệt mọi người',
    'ยานอนหลับอยู่ในมือแล้ว ลาก่อน',
    'ما عاد فيني كمل، كتبت رسالة وداع',
    'ma 3ad fiyi kammel, katabt risala l ommi',
  ]);
  eachNeither('leaves pills for a back and an apology for writing late alone', [
    'em mua thuốc ngủ vì làm ca đêm khó ngủ, có được bảo hiểm trả không',
    'я не можу більше працювати по 12 годин, це законно?',
  ]);
});

describe('shut in, smoke, a child locked in a car, a crushed limb, driven somewhere unknown', () => {
  eachFlagged('is danger', [
    'chủ xích cửa lại, không ai được ra ngoài, hết đồ ăn rồi',
    'dây điện trong phòng đang bốc khói',
    'ลูกอายุ 4 ขวบติดอยู่ในรถ นายจ้างไม่ยอมเปิด',
    'เพื่อนโดนเครื่องจักรทับแขน กระดูกโผล่ ร้องไม่หยุด',
    'นายหน้าขับรถมาสามชั่วโมงแล้ว ไม่รู้ว่าที่นี่ที่ไหน',
  ]);
});

describe('what is over, far away, a drill, hearsay or a question about the rules', () => {
  eachLeftAlone('is not danger', [
    'بالمعمل رن انذار الحريق وطلع تمرين، بيحسبولنا الوقت؟',
    'Минулого літа в гуртожитку була пожежа, ніхто не постраждав. Хто платить за ремонт?',
    '去年中暑晕倒过，现在好了，今年有什么规定',
    'ที่ไร่เผาอ้อยทุกปี ควันเยอะ ต้องใส่หน้ากากไหม',
    'nghe nói có giấy phép cho người lao động bị ngược đãi, em nộp ở đâu',
    '一定要被锁起来才算人口贩卖吗？',
    'من سنتين كان المعلم يحبسنا بالسكن، هلق بشغل تاني ومرتاح. فيني اشتكي؟',
    'اخوي بالسعودية كفيله حابسه، هو هناك مش هنا. بتقدروا تساعدوه؟',
  ]);
});

describe('a cry for help with something forced or someone here, in Arabic, Ukrainian, Vietnamese, Chinese and Thai', () => {
  eachFlagged('is danger', [
    'допоможіть, він схопив мене і тягне в машину',
    'поможіть! він під дверима',
    'cứu em với, nó khóa cửa lại không cho em ra',
    'cứu với, hắn tới rồi',
    '救命 他抓住我不放',
    '救我 他在门口',
    'ช่วยด้วย เขาดึงแขนหนูลากไป',
    'ساعدوني هو عالباب',
    'الحقوني سحبني عالسياره',
  ]);
  eachLeftAlone('leaves a child or a phone in an everyday sentence alone', [
    'мій син хоче приїхати до мене на літо, яку візу йому робити?',
    'бригадир забрав телефон на час зміни, це законно?',
    'con em 5 tuổi, em muốn bảo lãnh qua thì làm sao',
    'chủ lấy điện thoại của em trong giờ làm, có đúng luật không',
    '我儿子想来加拿大读书，要办什么签证',
    '老板上班时收走我们手机，合法吗',
    'ลูกสาวหนูอยากมาเรียนที่แคนาดา ต้องทำวีซ่าอะไร',
    'ابني بدو يجي لكندا يدرس، شو الفيزا اللي لازمه؟',
    'المدير بياخد تلفوناتنا وقت الشغل، هاد قانوني؟',
  ]);
});

describe('hurt badly, out of reach of help, in more of the words people use', () => {
  eachFlagged('is danger', [
    'товариш впав з даху і не ворушиться, бригадир каже не дзвонити',
    'він виламує двері',
    'ховаюсь у ванній, він п’яний',
    'bạn cùng phòng uống hết lọ thuốc, gọi không dậy',
    'رفيقي انقطعت ايده بالمكنه والدم كتير',
    'جوزي سكران وعم يكسر الغراض والولاد عم يبكو',
    'ana m5abye f toilet, howa barra',
    'เค้าขู่จะเผาบ้านถ้าเราไปแจ้งตำรวจ',
  ]);
  eachNeither('leaves what is over, a drill and a job that tires alone', [
    'минулого року мене побив колишній роботодавець, зараз змінив роботу, чи можу я ще подати скаргу?',
    'năm ngoái em bị chủ đánh, giờ em ổn rồi, còn kiện được không',
    'hôm qua công ty diễn tập chữa cháy, có tính lương không',
    '今天公司消防演习，算不算工时',
    'ปีที่แล้วนายจ้างเก่าตบหนู ตอนนี้ย้ายงานแล้ว ร้องเรียนได้ไหม',
    'اليوم كان في تدريب اخلاء بالمعمل، بيحسبوه ساعات شغل؟',
    'هالشغل موتني من التعب',
  ]);
});

describe('a question about emergency help typed in Latin letters or mixed with Russian, and one about pay', () => {
  eachFlagged('is danger', [
    'chy mozhna vam napysaty vnochi yakshcho bude nebezpechno?',
    'ви можете прислати когось, якщо мене не випускають?',
    'если что-то случится ночью, куда звонить?',
    'nếu đêm có chuyện thì nhắn ở đây có ai trả lời không',
    'iza sar shi bel leil min byerod?',
    'ila tra liya chi haja f lil chkoun n3ayet?',
    'law 7asal 7aga bel leil a kallem meen?',
  ]);
  eachLeftAlone('leaves a question about pay alone', [
    'có chuyện về lương thì em nhắn ở đây hỏi được không',
    'можна вам написати про зарплату?',
    'куда звонить насчет зарплаты?',
    'iza sar shi bel 3a2d min byerod 3a so2ali?',
    'صار شي غريب بالراتب، بكلم مين؟',
    'ถ้ามีเรื่องเงินเดือน โทรหาใคร',
  ]);
});

describe('wanting to die, an overdose, a seizure and a drunk man with the kids, in more words', () => {
  eachFlagged('is danger', [
    'ما عاد بدي كون موجود، تعبت',
    'ковтнула всі таблетки',
    'руку затягнуло в станок, кров хлище',
    '我受不了了 想一了百了',
    'ลูกชักตัวเกร็ง นายจ้างไม่ให้ไปโรงพยาบาล',
    'ผัวเมาอาละวาด ลูกร้องไห้',
  ]);
  eachLeftAlone('leaves a tool of the farm, a dorm locked at night and a child back home alone', [
    'mous dyal lkhedma kayt9te3 bzaf, wach y3tiwna jdid?',
    'у нас на фермі палиця для худоби, бригадир б’є нею корів',
    'นายจ้างล็อคประตูหอตอนสี่ทุ่ม ถูกกฎหมายไหม',
    'เขามาแล้ว เรื่องเงินเดือนคุยกันแล้ว',
    'ลูกอยู่ที่ไทยกับยาย ส่งเงินกลับยังไง',
  ]);
});

describe('a door forced, driven off, a child not given back, typed in Latin letters or Cantonese', () => {
  eachFlagged('is danger', [
    'vin vylamuie dveri, ya v kimnati z dytynoiu',
    'ne znaiu de ya, nas vezly try hodyny, telefony zabraly',
    'huwe barra 3am ydo22 el bab',
    '3am ykasser el bab',
  ]);
  eachLeftAlone('leaves a knock every morning and a door to change alone', [
    'el patron kaydo9 3la lbab kol sba7 bach nfi9o',
    'bghit nbeddel lbab dyal lbit',
  ]);
});

describe('Arabic of Egypt and the Maghreb: not able to live any more, shut in, fire, followed', () => {
  eachFlagged('is danger', [
    'مابقيتش قادر اعيش، خلاص',
    'chedouni f lbit w ma bghawch y7ello lbab',
    'kayna l3afia f dar, dokhan bzaf',
    '7ad mashi wara2i men el sho8l, ana khayfa',
  ]);
  eachLeftAlone('leaves a salary one cannot live on and a greeting of health alone', [
    'مش قادر اعيش بهالراتب، فيني اطلب زياده؟',
    'الله يعطيك العافيه، عندي سؤال عن الراتب',
    'ya3tik el 3afye, 3andi so2al 3an el ijaze',
  ]);
});

describe('someone arriving said beside a matter of work', () => {
  eachLeftAlone('is not danger', [
    'ông chủ tới rồi, em hỏi lương sao đây',
    'він прийшов, сказав що зарплати цього місяця не буде',
    'bọn họ tới rồi, em ký hợp đồng luôn',
  ]);
});

describe('pills taken by the dozen, and the family better off without one beside the means', () => {
  eachFlagged('is danger', [
    "j'ai avalé 25 pilules ce soir",
    'il a pris 50 comprimés, il dort pas normal',
    'me acabo de tomar 40 pastillas',
    'se trago 30 pastillas de su mama',
    'engoli 30 comprimidos agora pouco',
    'ma famille serait mieux sans moi, la corde est prête',
  ]);
  eachNeither('leaves a prescription, a dose and a family far away alone', [
    "le médecin m'a dit de prendre 20 comprimés par mois",
    "mes enfants sont mieux sans moi au Canada, ils ont plus d'opportunités",
  ]);
  // The learned signal, retrained with t56a's counts of pills, reads this one at 0.700, its
  // asking threshold: the lists leave it alone (a cost recorded in docs/adr/0013-*.md).
  eachNeitherByLists('a prescription by the month, by the lists', [
    'el doctor me dijo que tome 30 pastillas al mes',
  ]);
});
