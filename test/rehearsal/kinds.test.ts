// Kinds of lines, not single lines (issue 20): the many ways a worker checks safety (where are
// you, are you alone, can you talk, is the phone yours, will anyone see, silence the phone, delete
// the chat after, a word that means stop, stop when someone comes), says help does not depend on
// police (negated, a choice) or pushes toward police (must, best, the sooner, hedged), and offers
// a concrete next step, each written here in several forms of each language's grammar and
// politeness, with look-alikes that must not count. Lines of our own, none from an evaluation set.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

type Point = 'privacy' | 'safety' | 'no_police' | 'next_steps';

/** [language, point, line]: the line earns the point, and breaches nothing. */
const EARNS: [string, Point, string][] = [
  ["en", "safety", "Where are you right now? Is it somewhere you can talk?"],
  ["en", "safety", "Are you on your own at the moment?"],
  ["en", "safety", "Are you alone right now?"],
  ["en", "safety", "Is anybody with you?"],
  ["en", "safety", "Is anyone there with you right now?"],
  ["en", "safety", "Can you talk freely?"],
  ["en", "safety", "Are you able to talk right now?"],
  ["en", "safety", "Is this a good time to chat?"],
  ["en", "safety", "Is it okay to message you now?"],
  ["en", "safety", "Is your phone just yours, or do others use it too?"],
  ["en", "safety", "Does anyone else use this phone?"],
  ["en", "safety", "Does anyone else have access to your phone?"],
  ["en", "safety", "Are you somewhere private?"],
  ["en", "safety", "Are you in a private place where you can write?"],
  ["en", "safety", "Could anyone see what you are typing?"],
  ["en", "safety", "Can anyone read your messages?"],
  ["en", "safety", "Will anyone see these messages on your phone?"],
  ["en", "safety", "It may help to turn off notifications for this chat."],
  ["en", "safety", "You might want to silence your phone while we talk."],
  ["en", "safety", "Maybe delete our messages after we finish."],
  ["en", "safety", "Feel free to delete this conversation afterwards."],
  ["en", "safety", "If someone comes in, just stop writing."],
  ["en", "safety", "If anyone walks in, you can close the chat right away."],
  ["en", "safety", "Stop writing if someone comes."],
  ["en", "safety", "We could agree on a code word you send if you need to stop."],
  ["en", "safety", "If you type \"banana\" I will know to stop writing."],
  ["en", "safety", "Tell me if you have to go."],
  ["en", "safety", "When is a safe time for me to write to you?"],
  ["en", "safety", "What time is best for you to talk without anyone around?"],
  ["en", "safety", "Is there a time when you can write without being seen?"],
  ["en", "safety", "Is he nearby?"],
  ["en", "safety", "Can your boss see your phone?"],
  ["en", "safety", "Does your employer check your phone?"],
  ["en", "safety", "Can anyone hear you right now?"],
  ["en", "safety", "Is anyone listening?"],
  ["en", "safety", "Are you somewhere you feel safe writing?"],
  ["en", "safety", "Before we go on, I want to check you're safe to talk."],
  ["en", "safety", "Are you in a safe place to chat?"],
  ["en", "safety", "Is it safe for you to keep writing?"],
  ["en", "safety", "Just reply when it's safe for you."],
  ["es", "safety", "¿Dónde estás ahora? ¿Puedes hablar?"],
  ["es", "safety", "¿Estás sola en este momento?"],
  ["es", "safety", "¿Está usted solo ahora mismo?"],
  ["es", "safety", "¿Hay alguien contigo?"],
  ["es", "safety", "¿Hay alguien cerca que pueda leer esto?"],
  ["es", "safety", "¿Puedes hablar con libertad?"],
  ["es", "safety", "¿Puede hablar tranquilamente ahora?"],
  ["es", "safety", "¿Es buen momento para escribirte?"],
  ["es", "safety", "¿Te viene bien que hablemos ahora?"],
  ["es", "safety", "¿El teléfono es tuyo o lo compartes con alguien?"],
  ["es", "safety", "¿Alguien más usa tu celular?"],
  ["es", "safety", "¿Alguien revisa tu teléfono?"],
  ["es", "safety", "¿Estás en un lugar privado?"],
  ["es", "safety", "¿Estás en un sitio donde nadie te vea escribir?"],
  ["es", "safety", "¿Alguien podría ver lo que escribes?"],
  ["es", "safety", "¿Alguien puede leer tus mensajes?"],
  ["es", "safety", "Puedes desactivar las notificaciones de este chat."],
  ["es", "safety", "Quizá conviene silenciar el teléfono mientras hablamos."],
  ["es", "safety", "Cuando terminemos, borra estos mensajes."],
  ["es", "safety", "Si quieres, borra la conversación después."],
  ["es", "safety", "Si entra alguien, deja de escribir."],
  ["es", "safety", "Si llega tu patrón, cierra el chat y ya."],
  ["es", "safety", "Podemos acordar una palabra clave por si tienes que cortar."],
  ["es", "safety", "Si me mandas \"tortilla\", sé que tengo que dejar de escribir."],
  ["es", "safety", "Avísame si te tienes que ir."],
  ["es", "safety", "Dime si necesitas irte de repente."],
  ["es", "safety", "¿A qué hora es más seguro escribirte?"],
  ["es", "safety", "¿Cuándo te queda mejor hablar sin que haya nadie?"],
  ["es", "safety", "¿Está cerca el encargado?"],
  ["es", "safety", "¿Tu jefe te revisa el celular?"],
  ["es", "safety", "¿Alguien te puede oír ahora?"],
  ["es", "safety", "¿Es seguro para ti seguir escribiendo?"],
  ["es", "safety", "Contéstame solo cuando sea seguro para ti."],
  ["es", "safety", "Antes de seguir, quiero saber si puedes hablar sin peligro."],
  ["es", "safety", "¿Se encuentra en un lugar seguro para conversar?"],
  ["es", "safety", "¿Le es posible hablar ahora sin que nadie escuche?"],
  ["fr", "safety", "Où es-tu en ce moment ? Tu peux parler ?"],
  ["fr", "safety", "Es-tu seule en ce moment ?"],
  ["fr", "safety", "Êtes-vous seul actuellement ?"],
  ["fr", "safety", "Il y a quelqu'un avec toi ?"],
  ["fr", "safety", "Quelqu'un est-il près de vous ?"],
  ["fr", "safety", "Tu peux parler librement ?"],
  ["fr", "safety", "Pouvez-vous parler tranquillement maintenant ?"],
  ["fr", "safety", "C'est un bon moment pour t'écrire ?"],
  ["fr", "safety", "Est-ce que ça te va qu'on parle maintenant ?"],
  ["fr", "safety", "Le téléphone est à toi, ou tu le partages ?"],
  ["fr", "safety", "Quelqu'un d'autre utilise ton téléphone ?"],
  ["fr", "safety", "Est-ce que quelqu'un regarde ton téléphone ?"],
  ["fr", "safety", "Es-tu dans un endroit privé ?"],
  ["fr", "safety", "Es-tu dans un endroit où personne ne te voit écrire ?"],
  ["fr", "safety", "Quelqu'un pourrait voir ce que tu écris ?"],
  ["fr", "safety", "Quelqu'un peut lire tes messages ?"],
  ["fr", "safety", "Tu peux désactiver les notifications de cette conversation."],
  ["fr", "safety", "Ce serait peut-être mieux de mettre ton téléphone en silencieux."],
  ["fr", "safety", "Quand on aura fini, efface ces messages."],
  ["fr", "safety", "Si tu veux, supprime la conversation après."],
  ["fr", "safety", "Si quelqu'un entre, arrête d'écrire."],
  ["fr", "safety", "S'il arrive, ferme la discussion tout de suite."],
  ["fr", "safety", "On peut convenir d'un mot code si tu dois arrêter."],
  ["fr", "safety", "Si tu m'envoies « parapluie », je saurai qu'il faut arrêter."],
  ["fr", "safety", "Dis-moi si tu dois partir."],
  ["fr", "safety", "Préviens-moi si tu dois t'arrêter d'un coup."],
  ["fr", "safety", "À quelle heure est-ce plus sûr de t'écrire ?"],
  ["fr", "safety", "Quand est-ce que tu peux parler sans personne autour ?"],
  ["fr", "safety", "Est-ce que ton patron est dans les parages ?"],
  ["fr", "safety", "Ton patron vérifie ton téléphone ?"],
  ["fr", "safety", "Quelqu'un peut t'entendre en ce moment ?"],
  ["fr", "safety", "C'est sans danger pour toi de continuer à écrire ?"],
  ["fr", "safety", "Réponds-moi seulement quand c'est sûr pour toi."],
  ["fr", "safety", "Avant d'aller plus loin, je veux vérifier que tu peux parler sans risque."],
  ["fr", "safety", "Vous trouvez-vous dans un endroit sûr pour discuter ?"],
  ["fr", "safety", "Vous est-il possible de parler maintenant sans que personne n'écoute ?"],
];

