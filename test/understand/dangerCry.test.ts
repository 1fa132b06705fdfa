import { describe, expect, it } from 'vitest';
import { listsAlone, understanding } from './shared.ts';

const route = (t: string) => understanding().routeOffline(t);
const flagged = (t: string) => route(t).danger;
const asked = (t: string) => route(t).dangerCheck;

// A cry for help (`cry`) with something forced on someone (`force`) or someone here now
// (`presence`): danger, though each part alone is everyday (README "cry").
describe('a cry for help with something forced on someone or someone here', () => {
  const yes = [
    'pls help they lock the door',
    'please help, he grabbed her and wont let her go',
    'sos he is outside',
    'help hes here',
    'somebody help they took my phone and locked the room',
    'auxilio, ya llegó',
    'ayuda por favor, me agarró y no me suelta',
    'socorro, já chegaram, estão na porta',
    'socorro ele tá vindo',
    'au secours ils sont là',
    'svp aidez moi il a verrouillé la porte',
    'anmwe yo la',
    'sekou, li kenbe m, li pa lage m',
    'saklolo nandito na sila',
    'tulungan nyo ako, nilock nila yung pinto',
    'tulong po, hinila niya ako',
  ];
  it('flags them together', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'they lock the door at 10 every night, is that allowed?',
    'the supervisor is here today to check our hours',
    'il est là tous les lundis pour la paie',
    'ya llegó mi permiso de trabajo',
    'yo fèmen pòt la a 9è chak swa',
    'nandito siya sa Canada para magtrabaho rin',
  ];
  it('leaves each part alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// A cry alone: danger when it is all the message says, the question in a longer one, and the
// matter itself beside a matter of work or papers.
describe('a cry for help on its own', () => {
  it('flags a bare cry, and a cry with a call to come quickly', () => {
    for (const t of ['please help me', 'ayúdenme por favor', 'tulungan nyo po ako', 'ede m tanpri', 'me ajudem', 'tulong po bilis', 'cứu em với', '救救我', 'ช่วยด้วย']) expect(flagged(t), t).toBe(true);
  });
  const matters = [
    'help me with my pay',
    'pls help me with my pay',
    'can you help me understand the contract',
    'please help me, my boss did not pay me for 3 weeks',
    'ayúdenme con mi pago por favor',
    'me ajudem com o salário atrasado',
    'aidez-moi svp avec ma paie',
    'tulong po sa sahod ko',
    'tulungan nyo ako sa visa ko',
    'help me please how do i change employer',
  ];
  it('answers the matter beside a cry, without the question', () => {
    for (const t of matters) expect([flagged(t), asked(t)], t).toEqual([false, false]);
  });
  const past = [
    'SOS: the night our crew got locked in the cooler in 2019, we still laugh about it',
    'sos in the title of that song about last year, can you play it',
  ];
  it('leaves a tagline about a past event alone', () => {
    for (const t of past) expect(flagged(t), t).toBe(false);
  });
});

// One's own child (`mine`) and something forced on them: a child held (README "force").
describe("one's own child held", () => {
  const yes = [
    'my son is 5 and the boss pulled him into his truck and wont give him back',
    'the man took my daughter in his car and she is not answering',
    'el señor se llevó a mi hija y no me la quiere devolver',
    'mi niño está con el patrón y no abre la puerta',
    "il a pris mon fils et il refuse de me le rendre",
    'levou minha filha e não quer devolver',
    'patwon an pran pitit mwen nan machin li, li pa vle remèt li',
    'kinuha yung anak ko ng amo at ayaw ibalik',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    "the boss's son grabbed my arm at the party last month",
    'yung anak ng amo hinahawakan ako pag wala sila',
    'my son wont open his lunchbox at school, is that normal',
    'can my son come with me on my work permit?',
  ];
  it('leaves other children and everyday doors alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
  // A caregiver locked in with the children: a door and children to the lists, which leave it; the
  // learned signal reads it as like those that showed danger, and it is never let pass in silence
  // (asked from 0.7, answered from 0.95: docs/adr/0016-*.md).
  it('leaves a caregiver locked in with the children to the learned signal', () => {
    const t = 'la señora cierra la puerta con llave y yo me quedo con los niños, ¿es normal?';
    const lists = listsAlone().routeOffline(t);
    expect(lists.danger || lists.dangerCheck, t).toBe(false);
    const r = understanding().routeOffline(t);
    expect(r.danger || r.dangerCheck, t).toBe(true);
    expect(r.dangerLearned, t).toBe(true);
  });
});

// Not being able to talk freely (`silenced`: "don't call, only text", "pa rele m") is a cry made
// quietly: with a fear, someone here, a cry or a plan made in secret, danger.
describe('a cry made quietly', () => {
  const yes = [
    "dont call me, only text. im scared",
    'no me llamen, solo escriban, tengo mucho miedo',
    "n'appelez pas svp. il est là",
    'não liga, ele tá aqui',
    'pa rele m, yo la',
    'wag tumawag, nandito siya',
    'call me and pretend to be my aunt, not safe to talk',
    'yung pinag usapan natin, ngayon na po',
    'lo que hablamos. ahora',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    "dont call me during my shift, text me about the schedule",
    'no me llames en el trabajo, escríbeme después sobre el pago',
    "n'appelez pas mon patron pour la plainte svp",
    'wag tumawag sa employer ko tungkol sa reklamo',
    'what we talked about last week, the permit, did you find the form?',
  ];
  it('leaves a preference for texts and a plan about papers alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// Being followed or watched, said in the ways people say it: a car passing again and going slowly
// beside one, a photo of oneself sent, waiting for one to come out, having been found out.
describe('followed or watched now', () => {
  const yes = [
    'a car keeps passing me and driving slowly next to me, im walking home now',
    'they found out i talked to you and they are coming to my room now',
    'dos hombres están esperando que yo salga del trabajo, ahorita',
    'me mandaron una foto mía de hoy saliendo de la casa, tengo miedo',
    "une voiture roule au pas à côté de moi depuis 10 minutes",
    'estou a ser seguido por um carro agora',
    'de mesye ap gade m pa fenèt la kounye a',
    'nalaman nila na nagsumbong ako, inaabangan ako sa labas ngayon',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'the bus passed me twice this morning and i was late for work',
    'the manager found out i talked to the union last year and cut my hours',
    'mon patron m’a envoyé une photo de mon horaire',
  ];
  it('leaves a late bus, a past retaliation at work and a photo of a schedule alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// The means at hand and giving up, bleeding that won't stop, help refused, a van going the wrong
// way with men one doesn't know, a threat to break a neck or to silence someone.
describe('more of the ways each harm is said', () => {
  const yes = [
    "i bought a lot of pills and i dont want to wake up tomorrow",
    "j'ai tout préparé, je vais les prendre tous, je veux plus me réveiller",
    'tengo la soga lista, ya no quiero despertar',
    'hindi ko na kaya, tatalon na ako dito sa balkonahe',
    'he cut his hand on the saw and it wont stop bleeding',
    'ma collègue saigne énormément, elle est enceinte',
    'levou um choque e está ficando roxo',
    'bawal daw tumawag ng ambulansya, dinudugo pa rin siya',
    'they put us in a van and this isnt the way to the farm',
    'm nan yon machin ak de mesye m pa konnen, se pa wout la',
    'sinakay kami sa van pero hindi ito yung daan',
    'he says he will break my neck if i go down',
    'sabi nya babaliin daw nya leeg ko',
    'may hawak na tubo si foreman papalapit sa amin',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'i take all my pills at once in the morning, is the pharmacy covered?',
    'my nose was bleeding a lot last week from the dry air, is there sick leave?',
    'we took the wrong way to the farm this morning and arrived late, will they cut my pay?',
    'sinakay kami sa van papunta sa farm, magkano ang bayad sa oras?',
    'we work with a hammer all day on the roof, who pays for the boots?',
  ];
  it('leaves everyday pills, a past nosebleed, a wrong turn and tools alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// A question about emergency help with the emergency told beside it: a harm beside a question
// about this line, or an emergency supposed for tonight with someone drinking; no signal or no
// phone plan is how help is (not) reached.
describe('a question about emergency help with the harm told beside it', () => {
  const yes = [
    'are you open at night? my boss gets violent when he drinks',
    '¿contestan 24 horas? el patrón le pega a su esposa en la noche',
    'nou reponn 24 sou 24? patwon an bat madanm li chak swa',
    'if it gets bad tonight what do i do, he is already drunk',
    'si se pone feo esta noche qué hago? ya está bien borracho',
    'no hay señal en el rancho, si pasa algo como pido ayuda?',
    'pa gen rezo nan kan an, si gen yon ijans kòman pou m rele?',
    'walang signal dito sa farm, kung may emergency sino tatawagan ko?',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'my coworker hit me last week, should i call the police or my employer?',
    'is there a number to call if someone gets hurt at work',
    'are you open on sundays? my boss did not pay me',
    'no hay señal en el rancho, ¿me pueden pagar por transferencia?',
  ];
  it('leaves a question about reporting, a work injury, opening hours and pay alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// Someone at the door or trying to get in, with a cry for help or someone drunk or raging.
describe('someone at the door or trying to get in', () => {
  const yes = [
    'help the boss is at my door and hes yelling',
    'ayuda, el patrón está borracho y quiere entrar a mi cuarto',
    'il est saoul et il essaie d’entrer dans ma chambre, aidez-moi svp',
    'socorro, ele bebeu e tá tentando entrar no quarto',
    'li sou, l ap eseye antre nan chanm mwen, anmwe',
    'lasing yung amo, pilit pumapasok sa kwarto ko, tulong',
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = ['can you help the workers get paid', 'the inspector wants to come in the bunkhouse tomorrow, do we have to let him?'];
  it('leaves a question about pay and an inspection alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// A threat to kill said without the word: made to disappear, ending up in the river, no one
// finding you; gas smelled; breathing oddly; giving up with letters written to one's children.
describe('a threat, a gas leak, breathing and a farewell said without their usual words', () => {
  const yes = [
    'my boss said if i talk to anyone i will end up in the river',
    'el patrón dice que si digo algo me va a desaparecer',
    'il a dit que personne va me retrouver si je parle',
    'o gerente disse que vai me fazer sumir se eu contar',
    'li di l ap fè m disparèt si m pale',
    'sabi ng amo itatapon daw ako sa dagat pag nagsumbong ako',
    'huele mucho a gas en el cuarto y todos estamos mareados',
    'ça sent le gaz partout dans le logement, on a mal à la tête',
    'mi compañera se desmayó y respira raro',
    "i'm so tired of everything, i already wrote letters to my kids",
  ];
  it('flags them', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'si no me pagan me desaparezco de este trabajo',
    'my messages disappear from the app, is that normal?',
    'o dinheiro vai sumir da minha conta se eu não pagar a taxa?',
    'the stove smells like gas sometimes, who should fix it, the landlord or the employer?',
    'im tired of everything about this job, can i change employer?',
  ];
  it('leaves quitting, an app, a fee, a stove to repair and a tired worker alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});

// A phrase that is a cry alone ("sos", "auxilio", "socorro", "au secours", "anmwe", "saklolo"
// opening a short message, "help now") beside a matter of work or papers is that matter, and
// asking help with something no matter names is the question; with any harm, someone here, being
// shut in, a call to come quickly, or said alone, it stays danger.
describe('a cry phrase beside a matter of work or papers', () => {
  const matters = [
    'sos, my work permit runs out on friday',
    'sos my boss still owes me two weeks of pay',
    'auxilio, mi patrón no me pagó las horas extra',
    'socorro, tengo que renovar mi permiso de trabajo',
    'socorro, o patrão não pagou meu salário do mês',
    'socorro, meu visto vence semana que vem',
    'au secours, mon permis de travail expire bientôt',
    'au secours mon employeur ne m a pas payé mes heures',
    'anmwe, patwon an poko peye m semèn nan',
    'sekou, pèmi travay mwen ap ekspire',
    'saklolo, hindi pa binibigay ng amo ang sahod ko',
    'i need help now with my overtime pay',
  ];
  it('answers the matter, without the emergency reply or the question', () => {
    for (const t of matters) expect([flagged(t), asked(t)], t).toEqual([false, false]);
  });
  it('asks about help wanted with something no matter names', () => {
    for (const t of ['i need help now with my homework', 'sos help me with this form please']) expect([flagged(t), asked(t)], t).toEqual([false, true]);
  });
  const danger = [
    'sos',
    'auxilio',
    'socorro',
    'au secours',
    'help now',
    'sos, he hit me because I asked for my pay',
    'auxilio, el patrón me encerró por pedir mi pago',
    'socorro, o patrão está aqui e quer meu passaporte, ele me bateu',
    'au secours, il m a frappé pour mon salaire',
    'anmwe, patwon an bat mwen pou lajan m',
    'saklolo, sinaktan ako ng amo dahil sa sahod',
    'sos my boss locked me in the room, my passport is gone',
    'socorro ele me deu um soco',
    'sos he is outside, he wants my permit',
    'sos my boss is here and wants my passport',
    'socorro, o patrão está na porta por causa do salário',
  ];
  it('keeps a cry with a harm, someone here or being shut in, and a cry alone, as danger', () => {
    for (const t of danger) expect(flagged(t), t).toBe(true);
  });
});
