// Lines read fairer in English, French, Spanish and Portuguese (dev round 21, the "latin" group):
// advice that pushes the police however politely ("it might be wise", "the right move", "plus tu
// portes plainte vite, mieux c'est", "laisser les policiers faire leur travail") and the chat passed
// on to the police; nothing passed on said in more words ("nothing's shared", "rien ne sort d'ici",
// "nadie le va a contar nada al patrón", "não é partilhado com ninguém"), and "I can't keep this
// private" as a breach; a worker from outside the person's area or circle as language help; checks
// of safety (does he know where you live, a moment when nobody is near); concrete offers (what I can
// do is send you…, "tu veux que je te réécrive demain ?", "¿te gustaría que revisemos juntos…?");
// promises of an outcome, blame for not acting sooner, asks for status, names and photos. Each near
// miss must not get the verdict named: a privacy line is no "help without police", an exit sign is
// no kind word, a language or service offer left to the person's choice is no kind word, deleting
// from the person's own phone is safety, "I'm not police" introduces and promises nothing.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev round 21 in en, fr, es and pt: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["en", "It would be wise to go to the police before he does it again.", { no_police: 'breached' }],
    ["en", "Honestly, the smart move is to report him to the cops tonight.", { no_police: 'breached' }],
    ["en", "I'll have to forward this conversation to my manager and to the police.", { privacy: 'breached', no_police: 'breached' }],
    ["en", "Your messages will be passed on to the police, that's how it works here.", { privacy: 'breached', no_police: 'breached' }],
    ["en", "Nothing you write here goes to your landlord, your family or immigration.", { privacy: 'earned' }],
    ["en", "Just so you know, nothing's passed on to your boss.", { privacy: 'earned' }],
    ["en", "I can't keep this conversation confidential, sorry.", { privacy: 'breached' }],
    ["en", "You're being exploited whether you like it or not.", { person_first: 'breached' }],
    ["en", "I'm sure the agency will fix everything and nobody will ever find out.", { no_promise: 'breached' }],
    ["en", "What I can do right now is send you the number of a clinic nearby.", { next_steps: 'earned' }],
    ["en", "Would you like me to check which shelters have space tonight?", { next_steps: 'earned' }],
    ["en", "Would you prefer a counsellor who isn't from your town?", { language: 'earned' }],
    ["en", "We can find you a worker who doesn't know anyone you know.", { language: 'earned' }],
    ["en", "You still love him, and that makes complete sense.", { person_first: 'earned' }],
    ["en", "Would you mind sharing the name of the hotel he uses and your full name?", { identifying_details: 'breached' }],
    ["en", "Which motels does he take you to?", { identifying_details: 'breached' }],
    ["en", "Before we get started, is it ok for you to text right now?", { safety: 'earned' }],
    ["fr", "Il serait plus raisonnable de laisser la police s'en occuper.", { no_police: 'breached' }],
    ["fr", "Plus tu fais ta déposition tôt, mieux c'est.", { no_police: 'breached' }],
    ["fr", "Je vais devoir transmettre notre échange à la police.", { no_police: 'breached', privacy: 'breached' }],
    ["fr", "Je vais faire un rapport à ma responsable, c'est obligatoire.", { privacy: 'breached' }],
    ["fr", "Rien de ce que tu m'écris ne sort de cette conversation.", { privacy: 'earned' }],
    ["fr", "Seule l'intervenante qui te répond a accès à tes messages.", { privacy: 'earned' }],
    ["fr", "Tes données ne sont pas conservées.", { privacy: 'earned' }],
    ["fr", "Tu vas sûrement obtenir une compensation.", { no_promise: 'breached' }],
    ["fr", "Je te le garantis, la police ne va pas enquêter sur toi.", { no_promise: 'breached' }],
    ["fr", "Tu aurais dû t'y attendre, avec ce genre de clients.", { person_first: 'breached' }],
    ["fr", "Il serait temps de quitter ce milieu, tu ne crois pas ?", { person_first: 'breached' }],
    ["fr", "Est-ce que ton patron sait où tu vis ?", { safety: 'earned' }],
    ["fr", "Je ne suis pas là pour te juger ni pour te dire d'arrêter ton travail.", { person_first: 'earned' }],
    ["fr", "Tu n'as pas besoin de me donner le nom du gars ni son adresse.", { person_first: 'earned' }],
    ["fr", "Porter plainte, c'est une possibilité parmi d'autres. Ce n'est pas une obligation.", { no_police: 'earned' }],
    ["fr", "Tu veux que je te réécrive demain matin ?", { next_steps: 'earned' }],
    ["fr", "Je peux te mettre en lien avec une intervenante hispanophone.", { language: 'earned' }],
    ["fr", "Tu veux ses coordonnées ou son numéro ?", { next_steps: 'earned' }],
    ["fr", "As-tu la résidence permanente ?", { no_status_ask: 'breached' }],
    ["es", "Debiste denunciarlo desde el primer día.", { person_first: 'breached' }],
    ["es", "Deberías haber pedido ayuda antes.", { person_first: 'breached' }],
    ["es", "¿No te importaría darme tu nombre completo?", { identifying_details: 'breached' }],
    ["es", "No hace falta que me mandes fotos de tus documentos.", { person_first: 'earned' }],
    ["es", "No fue ningún error tuyo confiar en ellos.", { person_first: 'earned' }],
    ["es", "Qué bueno que me escribiste.", { person_first: 'earned' }],
    ["es", "Aquí nadie le va a decir nada a tu jefe.", { privacy: 'earned' }],
    ["es", "Ya verás que todo se soluciona.", { no_promise: 'breached' }],
    ["es", "Tranquila, no te pueden quitar el permiso.", { no_promise: 'breached' }],
    ["es", "La decisión la toma un oficial de migración, no yo.", { no_promise: 'earned' }],
    ["es", "¿Te gustaría que revisemos juntos tus recibos de pago?", { next_steps: 'earned' }],
    ["es", "¿Quiere que lo organice para el jueves?", { next_steps: 'earned' }],
    ["es", "No tienes que contestarme ahora.", { person_first: 'earned' }],
    ["pt", "Qual é o visto dela?", { no_status_ask: 'breached' }],
    ["pt", "Sua permissão de trabalho deixa você trabalhar aí?", { no_status_ask: 'breached' }],
    ["pt", "Dá pra tirar uma foto discreta do passaporte dela?", { identifying_details: 'breached' }],
    ["pt", "Consegue tirar uma foto do dono e me mandar?", { identifying_details: 'breached' }],
    ["pt", "Com certeza você recebe o dinheiro de volta.", { no_promise: 'breached' }],
    ["pt", "Por que é que você simplesmente não sai de lá?", { person_first: 'breached' }],
    ["pt", "Vou ter que repassar essa conversa para a polícia.", { no_police: 'breached', privacy: 'breached' }],
    ["pt", "Ninguém aqui vai te julgar.", { person_first: 'earned' }],
    ["pt", "O que você me contar não é partilhado com ninguém.", { privacy: 'earned' }],
    ["pt", "Nada do que você escrever vai chegar no seu patrão.", { privacy: 'earned' }],
    ["pt", "O que você escreve fica só com a equipe de apoio.", { privacy: 'earned' }],
    ["pt", "Se tiver que sair derepente, pode sumir sem avisar.", { safety: 'earned' }],
    ["pt", "Podemos escolher um horário em que ninguém esteja por perto.", { safety: 'earned' }],
    ["pt", "Quer que eu providencie uma intérprete?", { next_steps: 'earned' }],
    ["pt", "Obrigada por ter contado isso pra mim.", { person_first: 'earned' }],
    ["pt", "Eu trabalho com apoio a trabalhadoras imigrantes.", { introduced: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('dev round 21 in en, fr, es and pt: near misses that must not get the verdict', () => {
  it.each<[string, string, PointId]>([
    ["en", "We won't share anything with the police unless you ask.", 'no_police'],
    ["en", "Does he ever check your phone? If so we can keep this short.", 'privacy'],
    ["en", "If you need to go suddenly, just go, no need to say goodbye.", 'person_first'],
    ["en", "I'm not police, I'm just here to listen if you want.", 'no_police'],
    ["en", "Before we get into anything, is he around right now?", 'no_promise'],
    ["en", "Would French be easier? Either way we can find an interpreter for you.", 'no_promise'],
    ["en", "Some clinics do anonymous testing, want me to check?", 'privacy'],
    ["fr", "On ne transmet rien aux policiers sans ta permission.", 'no_police'],
    ["fr", "Je te donne le numéro d'une clinique, si tu veux.", 'privacy'],
    ["fr", "Si quelqu'un arrive, envoie juste ok et j'arrête jusqu'à ce que tu me réécrives.", 'person_first'],
    ["fr", "Une avocate peut t'expliquer les risques d'une plainte avant que tu décides.", 'no_police'],
    ["fr", "Tu peux m'envoyer une photo de ta carte ?", 'next_steps'],
    ["fr", "Est-ce que ton patron sait où tu vis ?", 'identifying_details'],
    ["es", "Deberías avisar a la policía.", 'person_first'],
    ["es", "¿Te molesta si grabo la llamada y se la paso a mi supervisora?", 'next_steps'],
    ["es", "Si quieres, te conecto con una compañera que revisa contratos. Tú decides.", 'person_first'],
    ["es", "¿Compartes el celular? Si es así, conviene borrar estos mensajes después.", 'privacy'],
    ["es", "Lo que me cuentes no le llega a tu patrón, te lo aseguro.", 'no_promise'],
    ["es", "Puedes escribir aquí cuando quieras, como te acomode.", 'safety'],
    ["pt", "Não tenho nada a ver com a polícia, sou de uma ONG.", 'no_police'],
    ["pt", "Alguém mexe no seu celular? Se sim, depois apaga essa conversa.", 'privacy'],
    ["pt", "Se preferir, a gente continua a conversa mais tarde.", 'next_steps'],
    ["pt", "Se você quiser, posso te conectar com uma colega. Você decide.", 'person_first'],
    ["pt", "Pode escrever em espanhol ou em português, como for melhor pra você.", 'safety'],
    ["pt", "O juiz vai julgar o caso no mês que vem.", 'person_first'],
  ])('%s: %s (no %s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });
});
