import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

const read = (t: string) => understanding().routeOffline(t);

// A question about how to get emergency help is answered with the emergency reply (`help_question`
// in the danger lists): an emergency of one's own supposed and how help is reached, or the word
// emergency and this line reached, in every language.
describe('a question about how to get emergency help', () => {
  const yes: [string, string][] = [
    ['en', 'who should i call if something bad happens in the trailer tonight?'],
    ['en', 'if it gets bad at the house do you guys answer on weekends?'],
    ['en', 'does 911 have an interpreter for us?'],
    ['en', 'in an emergency can you send someone to the farm?'],
    ['es', 'si me pasa algo en la madrugada a quien le marco?'],
    ['es', 'en una emergencia ustedes contestan los domingos?'],
    ['es', 'el 911 hablan español o necesito saber ingles?'],
    ['fr', 'si quelque chose nous arrive au camp, vous pouvez venir nous chercher?'],
    ['fr', "s'il m'arrive quelque chose au camp, j'appelle qui?"],
    ['pt', 'se acontecer alguma coisa no alojamento pra quem eu ligo?'],
    ['pt', 'numa emergencia vocês respondem de madrugada?'],
    ['ht', 'si yon bagay rive m nan travay la, ki moun pou m rele?'],
    ['ht', 'si gen yon ijans nan dimanch, nou reponn?'],
    ['tl', 'kung may mangyari sa akin sa gabi, sino tatawagan ko?'],
    ['tl', 'pag may emergency, sumasagot ba kayo kahit linggo?'],
    ['hi', 'agar kuch ho jaye to kisko phone karu?'],
    ['pa', 'je kuch ho jave te kinu phone kariye?'],
    ['ne', 'kehi bhayo bhane ko lai phone garne?'],
    ['uk', 'якщо щось трапиться на фермі, кому дзвонити?'],
    ['vi', 'nếu có chuyện nguy hiểm thì em gọi ai?'],
    ['th', 'ถ้าเกิดเรื่องตอนกลางคืนต้องโทรหาใคร'],
    ['zh', '如果出事了我应该找谁？'],
    ['ar', 'اذا صار شي بالليل مين بيرد؟'],
  ];
  it('is danger, in the language it was written in', () => {
    for (const [lang, t] of yes) {
      const r = read(t);
      expect(r.danger, t).toBe(true);
      expect(r.dangerLang, t).toBe(lang);
    }
  });

  // Not a question about getting help in an emergency: the name of a number asked for, the rules
  // for an emergency at work, a matter of work or papers, an emergency far away, a call made for
  // something else.
  const no = [
    'what should i do in an emergency at work?',
    '¿qué hago en una emergencia en el trabajo?',
    "que faire en cas d'urgence au travail?",
    'what is the emergency number in canada',
    'what happens if i call 911 and i dont speak english',
    'can i take emergency leave for my mother, who do i call at the office?',
    'i had a family emergency, what do i do about my shifts?',
    'what number do i call about my pay?',
    'do you answer on weekends?',
    'what are the rules if someone gets hurt at work',
    'cual es el numero de emergencias en canada',
    'a quien le hablo para cambiar de patron?',
    "c'est quoi le numéro d'urgence au Canada?",
    'qual é o número de emergência no canadá',
    'my sister in Kuwait is in danger, what number should she call there?',
    'si pasa algo con mi permiso a quien le hablo?',
  ];
  it('is nothing when no emergency is supposed, or the emergency is far away', () => {
    for (const t of no) {
      const r = read(t);
      expect(r.danger, t).toBe(false);
    }
  });
});
