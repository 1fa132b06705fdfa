// t60a, written for this round by people shown only the situations and the languages, was scored
// before anyone read it (246 of 280 danger lines flagged, 18 asked, 16 missed). Its writers put
// wanting to die as practical questions, in every language: what the family gets "if I die here",
// with the mind made up or the affairs put in order ("m deja pran desizyon m", "quero deixar tudo
// certo antes de hoje a noite", "sabai plan garisake") — a part of its own (`settled`, danger.ts),
// wanting to die beside a death supposed, the means, giving up or one's own left in someone's care,
// never beside leave-taking alone ("thanks for everything, I've decided to go home"); nothing more
// needed, letters left, no more writing. And: being moved tonight to a place no one names, asked
// as a question of law; a child held until money is paid (`ransom`); threats with someone back or
// beside the writer; someone at the door and followed; smoke, breath, a chemical drunk, a collapse
// with the hospital refused. Own lines, in other words than the batch's; the batch itself is in dev.
import { describe, expect, it } from 'vitest';
import { eachFlagged, eachLeftAlone, eachNeither, eachNeitherByLists } from './expectDanger.ts';
import { understanding } from './shared.ts';

describe('a mind made up beside one\'s own death supposed, in every language (t60a), own lines', () => {
  eachFlagged('settled and gone', [
    "if i die here does my family still get my last paycheque? ive made my decision",
    "si je meurs ici est-ce que ma famille recoit mon dernier salaire? j'ai pris ma decision",
    "si me muero aqui a mi familia le pagan lo que me deben? ya tome mi decision",
    "se eu morrer aqui minha familia recebe o que me devem? ja decidi, ta tudo planejado",
    "si m mouri isit la, eske fanmi m ap jwenn lajan yo dwe m? m deja deside",
    "kung mamatay ako dito, makukuha ba ng pamilya ko ang sahod ko? buo na ang desisyon ko",
    "agar main yahan mar jaun to kya meri family ko paisa milega? maine faisla kar liya hai",
    "je main ithe mar gaya tan ki mere parivar nu paise milange? main faisla kar leya",
    "ma yaha mare bhane mero paisa ghar ma pathaucha? maile nirnaya garisake",
    "لو مت هون بيوصل معاشي لأهلي؟ خلاص قررت",
    "якщо я помру тут, чи отримає моя сім'я мою зарплату? я вже вирішила",
    "如果我死在这里 工资会寄给我家人吗 我已经决定了",
    "ถ้าฉันตายที่นี่ เงินเดือนจะส่งให้ครอบครัวไหม ฉันตัดสินใจแล้ว",
    "neu em chet o day thi tien luong co gui ve cho gia dinh khong? em da quyet dinh roi",
  ]);
});

