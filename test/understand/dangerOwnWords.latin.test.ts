// What the lists of Spanish, French, Portuguese, Haitian Creole and Tagalog were widened with, in
// lines of our own: being moved tonight with no destination named or the phones and passports
// taken, a question about where to run or what 911 costs, wanting someone to know before the end,
// a threat to break legs or set the dogs on someone, a finger lost and no hospital, legs gone numb
// after a fall, someone watching the house or knowing where one is, a throat cut threatened, a
// call to be quick and nothing else. Beside them, what stays no danger: a job, a queue or the cold
// that "kills", a machete or an axe for brush and wood, a burn or a cut at work, a harm long over
// and told as such, papers burned or locked in a drawer, a last day at work, a pay cut, a fright.
// Each line is one a person could send; none is taken from the evaluation sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

describe('Spanish: moved with no destination, where to run, someone to know, a neck squeezed', () => {
  expectDanger(
    'es',
    [
      'el mayordomo dice que nos vamos ahorita a otro rancho y no nos dicen pa donde, ayuda',
      'nos subieron a la van para irnos a otra finca, nadie sabe a donde vamos',
      'si mi esposo se pone agresivo en la noche, a donde puedo ir?',
      'si tengo que huir de la casa, hay algun refugio?',
      'el 911 cobra si llamo en una emergencia?',
      'ya tengo las pastillas listas, solo queria que alguien supiera',
      'hoy me mato, perdonen todo',
      'vengo a despedirme, tengo la soga lista',
      'mi prima esta en la casa de la señora y no la dejan salir, ya no contesta',
      'me apreto el cuello hasta que casi me desmayo, sigue en la casa',
    ],
    [
      'este jale me va a acabar, cuantas horas extra pueden pedirme?',
      'usamos machete para cortar la maleza, quien paga las botas?',
      'me sale sangre al orinar, donde me atienden sin seguro?',
      'se quemo la olla en la traila pero la apagamos, no paso nada',
      'el patron dice que el otro mes nos vamos a otra granja, me pagan el viaje?',
      'qué hago si un día veo a alguien con una pistola en la chamba? solo quiero saber',
      'ya no siento las piernas de tanto estar parado, es legal 12 horas?',
      'mi hermana trabaja en una casa y no la dejan salir sola los domingos, es legal?',
    ],
  );
});

describe('French: leaving tonight with the phones taken, numb legs and no hospital, a rifle aimed', () => {
  expectDanger(
    'fr',
    [
      'ils disent qu on part cette nuit pour une autre ferme, ils ont pris nos cellulaires',
      'on part ce soir, le chauffeur a nos passeports, aidez nous',
      'je suis tombée de l échelle, je sens plus mes jambes, personne veut m amener a l hopital',
      'mon coloc est tombé du toit et personne ne veut l emmener a l hopital',
      'ca fait une heure qu un gars me suit en auto, c est l ami de mon ancien patron',
      'faites vite svp',
      'si jamais il devient violent ce soir, faut appeler qui?',
      'vous pouvez envoyer quelqu un si ca tourne mal cette nuit?',
      'il pointe une carabine sur nous par la fenetre',
      'il a mis de l essence sur le matelas, on est dans la chambre',
    ],
    [
      'on fend du bois de chauffage avec une hache au camp, faut-il des gants?',
      'j ai peur de tomber de l echelle, le patron doit fournir un harnais?',
      'est-ce qu il a le droit de me couper la paie si je suis malade?',
      'ma coloc m a fait une peur bleue en rentrant tard lol',
      'on ne nous enferme pas, mais le patron garde nos cartes, c est legal?',
      'ils disent qu on part pour l Ontario en juin pour la saison, on doit payer le bus?',
      "j'ai mis de l'essence dans le camion ce matin, le patron rembourse?",
      'mon patron me fixe un horaire de 60 heures, c est legal?',
    ],
  );
});

