import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';
import { eachFlagged, eachLeftAlone } from './expectDanger.ts';

// Forms written out from endings that are also other words: each is left out, and stays out.
describe('forms of a verb that are other words are not danger', () => {
  const no = [
    // Hindi: "ke maare", out of; "marne", to die (one spelling with "maarne").
    'darr ke maare kuch nahi bola boss ko',
    'garmi ke maare haalat kharab hai, paani bhi nahi dete',
    'bhookh se marne ki naubat aa gayi, salary nahi mili',
    // Punjabi: "maara", "maari", bad (ਮਾੜਾ).
    'ethe haal bahut maara aa, paise vi nahi dinde',
    // Nepali: "mareko", dead; "marne", dying.
    'gaun ma hajurba mareko khabar aayo, chhutti paunchhu?',
    // Arabic: after the past, نا is "we".
    'حرقنا الزبالة ورا السكن، هل هذا ممنوع؟',
    'لحقنا الباص الصبح بالعافيه',
    // Chinese: a call that reached my phone.
    '老板昨天打到我手机说明天不用上班',
    // Spanish: pushing a cart, tying a load, kicking a ball.
    'en el trabajo lo empuja uno solo y pesa mucho, el carrito',
    'la amarra bien la carga antes de salir',
    'los domingos vamos a patearla al parque con los compañeros',
    // Ukrainian: a house rule.
    'у гуртожитку замикають двері о 23:00, це законно?',
  ];
  it('leaves them alone', () => {
    for (const t of no) {
      const r = understanding().routeOffline(t);
      expect(r.danger, t).toBe(false);
    }
  });
  const yes = ['wo mujhe maarne aa raha hai, bachao', 'بيلحقنا واحد بسياره من المحطه وهلق واقف برا', 'мене замикають в кімнаті і не випускають'];
  eachFlagged('still flags what is done to someone', yes);
});

describe('Arabic: catching fire, a hammer, a place one does not know, sold, taken by force', () => {
  const yes = ['الكرفان عم يولع', 'ماسك شاكوش وجاي لعندي', 'خدوا الباسبورات ونقلونا بالليل لمكان تاني ما منعرفو', 'الكفيل باعني لواحد تاني', 'في واحد بدو ياخد بنتي بالقوه', 'الدكتوره قالت لازم مستشفى بس الكفيل رافض', 'ma2fool 3alayna w fi d5an'];
  const no = ['الدكتور رافض يعطيني اجازه مرضيه', 'ولعلي سيجاره', 'في تدريب حريق بكرا بالشركه'];
  eachFlagged('flags them', yes);
  eachLeftAlone('leaves a sick note, a cigarette and a fire drill alone', no);
});
