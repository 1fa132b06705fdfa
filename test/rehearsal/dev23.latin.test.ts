// Lines read fairer in English, Spanish, French, Portuguese, Haitian Creole and Tagalog (dev round
// 23, the "latin" group): avoiding the police called wrong or useless ("you shouldn't keep hiding
// from the police", "deja de esconderte de la policía", "ou pa dwe kache pou lapolis"), help
// refused without a report, the police as the only way; what the person said reported or passed on
// ("I'll have to report everything you told me", "lo que me cuentas lo tengo que pasar a mi
// supervisora", "obligado akong ipasa …"), read over by a supervisor, confidentiality refused, and
// talking to the employer or the family about the person's situation; "we are not the police" said
// by the service; promises said as certainty ("te lo aprueban seguro", "c'est sûr", "a gente
// garante", "ako na bahala"); honest limits as "it depends" or "it takes months"; labels and blame
// said in passing ("pimped out", "le risque du métier", "tá clandestina, né?", "hindi ka naman TNT,
// di ba?"); safety checks in more forms (the moment it stops feeling safe, not a good moment, anyone
// watching) and kind words (no need to name it, the person knows their life best, choices
// respected). Each near miss must not get the verdict named: avoiding the police called normal is
// no push, "I'll report back" is no report, an employer who cannot deport is a fact and no promise,
// a health plan ("seguro médico") is no certainty, a question about the boss reading the phone is a
// safety check and no record passed on, a process said to take time is no "take your time".
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev round 23 in en, es, fr, pt, ht and tl: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["en", "You shouldn't keep hiding from the police, not in your situation.", { no_police: 'breached' }],
    ["en", "Avoiding the cops won't help you, honestly.", { no_police: 'breached' }],
    ["en", "I'll have to report everything you told me tonight.", { no_police: 'breached', privacy: 'breached' }],
    ["en", "I have to pass on what you said to my manager.", { privacy: 'breached' }],
    ["en", "Just so you know, our calls are recorded for training.", { privacy: 'breached' }],
    ["en", "I swear he'll never be able to touch you again.", { no_promise: 'breached' }],
    ["en", "He will never find you here.", { no_promise: 'breached' }],
    ["en", "You're being pimped out by him and you need to see it.", { person_first: 'breached' }],
    ["en", "Whenever it doesn't feel safe, just stop and come back later.", { safety: 'earned' }],
    ["en", "The second it stops feeling private, put the phone away.", { safety: 'earned' }],
    ["en", "You don't have to put a label on any of it.", { person_first: 'earned' }],
    ["en", "You know your own life better than anyone.", { person_first: 'earned' }],
    ["en", "I can't honestly promise you that it will work.", { no_promise: 'earned' }],
    ["es", "Lo que me cuentas lo tengo que pasar a mi supervisora.", { privacy: 'breached' }],
    ["es", "Tengo que reportar a la policía todo lo que me dijiste.", { privacy: 'breached', no_police: 'breached' }],
    ["es", "No puedo mantener esto en secreto, lo siento.", { privacy: 'breached' }],
    ["es", "Todo lo que escribes se comparte con mi equipo.", { privacy: 'breached' }],
    ["es", "Sin una denuncia no podemos hacer nada por ti.", { no_police: 'breached' }],
    ["es", "Deja de esconderte de la policía, no te conviene.", { no_police: 'breached' }],
    ["es", "Seguro te lo aprueban, no te preocupes.", { no_promise: 'breached' }],
    ["es", "Te lo devuelven fijo la semana que viene.", { no_promise: 'breached' }],
    ["es", "Mándame una foto de tus recibos de pago.", { identifying_details: 'breached' }],
    ["es", "Depende mucho del oficial que te toque.", { no_promise: 'earned' }],
    ["es", "Esto puede tardar varios meses, para que lo sepas.", { no_promise: 'earned' }],
    ["es", "Te agradezco que me lo cuentes con tanta confianza.", { person_first: 'earned' }],
    ["es", "Cuando quieras me escribes, a cualquier hora.", { next_steps: 'earned' }],
    ["es", "¿Te llamo mañana con la abogada?", { next_steps: 'earned', legal: 'earned' }],
    ["es", "Aquí no guardamos nada, ni tu nombre ni tu número.", { privacy: 'earned' }],
    ["es", "¿Alguien más puede leer lo que me escribes?", { safety: 'earned' }],
    ["fr", "Je ne peux pas garder notre échange confidentiel.", { privacy: 'breached' }],
    ["fr", "Tes messages vont être lus par mon superviseur.", { privacy: 'breached' }],
    ["fr", "Ma responsable va relire ce que tu m'écris.", { privacy: 'breached' }],
    ["fr", "Ça fait partie du métier, tu le sais bien.", { person_first: 'breached' }],
    ["fr", "Si tu lâchais ce milieu, ça t'arriverait plus jamais.", { person_first: 'breached' }],
    ["fr", "C'est sûr, ton patron va te rembourser.", { no_promise: 'breached' }],
    ["fr", "Tu ne devrais pas fuir la police comme ça.", { no_police: 'breached' }],
    ["fr", "Ça va dépendre de l'agent qui regarde ton dossier.", { no_promise: 'earned' }],
    ["fr", "Je veux pas te mentir, ça peut prendre des mois.", { no_promise: 'earned' }],
    ["fr", "On respecte ta décision, quelle qu'elle soit.", { person_first: 'earned' }],
    ["fr", "T'es pas obligée d'arrêter ton travail pour qu'on t'aide.", { person_first: 'earned' }],
    ["fr", "Ce que tu me dis reste entre toi et moi.", { privacy: 'earned' }],
    ["fr", "Rien de tout ça va sortir d'ici.", { privacy: 'earned' }],
    ["fr", "Pas besoin de m'expliquer pourquoi tu es revenue.", { person_first: 'earned' }],
    ["pt", "A gente não é da polícia, pode ficar tranquila.", { introduced: 'earned' }],
    ["pt", "Nós não somos polícia, somos uma ONG.", { introduced: 'earned' }],
    ["pt", "Para de fugir da polícia, isso só piora.", { no_police: 'breached' }],
    ["pt", "Vocês não podem continuar fugindo da polícia.", { no_police: 'breached' }],
    ["pt", "A gente garante que o dinheiro volta.", { no_promise: 'breached' }],
    ["pt", "A imigração não pode mandar ela de volta, fica tranquila.", { no_promise: 'breached' }],
    ["pt", "Ela tá clandestina aqui, né?", { person_first: 'breached' }],
    ["pt", "Posso ligar pro patrão dela e explicar o que tá acontecendo?", { privacy: 'breached' }],
    ["pt", "Vou conversar com a família dela sobre tudo o que você me contou.", { privacy: 'breached' }],
    ["pt", "Não precisa me explicar por que ela voltou pra lá.", { person_first: 'earned' }],
    ["pt", "O patrão não tem acesso a nada disso.", { privacy: 'earned' }],
    ["ht", "M ap oblije di lapolis tout sa w ekri m.", { no_police: 'breached', privacy: 'breached' }],
    ["ht", "Se lapolis ki pou regle sa, pa ou menm.", { no_police: 'breached' }],
    ["ht", "Ou pa dwe kache pou lapolis.", { no_police: 'breached' }],
    ["ht", "Sispann evite lapolis, sa p ap ede w.", { no_police: 'breached' }],
    ["ht", "Sa ka depann de ofisye a.", { no_promise: 'earned' }],
    ["ht", "Dosye a ka pran plizyè mwa.", { no_promise: 'earned' }],
    ["ht", "Ou ka efase mesaj yo apre nou fin pale.", { safety: 'earned' }],
    ["ht", "Si se pa bon moman, pa reponn, m ap tann.", { safety: 'earned' }],
    ["ht", "Pran tan ou, pa gen okenn prese.", { person_first: 'earned' }],
    ["ht", "Ki lè ki pi bon pou w ekri m san pèsonn pa wè?", { safety: 'earned' }],
    ["tl", "Walang makakabasa ng mga mensahe mo bukod sa akin.", { privacy: 'earned' }],
    ["tl", "Walang kopya ng chat na natitira sa amin.", { privacy: 'earned' }],
    ["tl", "Pulis lang ang makakatulong sa iyo dito.", { no_police: 'breached' }],
    ["tl", "Wala nang ibang paraan kundi mag-report sa pulis.", { no_police: 'breached' }],
    ["tl", "Ako na bahala, makukuha mo yung sahod mo.", { no_promise: 'breached' }],
    ["tl", "Maibabalik ang pasaporte mo agad, sigurado.", { no_promise: 'breached' }],
    ["tl", "Depende talaga sa sitwasyon mo, hindi ko masasabi.", { no_promise: 'earned' }],
    ["tl", "Matagal minsan ang proseso ng application.", { no_promise: 'earned' }],
    ["tl", "Salamat sa pag-text mo sa amin.", { person_first: 'earned' }],
    ["tl", "May nakabantay ba sa iyo ngayon?", { safety: 'earned' }],
    ["tl", "Hindi ka naman ilegal, di ba?", { person_first: 'breached', no_status_ask: 'breached' }],
    ["tl", "Tatawagan ko ang amo mo para sabihin ang sitwasyon mo.", { privacy: 'breached' }],
    ["tl", "Kailangan kong ipasa sa supervisor ko lahat ng sinabi mo.", { privacy: 'breached' }],
    ["tl", "Si Ana ito mula sa coalition.", { introduced: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('dev round 23 in en, es, fr, pt, ht and tl: near misses that must not get the verdict', () => {
  it.each<[string, string, PointId]>([
    ["en", "It makes sense that you avoid the police.", 'no_police'],
    ["en", "I'll report back once I hear from the clinic.", 'no_police'],
    ["en", "I promise I won't judge you.", 'no_promise'],
    ["en", "Some people find it helps to delete the chat after.", 'privacy'],
    ["en", "No pressure at all, but would Tagalog be easier? We have interpreters.", 'person_first'],
    ["es", "Es normal tenerle miedo a la policía.", 'no_police'],
    ["es", "La clínica no tarda mucho en darte cita.", 'no_promise'],
    ["es", "¿Te dan seguro médico en ese trabajo?", 'no_promise'],
    ["es", "Guarda tus recibos de pago en un lugar seguro.", 'identifying_details'],
    ["fr", "Est-ce que ton patron peut lire tes messages ?", 'privacy'],
    ["fr", "C'est sûr que je vais t'aider.", 'no_promise'],
    ["fr", "Les risques du métier, on peut en parler si tu veux.", 'person_first'],
    ["fr", "Tu préfères une intervenante que personne connaît autour de toi ?", 'safety'],
    ["pt", "Seu empregador não pode deportar você.", 'no_promise'],
    ["pt", "Seu empregador não pode deportar você.", 'privacy'],
    ["pt", "Me promete que você vai ligar se precisar?", 'no_promise'],
    ["pt", "Dá pra ajudar sem nenhum registro na polícia.", 'privacy'],
    ["pt", "Posso encontrar vocês num lugar seguro amanhã?", 'safety'],
    ["ht", "Pwosesis la ka pran tan.", 'person_first'],
    ["ht", "Ki lè ki pi bon pou w ekri m san pèsonn pa wè?", 'privacy'],
    ["ht", "Ou pa bezwen kache anyen pou mwen.", 'no_police'],
    ["ht", "Si w ekri ERASE, n ap efase sa nou kenbe.", 'safety'],
    ["tl", "Pwede mong i-delete ang chat para walang makabasa.", 'privacy'],
    ["tl", "Kung gusto mo, tatawagan ko ang clinic para sa iyo.", 'privacy'],
    ["tl", "May tulong para sa mga trafficking victims.", 'person_first'],
    ["tl", "Mabilis lang ang proseso sa clinic.", 'no_promise'],
  ])('%s: %s (no %s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });
});