describe('the other situations of t60a, own lines', () => {
  eachFlagged('moved tonight to a place no one names, asked as a question of law', [
    "they said a bus comes at 3am to move us to another farm and nobody will tell us where. can they do that on a closed permit?",
    "un camion vient nous chercher cette nuit, personne veut nous dire ou on va. c'est legal avec un permis ferme?",
    "aaj raat truck aayega hume le jaane, kahan pata nahi. kya ye legal hai?",
    "ton nee yu bon rot, mai ru ja pa pai nai",
  ]);
  eachFlagged('threats beside the writer or tonight, someone at the door, followed, watched', [
    "za mnoyu vid roboty yide mashyna, boyusya",
    "الشاف حدايا دابا وكيقول غادي يهرس ليا رجليا",
    "бригадир поруч, каже що знайдуть мене в лісі якщо ще раз піду скаржитись",
    "boss bok wa keun nee ja tam hai chan jam",
    "宿舍门口一直有人守着，出门都有人跟着，今晚想逃",
    "ตอนนี้คนของบอสมานั่งเฝ้าอยู่ข้างล่าง ฉันหนีมาพักที่นี่",
    "楼下那辆车一直停着，是老板的人，我不敢出去",
    "boss le aaja raati aaera sidhyaidinchhu bhanyo, ma eklai chhu",
  ]);
  eachFlagged('smoke, breath, a chemical drunk, a collapse with the hospital refused', [
    "to sem conseguir respirar faz meia hora e o patrao nao me libera",
    "仓库里好大的烟 门打不开",
    "malkin ka beta chemical pi gaya, mujhe bahar jane nahi dete",
    "sathi kaam garda dhalnu bhayo, bolnu hunna, sahu le hospital laijana mildaina bhanchha",
  ]);
  eachFlagged('one\'s child held until money is paid', [
    "mero chhora lai malik ko manchhe le lagyo, paisa tire matra farkauchhu bhanchha",
    "theyve got my daughter and wont give her back until i pay the recruiter",
    "se llevaron a mi hijo y no me lo devuelve hasta que pague",
    "ho bat con toi roi, noi tra tien moi tha",
    "他们把我儿子带走了，说给钱才放人",
  ]);
  eachFlagged('cutting, a dose asked, a threat made before by someone back, last words', [
    "does it stop hurting if you cut deeper, doing it again now",
    "ยาแก้ปวดกินกี่เม็ดถึงจะไม่ตื่นอีก",
    "i think hes back, i hear his car, last week he said he would break my arms",
    "dyakuyu vam za vse, bilshe ne napyshu, peredayte mami shcho ya yiyi lyublyu",
    "em da viet thu cho ba me roi, cam on moi nguoi",
    "谢谢你们，以后不用回我了，我要去一个不用还债的地方",
    "nehar te khada haan. bas hun hor nahi",
    "आमालाई भनिदिनु, अब फेरि सम्पर्क हुँदैन",
    "wala na akong kailangan. salamat sa lahat ng tulong",
  ]);
  eachFlagged('screaming heard, then silence (en)', [
    "i heard her screaming help in the next room and now its quiet",
    "next door a girl screamed for help then nothing, what do i do",
  ]);
  eachFlagged('never let out, a guard, in Thai and Tunisian Arabic', [
    "เขาไม่ให้ฉันออกจากบ้านเลย มียามเฝ้า",
    "เขาไม่เคยให้ฉันออกจากบ้าน ประตูล็อกตลอด",
    "fama wa7ed 9a3ed 9odem el bab, ma najjamch nokhrej",
  ]);
});

describe('what is no danger beside them (t60a), own lines', () => {
  eachNeither('a mind made up with thanks, a death at work asked about, a passport held against a debt, and the batch\'s near misses in other words', [
    "thanks for everything, ive decided to go home after the season",
    "merci pour tout, j'ai pris ma decision, je change d'employeur",
    "if a worker dies here does the family get the insurance?",
    "se alguem morrer aqui no trabalho a familia recebe seguro?",
    "el patron tiene mi pasaporte y no me lo devuelve hasta que pague la deuda",
    "malik le passport rakhyo, paisa tire matrai dinchhu bhanchha",
    "they have my passport and will only give it back when i pay the fee",
    "is it trafficking if they didnt kidnap me, i came by myself, but now they keep my pay?",
    "got kicked out of the trailer after i quit, where can i sleep this week",
    "my supervisor yells a lot but no hitting, can i complain?",
    "ban cung phong noi an banh cua no nua la no giet =)) vui thoi",
    "koly meni mozhna vzyaty vidpustku?",
    "el patron ya9ta3 menni 200 kol chhar, normal?",
    "ma7addesh 7abesni bas el basbor ma3ahom",
    "sipèvizè a rele sou nou men li pa janm frape pesonn",
    "m ap mouri anvi wè pitit mwen yo, konbyen jou vakans m genyen?",
    "前年被老板锁在宿舍里，现在早就离开了，还能投诉吗",
    "mon cousin s'est fait prendre son passeport en 2019, il est rentre chez lui depuis",
    "en la cocina me quemo seguido, es normal, me pagan las horas extras?",
    "aag ke paas 10 ghante kaam karta hu, paani break milta hai?",
    "the boss was screaming at us all morning, now its quiet, can i complain about him?",
    "ห้องเก็บของที่ทำงานล็อคตลอด ต้องขอกุญแจหัวหน้า",
  ]);
  it('leave-taking that names no topic has none, so a first message of last words is asked about', () => {
    const r = understanding().routeOffline('paalam na po sa inyong lahat. salamat po');
    expect(r.leaving || r.dangerCheck).toBe(true);
    expect(r.topic).toBeNull();
  });
});