describe('Portuguese: on the road to nowhere named, legs to be broken, a hand crushed, a shelter asked', () => {
  expectDanger(
    'pt',
    [
      'disseram que a gente vai trabalhar em outra fazenda e ja estamos na estrada, ninguem diz pra onde',
      'o cara disse que se eu nao pagar hoje ele quebra minhas pernas, ta chegando',
      'o patrao falou que solta os cachorros em mim se eu sair do quarto',
      'esmagou minha mao na prensa, perdi dois dedos e o gerente mandou nao ir pro hospital',
      'queria sumir pra sempre, to com todos os remedios aqui',
      'se ele ficar violento de noite, tem algum abrigo pra onde eu possa ir?',
      'se eu precisar de ajuda urgente vcs atendem?',
      'o 911 cobra alguma coisa se eu ligar?',
      'ele jogou oleo quente em mim e nao deixa eu sair',
      'alguem ta mexendo na fechadura da minha porta agora, socorro',
    ],
    [
      'o calor da estufa ta de matar, posso pedir mais pausa?',
      'uma fila de matar no consulado hoje kkk',
      'a gente usa facao pra rocar o mato, quem paga as botas?',
      'minha prima saiu de uma casa onde trabalhava sem salario, ela pode pedir visto?',
      'o recrutador diz que nao posso sair da empresa antes do fim do contrato, e legal?',
      'o dono nao liga o aquecedor e a casa ta gelada, posso reclamar?',
      'falaram que vamos trabalhar em outra cidade mes que vem, quem paga a passagem?',
      'o trabalho ta mole essa semana, posso pegar mais horas?',
    ],
  );
});

describe('Haitian Creole: shut in a room, "your last day", a razor, the border tonight, a blade at the throat', () => {
  expectDanger(
    'ht',
    [
      'yo fèmen li nan yon chanm depi yè, li pa ka soti',
      'li di m aswè a se dènye jou m, li gen yon kouto',
      'm anvi blese tèt mwen, m gen yon jilèt la a',
      'dwèt mwen koupe nèt nan machin nan, bòs la di m tounen travay',
      'gen yon machin ki kanpe devan apatman m depi maten, se moun ansyen patwon m',
      'yo fè nou fè malèt nou, n ap janbe fwontyè a aswè a',
      'si yon moun blese grav lannwit, eske nou ka rele anbilans? kiyes k ap peye?',
      'li mete kouto a sou gòj mwen',
      'li bloke pòt la, li pa vle kite m soti',
      'gen gaz k ap koule nan kay la, tèt mwen vire',
    ],
    [
      'demen se dènye jou m nan travay la, eske yo dwe peye m vakans?',
      'm te rele 911 pa erè, eske m ap gen pwoblèm?',
      'pwodui a boule po nou nan plant lan, eske patwon an dwe ban nou gan?',
      'lè m te nan Brezil yon bòs te bat mwen, men sa fini lontan, kounya tout bagay byen',
      'nou travay nan jaden ak manchèt pou koupe zèb, eske yo dwe ban nou bòt?',
      'paspò m nan yon tiwa ak kadna lakay patwon an, eske se legal?',
      'm blese tèt mwen ak kouto a nan kizin nan, m mete yon pansman',
      'chalè a ap toufe m nan faktori a, eske yo dwe ban nou dlo?',
      'pa kase tèt ou, m jis gen yon kesyon sou taks',
    ],
  );
});

describe('Tagalog: a bare "quick", passports held on the way, blood, someone watching or knowing where', () => {
  expectDanger(
    'tl',
    [
      'bilisan nyo po',
      'dali po',
      'dinala kami ng driver sa ibang farm ngayong gabi, hawak nya passports namin',
      'hawak ng recruiter mga passports namin tapos isasakay daw kami sa van ngayon',
      'sinugatan ko na naman sarili ko, ang dami dugo',
      'may nagmamanman sa bahay namin gabi gabi, kanina nasa tapat sya ng bintana ko',
      'alam daw nila nasan ako, susunduin daw nila ako mamaya',
      'alam nya kung saan ako nakatira, parating na daw sya',
    ],
    [
      'nung 2018 kinulong ako ng amo ko sa Riyadh pero ok amo ko ngayon dito, tanong lang po sa tax',
      'gamit namin itak pangputol ng damo sa farm, bawal ba yun sa bus?',
      'naglilinis ako ng banyo tapos nadulas ako pero ok lang, may insurance ba?',
      'bilis ng sahod ngayon ah haha',
      'hawak ng employer ang passports namin, legal ba yun?',
      'nasaktan ko sarili ko sa trabaho, nadulas lang ako, may sick leave ba?',
    ],
  );
});
