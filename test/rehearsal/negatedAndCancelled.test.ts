// Lines read wrongly because a negation or a police word elsewhere in them was taken to cancel
// what they say, read in every persona language (our own lines, none from a batch written apart).
// What is read, and why:
// - A status question phrased negatively is still a status question: "are you not from here
//   originally?", "you're not a citizen, right?", "you don't have papers, do you?", "no eres de
//   aquí, ¿verdad?" guess the person's status and ask them to confirm it (breaches no_status_ask).
//   The negation is part of the guess, not a refusal to ask; "I won't ask about your status" and
//   "you don't have to tell me your status" still breach nothing.
// - A kind word is not cancelled by the police named elsewhere in the line only to say who is
//   writing: "No rush at all — and I'm not the cops, take your time" earns kind words and an
//   introduction. A push to the police or a report in the line still cancels it, and "I'm not the
//   police" is no push to the police (vi hi pa ne read one).
// - Advice put as worth it ("it's worth talking to a legal clinic first") earns legal advice and is
//   no next step by itself: dev and own label such lines so, and the rules already read them so;
//   these lines keep it that way.
// The lines that earn are asserted one by one, outside the tables the learned second opinion
// learns from (scripts/rehearsalModel/testLines.ts), as r63a.test.ts does with its safety lines.
// Not read here: the person's agreed code phrase ("someone is here") followed by more questions
// (the rule files read one line at a time and cannot know what the person sent before).
import { describe, expect, it } from 'vitest';
import { expectNoBreach, verdicts } from './verdicts.ts';

const STATUS_ASKED: [string, string][] = [
  ["en", "Are you not from here originally?"],
  ["en", "You're not a citizen, right?"],
  ["en", "You don't have papers, do you?"],
  ["en", "Don't you have a work permit?"],
  ["es", "No eres de aquí, ¿verdad?"],
  ["es", "¿No tienes papeles?"],
  ["es", "Usted no es ciudadano, ¿cierto?"],
  ["fr", "Tu n'es pas d'ici, n'est-ce pas ?"],
  ["fr", "Vous n'avez pas de papiers, c'est ça ?"],
  ["pt", "Você não é daqui, né?"],
  ["pt", "Você não tem documentos, né?"],
  ["tl", "Hindi ka taga-rito, 'no?"],
  ["tl", "Wala kang papeles, tama ba?"],
  ["ht", "Ou pa moun isit, pa vre?"],
  ["ht", "Ou pa gen papye, non?"],
  ["vi", "Chị không phải người ở đây à?"],
  ["vi", "Chị không có giấy tờ à?"],
  ["zh", "你不是本地人吧？"],
  ["zh", "你没有合法身份吧？"],
  ["ar", "أنت لست من هنا، صحيح؟"],
  ["ar", "ما عندك أوراق، صح؟"],
  ["uk", "Ви ж не звідси, так?"],
  ["uk", "У вас немає документів, правда?"],
  ["th", "คุณไม่ใช่คนที่นี่ใช่ไหม"],
  ["th", "คุณไม่มีวีซ่าใช่ไหม"],
  ["hi", "आप यहाँ के नहीं हैं ना?"],
  ["hi", "आपके पास papers नहीं हैं, है ना?"],
  ["pa", "ਤੁਸੀਂ ਇੱਥੋਂ ਦੇ ਨਹੀਂ ਹੋ, ਹੈ ਨਾ?"],
  ["pa", "ਤੁਹਾਡੇ ਕੋਲ ਕਾਗਜ਼ ਨਹੀਂ ਹਨ, ਹੈ ਨਾ?"],
  ["ne", "तपाईं यहाँको होइन, हो नि?"],
  ["ne", "तपाईंसँग कागजपत्र छैन, हो?"],
  // the same guesses without the negation, and where the person is from, asked
  ["en", "You have no papers?"],
  ["es", "¿Eres de aquí originalmente?"],
  ["es", "¿No estás aquí legalmente?"],
  ["fr", "Tu es d'ici ?"],
  ["pt", "Você é daqui?"],
  ["pt", "Você não está aqui legalmente, né?"],
  ["tl", "Taga-rito ka ba?"],
  ["ht", "Ou pa sitwayen, pa vre?"],
  ["ht", "Ou se moun isit?"],
  ["vi", "Chị là người ở đây à?"],
  ["zh", "你是本地人吗？"],
  ["uk", "Ви звідси?"],
];

const STATUS_NOT_ASKED: [string, string][] = [
  ["en", "I won't ask about your status."],
  ["en", "You don't have to tell me your status."],
  ["en", "You don't need papers to get help here."],
  ["es", "No te voy a preguntar por tu estatus."],
  ["es", "No tienes que decirme tu situación migratoria."],
  ["fr", "Je ne vais pas te demander ton statut."],
  ["fr", "Tu n'as pas à me dire ton statut."],
  ["pt", "Não vou perguntar sobre o seu status."],
  ["pt", "Você não precisa me dizer seu status."],
  ["tl", "Hindi ko itatanong ang status mo."],
  ["tl", "Hindi mo kailangang sabihin ang status mo."],
  ["ht", "Mwen p ap mande w estati w."],
  ["ht", "Ou pa bezwen di m estati w."],
  ["vi", "Tôi sẽ không hỏi về giấy tờ của chị."],
  ["vi", "Chị không cần nói cho tôi biết tình trạng di trú."],
  ["zh", "我不会问你的身份。"],
  ["zh", "你不用告诉我你的身份。"],
  ["ar", "لن أسألك عن وضعك القانوني."],
  ["ar", "لا داعي أن تخبرني عن إقامتك."],
  ["uk", "Я не питатиму про ваш статус."],
  ["uk", "Вам не треба казати мені ваш статус."],
  ["th", "ผมจะไม่ถามเรื่องสถานะของคุณ"],
  ["th", "คุณไม่ต้องบอกสถานะของคุณ"],
  ["hi", "मैं आपका status नहीं पूछूँगी।"],
  ["hi", "आपको अपना status बताने की ज़रूरत नहीं है।"],
  ["pa", "ਮੈਂ ਤੁਹਾਡਾ status ਨਹੀਂ ਪੁੱਛਾਂਗੀ।"],
  ["pa", "ਤੁਹਾਨੂੰ ਆਪਣਾ status ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ।"],
  ["ne", "म तपाईंको स्टाटस सोध्दिनँ।"],
  ["ne", "तपाईंले आफ्नो स्टाटस भन्नु पर्दैन।"],
];

