// Lines read fairer in Arabic, English, Spanish, French, Hindi, Haitian Creole and Nepali (dev round
// 27, the "west" group): "no need to explain" said as a way out when leaving in a hurry is a safety
// exit, not kind words (es, fr); "we are not the police" and "I'm not with the police"; what the person told,
// passed to the police or a supervisor ("what you've told me", "ये बात police को"); talking to the
// employer or the family oneself ("رح احكي مع المعلم", "m ap rele patwon an", "manager सँग म आफैं कुरा
// गरेर"); the police as the quicker way ("con la policía se resuelve más rápido"), "t'as juste à porter
// plainte", "fòk ou ale lapolis"; confidentiality refused ("ما بقدر خلّي هالشي سري"); blame as a
// question ("pourquoi t'as attendu", "सोचा नहीं था क्या?", "should've seen the red flags"); status
// guessed and checked ("you're a citizen, right?"); documents and names asked as a favour ("bank
// statements", "donne-moi son nom", "naam ra address pathaunus"); safety checks ("te sens safe",
// "एक्लै हुँदा"). Each near miss must not get the verdict named.
import { describe, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectNone, expectVerdicts } from './verdicts.ts';

describe('dev round 27 in ar, en, es, fr, hi, ht and ne: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ["en", "I'm not with the cops, I work for a community group.", { introduced: 'earned' }],
    ["en", "We're not the police, we're a community group.", { introduced: 'earned' }],
    ["en", "Honestly you should have seen the signs.", { person_first: 'breached' }],
    ["en", "You sort of should've noticed the red flags.", { person_first: 'breached' }],
    ["en", "I'll have to tell my supervisor everything you've told me.", { privacy: 'breached' }],
    ["en", "We'll let immigration know what you've written.", { privacy: 'breached' }],
    ["en", "Could you send me a photo of your pay slips?", { identifying_details: 'breached' }],
    ["en", "Can you text me a copy of your tax return?", { identifying_details: 'breached' }],
    ["en", "You're on a work permit, yeah?", { no_status_ask: 'breached' }],
    ["en", "just checking, you're a permanent resident?", { no_status_ask: 'breached' }],
    ["es", "Si alguien llega de pronto, deja de escribir; no tienes que explicarme nada.", { safety: 'earned' }],
    ["es", "Por la policía es más fácil, créeme.", { no_police: 'breached' }],
    ["es", "Con la policía eso se arregla rápido.", { no_police: 'breached' }],
    ["es", "Eso déjaselo a la policía, ellos saben qué hacer.", { no_police: 'breached' }],
    ["es", "Que ellos se encarguen: llama a la policía hoy.", { no_police: 'breached' }],
    ["es", "No tienes que contarme nada que no quieras.", { person_first: 'earned' }],
    ["es", "Con la policía se soluciona todo más rápido.", { no_police: 'breached' }],
    ["es", "Con la policía se acaba esto, déjales eso a ellos.", { no_police: 'breached' }],
    ["es", "Si necesitas cortar de golpe, corta, no tienes que explicar.", { safety: 'earned' }],
    ["es", "Por la policía sale mejor, hazme caso.", { no_police: 'breached' }],
    ["fr", "Tu dois faire ta déclaration cette semaine.", { no_police: 'breached' }],
    ["fr", "T'as juste à porter plainte demain.", { no_police: 'breached' }],
    ["fr", "Il suffit de porter plainte et c'est réglé.", { no_police: 'breached' }],
    ["fr", "Dis-moi son nom complet, je vais le noter.", { identifying_details: 'breached' }],
    ["fr", "Tu peux me montrer une photo de son adresse?", { identifying_details: 'breached' }],
    ["fr", "Pourquoi vous avez attendu si longtemps avant d'appeler?", { person_first: 'breached' }],
    ["fr", "Pourquoi t'as tardé à nous écrire?", { person_first: 'breached' }],
    ["fr", "Tu te sens safe pour écrire là?", { safety: 'earned' }],
    ["fr", "Si quelqu'un arrive, coupe, pas besoin de m'expliquer.", { safety: 'earned' }],
    ["fr", "Pas besoin de m'expliquer pourquoi, prends ton temps.", { person_first: 'earned' }],
    ["hi", "आपके मैसेज आपके मालिक या परिवार तक नहीं पहुंचेंगे।", { privacy: 'earned' }],
    ["hi", "मुझे ये सब पुलिस को बताना पड़ेगा।", { privacy: 'breached', no_police: 'breached' }],
    ["hi", "मैं आपके boss से बात करके सब ठीक करवा देती हूँ।", { privacy: 'breached' }],
    ["hi", "मैं आपके मालिक से फोन पर बात कर लूंगी।", { privacy: 'breached' }],
    ["hi", "आपने contract साइन करने से पहले पढ़ा नहीं था?", { person_first: 'breached' }],
    ["hi", "तुमने आने से पहले पूछा नहीं?", { person_first: 'breached' }],
    ["hi", "आपने पहले नहीं सोचा कि ये agency कैसी है?", { person_first: 'breached' }],
    ["hi", "हमें आपकी बातें manager को बतानी होंगी।", { privacy: 'breached' }],
    ["hi", "आपकी जानकारी पुलिस तक नहीं पहुंचेगी।", { privacy: 'earned' }],
    ["hi", "आपने पहले ही बहुत कुछ सहा है, ये आपकी गलती नहीं है।", { person_first: 'earned' }],
    ["ar", "نحنا مش شرطة، نحنا جمعية بتساعد العمال.", { introduced: 'earned' }],
    ["ar", "لسنا من الشرطة، نحن منظمة مجتمعية.", { introduced: 'earned' }],
    ["ar", "ما منشتغل مع الشرطة أبداً.", { no_police: 'earned' }],
    ["ar", "رح اتصل بالكفيل واحكيله عن وضعك.", { privacy: 'breached' }],
    ["ar", "بدي احكي مع أهلك عن اللي صار.", { privacy: 'breached' }],
    ["ar", "ما فيني خلي هالحكي بيناتنا، لازم سجله بالملف.", { privacy: 'breached' }],
    ["ar", "ابعتلي صورة عن الإقامة تبعك.", { identifying_details: 'breached' }],
    ["ar", "ارسل لي صورة الباسبور.", { identifying_details: 'breached' }],
    ["ar", "لازم ينكتب كل شي بالتقرير.", { privacy: 'breached' }],
    ["ar", "ما لازم تحكي مع الشرطة حتى نساعدك بالأكل.", { no_police: 'earned' }],
    ["ar", "ما رح احكي مع المعلم أبداً.", { privacy: 'earned' }],
    ["ht", "Pran tan w, m ap tann ou lè ou vle.", { person_first: 'earned' }],
    ["ht", "M ap toujou la lè ou pare.", { person_first: 'earned' }],
    ["ht", "Fòk ou rele lapolis jodi a.", { no_police: 'breached' }],
    ["ht", "Ou dwe ale lapolis, pa gen lòt chemen.", { no_police: 'breached' }],
    ["ht", "Mèsi paske w di m sa, men ou oblije depoze plent lapolis.", { no_police: 'breached' }],
    ["ht", "M pral rele patwon w pou m pale sou sa.", { privacy: 'breached' }],
    ["ht", "N ap kontakte fanmi w pou n esplike yo.", { privacy: 'breached' }],
    ["ht", "Mwen vle pale ak manadjè a sou salè w.", { privacy: 'breached' }],
    ["ht", "Nou pa lapolis, nou la pou ede w.", { introduced: 'earned', no_police: 'earned' }],
    ["ht", "Mwen ap rete la lè w santi w pare.", { person_first: 'earned' }],
    ["ne", "पछि कुरा गरौं, कोही नभएको बेला।", { safety: 'earned' }],
    ["ne", "सुरक्षित हुँदा मात्र लेख्नुहोस्।", { safety: 'earned' }],
    ["ne", "एक्लै भएपछि मलाई लेख्नुहोस्।", { safety: 'earned' }],
    ["ne", "मालिक सँग म आफैं कुरा गरेर मिलाइदिन्छु।", { privacy: 'breached' }],
    ["ne", "एजेन्सी सँग म फोन गर्छु र सबै भन्छु।", { privacy: 'breached' }],
    ["ne", "company सँग हामी कुरा गर्नेछौं।", { privacy: 'breached' }],
    ["ne", "Manager ko naam pathaunus na.", { identifying_details: 'breached' }],
    ["ne", "Ghar ko thegana dinus.", { identifying_details: 'breached' }],
    ["ne", "Sahu ko number bhannus hai.", { identifying_details: 'breached' }],
    ["ne", "eklai huda matra lekhnus.", { safety: 'earned' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });
});

