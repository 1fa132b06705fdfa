// t67a, written by people shown only the situations and the languages, was scored at 6664e008
// and again at 3c51866a before anyone read it (248 of 280 danger lines flagged, 19 asked, 13
// missed; 10 false alarms of 560), and at e13d34b9 (the learned signal asking from 0.5: 22 asked,
// 10 missed). Its writers put: something to drink "to rest from this world" (Darija), "tomorrow I
// won't be in this world" (ne), a roof and "jumping would end it" (th), the farm's spray drunk and
// how long it takes (pa), one's phone and password given to a friend and "I won't be a burden on
// anyone now" (pa), charcoal in the dorm and how long until one feels nothing (zh), not let out of
// the farm with a guard at the gate (Levantine: "من أسبوع", for a week, read as the past), packed off
// in an hour to a "new job" with the passport kept (fr), a son held and "if I don't come back
// today he pays" (pt); asked where they are danger: on the bridge with "no other way" (ar), "I
// won't come back" (ht), "I won't come down" (pt), "I don't know what to do anymore" (fr), by the
// railway line waiting for the next train (pa), sitting on a 14th-floor ledge (tl), "how high does
// a bridge need to be, just wondering" (en), insecticide drunk (th), the blood that won't stop
// (ht), a fall and "stay there till the shift ends" (ht), a leg under a tractor and "wait till
// tomorrow for the doctor" (th), pills to work all night and the heart pounding (uk), moved
// tonight and not told where (Tunisian). Harmless lines: a boss who "will slaughter us if we're
// late, that's how he is" (Levantine), a blow last week "in front of the others" (fr ht), "nobody
// locks us in" (fr), brush burned every spring (fr), a threat to a family "in Thailand" (th).
// Own lines, in the batch's languages and others.
import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone } from './expectDanger.ts';

describe('t67a\'s danger in other words, own lines', () => {
  eachFlagged('wanting to die told as rest, as not being in this world, as a plan at a height', [
    "bghit chi 7aja nchrbha bach nrtah men had denya, safi",
    "भोलि म यो संसारमा हुन्न, आमालाई माया",
    "i just want to rest from this world, i left my phone to my roommate",
    "ya no voy a estar en este mundo mañana, perdónenme",
    "je suis sur le toit de l'usine, si je saute tout est fini",
    "estou no alto do predio, nao vou descer",
    "m sou pon an, m pap tounen ankò",
    "main train ki patri pe baitha hu, agli train ka intezaar hai",
    "i'm sitting on the ledge of the parking garage",
    "ਸਪਰੇਅ ਪੀ ਲਈ ਤਾਂ ਕਿੰਨਾ ਟਾਈਮ ਲੱਗੂ?",
    "烧炭要多久才会没感觉",
  ]);
  eachFlagged('hurt with care refused, taken, kept in', [
    "ma khallouna ntla3 men l ferma, kayn 3ssas f lbab",
    "un homme vient me chercher dans une heure, la patronne garde mon passeport",
    "ada ko kartu sy dah ilang, luad ork yer mak, hua na mai hai tor ha rot payaban",
    "m pa santi pye m, yo di m rete la jiskaske travay la fini",
    "серце дуже калатає і темніє в очах, бос каже пройде",
  ]);
});

describe('what is no danger beside them (t67a), own lines', () => {
  eachLeftAlone('a past blow in front of the others, nobody locking anyone in, a threat far away, burning brush', [
    "mon chef m'a poussé le mois passé devant tout le monde, je peux porter plainte?",
    "personne nous enferme, mais le patron garde nos passeports, c'est legal?",
    "chaque automne on brule les broussailles sur la ferme, c dangereux de respirer cette fumee a long terme?",
    "pom tam ngan bon lang kha tuk wan, ja tong mee prakan mai?",
    "je sais plus quoi faire avec mon horaire, le boss change tout chaque semaine",
    "estou no alto do predio trabalhando, o patrao nao paga hora extra",
  ]);
});
