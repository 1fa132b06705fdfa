// Arabic, Ukrainian and Chinese: being moved by others with one's passport in someone else's hands,
// leave-taking and giving up, cutting oneself, a coded cry ("code red"), a live location sent with
// a call to come, being sold or passed to another boss, forced to see clients, a minor sent to a
// client, one's things given away, shut in a basement or a container with no air. Each line is one
// a person could send; none is taken from the evaluation sets.
import { describe } from 'vitest';
import { eachNeither, eachNeitherByLists, expectDanger } from './expectDanger.ts';

describe('Arabic: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'ar',
    [
      // held + vehicle, with now or a call for help
      'الكفيل قال لموا اغراضكم، الليله رح ينقلونا لمزرعه تانيه وجوازاتنا معه',
      'هلق بدهم ينقلونا بالباص والجوازات مع السواق، الحقوني',
      'اخدوا جوازاتنا وهلق ركبونا بالباص لمدينه تانيه، تعالوا بسرعه',
      'ra7 yn2louna el leile w jawazatna m3o, sa3douni',
      'الشوفير ماخد الباسبورات وهلق ماخدينا على مزرعه تانيه',
      // goodbye and farewell
      'سامحوني على كل شي، قولوا لامي اني بحبها، ما عاد فيني كمل',
      'ما حدا محتاجني، هاي اخر رساله',
      'الكل احسن بدوني، سامحوني على كل شي',
      // cutting, pills to die
      'شرطت ايدي هلق',
      'بلعت حبوب عشان اموت',
    ],
    [
      'الكفيل ماسك جوازاتنا، هل هذا قانوني؟',
      'الكفيل ماسك جوازاتنا وكل يوم بياخدنا فان عالمزرعه',
      'كل يوم الصبح بيجي فان ياخدنا عالمزرعه',
      'رح ننقل على بيت جديد الجمعه الجايه',
      'جوازي عند السفاره عشان الفيزا',
      'تعبت كتير بعد الشغل، يلا باي',
      'الكفيل أخذ جوازي',
    ],
  );
});

describe('Arabic: code red, a location sent with "come", sold to another sponsor, forced on clients, a minor sent', () => {
  expectDanger(
    'ar',
    [
      // code red
      'كود احمر',
      'كود احمر، العنوان شارع 5',
      'code a7mar, ta3alo',
      // a location sent with a call to come
      'بعتلك موقعي، تعالوا بسرعه',
      'شاركت الموقع، الحقوني',
      'ba3atlak location, ta3alo bsor3a',
      // sold or passed to another sponsor
      'الكفيل باعني لكفيل تاني وهلق جايين ياخدوني',
      'قالولي انتي صرتي ملك الكفيل الجديد، الحقوني',
      'عطوني لكفيل تاني وجايين ياخدوني الليله، ساعدوني',
      // forced on clients
      'الليله بيجبروني انام مع الزبون',
      'اذا ما نمت معه الليله رح يرميني بالشارع',
      'هلق يجبروني على الزباين، ساعدوني',
      'el leila bdon yani akhod zaba2en',
      // a minor sent to a client
      'بنت عمرها 14 بعتوها لغرفه الزبون الليله',
      'قاصره ودوها للزبون هلق',
      'بنت 15 سنه بعتوها عند زبون بالفندق',
      // things given away, with giving up or leave-taking
      'عطيت اغراضي لصاحبتي، ما عاد فيني كمل',
      'تلفوني ومصرياتي لامي، سامحوني',
      'تركت ساعتي لاخوي، هاي اخر رساله',
      // shut in a basement, a container, no air
      'حابسينا بالقبو وما في هوا',
      'سمروا الباب من برا وما فينا نطلع',
      'محبوسين بالكونتينر، ما نقدر نتنفس',
      'حابسينا جوا الكونتينر والهوا خلص',
    ],
    [],
  );
  // Read at 0.73-0.78 by the learned signal, which asks from 0.7 (ADR 0014): the lists leave it
  // and nothing answers it as danger; the signal may ask "are you in danger right now?".
  eachNeitherByLists('ar: nothing by the lists (the learned signal may ask: ADR 0014)', ['بعتت موقعي لصاحبتي عشان نتعشى سوا']);
  // A rude client at the salon: read from 0.5 by the learned signal, which asks from 0.5 where no matter is named (ADR 0018).
  eachNeitherByLists('ar: nothing by the lists (the learned signal may ask: ADR 0018)', ['الزبونة بالصالون كانت قليلة ادب']);
  eachNeither('ar: nothing', [
    'شو هو كود السلوك بالشركه؟',
    'عندي زباين كتير بالمساج اليوم',
    'غرفتي بالقبو بلا شباك، هل هذا قانوني؟',
  ]);
});

