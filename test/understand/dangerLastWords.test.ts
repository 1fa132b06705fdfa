// Last words passed on with thanks, a dose asked, thoughts of jumping, a watcher where one lives,
// in the words of t54a (read after it was scored at dcd6c729: 261/280 flagged, 9 missed), written
// again here in other words; and the near misses beside them: money sent home, "possible" typed in
// Latin letters, a debt that keeps one in a job, a cook's knives, a welder's sparks, a threat long
// over, nowhere to go after being put out.
import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone, eachNeither, eachNeitherByLists } from './expectDanger.ts';

describe('thanks, and last words for one\'s own passed on', () => {
  eachFlagged('danger', [
    'आपने मेरी बहुत मदद की। मेरे बेटे को बताना कि उसके पापा उसे याद करते थे',
    'sabai kurako lagi dhanyabad, aamalai sorry bhannu hai',
    'salamat po sa lahat. pakisabi sa nanay ko na mahal ko siya',
    'khob khun thuk yang na krub, bok mae wa khor thot',
    'aakhri msg aa, meri maa da khyal rakhna',
    'neu em chet thi tien con lai gui ve cho me em nha',
  ]);
  eachNeither('not danger', [
    'em gui ve cho me 500 do moi thang, chu tru tien nha nhieu qua',
    'meri maa da khyal rakhan layi main paise bhejda haan, par tankhah ghat aundi',
  ]);
  // A message for one's mother about a late homecoming: no danger (the learned signal may ask).
  eachLeftAlone('not danger', ['pakisabi po sa nanay ko na late ako uuwi ngayong pasko, wala pa kasing sahod']);
});

describe('a dose asked, thoughts of jumping, a bridge, things given away', () => {
  eachFlagged('danger', [
    'kam 7abbet panadol bt2tol el wa7ad',
    'agar koi BP ki 25 goliyan ek saath kha le to kitni der me asar hota hai',
    'أنا واقف على الجسر وعم فكر انط',
    'я стою на мосту і не знаю навіщо далі',
    'apna sara saman room wale bhai ko de diya, ab zaroorat nahi padegi',
    'di ko na talaga kaya ngayong gabi, pag namatay ako iuuwi ba ako sa pinas',
  ]);
  eachNeither('not danger', ['ham bridge pe kaam karte hain, safety harness nahi dete']);
  // A dose for a headache is no danger; the learned signal may still ask the question.
  eachLeftAlone('not danger', ['kam 7abbet panadol bakhod la wja3 rasi']);
});

describe('watched where one lives, photographed, a girl fetched by a man in a car', () => {
  eachFlagged('danger', [
    'my supervisor is in the parking lot right now, he says he knows which window is mine',
    'do bande gate de bahar khade mainu hi dekh rahe ne, ikk ne meri photo khichi',
    "un homme est venu en voiture pour la prendre, c'est la fille de 12 ans de ma patronne",
  ]);
});

describe('near misses: "possible", a debt, a cook, a welder, a threat long over, nowhere to go', () => {
  eachNeither('not danger', [
    'momken a7ki ma3 7ada 3al telephone? ma ba3ref ekteb 3arabi mnee7',
    'मालिक कहता है जब तक पूरा कर्ज नहीं चुकाऊंगा जाने नहीं देगा, क्या यह कानूनी है',
    'i am a line cook, knives and the deep fryer all day, do i have to buy my own knife kit?',
    'Я зварщик, іскри це норм, але рукавиці порвані. Хто купує нові?',
    'li te menase m yon fwa ane pase, men sa fe lontan, pa gen anyen ki rive',
  ]);
  // The learned signal, trained with t55a, reads this eviction at 0.72 and asks (its cost, ADR 0013).
  eachNeitherByLists('not danger by the lists', ['chu duoi em ra khoi nha thang sau, em khong biet di dau, co ai giup tim cho o khong']);
});