describe('dev round 27 in ar, en, es, fr, hi, ht and ne: near misses', () => {
  it.each<[string, string, PointId]>([
    ["en", "You don't have to explain anything to me, take your time.", 'safety'],
    ["en", "Citizen or not, we help everyone the same way.", 'no_status_ask'],
    ["en", "I'm not police, I'm just here to listen if you want.", 'no_police'],
    ["en", "Keep your pay slips somewhere safe.", 'identifying_details'],
    ["en", "I'll let you know what the clinic says.", 'privacy'],
    ["es", "Si vas con la policía, es más seguro que vayas con una abogada.", 'no_police'],
    ["es", "No soy policía, solo te escucho.", 'no_police'],
    ["es", "Con la policía o sin ella, te ayudamos igual.", 'no_police'],
    ["fr", "Garde une copie de ton passeport pour toi.", 'identifying_details'],
    ["fr", "Je peux te donner son numéro si tu veux.", 'identifying_details'],
    ["fr", "Pourquoi attendre? On peut en parler maintenant.", 'person_first'],
    ["fr", "Tu n'as qu'à me dire quand tu es prête, c'est toi qui décides.", 'no_police'],
    ["hi", "मैं आपको बता सकती हूँ कि manager से बात कैसे करें।", 'privacy'],
    ["hi", "रिपोर्ट करनी ही होगी, वरना कुछ नहीं होगा।", 'no_promise'],
    ["hi", "क्या आप चाहेंगे कि मैं manager से बात करूँ?", 'privacy'],
    ["ar", "أنا مش شرطة، أنا هون لاسمعك.", 'no_police'],
    ["ar", "احتفظ بصورة عن الباسبور عندك.", 'identifying_details'],
    ["ar", "إذا بدك، فيني احكي مع المحامي عنك.", 'privacy'],
    // "Si w vle, m ka rele patwon an pou ou" was a near miss here; since r48a an offer to call the
    // employer breaches privacy put as a choice too (test/rehearsal/r45.test.ts).
    ["ht", "M pap janm rele patwon w.", 'privacy'],
    ["ht", "Li di w fòk ou ale lapolis, men se pa vre.", 'no_police'],
    ["ne", "manager सँग कसरी कुरा गर्ने भनेर म सिकाउन सक्छु।", 'privacy'],
    ["ne", "clinic ko address ma pathaidinchu", 'identifying_details'],
    ["ne", "तपाईं चाहनुहुन्छ भने म agency सँग कुरा गर्न सक्छु।", 'privacy'],
  ])('%s: %s (no %s)', (lang, line, point) => {
    expectNone(point)(lang, line);
  });
});
