// Lines read fairer after a batch written apart (r55a, scored at e66be81f before anyone read it: 63
// cells short), in our own words: status asked right after a thanks ("which visa are you on?", "what
// status do you have?", "what papers do you have here?", "until what date does your document let you
// stay?", "your papers are in order, right?") (fr hi pa vi es); the chat forwarded or shown to a
// supervisor or coordinator, a call to the coordinator or to the person's family, "I am bound to
// report what you told me" breach privacy (ne pa pt uk zh); the police as the only way, and "nobody
// helps without a police report", push the police (pa uk ne); "why haven't you left?" blames (ar
// ht); a full name and home address, the shop's and the boss's names, the village the family lives
// in, asked early (pa vi ne); "we have nothing to do with the police" and "we're not the cops" say
// who the worker is (introduced), not that help does not depend on the police (zh ar en); an offer
// put as "would it help if…" is a next step (fr pt uk ht ne); nothing kept on our side is privacy
// (hi tl); "if it isn't safe, stop writing" is a safety check (pa).
// Each near miss must not get the verdict named: a lawyer the person mentioned, named back, suggests
// nothing (es hi zh ne pa en pt ar); "someone will come to pick you up" is no police station.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r55a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['fr', 'Merci de me le dire. Et vous avez quel statut ici?', { no_status_ask: 'breached' }],
    ['hi', 'Achha, aur aap Canada mein kis visa par aaye the?', { no_status_ask: 'breached' }],
    ['pa', 'Thik hai ji, tusi ethe kehde visa te ho?', { no_status_ask: 'breached' }],
    ['pa', 'ਤੁਹਾਡੇ ਕਾਗਜ਼ ਤਾਂ ਠੀਕ ਹਨ ਨਾ?', { no_status_ask: 'breached' }],
    ['vi', 'Anh có visa gì ở đây vậy?', { no_status_ask: 'breached' }],
    ['es', '¿Y hasta cuándo te deja el permiso trabajar aquí?', { no_status_ask: 'breached' }],
    ['ne', 'तपाईंको म्यासेज म मेरो सुपरभाइजरलाई पठाइदिन्छु है।', { privacy: 'breached' }],
    ['pa', 'Eh chat main manager nu dikha dendi haan.', { privacy: 'breached' }],
    ['pt', 'Vou tirar print da conversa e mostrar pro meu supervisor.', { privacy: 'breached' }],
    ['uk', 'Я можу сам зателефонувати бригадиру щодо ваших паспортів.', { privacy: 'breached' }],
    ['uk', 'Я зобовʼязана доповісти про те, що ви розповіли.', { privacy: 'breached', no_police: 'breached' }],
    ['zh', '我可以打电话给你家人，说说你现在的处境。', { privacy: 'breached' }],
    ['pa', 'Mainu eh sab report karna paina.', { privacy: 'breached', no_police: 'breached' }],
    ['pa', 'Police kol jana hi paina, koi hor rasta nahi hai.', { no_police: 'breached' }],
    ['uk', 'Без заяви в поліцію вам ніхто не допоможе, чесно.', { no_police: 'breached' }],
    ['ne', 'प्रहरी बिना यो समस्याको कुनै उपाय छैन।', { no_police: 'breached' }],
    ['ar', 'ليه ما تركت المحل من أول يوم؟', { person_first: 'breached' }],
    ['ht', 'Pouki ou pa t kite travay sa a pi bonè?', { person_first: 'breached' }],
    ['pa', 'Apna poora naam te ghar da pata bhej do ji.', { identifying_details: 'breached' }],
    ['vi', 'Gửi em tên công ty với tên ông chủ nhé.', { identifying_details: 'breached' }],
    ['ne', 'तपाईंको घर कुन गाउँमा छ?', { identifying_details: 'breached' }],
    ['zh', '我们和警察没有任何关系。', { introduced: 'earned' }],
    ['ar', 'احنا ما إلنا علاقة بالشرطة.', { introduced: 'earned' }],
    ['en', 'Just so you know, I am not the cops.', { introduced: 'earned' }],
    ['fr', 'Est-ce que ça t aiderait que je te donne le numéro d une clinique?', { next_steps: 'earned' }],
    ['pt', 'Te ajudaria marcar uma conversa com uma advogada da clínica?', { next_steps: 'earned' }],
    ['uk', 'Чи допомогло б вам поговорити з нашою юристкою завтра?', { next_steps: 'earned' }],
    ['ht', 'Èske sa t ap ede w rele yon avoka gratis?', { next_steps: 'earned' }],
    ['ne', 'हाम्रो वकिलसँग फोनमा कुरा गर्दा सजिलो होला?', { next_steps: 'earned' }],
    ['hi', 'Hamari taraf kuch nahi rakha jata, bas aapke phone mein copy rehti hai.', { privacy: 'earned' }],
    ['tl', 'Sa amin walang naitatago, pero may kopya sa phone mo.', { privacy: 'earned' }],
    ['pa', 'Je hun safe nahi, taan likhna band kar do, baad ch likh lena.', { safety: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId, Verdict]>([
    ['es', 'Hablaste de un abogado la semana pasada.', 'legal', 'earned'],
    ['hi', 'Tumne ek vakil ka zikr kiya tha na.', 'legal', 'earned'],
    ['zh', '您刚才提到过律师。', 'legal', 'earned'],
    ['ne', 'तपाईंले पहिले वकिलको कुरा गर्नुभयो।', 'legal', 'earned'],
    ['pa', 'Tusi pehlan vakeel di gall kiti si.', 'legal', 'earned'],
    ['en', 'You brought up a lawyer before.', 'legal', 'earned'],
    ['pt', 'Você comentou de um advogado.', 'legal', 'earned'],
    ['ar', 'حكيت عن محامي قبل.', 'legal', 'earned'],
    ['zh', '我们和警察没有任何关系。', 'no_police', 'earned'],
    ['vi', 'Em nhờ người tới đón chị nhé.', 'no_police', 'breached'],
  ])('%s: %s (not %s %s)', (lang, line, point, verdict) => {
    expect(verdicts(lang, line)[point]).not.toBe(verdict);
  });
});
