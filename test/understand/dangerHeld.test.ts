// Danger from t59a (a batch written apart, scored at 7d4a92da before anyone read it: 261/280
// flagged, 12 asked, 7 missed, false alarms 10/560). Its writers put one situation in five
// languages, inside a question about changing employers: never let out of the house, the gate
// always locked and a guard or a watchman at it. The lists read a door locked as a habit as the
// rule of a house (a housing matter), and most had no words for the guard; kept in for good with
// someone at the gate is being held (`guard`, danger.ts). In every language, own lines; a door
// locked at night and a security guard at the plant stay what they were. And the batch's other
// misses in other words: a child taken into the boss's room now, girls to be driven off to other
// work with their passports taken, a knife in hand and the veins, the whole box of pills asked
// about, the rooftop and a last word. What is no danger: a permit closed on one employer (ar), a
// fist on the table (en ht pt), dying of longing for one's children or home (ar ht), burns called
// normal in a kitchen (ar), a back hurt at the warehouse and a compensation claim discouraged (uk).
import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone, eachNeither } from './expectDanger.ts';

describe('kept in with a guard at the gate, in every language (t59a), own lines', () => {
  eachFlagged('held', [
    "can i change jobs? they never let me leave the house, the gate is always locked and there's a guard",
    "je peux changer d'employeur? ils me laissent jamais sortir, le portail est toujours fermé à clé et il y a un gardien",
    "puedo cambiar de patron? nunca me dejan salir, el porton siempre con candado y hay un velador",
    "pwede ba ako lumipat? hindi ako pinapalabas kahit kailan, laging nakakandado ang gate at may guwardiya",
    "kya main job badal sakti hu? mujhe kabhi bahar nahi jane dete, gate pe hamesha tala aur chowkidar rehta hai",
    "क्या मैं काम बदल सकती हूँ? मुझे कभी बाहर नहीं जाने देते, गेट पर हमेशा ताला और गार्ड रहता है",
    "ki main kam badal sakdi haan? mainu kade bahar nahi jaan dinde, gate te hamesha jinda te chaukidar",
    "ਕੀ ਮੈਂ ਕੰਮ ਬਦਲ ਸਕਦੀ ਹਾਂ? ਮੈਨੂੰ ਕਦੇ ਬਾਹਰ ਨਹੀਂ ਜਾਣ ਦਿੰਦੇ, ਗੇਟ ਤੇ ਗਾਰਡ ਰਹਿੰਦਾ",
    "toi co doi cho lam duoc khong? ho khong bao gio cho toi ra ngoai, cong luc nao cung khoa, co bao ve",
    "我能换雇主吗？他们从来不让我出门，大门一直锁着，门口有人守着",
    "momken a8ayyar el shoghl? mesh bykhallouni akhrog abadan, el bab dayman ma2fool w fi 7ares",
    "هل أقدر أغير الكفيل؟ ما بيخلوني اطلع أبداً، البوابة دايما مقفولة وفي حارس",
    "чи можу я змінити роботодавця? мене ніколи не випускають, ворота завжди замкнені, є охоронець",
    "के म काम बदल्न सक्छु? मलाई कहिल्यै बाहिर जान दिँदैनन्, गेटमा सधैं ताल्चा र चौकीदार",
    "posso trocar de patrao? eles nunca me deixam sair, o portao sempre trancado e tem um vigia",
    "eske m ka chanje patwon? yo pa janm kite m soti, pòtay la toujou fèmen ak kle, gen yon gad",
  ]);
  eachNeither('a door locked at night, a guard at the plant', [
    'they lock the bunkhouse door every night, we cant go out until 5',
    'there is a security guard at the plant gate, is that normal?',
    "el velador del rancho cierra el porton a las 10, eso es legal?",
  ]);
});

