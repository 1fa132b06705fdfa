// Lines read fairer in Spanish, French, Portuguese, Haitian Creole and Tagalog (dev round 25, the
// "latin" group): blame said as "it was to be expected" or "you knew it was risky" ("fallait s'y
// attendre", "c'était à prévoir"), leaving the work put as the fix, "why did you wait so long?"
// ("pq vc demorou tanto", "bakit ngayon ka lang"); a label said in passing ("moun san papye tankou
// w"); the police pushed as what the writer would do ("à ta place j'appellerais la police") or as
// the only way ("o único caminho é a polícia", "não tem outro jeito"); what the person said passed
// on to the police or a supervisor ("lo que me contaste se lo tengo que pasar a la policía", "je
// dois transmettre à la police tout ce que tu m'as raconté", "m oblije rakonte lapolis tout sa w te
// di m"); "we are not the police" said for the service; promises said kindly ("fica tranquila,
// ninguém vai tocar nela, te garanto", "makukuha mo agad ang sahod mo, kampante ka lang"); honest
// limits with the deciding one named after the verb ("lo decide un oficial"); offers as a question
// or as "if you want, we go over it together"; thanks for the patience; notes with no name and only
// the team reading them; questions about status whoever is named ("sua amiga veio como turista?");
// safety checks in more forms (someone else holding the phone, whether this hour is all right).
// Each near miss must not get the verdict named: a past "we went over it together" is no offer, a
// boss who decides is no honest limit, deleting the chat so nobody sees it is safety and no privacy,
// a lawyer's confidentiality is not the chat's, "I can tell you what you risk if the police come" is
// no report, a person who came as a tourist, said without a question, is no question about status,
// "nothing will reach your family" is no promise, "she treats you as illegal" is her word and no label, a police visit in the past is no safety check.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev round 25 in es, fr, pt, ht and tl: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["es", "Gracias por tu paciencia conmigo.", { person_first: 'earned' }],
    ["es", "Mil gracias por tu sinceridad, de verdad.", { person_first: 'earned' }],
    ["es", "Lo puedes solicitar, pero lo aprueba una oficina del gobierno.", { no_promise: 'earned' }],
    ["es", "Al final lo resuelve un juez, no nosotros.", { no_promise: 'earned' }],
    ["es", "Si quieres, calculamos juntos cuánto te deben.", { next_steps: 'earned' }],
    ["es", "Si te parece, revisamos juntos el contrato mañana.", { next_steps: 'earned' }],
    ["es", "Para que nadie lo vea, borra el chat al terminar.", { safety: 'earned' }],
    ["es", "No somos la policía; aquí solo te escuchamos.", { introduced: 'earned' }],
    ["es", "Nosotros no somos policías, somos una organización comunitaria.", { introduced: 'earned' }],
    ["es", "Lo que me contaste se lo tengo que pasar a la policía.", { privacy: 'breached', no_police: 'breached' }],
    ["es", "Todo lo que me dijiste lo voy a tener que reportar a la policía.", { privacy: 'breached', no_police: 'breached' }],
    ["es", "No somos la policía, pero deberías denunciarlo ya.", { no_police: 'breached' }],
    ["es", "Hazme caso y ve a la policía mañana mismo.", { no_police: 'breached' }],
    ["fr", "Il fallait bien t'attendre à ce que ça tourne mal.", { person_first: 'breached' }],
    ["fr", "C'était à prévoir, avec ce genre de clients.", { person_first: 'breached' }],
    ["fr", "Dans ce milieu, fallait s'y attendre.", { person_first: 'breached' }],
    ["fr", "Tu savais pourtant que c'était dangereux d'y aller seule.", { person_first: 'breached' }],
    ["fr", "Vous avez déjà pensé à quitter ce travail pour de bon ?", { person_first: 'breached' }],
    ["fr", "Franchement, à ta place j'appellerais la police.", { no_police: 'breached' }],
    ["fr", "Moi, je porterais plainte, honnêtement.", { no_police: 'breached' }],
    ["fr", "La seule façon de t'en sortir, c'est la police.", { no_police: 'breached' }],
    ["fr", "Je dois transmettre à la police tout ce que tu m'as raconté.", { privacy: 'breached', no_police: 'breached' }],
    ["fr", "Je vais répéter à ma responsable ce que tu m'as dit.", { privacy: 'breached' }],
    ["fr", "Nous ne sommes pas la police, ici on t'écoute.", { introduced: 'earned' }],
    ["fr", "Bonjour, Karine de l'organisme.", { introduced: 'earned' }],
    ["fr", "On peut t'aider même si tu veux jamais porter plainte.", { no_police: 'earned' }],
    ["fr", "Si t'aimes mieux une intervenante qui connaît pas ta communauté, c'est possible.", { language: 'earned' }],
    ["pt", "Por que você demorou tanto para pedir ajuda?", { person_first: 'breached' }],
    ["pt", "Pq ela levou tanto tempo pra contar pra alguém?", { person_first: 'breached' }],
    ["pt", "O único caminho é a polícia, sinceramente.", { no_police: 'breached' }],
    ["pt", "A melhor saída seria fazer uma denúncia, não tem outro jeito.", { no_police: 'breached' }],
    ["pt", "Não tem outra saída, tem que ir à polícia.", { no_police: 'breached' }],
    ["pt", "Fica tranquila, ninguém vai tocar nela, te garanto.", { no_promise: 'breached' }],
    ["pt", "Ela veio como estudante ou como turista?", { no_status_ask: 'breached' }],
    ["pt", "Você tem algum work permit?", { no_status_ask: 'breached' }],
    ["pt", "Se preferir, apaga as mensagens depois que a gente terminar.", { safety: 'earned' }],
    ["pt", "A polícia não é o único caminho.", { no_police: 'earned' }],
    ["pt", "Ninguém pode garantir o resultado.", { no_promise: 'earned' }],
    ["ht", "Nòt nou yo pa gen non w ladan yo.", { privacy: 'earned' }],
    ["ht", "Se sèlman mwen ki ka li mesaj ou yo.", { privacy: 'earned' }],
    ["ht", "Anyen nan sa w di m p ap rive jwenn fanmi w.", { privacy: 'earned' }],
    ["ht", "M oblije rakonte lapolis tout sa w te di m.", { privacy: 'breached', no_police: 'breached' }],
    ["ht", "M pral di sipèvizè m sa w rakonte m nan.", { privacy: 'breached' }],
    ["ht", "Papye w an règ?", { no_status_ask: 'breached' }],
    ["ht", "Eske w ta renmen m voye nimewo klinik la ba ou?", { next_steps: 'earned' }],
    ["ht", "Fanm san papye tankou w toujou sibi sa.", { person_first: 'breached' }],
    ["ht", "Nou pa lapolis, nou la pou koute w.", { introduced: 'earned' }],
    ["ht", "Lè w fini ak mwen, efase chat la si w kapab.", { safety: 'earned' }],
    ["ht", "Poukisa w kite l li mesaj ou yo?", { person_first: 'breached' }],
    ["tl", "May ibang humahawak ba ng cellphone mo?", { safety: 'earned' }],
    ["tl", "May nanghihiram ba ng phone mo sa bahay?", { safety: 'earned' }],
    ["tl", "Ayos lang ba ang oras na ito para sayo?", { safety: 'earned' }],
    ["tl", "Mas okay ba mamaya pag tulog na ang mga bata?", { safety: 'earned' }],
    ["tl", "May kasama ka ba ngayon na pwedeng makabasa nito?", { safety: 'earned' }],
    ["tl", "Bakit ngayon mo lang sinabi sa amin?", { person_first: 'breached' }],
    ["tl", "Bakit ang tagal mo bago humingi ng tulong?", { person_first: 'breached' }],
    ["tl", "Makukuha mo agad ang sahod mo, kampante ka lang.", { no_promise: 'breached' }],
    ["tl", "Wag kang mag-alala, maaaprubahan yung permit mo.", { no_promise: 'breached' }],
    ["tl", "Hindi kami pulis, nandito kami para tumulong.", { introduced: 'earned' }],
    ["tl", "Baka maging TNT ka kapag umalis ka.", { person_first: 'breached' }],
    ["tl", "Wag kang mag-alala, depende pa rin sa officer kung maaaprubahan.", { no_promise: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('dev round 25 in es, fr, pt, ht and tl: near misses that must not get the verdict', () => {
  it.each<[string, string, PointId]>([
    ["es", "Revisamos juntos los papeles la semana pasada.", 'next_steps'],
    ["es", "Eso lo decide tu patrón, ¿verdad?", 'no_promise'],
    ["es", "Para que nadie lo vea, borra el chat al terminar.", 'privacy'],
    ["es", "De verdad, si estás en peligro llama a la policía.", 'no_police'],
    ["fr", "Une avocate peut te recevoir, c'est gratuit et c'est confidentiel.", 'privacy'],
    ["fr", "Je peux te dire ce que tu risques si la police vient.", 'no_police'],
    ["fr", "Je peux te dire ce que tu risques si la police vient.", 'privacy'],
    ["fr", "Tu savais que ton patron n'a pas le droit de garder ton passeport ?", 'person_first'],
    ["fr", "Si un jour tu veux quitter ce travail, on peut t'aider.", 'person_first'],
    ["pt", "Ela veio como turista, e isso não muda nada pra gente.", 'no_status_ask'],
    ["pt", "Não tem outro jeito de falar com ela sem o patrão ver?", 'no_police'],
    ["pt", "Eu passo o endereço do abrigo pra você.", 'identifying_details'],
    ["ht", "Anyen nan sa w di m p ap rive jwenn fanmi w.", 'no_promise'],
    ["ht", "Si w san papye, ou gen dwa tou.", 'person_first'],
    ["ht", "Madanm nan trete w ilegal, men sa pa vre.", 'person_first'],
    ["ht", "M ap rakonte w sa lapolis fè.", 'privacy'],
    ["ht", "Poukisa w kite l li mesaj ou yo?", 'safety'],
    ["tl", "Nakapunta na ba ang amo mo sa presinto?", 'safety'],
    ["tl", "Bakit ngayon lang tayo nag-usap ulit?", 'person_first'],
    ["tl", "Baka maging TNT ka kapag umalis ka.", 'no_status_ask'],
  ])('%s: %s (no %s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });
});
