import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';
import { eachNeitherByLists } from './expectDanger.ts';
import { createUnderstanding } from '../../src/understand/understanding.ts';

const flagged = (t: string) => understanding().routeOffline(t).danger;
const asked = (t: string) => understanding().routeOffline(t).dangerCheck;

// A count of people between a verb and its particle is read as the plain word (`counts`).
describe('a count between a verb and its particle or place', () => {
  const yes = [
    'they locked 8 of us in the house',
    'the supervisor locked all three of us in the cooler',
    'he shut the 5 of us in the container',
    'the boss locked me and 2 other girls in the trailer',
    'they locked the girls in the basement',
    'the boss locked all the other women in the barn',
    'they took me and my cousin to a place we dont know',
    'they dragged two of us into the truck',
    'they locked us all in',
  ];
  it('reads it as the word it stands for', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'most of us work 12 hours and they pay us 2 dollars less',
    'they took care of us when we arrived',
    'the boss keeps the 4 of us in line',
    'they pay all of us late',
  ];
  // The lists neither flag nor ask; the learned signal asks about these, never more (ADR 0011).
  it('the lists leave a friend looking for work and a phone locked away alone; the signal only asks', () => {
    const lists = createUnderstanding({ dangerModel: null });
    for (const t of ['can you help me and my friend find a job', 'i locked my phone in the locker']) {
      expect(lists.routeOffline(t).danger || lists.routeOffline(t).dangerCheck, t).toBe(false);
      expect(flagged(t), t).toBe(false);
    }
  });
  it('leaves counts that hold no harm alone', () => {
    for (const t of no) {
      expect(flagged(t), t).toBe(false);
      expect(asked(t), t).toBe(false);
    }
  });
});

