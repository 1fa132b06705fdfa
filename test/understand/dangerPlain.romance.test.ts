// Danger told in plain words, with no cry, weapon or "danger" named, in English, Spanish, French,
// Portuguese and Haitian Creole: sick after spraying or a chemical mixed, heat stroke (talking
// nonsense, no more sweat), someone down who does not come up, the boss saying it is nothing or
// to keep working (`delay`: care refused beside an injury), a gas smell, ammonia, a generator in
// the basement; windows nailed, a door opened from outside only, a reefer truck; someone who
// knows where one sleeps, sent a photo of the house, is on the way; a threat to burn the place
// with us inside or to "settle" someone; clients forced on a woman tonight; a veiled wish to die
// with the means or leave-taking beside it. Beside them, near misses that stay no danger: a rule
// asked "if one day", an event told as over and safe, a work tool, laughter, a figure of speech,
// the news. Each line is one a person could send; none is taken from the evaluation sets.
import { describe } from 'vitest';
import { expectDanger } from './expectDanger.ts';

describe('English: plain words of danger, and the near misses', () => {
  expectDanger(
    'en',
    [
      'the foreman said he will burn the trailer with us inside if anyone talks',
      'two of my roommates are throwing up and shaking since they sprayed the orchard, the boss took the truck keys',
      'my buddy is talking nonsense and stopped sweating, supervisor wont let us stop until the truck comes',
      'they nailed the windows and the back door only opens from the outside, we cant get out',
      'i gave my savings to my cousin for my kids, i dont want to be here anymore',
      'thinking about walking into the river tonight, wrote a goodbye letter for my mom',
      'he keeps a rifle in his truck and said he will use it on us if we go to the police',
      'my friend is diabetic, his sugar is very low and he is shaking badly, the boss locks the gate at night',
    ],
    [
      'if my supervisor yells at me one day, can I change farms?',
      'i want to know the law here, can the boss slap a worker?',
      'we wear chainmail gloves at the meat plant, do we pay for the knives?',
      'the pan caught fire but I put the lid on, no one hurt. who pays for the stove?',
      'my cousin got beaten in Kuwait last year but shes okay now, can she report it?',
      'that exam killed me lol, can i work more hours in summer?',
    ],
  );
});

describe('Spanish: plain words of danger, and the near misses', () => {
  expectDanger(
    'es',
    [
      'desde la mañana hay fuga de amoniaco en la planta y dos compañeras no pueden respirar bien',
      'el contratista nos cambia de granja esta noche y no nos dicen cual, nos quito los celulares',
      'ya no le encuentro sentido a nada, ya deje todo arreglado para mis hijos',
      'el encargado dijo que esta noche viene, ya sabe donde duermo',
      'se quedo tirado en el surco y no contesta, el mayordomo dice que es flojera',
      'la señora dice que esta noche tengo que atender a unos hombres en el cuarto',
      'la vecina grita que la suelten, se oye horrible ahorita',
      'dijo que viene por mi y que no voy a amanecer',
    ],
    [
      'si algun dia me lastimo en el trabajo, el patron paga el doctor?',
      'en la planta de carne nos cobran la malla de acero, eso es normal?',
      'se prendio el sarten pero lo apagamos, nadie se quemo, es normal no tener extintor?',
      'me estoy ahogando en deudas con el banco',
      'ya viene el frio y no tengo chamarra, donde regalan ropa?',
      'ese mayordomo me va a matar de coraje con los horarios',
    ],
  );
});

describe('French: plain words of danger, and the near misses', () => {
  expectDanger(
    'fr',
    [
      "ça sent l'oeuf pourri dans la grange et mon collègue est tombé dans la fosse, il remonte pas",
      "on est trois a vomir depuis qu'on a arrosé les vignes, le patron dit que c'est rien",
      'mon coloc est par terre et il tremble sans arrêt depuis 10 minutes',
      "il sait où je loge et il m'a écrit que ce soir tu dors pas",
      'le gérant dit que je dois aller avec les clients dans la chambre ce soir',
      'ils nous ont fait monter dans un camion frigorifique, on voit rien dehors',
      "j'en peux plus, j'ai tout préparé pour ce soir",
      "le contremaître est en train de frapper le nouveau contre le mur dans l'entrepôt",
    ],
    [
      "si un jour mon patron me frappe, c'est quoi mes droits?",
      "ma voisine était séquestrée l'an passé, maintenant elle est libre, elle peut avoir ses papiers?",
      "la friteuse a pris feu hier, le chef l'a éteint avec le couvercle, personne blessé",
      "la patronne dit qu'elle va m'étrangler mais c'est pour rire",
      "la ferme est vendue, qu'est-ce qui arrive avec mon contrat?",
      "il enlève 50$ sur chaque paie pour le logement, c'est legal?",
    ],
  );
});

describe('Portuguese: plain words of danger, and the near misses', () => {
  expectDanger(
    'pt',
    [
      'nao estou conseguindo respirar, misturei os produtos de limpeza e o peito ta fechando',
      'ele falou que hoje a noite acaba comigo e ta vindo pra ca',
      'meu colega ta falando coisa sem sentido e parou de suar, o chefe mandou deitar na sombra',
      'nao vejo mais sentido, to em cima da ponte',
      'nao deixam ninguem sair do alojamento desde domingo, to escondida no banheiro',
      'estou dentro de uma van, ninguem fala pra onde a gente vai, me ajudem',
      'to no onibus que a empresa mandou e o motorista nao para em lugar nenhum, nao sei pra onde',
      'pfv ele ta kebrando a porta',
    ],
    [
      'o vazamento de gas foi ontem, os bombeiros liberaram tudo, agora ta normal',
      'se um dia pegar fogo no alojamento, quem paga?',
      'a gente passa veneno nas plantas, ninguem passou mal, precisa de mascara?',
      'to com uma dor nas costas que ta me matando, posso faltar?',
      'vi no grupo do whats que um patrao bateu num funcionario, isso pode?',
      "o supervisor fala 'vou te matar' mas e o jeito dele, ninguem leva a serio",
    ],
  );
});

describe('Haitian Creole: plain words of danger, and the near misses', () => {
  expectDanger(
    'ht',
    [
      'li konnen adrès mwen kounya, li voye foto kay mwen, li deja nan wout',
      'm pa wè rezon pou m kontinye, pa enkyete w pou mwen, m bay frè m tout afè m yo',
      'chofè a pa vle kite m desann, se pa wout lakay la li pran',
      'nou nan yon konteyè, pa gen lè ankò, tèt nou ap vire',
      'bòs la ap kale yon travayè ak yon kod elektrik kounya a',
      'timoun nan manje pistach, figi l anfle, li gen pwoblèm pou respire',
      'yo fèmen pòt la a kle pa deyò, pa gen kle anndan, ede m',
      'li di l ap vin regle m aswè a lè l fin bwè',
    ],
    [
      'si yon jou patwon an frape m, ki kote pou m pote plent?',
      'pye m ap touye m ak bòt sa yo, èske yo dwe ban m lòt?',
      'm fèk aprann dezose poul ak kouto a ahahah',
      'yon gep pike m nan jaden an, anfle a desann',
      'nou te gade yon videyo sou tiktok yon nèg k ap bat travayè l, men se pa isit',
      'bòs la pa regle m depi 2 semèn, kisa pou m fè?',
    ],
  );
});
