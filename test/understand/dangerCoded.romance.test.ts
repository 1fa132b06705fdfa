// A coded cry ("code red" and its local forms: `phrases`), a live location sent with a call to come
// or hurry (`patterns`), being sold, given or passed to another boss (`taken`; passed on or
// transferred is `vehicle`, a move told to the person, and a boss no one names `unknown`),
// clients or sex forced on someone now or tonight (`hit`), a girl sent to a man, a client or a
// hotel room (`hit`, with the minor in `child`), one's things given away (`entrust`: with a
// farewell, wanting to die) and being held in a room with no window, a basement, a container, a
// door nailed or welded shut, the air running out (`confined`, `critical`), in Spanish, French,
// Portuguese and Haitian Creole. Beside them, what stays no danger: a salon client, a code of
// conduct, a location sent to meet a friend, a basement room with no window asked about as a
// matter of law, a transfer between farms, things given away before a move, air conditioning
// lacking, an age that is years of work. Each line is one a person could send; none is taken
// from the evaluation sets.
import { describe } from 'vitest';
import { eachNeither, eachNeitherByLists, expectDanger } from './expectDanger.ts';

describe('Spanish: a coded cry, a location sent, sold to another boss, clients forced, a minor sent, things given away, no way out', () => {
  expectDanger(
    'es',
    [
      // a coded cry
      'codigo rojo',
      'código rojo. estoy en el cuarto 12',
      'codigo rojo, la traila de atras del rancho',
      // a live location sent with a call to come
      'te mande mi ubicacion, vengan rapido por favor',
      'les comparti la ubicacion en tiempo real, vengan a sacarme',
      'ahi les va mi ubicacion, apurense',
      'vengan por mi, ya les mande la ubicacion',
      // sold, given or passed to another boss
      'el patron me vendio a otro patron de Ontario y hoy en la noche pasan por mi',
      'dice que ahora le pertenezco al nuevo patron, que me aliste hoy',
      'me traspasaron con otro patron sin firmar nada, ayuda',
      'el mayordomo nos vendio a otro patron de Alberta',
      // clients or sex forced on someone now or tonight
      'el encargado me obliga a pasar con clientes esta noche, ayudenme',
      'el cliente ya esta en el cuarto, que hago',
      'si no me acuesto con el esta noche dice que me manda de regreso',
      'me quieren poner a ver clientes hoy en la noche en un motel',
      // a minor sent to a man, a client, a hotel room
      'mandaron a una niña de 14 al cuarto de un cliente esta noche',
      'la muchacha es menor de edad, tiene 15 años, y la mandaron con un hombre a un hotel',
      'una chamaca de 13 años la llevaron al cuarto de un señor ahorita',
      // one's things given away, with a farewell
      'ya le di mis cosas a mi compañero de cuarto, ya no quiero seguir',
      'denle mi celular y mi dinero a mi hermano, perdonenme por todo',
      'regale todas mis cosas, nadie me va a extrañar',
      // a room with no window, a basement, a container, a door nailed shut, no air
      'nos tienen en un cuarto sin ventanas desde el lunes',
      'nos metieron en un contenedor en el puerto',
      'clavaron la puerta del cuarto, ayuda',
      'se esta acabando el aire aqui adentro, somos 6',
    ],
    [
      'la clienta del salon fue muy grosera conmigo hoy',
      'en el trabajo nos dieron un codigo de conducta para firmar',
      'le mande mi ubicacion a mi amiga para vernos a cenar',
      'hoy atendi muchos clientes en el restaurante, estoy muerta de cansancio',
      'le di mis cosas a mi compañero antes de mudarme a Calgary',
      'mi patron me transfirio a otra granja, como cambio mi permiso?',
      'no hay aire acondicionado en la traila y hace mucho calor, es legal?',
      'tengo 15 años trabajando en la construccion',
      'mi hijo de 16 años quiere trabajar en el verano, puede?',
      'el patron vendio la troca a otro rancho',
      'le mande el pin de la tarjeta a mi esposa, rapido me deposito',
      'ahora perteneces a la cuadrilla 3, te toca el turno de noche',
    ],
  );
  // The lists ask nothing of it; the learned danger signal, retrained on t22, asks (never danger): ADR 0013.
  eachNeitherByLists('es: a basement room with no window, as a question of law', ['mi cuarto en el sotano no tiene ventana, es legal?']);
});