const KIND_NOT_POLICE: [string, string][] = [
  ["en", "No rush at all — and I'm not the cops, take your time."],
  ["es", "No hay ninguna prisa, y no soy la policía, tómate tu tiempo."],
  ["fr", "Rien ne presse, et je ne suis pas la police, prends ton temps."],
  ["pt", "Sem pressa nenhuma, e eu não sou da polícia, leve o tempo que precisar."],
  ["tl", "Walang pagmamadali, at hindi ako pulis, dahan-dahan lang po."],
  ["ht", "Pa gen okenn prese, e mwen pa lapolis, pran tan ou."],
  ["vi", "Không cần vội đâu, và tôi không phải công an, cứ từ từ nhé."],
  ["zh", "完全不着急，我也不是警察，您慢慢来。"],
  ["ar", "لا داعي للعجلة أبداً، وأنا لست من الشرطة، خذ وقتك."],
  ["uk", "Зовсім не поспішайте, і я не з поліції, не поспішайте."],
  ["th", "ไม่ต้องรีบเลยครับ และผมไม่ใช่ตำรวจ ค่อยๆ เล่าก็ได้"],
  ["hi", "कोई जल्दी नहीं है, और मैं पुलिस नहीं हूँ, आराम से बताइए।"],
  ["pa", "ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ, ਅਤੇ ਮੈਂ ਪੁਲਿਸ ਨਹੀਂ ਹਾਂ, ਆਰਾਮ ਨਾਲ ਦੱਸੋ।"],
  ["ne", "कुनै हतार छैन, र म प्रहरी होइन, बिस्तारै भन्नुहोस्।"],
  ["en", "No rush at all, I'm not the police."],
  ["es", "Sin prisa, no somos la policía."],
  ["fr", "Pas de presse, on n'est pas la police."],
  ["pt", "Sem pressa, não somos a polícia."],
];

const WORTH_IT: [string, string][] = [
  ["en", "It's worth talking to a legal clinic first."],
  ["es", "Vale la pena hablar primero con una clínica legal."],
  ["fr", "Ça vaut la peine de parler d'abord à une clinique juridique."],
  ["pt", "Vale a pena falar primeiro com uma clínica jurídica."],
  ["tl", "Sulit na kumonsulta muna sa isang legal clinic."],
  ["ht", "Li vo lapenn pale ak yon klinik legal anvan."],
  ["vi", "Nên nói chuyện với một phòng tư vấn pháp lý trước, rất đáng."],
  ["zh", "先找法律援助诊所谈谈是值得的。"],
  ["ar", "يستحق الأمر أن تتحدث مع عيادة قانونية أولاً."],
  ["uk", "Варто спочатку поговорити з юридичною клінікою."],
  ["th", "คุยกับคลินิกกฎหมายก่อนก็คุ้มนะครับ"],
  ["hi", "पहले किसी legal clinic से बात करना फ़ायदेमंद रहेगा।"],
  ["pa", "ਪਹਿਲਾਂ ਕਿਸੇ ਕਾਨੂੰਨੀ ਕਲੀਨਿਕ ਨਾਲ ਗੱਲ ਕਰਨੀ ਚੰਗੀ ਰਹੇਗੀ।"],
  ["ne", "पहिले कुनै कानुनी क्लिनिकसँग कुरा गर्नु राम्रो हुन्छ।"],
];

describe('a status question phrased negatively', () => {
  for (const [lang, line] of STATUS_ASKED) {
    it(`${lang}: ${line}`, () => {
      expect(verdicts(lang, line).no_status_ask).toBe('breached');
    });
  }
  for (const [lang, line] of STATUS_NOT_ASKED) {
    it(`no ask: ${lang}: ${line}`, () => {
      expect(verdicts(lang, line).no_status_ask).toBeUndefined();
      expectNoBreach(lang, line);
    });
  }
});

describe('a kind word beside "I am not the police"', () => {
  for (const [lang, line] of KIND_NOT_POLICE) {
    it(`${lang}: ${line}`, () => {
      const got = verdicts(lang, line);
      expect(got.person_first, 'person_first').toBe('earned');
      expect(got.introduced, 'introduced').toBe('earned');
      expect(Object.values(got)).not.toContain('breached');
    });
  }
  it('a push to the police in the line still cancels it', () => {
    const got = verdicts('en', "No rush, I'm not the police, but you should report him to the police.");
    expect(got.person_first).toBeUndefined();
    expect(got.no_police).toBe('breached');
  });
});

describe('advice put as worth it', () => {
  for (const [lang, line] of WORTH_IT) {
    it(`${lang}: ${line}`, () => {
      const got = verdicts(lang, line);
      expect(got.legal).toBe('earned');
      expect(got.next_steps).toBeUndefined();
    });
  }
});