// t61a, written after t60a had been worked from and scored at fca9e6eb before anyone read it (254
// of 280 flagged, 15 asked, 11 missed): more last words told sideways (a wife far away told "I love
// her", "I won't be a problem for anyone", a rope bought, which floor one would not survive, the
// train awaited by the tracks, celphos asked for, pills gathered to take tonight), and a girl led
// off by the employer to work elsewhere, not heard from since (`led_off` + `unresponsive`: taken),
// a child held until the debt is paid or over the parent, smuggling across the border at dawn, a
// worker thrown out into -30, a generator run indoors, a blow now told beside "just asking".
describe('t61a\'s situations in other words, own lines', () => {
  eachFlagged('last words and the means, asked sideways', [
    "merci pour tout. dites a mon frere que je l'aime. je serai plus un probleme",
    "gracias por todo, diganle a mi mama q la quise. ya no voy a ser un problema",
    "บ่ไหวแล้ว ฝากบอกพ่อว่าฮักพ่อ",
    "я купив мотузку. більше не пишіть",
    "nhay tu tang may thi chac chan khong song duoc",
    "m chita bo ray tren an, m ap tann tren an pase",
    "جمعت حبوب كتير وناوي آخدهم الليلة",
    "sulphas di goli kithe mildi aa",
    "ok na ako. pag wala na ako, ipadala nyo sa nanay ko yung sahod ko. salamat sa lahat",
    "最后问一下 我要是死了 工资能寄回家吗 今晚就打算走了",
  ]);
  eachFlagged('a child led off or held, not heard from since, or held over the parent', [
    "المعلم أخذ ابني معه للشغل ومن أمس ما نعرف عنه شي",
    "sahu le mero chhori lai kaam garna lagyo, hijo dekhi phone uthaudaina",
    "malik meri bhatiji nu apne ghar lai gaya, hale tak vapas nai aayi",
    "the boss took my niece to work at his brothers place, her phone is off since yesterday",
    "นายจ้างอุ้มลูกหนูขึ้นรถไป บอกว่าถ้าหนีจะไม่ได้เห็นลูกอีก",
    "chu giu con em o nha ho, noi khi nao tra het no moi tra con",
    "my son is 8 and the boss keeps going into his room at night, he is here now",
  ]);
  eachFlagged('smuggled across tonight, thrown out in the cold, a generator indoors', [
    "nos van a cruzar a estados unidos esta noche en la camioneta, yo no quiero ir",
    "malik le rati bahira nikalidiyo, khutta chalna chhodyo",
    "o gerador ta ligado dentro do quarto, todo mundo tonto e um ja apagou",
    "the generator is running inside the trailer, everyone has a headache and one guy passed out",
  ]);
  eachFlagged('kept in with a guard, someone at the door sent by the boss, a car coming, a bat, a blow now beside a question', [
    "佢哋喺门口守住 唔俾我出去",
    "有人一直敲门 说是老板派来的 我一个人在屋里 不敢开灯",
    "9alouna jaya karhba t3eddina l blasa okhra elila, ma 9allnach win",
    "question about my permit: the boss is outside my door with a bat right now, im not joking",
    "tanong lang po sa sahod pero kasi ngayon sinasaktan ako ng amo ko",
  ]);
  eachNeither('a question about the law on hitting, a season\'s end, a theoretical question, a deduction, a story retold, a kitchen, someone safe now, a goodbye for the week', [
    "tanong lang po, ano gagawin pag sinasaktan ng amo?",
    "لازم نطلع من السكن لأنه خلص الموسم، وين نروح؟",
    "سؤال نظري: إذا واحد مسكرين عليه بالسكن مين لازم يتصل؟",
    "lpatron kay9te3 mni 500 kol chhar, wach normal?",
    "una vecina me conto q a su primo lo tuvieron encerrado hace años, eso todavia pasa?",
    "मैं रसोइया हूँ, चाकू और भट्टी के साथ काम करता हूँ, छुट्टी मिलती है?",
    "मेरो दाइलाई एजेन्टले थुनेर राखेको थियो, अहिले सुरक्षित छ",
    "meu primo ficou preso numa casa ano passado, hoje ele ta aqui seguro",
    "em lam bep, ngay nao cung dung canh bep lua, bi bong nhe hoai, co bao hiem khong",
    "my boss took me to work at his brothers farm today, is that allowed?",
    "thanks, you were kind to me, talk next week",
  ]);
  eachLeftAlone('a question about the law on hitting (asked about at most, as before)', [
    "Quick question, can an employer hit a worker for mistakes? nothing happened to me, just want to know",
  ]);
});

