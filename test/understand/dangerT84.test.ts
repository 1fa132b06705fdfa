// t84a (the brief of t72a, other writers, asked to write short and messy: SMS, caps, romanized
// script, danger from coworkers, landlords, partners, strangers) was scored before anyone read it
// at 4548c6b4 (264 of 280 danger lines flagged, 10 asked, 6 missed; 7 of 378 harmless lines
// alarmed, 11 asked) and at 3afc7aed (264, 9, 7). Read since. Left asked: a child put out in the
// snow (fr: a harm now, but the lists read only the child, the cry and the snow), the door being
// broken (tl: breaking in is someone here only with a call for help, and "ano gagawin ko" is also
// the question of "what do I do if he hurt me"), kicking the door with "ke garu" (ne).
import { describe } from 'vitest';
import { eachFlaggedByLists, eachNeither, eachNeitherByLists } from './expectDanger.ts';

describe('t84a: missed or asked before, danger now', () => {
  eachFlaggedByLists("taken out at midnight with the permit held; waiting outside, the one who threatened yesterday; a goodbye to everyone and to the parents (\"I go first\"), in Ukrainian Latin letters, Vietnamese without accents and pinyin; not breathing at a care home or a construction site; not wanting to hold on; a patient not breathing and \"don't call anyone\"; kept two days in a trailer; a knife cut bleeding and \"finish work, then hospital\"; sleeping pills taken (Thai in Latin letters); seizures and no doctor", [
    "nos dijeron q alistemos maletas q a medianoche nos sacan a trabajar a otro sitio, y el permiso lo tiene el señor del contrato",
    "restaurant bahira ek jana kuriraxa, hijo dhamki diyeko tei ho plzzz",
    "prostit mene vsi. tse ostannye povidomlennya",
    "xin loi ba me, con di truoc",
    "dui bu qi ba ma, 我先走了",
    "养老院 老人不喘气了 夜班就我一个",
    "好累 真的不想撑了 想一觉睡过去就算了",
    "المريضة اللي اشتغل عندها طاحت وما تتنفس وولدها يقول لا تتصلين باحد",
    "ça fait 2 jours le camionneur nous garde dans la remorque, on a soif",
    "sathi construction ma mathi bata khasyo, sas fereko chhaina jasto",
    "sathi lai meat plant ma chakku le kaatyo, ragat dherai bagdai chha, supervisor 'kaam sakera hospital jaa' bhanchha",
    "kin ya nawn lap pai laew tang pang, mai yak tuen ik",
    "นายจ้างบ่ยอมพาไปหาหมอ เพื่อนไข้สูง ชักมา 2 รอบแล้ว",
  ]);
});

describe('t84a: false alarms or asked before, no emergency now', () => {
  eachNeither("over (nobody hurt, got away, out of hospital, the police came and it ended), a fire alarm set off by toast", [
    "quando cheguei me prometeram vaga de garçonete mas era outra coisa, fiquei 3 meses sem poder sair, agr fugi, isso foi trafico?",
    "kal raat fire alarm baja, toast jal gaya tha bas 😅 landlord ko batana padega?",
    "เมื่อคืนคนงานต่อยกันที่บ้านพัก ตำรวจมาแล้วก็จบ ข่อยบ่เกี่ยว จะมีปัญหากับวีซ่าข่อยบ่",
  ]);
  eachNeitherByLists('a fire last week and nobody hurt, "and" joined to "nobody" (the learned signal still asks)', [
    "صار حريق بالمخزن الاسبوع الماضي وما حدا انصاب، هلأ ما في شغل، شو حقوقنا؟",
  ]);
});
