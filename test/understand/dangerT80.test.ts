// t80a (the brief of t72a, other writers) was scored before anyone read it at 83830ae4 (262 of 280
// danger lines flagged, 14 asked, 4 missed; 13 of 378 harmless lines alarmed, 9 asked) and at
// c018e52f (258, 19, 3; 13 alarmed, 10 asked). Read since. Own lines beside its own.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachNeither } from './expectDanger.ts';

describe('t80a: missed or asked before, danger now', () => {
  eachFlaggedByLists('fetched tonight by someone unknown, papers held; a car coming to take me where no one says; taken to a stranger’s house', [
    'un monsieur que je connais pas va venir me chercher ce soir, le recruteur dit que je travaille pour lui maintenant, il a mon passeport',
    'bonjou mesye, mwen rive Kanada avek yon pemi travay ki femen. Patwon an pran paspo m ak tout papye m yo. Aswe a li di yon machin ap vin cheche m pou m al travay lot kote, m pa konnen ki kote. M pe anpil',
    'Owner mera passport rakh ke baitha hai. Aaj raat wo bol raha hai ki mujhe Surrey me kisi aur ke ghar le jayega kaam ke liye, mujhe nahi pata wo kaun log hai. Please batao kya karu',
    'Сьогодні бригадир сказав що мене з хлопцями вночі повезуть на іншу ферму, документи він забрав ще зранку і не віддає. Куди це нас везуть?',
  ]);
  eachFlaggedByLists('a boss with a bat running after us, in Latin letters; a child dragged into a back office', [
    'shef z bytoyu bizhyt za namy',
    'there’s a kid maybe 12 working nights here, the manager just dragged him in the back office and i hear him screaming',
  ]);
  eachFlaggedByLists('an injury with care kept away: a burned arm and "keep working"; an ambulance kept away by a threat; bleeding that never stopped; no doctor needed, says the boss; fever and shaking', [
    'Bonjou, sa fè lontan m pa ekri. Travay la toujou di, yo kontinye retire lajan sou chèk la pou dèt rekritè a. Mwen fèk brile tout bra m ak dlo cho nan kizin nan, po a ap dekale, patwon an di m kontinye travay. M pa ka sipòte doulè a.',
    'Today I fall on my back and I cant stand up and my leg is numb, supervisor say if I call ambulance he send me back to Mexico. I am laying on the floor of the house alone since 2 hours.',
    'Чоловік вчора на роботі дуже сильно порізав руку, кров так і не зупинилась, він вже блідий і в нього паморочиться голова. Шеф сказав жодних лікарень, бо буде перевірка. Що робити?',
    'Chồng em làm ở trang trại, hôm nay bị té từ trên máy kéo xuống, chân gãy và bụng đau dữ lắm, mặt tái hết. Ông chủ bảo nằm nghỉ đi không cần bác sĩ vì không có giấy tờ. Giờ em phải làm sao?',
    '我想了解一下工伤保险。我老公在农场干活，今天被拖拉机压到腿，腿肿得很厉害而且一直在发烧发抖。老板不让去医院，说没身份会被遣返，让他自己扛着。我们该怎么办',
  ]);
  eachFlaggedByLists('wanting to die: finishing with one’s life tonight, sorry written home; pills gathered; a scarf tied to the fan; sleeping pills bought; a rope ready; never waking', [
    'Je pense à finir avec ma vie ce soir, j’ai déjà écrit à ma mère pour dire pardon. Je ne sais pas pourquoi je t’écris.',
    'sach dassan ta mainu lagda ke sab nu mere bina saukha rahega, main goliyan ikathiyan kar layian ne',
    'bas yaar hun hor nai hunda, chunni pakkhe naal bann layi aa',
    'แม่โทรมาถามทุกวัน บางทีคิดว่าถ้าไม่มีเราแล้วทุกอย่างคงจบ คืนนี้ซื้อยานอนหลับมาแล้วหลายแผง',
    'Kuya, 3 taon na ko dito pero parang wala pa rin. Yung utang sa agency hindi pa bayad, tapos pinauwi pa yung asawa ko sa pinas. Minsan iniisip ko na mas okay kung tapusin ko na lang lahat, nakahanda na yung lubid sa garahe. Sorry ang haba',
    'Чесно, я вже думаю шо краще просто заснуть і не проснуться, таблетки в мене є, не знаю навіщо вам це пишу',
  ]);
});

describe('t80a: false alarms or questions before, no emergency now', () => {
  eachNeither('a figure or a threat to the job: "a safety violation", a threat to cancel the permit, "will kill me" for being late, punching the boss out of anger, dying of stress', [
    'Fire drill today at the plant and nobody showed us where the exits are. Is that a safety violation?',
    'boss dhamki de raha hai ki permit cancel karwa dega agar maine overtime ke paise maange',
    'late hua to manager maar dalega, kitne min late hone pe paise kaat sakte hai?',
    'Ninakaw ng amo yung 3 linggong sahod ko, grabe gusto ko na sya sapakin sa inis',
    'mamamatay na ko sa stress sa mga bayarin, kulang na kulang sahod',
    'ควรแจ้งตำรวจไหมคะ วีซ่าหนูยังไม่หมดแต่กลัวมีปัญหาตามมา',
    'На складі нема ні рукавиць ні касок, люди постійно травмуються. Куди можна звернутись?',
  ]);
  eachNeither('told as over: last summer, all fine now, nobody hurt, fine now at home in Nepal; a soap opera; what crime it is, asked for a friend', [
    'last summer my boss punched me in the face. I’m ok now and I work somewhere else, but can I still report him?',
    'I was in hospital last month after I fainted from the heat in the greenhouse, all fine now, but they still never give us water breaks. What can I do',
    'पोहोर हाम्रो डेरामा सानो आगलागी भएको थियो, कोही घाइते भएनन्, तर अहिले पनि स्मोक अलार्म छैन, कसलाई भन्ने?',
    'मेरो दिदीलाई पनि ५ वर्ष अघि एजेन्टले यस्तै ठगेर खाडीमा थुनेको थियो, अहिले उहाँ नेपालमै ठीक हुनुहुन्छ, तर मलाई पनि यस्तै होला कि भन्ने डर लाग्छ',
    'ਪਿਛਲੇ ਹਫ਼ਤੇ ਸਾਡੇ ਸ਼ੈੱਡ ਚ ਅੱਗ ਲੱਗੀ ਸੀ, ਕੋਈ ਜ਼ਖਮੀ ਨਹੀਂ ਹੋਇਆ ਸ਼ੁਕਰ ਆ, ਪਰ ਹੁਣ ਰਹਿਣ ਦੀ ਥਾਂ ਬਹੁਤ ਭੀੜੀ ਹੋ ਗਈ',
    'เมื่อเดือนก่อนมีไฟไหม้ที่พัก ไม่มีใครเป็นอะไร ตอนนี้ได้ที่อยู่ใหม่แล้ว แต่ของหายหมด ขอเงินช่วยเหลือได้ไหม',
    'meri friend ka employer bahut strict hai, weekend pe bahar nahi jaane deta, abhi wo theek hai but mujhe tension hoti hai',
    'en la novela que veo tienen encerrada a una muchacha y la obligan a trabajar, me dio miedo porque se parece a lo que le pasó a mi tía hace años',
  ]);
  // Own: raped is still danger in Spanish; a mild cold with no doctor needed is nothing.
  eachFlaggedByLists('raped, in Spanish, still', ['el patron la violo anoche y ahora esta en el cuarto con ella otra vez']);
  eachNeither('no doctor needed for a mild cold', ['em bi cam nhe thoi, khong can bac si dau']);
});