describe('French: a coded cry, a location sent, sold to another boss, clients forced, a minor sent, things given away, no way out', () => {
  expectDanger(
    'fr',
    [
      // a coded cry
      'code rouge',
      'CODE ROUGE, chambre 8',
      'code rouge. rang 4, la maison blanche',
      // a live location sent with a call to come
      'je t\'ai envoyé ma localisation, venez vite',
      'j\'ai partagé ma position en direct, viens me chercher svp',
      'venez me chercher, voici ma localisation',
      'viens vite, voici ma position en direct',
      // sold, given or passed to another boss
      'le patron m\'a vendue à un autre patron de Toronto',
      'il m\'a dit que maintenant tu appartiens au nouveau patron, prépare toi',
      'le boss m\'a cédé à un autre employeur, je sais pas qui c\'est, au secours',
      // clients or sex forced on someone now or tonight
      'on m\'oblige à recevoir 4 clients cette nuit, au secours',
      'le client m\'attend dans la chambre maintenant, je veux pas',
      'si je couche pas avec lui ce soir il me renvoie au pays',
      'on me force a coucher avec le gérant cette nuit, aidez moi',
      // a minor sent to a man, a client, a hotel room
      'ils ont envoyé une fille de 14 ans dans la chambre d\'un client',
      'la petite est mineure et ils l\'ont envoyée dans une chambre avec un homme ce soir',
      'une fille de 15 à l\'hôtel avec un client maintenant, faites quelque chose',
      // one's things given away, with a farewell
      'j\'ai donné mes affaires à mon coloc, personne n\'a besoin de moi',
      'donnez mon téléphone et mon argent à ma soeur, c\'est mon dernier message',
      'j\'ai laissé ma montre à Karim, je suis fatigué de tout',
      // a room with no window, a basement, a container, a door nailed shut, no air
      'ils me gardent dans une chambre sans fenêtre depuis hier',
      'on est dans un conteneur fermé, y a plus d\'air',
      'la porte est clouée, on est 5 dedans',
      'madame me garde dans la cave, aidez moi',
    ],
    [
      'le client du salon était très impoli avec moi',
      'on doit respecter le code de conduite au travail',
      'j\'ai envoyé ma localisation à mon amie pour le souper',
      'j\'ai reçu beaucoup de clients aujourd\'hui au salon, je suis fatiguée',
      'j\'ai donné mes affaires à mon coloc avant de déménager à Montréal',
      'mon employeur m\'a transféré à une autre ferme, comment je change mon permis?',
      'il n\'y a pas d\'air climatisé dans la roulotte, est-ce normal?',
      'je t\'envoie ma localisation vite fait pour le resto',
      'mon fils a 15 ans, il peut travailler l\'été?',
      'je garde mes bottes dans le garage de la ferme',
      'j\'ai envoyé mon CV pour la position de superviseur, c\'est urgent?',
      'tu appartiens maintenant à l\'équipe de nuit, c\'est ça?',
    ],
  );
  eachNeither('fr: a basement room with no window, as a question of law', ['ma chambre au sous-sol n\'a pas de fenêtre, est-ce légal?']);
});

describe('Portuguese: a coded cry, a location sent, sold to another boss, clients forced, a minor sent, things given away, no way out', () => {
  expectDanger(
    'pt',
    [
      // a coded cry
      'codigo vermelho',
      'código vermelho. quarto 5',
      'codigo vermelho, rua das flores 20',
      // a live location sent with a call to come
      'mandei minha localização, vem me buscar rapido',
      'compartilhei a localização em tempo real, venham',
      'venham me buscar, essa é minha localização',
      'segue minha loc, vem me buscar logo',
      // sold, given or passed to another boss
      'o patrão me vendeu pra outro patrão, eles vem me buscar hoje a noite',
      'ele disse que agora você é do novo patrão e que ele ta vindo',
      'me repassaram pra outro patrao que eu nem sei quem é, socorro',
      // clients or sex forced on someone now or tonight
      'me obrigam a atender 3 clientes essa noite',
      'o cliente ja ta no quarto me esperando',
      'se eu nao dormir com ele hoje ele me manda embora, me ajuda',
      'me obrigam a fazer programa com os amigos dele',
      // a minor sent to a man, a client, a hotel room
      'a agencia mandou uma garota de 14 anos pro hotel com um cliente',
      'ela é de menor, 15 anos, e mandaram ela pro hotel com um homem agora',
      'uma garota de 13 no quarto de um cliente agora, ninguem faz nada',
      // one's things given away, with a farewell
      'dei todas as minhas coisas pro meu colega, ninguem vai sentir minha falta',
      'entreguem meu celular e meu dinheiro pra minha mae, desculpa por tudo',
      'deixei meu relogio pro Marcos, ninguem precisa de mim',
      // a room with no window, a basement, a container, a door nailed shut, no air
      'me botaram num porao, a porta so abre do lado de fora',
      'colocaram a gente num container fechado, quase sem ar',
      'pregaram a porta do quarto, somos 4 aqui',
      'o ar ta acabando aqui dentro, somos 8',
    ],
    [
      'a cliente do salão foi grosseira comigo hoje',
      'no trabalho tem um codigo de conduta que a gente assina',
      'mandei minha localização pra minha amiga pra gente jantar',
      'atendi muitos clientes hoje no restaurante, to cansada',
      'dei minhas coisas pro meu colega antes de mudar pra Toronto',
      'meu patrao me transferiu pra outra fazenda, como mudo minha permissao?',
      'nao tem ar condicionado no alojamento, isso pode?',
      'ele me vendeu o carro dele por 3 mil',
      'tenho 15 anos de experiencia em construcao',
      'tenho que atender clientes hoje a noite no restaurante',
      'agora você é do time da noite, começa segunda',
    ],
  );
  eachNeither('pt: a basement room with no window, as a question of law', ['meu quarto no porão não tem janela, isso é legal?']);
});

