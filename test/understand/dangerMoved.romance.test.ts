// Being moved by others with one's passport, papers or phone in someone else's hands (`vehicle`
// and `held`: being taken when it is now, tonight or with a call for help), leave-taking and
// giving up (`goodbye`, `farewell`: two kinds together are wanting to die) and cutting oneself or
// pills taken to die (`self_harm`), in Spanish, French, Portuguese and Haitian Creole. Beside
// them, what stays no danger: a van to the farm and a boss who keeps the passports told as how
// things are or asked about as a matter of law, moving house, tired after work, a passport kept
// at the embassy, going home for good. Each line is one a person could send; none is taken from
// the evaluation sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

describe('Spanish: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'es',
    [
      // moved, with the passports or phones in someone else's hands, now or with a call for help
      'el chofer tiene nuestros pasaportes y esta noche nos mueven a otra granja, ayuda',
      'nos dijeron que empaquen sus cosas, ahorita nos van a subir a un autobus y el mayordomo se quedo con los pasaportes',
      'ayudenme, nos quitaron los pasaportes y nos estan llevando en una van a otro lugar',
      'me van a mandar a otra ciudad esta noche y el patron guarda mi pasaporte, que hago',
      // leave-taking and giving up
      'lo siento por todo, ya no quiero seguir',
      'diganle a mi familia que los quiero, nadie me necesita',
      // cutting oneself, pills taken to die
      'me corte las munecas, no para la sangre',
      'me tome un frasco de pastillas para no despertar',
    ],
    [
      'el patron guarda nuestros pasaportes y cada mañana nos lleva en la camioneta al campo',
      'es legal que el patron tenga mi pasaporte? nos llevan en la van a la granja',
      'la semana que viene me mudo de casa, como cambio la direccion en mi permiso?',
      'estoy muy cansado despues del turno, buenas noches, adios',
      'mi pasaporte lo tiene la embajada para la visa, cuanto tarda?',
      'me voy para siempre a mi pais, adios a todos',
    ],
  );
});

describe('French: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'fr',
    [
      'le patron a nos passeports et ce soir ils nous deplacent dans une autre ferme, aidez moi',
      'faites vos valises, on nous met dans un autobus maintenant et le chauffeur garde nos passeports',
      'au secours, ils ont pris nos telephones et vont nous emmener ailleurs cette nuit',
      'dsl pour tout, personne n a besoin de moi',
      'dites a ma famille que je les aime, tout est fini pour moi',
      'je me suis coupee les poignets',
      "j'ai pris des cachets pour mourir",
    ],
    [
      'le patron garde nos passeports et chaque matin la van nous amene a la ferme',
      "est-ce que c'est legal que le patron garde mon passeport? on nous conduit au champ en camion",
      'on demenage la semaine prochaine, je dois changer mon adresse ou?',
      'fatigue apres le travail, bonne nuit, au revoir',
      "mon passeport est a l'ambassade pour le visa",
      'je pars pour de bon au Senegal, adieu a tous',
    ],
  );
});

describe('Portuguese: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'pt',
    [
      'o motorista ta com nossos passaportes e hoje a noite vao levar a gente pra outra cidade, socorro',
      'mandaram fazer as malas agora, vao colocar a gente num onibus e o patrao pegou meu passaporte',
      'me ajuda, tiraram nossos celulares e estao levando a gente numa van agora',
      'desculpa por tudo, nao quero mais continuar',
      'fala pra minha familia que eu amo eles, ninguem precisa de mim',
      'cortei os pulsos agora',
      'tomei remedio pra morrer',
    ],
    [
      'o patrao guarda nossos passaportes e todo dia leva a gente de van pra fazenda',
      'e legal o patrao ficar com meu passaporte? ele leva a gente no carro pro trabalho',
      'semana que vem vou mudar de casa, como troco o endereco?',
      'to cansado depois do trabalho, boa noite, tchau',
      'meu passaporte esta na embaixada pro visto',
      'vou embora pra sempre pro Brasil, adeus a todos',
    ],
  );
});

describe('Haitian Creole: moved tonight with the passports held, leave-taking, cutting oneself', () => {
  expectDanger(
    'ht',
    [
      'yo di nou ranmase zafè nou, aswè a y ap deplase nou, patwon an kenbe paspò nou',
      'ede m tanpri, yo pran telefòn nou e y ap mennen nou yon lòt kote kounye a',
      'chofè a gen paspò m, yo pral mete m nan yon bis aswè a',
      'eskize m pou tout bagay, pa gen moun ki bezwen m',
      'di fanmi m mwen renmen yo, m pa vle kontinye',
      'm koupe ponyèt mwen',
      'm pran grenn pou m mouri',
    ],
    [
      'patwon an kenbe paspò nou e chak maten kamyon an mennen nou nan fèm nan',
      'eske patwon an gen dwa kenbe paspò m? yo mennen nou travay nan yon kamyonèt',
      'm ap demenaje semèn pwochèn, kijan pou m chanje adrès mwen?',
      'm fatige apre travay la, bòn nwit, orevwa',
      'paspò m nan anbasad la pou viza a',
      'm pral tounen pou toujou ann Ayiti, orevwa tout moun',
    ],
  );
});