describe('the rest of t59a, other words', () => {
  eachFlagged('danger', [
    "el jefe se la llevo a su cuarto ahorita, la niña tiene 12 años",
    "vienen por nosotras mañana pa llevarlas a otro rancho, nadie dice donde",
    "subah van aayegi kudiyan nu le jaugi, passport te phone lai lye",
    "3andi lmous f yeddi, bghit n9atta3 3rou9i, ma3adch n7ammel",
    "nhan giup me la con xin loi, day la tin nhan cuoi cung",
    "我已经站在楼顶上了，想最后跟人说句话",
    "hua na tee phom jon hua taek, khao yang yu kap phom",
  ]);
  eachLeftAlone('no danger', [
    'تصريحي مغلق على صاحب عمل واحد، كيف أنتقل لصاحب عمل ثاني؟',
    'the manager yells and slams his fist on the table, and pays late',
    'patwon an frape tab la chak jou, li toujou an reta ak pey la',
    'o patrao bate na mesa e grita, e atrasa o salario',
    'بموت من الشوق لأهلي، متى بقدر آخد إجازة؟',
    'm sonje lakay m ap mouri, konbyen jou konje m genyen?',
    "nekhdem f koujina, 3adi ken tetla3li 7rou9 sghar mn zit?",
    'травмувала спину на складі, менеджер каже не звертатися в WSIB',
  ]);
});

describe('on a roof, to talk to someone one last time, in every language (after t59a), own lines', () => {
  eachFlagged('danger', [
    "i'm up on the roof of the building now, just wanted to talk to someone one last time",
    "je suis sur le toit de l'immeuble la, je voulais juste parler a quelqu'un une derniere fois",
    "estoy en la azotea del edificio, nomas queria hablar con alguien una ultima vez",
    "nasa bubong ako ng building ngayon, gusto ko lang may makausap sa huling pagkakataon",
    "main abhi building ki chhat pe khada hoon, bas aakhri baar kisi se baat karni thi",
    "main hun building di chatt te khada haan, bas aakhri vaar kise naal gall karni si",
    "em dang dung tren san thuong, chi muon noi chuyen voi ai do lan cuoi",
    "انا هلق على سطح البناية، بدي احكي مع حدا لآخر مرة",
    "я зараз на даху будинку, просто хотів востаннє з кимось поговорити",
    "ตอนนี้อยู่บนดาดฟ้าตึก แค่อยากคุยกับใครสักคนเป็นครั้งสุดท้าย",
    "म अहिले बिल्डिङको छतमा छु, अन्तिम पटक कसैसँग कुरा गर्न मन थियो",
    "to em cima do telhado do predio agora, so queria falar com alguem uma ultima vez",
    "m sou tet bilding lan kounya a, m te jis vle pale ak yon moun yon denye fwa",
  ]);
  eachNeither('the last time, of pay or a visit', [
    'la ultima vez que me pagaron fue en agosto, que hago?',
    'the last time i talked to the recruiter he said the fee was 3000',
  ]);
});

describe('a cut and blood everywhere in Darija, and the blood of the trade', () => {
  eachFlagged('danger', ['zmili t9ata3 yeddo b sie, ddem fkoulchi, chef ma bghach y3ayet 3la lambulance']);
  eachNeither('the trade', ['ddem dyal l7ouli f lgrage normal, kan dbe7 kol nhar']);
});

describe('summoned to his room tonight, or visited tonight with friends for speaking up (dev misses), own words', () => {
  eachFlagged('danger', [
    'me da miedo, el patron dijo que esta noche voy a dormir en su cuarto porque su esposa no esta',
    'chef la di aswè a l ap vin nan chanm nan ak zanmi l paske mwen te pale ak biwo a',
  ]);
});

describe('made to go with men tonight (tl), not let out and no food for days (pa): dev misses, own words', () => {
  eachFlagged('danger', [
    'yung kaibigan ko pinapasama sa mga lalake ng manager ngayong gabi, ayaw nya',
    'mainu bahar jaan na deve malik, do din ton roti v nai mili',
  ]);
});