describe('Haitian Creole: a coded cry, a location sent, sold to another boss, clients forced, a minor sent, things given away, no way out', () => {
  expectDanger(
    'ht',
    [
      // a coded cry
      'kòd wouj',
      'kod wouj. chanm 7',
      'KOD WOUJ, ri Jarry 45',
      // a live location sent with a call to come
      'm pataje lokalizasyon mwen ak ou, kouri vin chache m',
      'm pataje pozisyon m, prese tanpri',
      'vin pran m, m voye lokalizasyon mwen',
      'm voye lokalizasyon mwen ba ou, vin ede m',
      // sold, given or passed to another boss
      'bòs la vann mwen bay yon lòt bòs nan Ontario',
      'li di m kounya a ou se pou nouvo bòs la',
      'patwon an ban m bay yon lòt patwon, nouvo bòs la ap vin pran m',
      // clients or sex forced on someone now or tonight
      'bòs la fòse m wè kliyan aswè a, ede m',
      'kliyan an nan chanm nan, m pa vle antre',
      'li di si m pa dòmi avè l aswè a l ap voye m ale',
      'yo fòse m kouche ak yon kliyan, m pè anpil',
      // a minor sent to a man, a client, a hotel room
      'yo voye yon ti fi 14 an nan chanm yon kliyan aswè a',
      'ti fi a se yon minè, li gen 15 an, yo mennen l nan otèl ak yon nèg',
      'yon ti fi ki gen 13 an nan chanm ak yon mesye kounya',
      // one's things given away, with a farewell
      'm bay Wilson tout afè m, pèsonn pa bezwen m',
      'bay manman m telefòn mwen ak lajan m, padon pou tout bagay',
      'm kite mont mwen bay Pierre, m bouke ak tout bagay',
      // a room with no window, a basement, a container, a door nailed shut, no air
      'yo kenbe m nan yon chanm san fenèt depi samdi',
      'yo mete nou nan yon kontenè, pa gen lè pou n respire',
      'pòt chanm nan kloure, nou 6 anndan',
      'yo kenbe nou nan sousòl la depi yè',
    ],
    [
      'kliyan salon an te malelve avè m jodi a',
      'nou gen yon kòd konduit nan travay la',
      'm voye lokalizasyon m bay zanmi m pou n al manje',
      'm bay zanmi m afè m yo anvan m demenaje Monreyal',
      'patwon m transfere m nan yon lòt fèm, kijan pou m chanje pèmi m?',
      'm pa gen lè pou m manje nan travay la',
      'm gen 15 an ap travay nan konstriksyon',
      'm te resevwa anpil kliyan jodi a nan salon an, m fatige',
    ],
  );
  // The lists ask nothing of it; the learned danger signal may (never danger).
  eachNeitherByLists('ht: a basement room with no window, as a question of law', ['chanm mwen nan sousòl la pa gen fenèt, èske se legal?']);
});

describe('French: "c\'est fini pour moi" is a farewell, not an ending told as over', () => {
  expectDanger(
    'fr',
    ["c'est fini pour moi, dites a ma mere que je l'aime"],
    ["c'est fini avec ce patron, j'ai change de job, je veux mes paies", "c'est fini pour moi"],
  );
});