describe('Ukrainian: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'uk',
    [
      'сказали збирайте речі, сьогодні вночі нас перевозять на іншу ферму, паспорти в бригадира',
      'нас зараз садять в автобус, паспорти забрали',
      'зараз нас відправляють в інше місто, в нього наші паспорти, терміново',
      'nas sohodni vnochi perevezut, pasporty u brygadyra, dopomozhit',
      'мою доньку забрав на машині чоловік з роботи, не відповідає вже дві години',
      'простіть за все, скажіть мамі що я її люблю, я більше не можу',
      'я нікому не потрібна, це моє останнє повідомлення',
      'всім буде краще без мене, вибачте за все',
      'я порізала собі руки',
      'випила пачку таблеток щоб померти',
    ],
    [
      'бригадир тримає наші паспорти, це законно?',
      'бригадир тримає наші паспорти, і щодня бус возить нас на ферму',
      'пакую валізу, лечу до мами на два тижні',
      'щоранку бус возить нас на ферму',
      'наступного тижня переїжджаю на нову квартиру, збираю речі',
      'мій паспорт в посольстві на візу',
      'втомилась після зміни, до побачення',
      'роботодавець забрав паспорт',
    ],
  );
});

describe('Ukrainian: code red, a location sent with "come", sold to another boss, forced on clients, a minor sent', () => {
  expectDanger(
    'uk',
    [
      'код червоний',
      'код червоний, вул. Шевченка 5',
      'kod chervonyi',
      'скинула геолокацію, приїдьте швидше',
      'надіслала локацію, допоможіть',
      'skynula lokatsiiu, pryidte shvydko',
      'мене перепродали іншому роботодавцю, вони вже їдуть за мною',
      'бос сказав ти тепер належиш новому хазяїну',
      'передали мене іншому, сьогодні заберуть, допоможіть',
      'сьогодні ввечері змушують спати з клієнтом',
      'якщо не пересплю з ним сьогодні, він викине мене на вулицю',
      'зараз змушують йти до клієнтів, допоможіть',
      'сьогодні знову везуть до клієнтів, я не хочу',
      'дівчинку 14 років сьогодні відправляють до клієнта в номер',
      'їй 15, її відправили до клієнта в готель',
      'неповнолітню відвезли до чоловіка в номер зараз',
      'я роздала свої речі, я більше не можу',
      'віддайте мій телефон і гроші сестрі, простіть за все',
      'залишила свій годинник братові, це моє останнє повідомлення',
      'нас замкнули в підвалі, нема повітря',
      'двері забили ззовні, ми не можемо вийти',
      'нас тримають в контейнері, ми задихаємось',
      'хазяїн забив двері, я в підвалі',
    ],
    [],
  );
  // Read at 0.73-0.78 by the learned signal, which asks from 0.7 (ADR 0014): the lists leave it
  // and nothing answers it as danger; the signal may ask "are you in danger right now?".
  eachNeitherByLists('uk: nothing by the lists (the learned signal may ask: ADR 0014)', ['сьогодні в мене багато клієнтів на масаж']);
  eachNeither('uk: nothing', [
    'який у нас кодекс поведінки на роботі?',
    'скинула геолокацію подрузі, зустрінемось на вечерю',
    'клієнтка в салоні була дуже груба',
  ]);
  // Asked by the learned signal alone once t70a was in dev (a basement kept in, in its lines):
  // the lists leave it and nothing answers it as danger (ADR 0018).
  eachNeitherByLists('uk: nothing by the lists (the learned signal may ask: ADR 0018)', ['моя кімната в підвалі без вікон, це законно?']);
});