// Halves that make a harm together (PAIRS in danger.ts), and nothing alone.
describe('the means at hand with a farewell, a vehicle with a destination no one names, a child with someone drunk', () => {
  const yes = [
    'i cant go on anymore, i have all my pills here',
    'perdónenme, ya tengo el veneno en la mano',
    'пробачте мені, мотузку я вже приготував',
    'ਮਾਫ ਕਰ ਦੇਣਾ, ਸਾਰੀਆਂ ਗੋਲੀਆਂ ਮੇਰੇ ਕੋਲ ਨੇ',
    'they put us in a truck and wont tell us where',
    'จับขึ้นรถตู้ ไม่บอกว่าจะไปไหน',
    'sinakay kami sa van, hindi sinasabi kung saan kami dadalhin',
    'ils nous ont mis dans un camion, aidez nous',
    'my son is in the room with him and he is very drunk',
    'mi niña esta en el cuarto con el y esta bien borracho',
  ];
  it('flags them together', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'i need sleeping pills, i cant sleep after night shift',
    'ya no aguanto mas este trabajo, 12 horas diarias y sin descanso',
    'can i buy rat poison for the mice in the bunkhouse',
    'the van picks us up at 6 for the farm',
    'my husband gets drunk on weekends and yells at the kids, can i leave with them?',
  ];
  it('leaves each half alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

describe('Cantonese read as Mandarin, smoke in Arabic, a fire in Vietnamese typed without marks', () => {
  const yes = ['佢哋唔畀我出去', '老細將我哋鎖喺宿舍', 'في دخان طالع من المطبخ', 'phong tro chay roi'];
  const no = ['我唔知點樣申請工籤', 'صاحبي بيشرب دخان بالغرفه كل يوم', 'em chay o nha may suot ngay'];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  it('leaves a work permit question, a smoker and running about at the factory alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

describe('what lowers: safe now, a blade as a tool, news, someone unnamed in an if, a question of law', () => {
  const no = [
    'they locked us in last night but we are safe now',
    'he beat me yesterday, now im at my cousins place and im safe',
    'we use knives all day at the plant, who pays for the cut gloves',
    'i am cooking with a big knife at the restaurant, can they make me work 12 hours',
    'chopping onions with a big knife all night, is there a break',
    'i saw on the news there was a fire at a farm in bc',
    'what happens if someone is locked in their room by the boss? is it a crime?',
  ];
  it('is not danger', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
  const yes = [
    'he grabbed a knife and is coming at me, help',
    'if anyone goes to the police he says he will kill them, he is outside now',
    'he was cooking, now he is coming at me with the kitchen knife, help',
  ];
  it('keeps a threat and a call for help', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
});

describe('forms found missing: a kitchen knife in hand, someone passed out, come quick he is back, a threat of a corpse', () => {
  const yes = [
    'the cook has a kitchen knife and is standing at my door shouting',
    'mi compañero está desmayado y no despierta',
    'meu amigo ta desacordado no chão da obra',
    'nahulog sya, hindi na gumagalaw',
    'andito na ulit sya, bilisan nyo',
    'chado aaunus, u pheri aayo',
    'malik bolta hai teri laash giregi aaj',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  it('asks when someone walks behind', () => {
    expect(asked('za mnoy idet kakoy-to muzhyk, shcho robyty')).toBe(true);
  });
});

describe('safety gear, drills and figures of speech are not danger', () => {
  const no = [
    'la alarma de humo suena cada vez que cocinamos',
    'le détecteur de fumée sonne tout le temps, qui doit le changer',
    '消防演习的时候要不要打卡',
    'ซ้อมหนีไฟเดือนละครั้ง ต้องทำไหม',
    'الحر بيذبح اليوم، في استراحة؟',
    'ye kaam meri jaan le lega yaar, 14 ghante',
    'chu brulé raide après la semaine',
    'they lock the gate at night and we cant go out till morning, is that legal',
  ];
  it('leaves them alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

describe('drunk now is not drunk whenever; people inside; not breathing in Maghrebi Arabic', () => {
  const yes = [
    'my little girl is alone with him and hes drunk and yelling',
    '我儿子跟他在房间里，他喝醉了在大吼',
    'theres smoke coming out of the trailer next door and people are inside',
    'sahbi wa9e3 f l2ard w ma kaynfessch',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  it('leaves a question about how many live in a bunkhouse alone', () => {
    expect(flagged('how many people are inside the bunkhouse is the max?')).toBe(false);
  });
});

describe('since yesterday is still going on, not the past', () => {
  const yes = ['ถูกขังตั้งแต่เมื่อวาน', 'hijo dekhi kotha ma thunera rakheko cha', 'kinulong kami ng amo mula kahapon, wala kaming pagkain'];
  it('flags being shut in since yesterday', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  it('leaves a headache since yesterday alone', () => {
    for (const t of ['ปวดหัวตั้งแต่เมื่อวาน ลาป่วยได้ไหม', 'hijo dekhi tauko dukhcha, chhutti paincha?']) expect(flagged(t), t).toBe(false);
  });
});

describe('someone named as whom it is done to', () => {
  const yes = ['patwon an fèmen tout travayè yo nan depo a', 'malik ne mere saathi ko jor se maara', 'o chefe bateu no meu colega agora'];
  it('flags a blow or a lock done to a coworker or the workers', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  it('leaves a shop closed at eight alone', () => {
    expect(flagged('yo fèmen l a 8 è')).toBe(false);
  });
});

describe('counts in Tagalog, Kreyòl and Thai; taken to a place no one knows', () => {
  const yes = [
    'dinala nila kaming lima sa lugar na di namin alam',
    'kinulong kaming tatlo ng amo',
    'yo fèmen 8 nan nou nan yon chanm',
    'เขาพาพวกเรา 5 คนไปที่ไหนก็ไม่รู้',
    '他们把我们十几个人带到一个不知道的地方',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = ['ไม่รู้ว่าจะไปไหนดี อยากเปลี่ยนงาน', '我不知道的地方很多，想多学习', 'kaming lima ay naghahanap ng trabaho', 'tout nou renmen travay la'];
  it('leaves not knowing where to go for work, and counts in everyday talk, alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

describe('a dream, the heat far from its verb, a box cutter, being driven to work, now all is well', () => {
  const no = [
    'last night i had a dream they locked me in, i woke up scared',
    'the heat in the greenhouse is killing us, how many breaks do we get',
    'i cut my finger a little at work with the box cutter, do they have to pay',
    'кожного дня нас везуть у бусі на ферму, це оплачується?',
    'ma saathi ke ghar me aag lagi thi pichle saal, ab sab theek hai',
  ];
  it('is not danger', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
  it('still reads being driven off to where no one says', () => {
    for (const t of ['нас везуть і не кажуть куди', 'нас кудись везуть вночі']) expect(flagged(t), t).toBe(true);
  });
});

describe('only a call to come quickly; a child shaken and gone still', () => {
  const yes = ['koi jaldi aao please', 'jaldi aajo koi', 'chhito aaunus kohi', 'जल्दी आओ', 'she is shaking the baby and he stopped crying', 'трясе дитину, вона вже не плаче, просто лежить'];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  it('leaves a call to dinner alone', () => {
    expect(flagged('jaldi aao khana thanda ho raha hai')).toBe(false);
  });
});

describe('halves that stay apart: a child elsewhere, strangers on the work truck, giving up on the hours', () => {
  const no = [
    'my daughter is at school and my husband gets angry when i work late',
    'we ride in the truck with strangers from the agency, is transport free?',
  ];
  it('is not danger nor asked', () => {
    for (const t of no) {
      expect(flagged(t), t).toBe(false);
      expect(asked(t), t).toBe(false);
    }
  });
  // "I can't take it anymore" is how despair is often said: the learned signal may ask (ADR 0014).
  eachNeitherByLists('giving up on the hours, by the lists', ['sorry for the late message, forgive me, i cant take it anymore with these hours', 'gracias por todo, adios, ya no aguanto este horario']);
});

describe('Arabic: the one in charge who threatens, cold and work that "kill", a harm told of someone back home', () => {
  const yes = [
    'صاحب الشغل رح يقتلني',
    'صاحب الشغل بيقتلني',
    'sa7eb el shoghl ra7 ye2telni',
    'mol lkhedma ghadi y9telni',
    'بالشغل واحد رح يقتلني',
    'خبيت حالي بالحمام هو برا',
    'el m3allem bi2oul ra7 yedrabni dilwa2ti',
  ];
  it('flags a threat by the employer, a worker hidden from someone here', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = ['البرد اليوم بيقتل', 'الشغل بالمعمل هاد رح يموتني', 'الشغل بيقتل، بس هيك الحياة'];
  it('leaves cold and hard work alone', () => {
    for (const t of no) {
      expect(flagged(t), t).toBe(false);
      expect(asked(t), t).toBe(false);
    }
  });
  // "Is killing today" in Darija, learned from threats told now: the signal may ask (ADR 0014).
  eachNeitherByLists('cold that "kills" in Darija, by the lists', ['el bard kay9tel bzaf lyoum']);
  it('does not flag a blow told of a brother in another country', () => {
    expect(flagged('اخوي بلبنان انضرب من كفيله، كيف بساعده؟')).toBe(false);
    expect(flagged('khoya f masr drabou l patron dyalo, kifach n3awno?')).toBe(false);
  });
  it('does not flag a fall from a ladder at the farm', () => {
    expect(flagged('وقعت من السلم بالمزرعة وظهري بيوجعني')).toBe(false);
  });
});

// A drill, a figure of a head bursting, laughter, a past told with its end, a knock kept up as a
// habit (Hindi, Punjabi, Thai).
describe('a drill, a head that will burst, laughter, it is over now', () => {
  const no = [
    'kal factory me fire drill thi, sab log bahar khade rahe',
    'ऑफिस में फायर ड्रिल हुई, सबको बाहर खड़ा किया',
    'ਪਿਛਲੇ ਸਾਲ ਮੈਨੂੰ ਕਮਰੇ ਵਿੱਚ ਬੰਦ ਰੱਖਿਆ ਸੀ, ਹੁਣ ਮੈਂ ਸੁਰੱਖਿਅਤ ਹਾਂ',
    'หัวจะระเบิด งานเยอะมาก',
    'ที่บริษัทต้องซ้อมทุกเดือนไหม',
    'boss ne hanste hanste bola der se aaye to maar dunga',
    'uska bhai hospital se ghar aa gaya, pichle mahine kisi ne peeta tha',
  ];
  it('is not danger', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
  const yes = ['ਉਹ ਦਰਵਾਜ਼ਾ ਤੋੜ ਰਿਹਾ ਹੈ', 'เขาซ้อมหนูอยู่ตอนนี้', 'wo bahar khada hai, mujhe dar lag raha hai'];
  it('still flags a door broken now, a beating now, someone waiting outside', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
});

// A call for help with not being able to talk, not being safe, a call to send the police, a
// weapon drawn, the SOS emoji (Hindi, Punjabi, Nepali, Ukrainian, Thai, Vietnamese, Chinese).
describe('a call for help that cannot talk, not safe, the police called for, a weapon drawn', () => {
  const yes = [
    'madad, bol nahi sakta, wo bahar khada hai',
    'police bula do jaldi',
    'मैं सुरक्षित नहीं हूँ, वो घर में है',
    'ਉਹਨੇ ਪਿਸਤੌਲ ਕੱਢ ਲਈ',
    'chhito aaunus',
    'ma surakshit chhaina',
    'вона замахнулась на мене ножем',
    'він точить ніж і каже що я наступна',
    'ตอนนี้ฉันไม่ปลอดภัย',
    'มีคนเดินตามฉันมาตั้งแต่ป้ายรถเมล์',
    'em không an toàn, đừng gọi lại',
    'bếp bị cháy khói đen đầy',
    '救命 我不方便说话',
    '🆘',
    'S.O.S',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'kya aap police bula doge agar kuch hua',
    'boss se baat nahi kar sakta, madad chahiye salary ke liye',
    'công việc này không an toàn lắm, có luật gì không',
    'ที่ทำงานไม่ปลอดภัย ไม่มีถุงมือ',
    '我们公司不安全吗',
  ];
  it('leaves a question about the police and work that is not safe alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// Beaten, locked in, dragged to a car, buried said as a threat (Ukrainian); laughter as an emoji;
// heat and work that "kill"; the news in a channel; a past perfect and someone fine now.
describe('threats and blows in more forms; a figure of heat, a channel of news, a past told', () => {
  const yes = ['його зараз побʼють, їх троє з битами', 'нас закрили на складі, тут дуже холодно', 'мою жінку хазяїн тягне в машину', 'нам погрожують, кажуть якщо хтось втече то знайдуть і закопають'];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'спека вбиває, 35 градусів на полі',
    'kamm ne maar ditta yaar thakaan naal',
    'gharme le marna lagyo yaar',
    'मेरी सहेली ने बताया उसके मालिक ने उसे पीटा था, अब वो ठीक है',
    'бачила в телеграмі що на фермі когось побили, я в іншій провінції',
    'хтось спалив тост і спрацювала пожежна сигналізація 😂',
  ];
  it('is not danger', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

describe('Arabic: a door broken in, someone looking for me with a bar, not wanting to live, a van to no one knows where', () => {
  const yes = [
    'المدير كسر باب الغرفه وهو برا',
    'عم يدور علينا ومعه قضيب حديد',
    'el mudir 3am ydawer 3alay w ma3o 7adide',
    'ما عدت ابغى اعيش',
    'mch n7eb n3ich',
    'نكمل على روحي الليله',
    'حطونا بشاحنة، ما حدا بيعرف وين',
    'ساعدوني هو هون',
    'ما بقدر احكي، ابعتوا الشرطه على العنوان',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = ['ما بدي عيش بهالسكن، في فيران', 'ma bghitch n3ich m3a had nas f nafs lbit', 'الباب مكسور من شهر وما حدا صلحه', 'الشاحنة بتاخدنا عالمزرعة كل يوم الساعة ٦'];
  it('leaves housing and a broken door alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// Get me out of here; help typed without its vowels; a door broken in Latin letters; held and
// not let go (Hindi, Punjabi, Nepali, Ukrainian, Thai, Vietnamese, Chinese).
describe('get me out of here, help typed short, a door broken, held and not let go', () => {
  const yes = [
    'mujhe yaha se nikalo plz',
    'mainu ithon kaddo',
    'malai yaha bata nikalnus',
    'заберіть мене звідси',
    'พาหนูออกไปจากที่นี่',
    '救我出去',
    'bchao koi',
    'plz hlp wo aa gya',
    'oh darwaza bhann reha',
    'เขาจับหนูไว้ไม่ให้ไป',
    'no dang o ngoai cua, e so lam',
    '老板扣了护照不让我们走',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = ['koi darwaza khadka reha, dekh lao', 'wo aa gaya office me, help chahiye salary ke liye', 'malai paisa nikalnu paryo'];
  it('leaves a knock, a plain help about pay, money taken out alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// Someone else's attempt on their life (vi), a hand raised (pa), our room locked from outside.
describe('an attempt on a roommate’s life, a hand raised, our room locked', () => {
  const yes = ['bạn cùng phòng uống thuốc tự tử', 'ohne mere te hath chukkeya, hun vi gussa ch aa', 'ਸਾਡੇ ਕਮਰੇ ਨੂੰ ਬਾਹਰੋਂ ਜਿੰਦਾ ਲਾ ਦਿੱਤਾ'];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  it('leaves "slowly" (từ từ) and the rent of our room alone', () => {
    for (const t of ['từ từ rồi tính', 'ਸਾਡੇ ਕਮਰੇ ਦਾ ਕਿਰਾਇਆ ਬਹੁਤ ਹੈ']) expect(flagged(t), t).toBe(false);
  });
});

describe('Arabic: burns felt, sunstroke, a machine that struck, a room locked away, passports held', () => {
  const no = [
    'الشمس حرقتني وانا بقطف الفراولة، في قانون للحر؟',
    'المواد الكيماوية حرقتلي ايدي وما عطونا كفوف',
    'عيوني بتحرقني من المبيدات',
    'جاتني ضربة شمس بالمزرعة وما في ماي',
    'ضربتني الماكينة على ايدي وتورمت',
    'قفلوا علينا الحمام ومنعونا نستعمل المطبخ',
    'المكتب بيحبس جوازاتنا',
    'سرقتلي تلفوني بالسكن، لمين بشتكي؟',
    'جرحت صبعي بالسكينة وانا عم قص اللحمة بالملحمة',
  ];
  it('is not danger', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
  const yes = ['بدو يقتلنا هلق', 'انحرق الكرفان وفي ناس جوا', 'عم ينحرق البيت', 'ضربني المدير بالحديدة هلق', 'قفلوا علينا بالحمام', 'حبسونا بالغرفة وأخدوا جوازاتنا'];
  it('still flags a threat, a fire, a blow, being locked in', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
});