// t62a, scored at bd149b4a before anyone read it (253 of 280 flagged, 14 asked, 13 missed): still
// more last words told as a how or a practical question (a rope and "no trouble after tonight",
// the bridge, insecticide, "even if I did it myself", which floor, how to be rid of this life
// without pain, the last pay sent home "won't need it after tonight"), a child summoned to the
// boss's room or taken to his place now (`alone_with` + `child`), men coming to "settle" a debt, a
// guard at the farm gate, the stove on fire. What is no danger: a knife one cuts with all day, a
// job one cannot leave for a debt, a catchphrase everyone laughs at, a question of law.
describe('t62a\'s situations in other words, own lines', () => {
  eachFlagged('last words asked as a how, a child summoned, men coming, kept in, fire', [
    "ch7al khassni nakhod mn dwa dyal n3ass bach ma nfi9ch",
    "i wanted to ask about vacation pay but ive been on the roof for an hour thinking about jumping",
    "अब फर्क नहीं पड़ता, रस्सी ले ली है, आज रात के बाद कोई परेशानी नहीं",
    "jindagi dherai bhayo, aaja pul bata haam falne soche",
    "ยาฆ่าแมลงกินเท่าไหร่ถึงจะไม่ตื่น",
    "makukuha ba ng anak ko ang insurance kahit ako mismo gumawa? buo na po desisyon ko",
    "yung kasama ko nakatayo sa bintana, tatalon na daw siya",
    "з якого поверху треба стрибати щоб напевно",
    "will my debt go to my kids if i die? i dont plan to be around much longer",
    "como le mando lo que me deben a mi hermana en guatemala? no voy a estar pa cobrarlo, ya lo tengo decidido",
    "salfaas kithon mildi aa? bas thakk gya haan",
    "我女儿才13岁 老板叫她晚上去他房间 现在又在叫",
    "el reclutador viene pa aca con dos hombres pa arreglar lo de la deuda, llegan en 20 min",
    "asi farm ton bahar nahi ja sakde, gate te owner da banda baitha rehnda",
    "nag-aapoy yung kalan sa staff house, may tao pa sa taas",
    "dem lock we in the bunkhouse from outside, cyaan go nowhere",
  ]);
  eachNeither('a knife at work, leaving a job, a catchphrase, a question of law, dying to go home, marks from before', [
    "je travaille au comptoir de boucherie, je coupe avec un couteau toute la journee, c'est normal sans gants?",
    "bghit nkhrej mn had lkhedma walakin 3liya dine, chno ndir?",
    "wach had l permis tsla7 liya?",
    "m anvi ale lakay jis m ap mouri, konbyen jou konje m genyen?",
    "meu patrao me bateu no mes passado e ainda tenho as marcas, vale a pena denunciar?",
    "如果有人被锁在工厂里 法律上怎么算",
    "老板口头禅是再不干活我就杀了你们 大家都笑",
    "мій друг розповідав що колишній бос бив людей, зараз він в іншій фірмі",
    "पुरानो साहुले एकपटक कुटेको थियो, अहिले अर्को ठाउँमा छु",
  ]);
  it('asks at least when wanting to die is asked as a how, with giving up beside it', () => {
    for (const t of ['كيف اخلص من هالحياة بدون ما احس بشي؟ ما عاد في شي يستاهل', "c'est quoi la façon de partir sans souffrir, je suis fatiguée de tout"]) {
      const r = understanding().routeOffline(t);
      expect(r.danger || r.dangerCheck, t).toBe(true);
    }
  });
});

// Read at 0.69 by the learned signal once t70a was in dev (thanks and a mind made up, in leave-taking
// lines of its own): asked about, never answered as danger; the lists leave it (ADR 0018).
describe('what is no danger by the lists (t60a), asked by the learned signal since t70a', () => {
  eachNeitherByLists('a mind made up to go home, with thanks', ["salamat sa lahat, buo na ang desisyon ko na umuwi"]);
});