describe('Chinese: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'zh',
    [
      '叫我们马上收拾行李上车，护照被老板扣了',
      '老板说今晚把我们送到另一个农场，护照都在他那里，帮帮我',
      '他们现在要把我们转到别的城市，我们的护照在中介手上，帮帮我',
      '今晚要把我们带走，他拿着我们的护照，快来',
      '半夜把我们拉上面包车，护照在司机那，去哪也不说',
      '对不起一切，告诉妈妈我爱她，我不想再撑了',
      '没有人需要我，这是我最后的消息',
      '我已经没有活下去的理由了，对不起一切',
      '我割了手腕',
      '我吃了一盒药想死',
    ],
    [
      '老板扣着我们的护照，这合法吗？',
      '老板扣着我们的护照，每天用面包车送我们去农场',
      '每天早上有面包车送我们去农场',
      '我下周搬家，要收拾行李',
      '我的护照在大使馆办签证',
      '下班了好累，拜拜',
      '我不小心切菜割到手了',
    ],
  );
});

describe('Chinese: code red, a location sent with "come", sold to another boss, forced on clients, a minor sent', () => {
  expectDanger(
    'zh',
    [
      '红色代码',
      '红色代码，XX街12号',
      '我们的暗号：红色代码，快来',
      '我发了定位给你，快来救我',
      '我把定位发给你了，快来',
      '快来接我，我共享了实时位置',
      '老板把我卖给了另一个老板，他们现在来接我了',
      '你现在是新老板的人了，他说',
      '被转卖了，今晚他们来带我走',
      '中介让我们马上收拾东西，说我被转给别的老板了',
      '他们今晚逼我接客',
      '如果今晚我不陪老板睡，他就不给我工资',
      '他们逼我现在跟客人睡，救命',
      '一个14岁的女孩今晚被送到客人的房间',
      '她才15岁，他们把她送去陪客',
      '一个未成年少女今晚被送去客人的房间',
      '她才十四五岁，今晚老板逼她接客',
      '我把我的东西都送给室友了，我不想再撑了',
      '手机和钱都给我妹妹，对不起一切',
      '我把手表留给我弟弟，我要走了',
      '他们把我们关在地下室，没有空气',
      '门从外面钉死了，我们出不去',
      '我们被锁在集装箱里，快窒息了',
      'wo men bei suo zai ji zhuang xiang li, mei kong qi',
    ],
    [],
  );
  eachNeither('zh: nothing', [
    '公司的行为准则是什么',
    '我把位置发给朋友了，晚上一起吃饭',
    '我发定位给你了，在超市门口等你',
    '美容院的客人很没礼貌',
    '今天有很多客人来按摩店',
    '我的地下室房间没有窗户，合法吗？',
    '红色的车停在门口',
  ]);
});

describe('Arabic: "he took our passports" said of one man, and the van with the article', () => {
  expectDanger(
    'ar',
    ['ساعدوني، حطونا في فان الليلة والسائق أخد جوازاتنا', 'السواق اخد جوازاتنا وحطونا بالفان الليلة'],
    ['المدير اخد جوازاتنا من سنة، هل هذا قانوني', 'ركبنا بالفان للمزرعة كل يوم الساعة ٦', 'الفان تبع الشغل خربان'],
  );
});