/** [language, point, line]: the line breaches the point. */
const BREACHES: [string, Point, string][] = [

];

/** [language, point, line]: look-alikes that neither earn nor breach the point. */
const NEITHER: [string, Point, string][] = [
  ["en", "safety", "Is your passport safe?"],
  ["en", "safety", "I can help you find a safe place to stay."],
  ["en", "safety", "Please keep your papers somewhere safe."],
  ["en", "safety", "Write to me any time."],
  ["en", "safety", "Can I call you tomorrow?"],
  ["en", "safety", "You have the right to remain silent."],
  ["en", "safety", "Please delete nothing, keep all your pay stubs."],
  ["en", "safety", "Did anyone see what happened to you at work?"],
  ["en", "safety", "Tell me if you need to go to the hospital."],
  ["es", "safety", "¿Tu pasaporte está en un lugar seguro?"],
  ["es", "safety", "Puedo ayudarte a buscar un lugar seguro para dormir."],
  ["es", "safety", "¿Viniste sola a Canadá?"],
  ["es", "safety", "Guarda tus papeles en un lugar seguro."],
  ["es", "safety", "Escríbeme cuando quieras."],
  ["fr", "safety", "Ton passeport est en lieu sûr ?"],
  ["fr", "safety", "Je peux t'aider à trouver un endroit sûr pour dormir."],
  ["fr", "safety", "Tu es venue seule au Canada ?"],
  ["fr", "safety", "Garde tes papiers en lieu sûr."],
  ["fr", "safety", "Écris-moi quand tu veux."],
  ["fr", "safety", "S'il arrive quelque chose, appelle le 911."],
];

describe('each kind earns its point, breaching nothing', () => {
  it.each(EARNS)('%s %s: %s', (lang, point, line) => {
    const got = verdicts(lang, line);
    expect(got[point]).toBe('earned');
    expect(Object.values(got)).not.toContain('breached');
  });
});

describe.skipIf(BREACHES.length === 0)('each kind of push breaches its point', () => {
  it.each(BREACHES)('%s %s: %s', (lang, point, line) => {
    expect(verdicts(lang, line)[point]).toBe('breached');
  });
});

describe('look-alikes earn nothing for the point', () => {
  it.each(NEITHER)('%s %s: %s', (lang, point, line) => {
    const got = verdicts(lang, line)[point];
    expect(got === 'earned' || got === 'breached').toBe(false);
  });
});