describe('the girls to be driven off to other work, passports taken the night before, in every language (after t59a), own lines', () => {
  eachFlagged('danger', [
    "tomorrow morning a van comes to take us girls to another job, they took our passports and phones last night",
    "demain matin une camionnette vient chercher les filles pour un autre travail, ils ont pris nos passeports et nos telephones",
    "mañana temprano viene una camioneta por nosotras pa otro trabajo, anoche nos quitaron pasaportes y celulares",
    "bukas ng umaga may van na susundo sa aming mga babae papunta sa ibang trabaho, kinuha nila passport at cellphone namin kagabi",
    "kal subah van aayegi ladkiyon ko dusre kaam pe le jayegi, raat ko passport aur phone le liye",
    "ਕੱਲ੍ਹ ਸਵੇਰੇ ਵੈਨ ਆ ਕੇ ਕੁੜੀਆਂ ਨੂੰ ਹੋਰ ਕੰਮ ਤੇ ਲੈ ਜਾਊ, ਰਾਤੀਂ ਪਾਸਪੋਰਟ ਤੇ ਫੋਨ ਲੈ ਲਏ",
    "sang mai co xe toi cho tui con gai di cho lam khac, toi qua ho lay het ho chieu va dien thoai",
    "明天早上有面包车来把我们女的拉去别的地方干活，昨晚把护照和手机都收走了",
    "بكرا الصبح جاي فان ياخد البنات على شغل تاني، امبارح اخدوا الباسبورات والتلفونات",
    "завтра зранку приїде бус забрати дівчат на іншу роботу, вчора ввечері забрали паспорти й телефони",
    "พรุ่งนี้เช้ารถตู้จะมารับพวกผู้หญิงไปทำงานที่อื่น เมื่อคืนยึดพาสปอร์ตกับโทรศัพท์ไปหมดแล้ว",
    "भोलि बिहान भ्यान आएर केटीहरूलाई अर्को काममा लैजान्छ, हिजो राति पासपोर्ट र फोन लगे",
    "amanha cedo vem uma van levar as meninas pra outro servico, ontem a noite pegaram nossos passaportes e celulares",
    "demen maten yon kamyonet ap vin pran tifi yo pou yon lot travay, yè swa yo pran paspò ak telefòn nou",
  ]);
  eachNeither('a move told as how things are, or over', [
    'the company van takes us to another farm next week, is the boss allowed to keep our passports till then?',
    'la troca nos lleva a otro rancho la otra semana, el patron se queda con los pasaportes, eso se puede?',
    'last year they took our passports and moved us to another farm, now im in a new job, is that legal?',
  ]);
});

describe('someone heard screaming for help or "stop", then silence, in every language (dev misses), own lines', () => {
  eachFlagged('danger', [
    "la voisine criait au secours depuis dix minutes, maintenant silence total",
    "la vecina gritaba que pare, que pare, y de repente silencio",
    "ouvi a vizinha gritando socorro e agora silencio total",
    "nghe tieng la het ben phong ben canh, gio im bat roi",
    "yung babae sa kabila sumisigaw ng tulong tapos biglang tumahimik",
    "bagal wale kamre se cheekhne ki awaaz aa rahi thi, ab sannata hai",
    "naal de kamre ton cheekan di awaaz aa rahi si, hun koi awaaz nahi",
    "छिमेकी महिला चिच्याइरहेको थियो, अहिले चुपचाप छ",
    "隔壁那个女的一直在喊救命，然后就没声音了",
    "الجارة كانت عم تصرخ من شوي، هلق صار سكوت",
    "сусідка кричала про допомогу, а тепер тиша",
    "ได้ยินเสียงกรีดร้องห้องข้างๆ ตอนนี้เงียบไปเลย",
    "fanm bò kote a t ap rele anmwe, kounya a pa gen bri ankò",
  ]);
  eachNeither('a boss who screams, children at play', [
    'the boss was screaming at us all morning, now its quiet, can i complain about him?',
    'los niños de la vecina gritan todo el dia, ahora silencio por fin, puedo quejarme del ruido?',
  ]);
});
