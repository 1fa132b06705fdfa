// A span of days or weeks up to now ("since last week", "for a week", "desde hace una semana",
// "depuis une semaine", "ek hafte se", "صرلنا") beside being kept in is that still going on: its
// words hold no past ("last week" inside "since last week"). The past told as a date, a span beside a
// pain, a span and nothing harmful, stay what they were. Own lines.
import { describe } from 'vitest';
import { eachFlaggedByLists, eachLeftAlone } from './expectDanger.ts';

describe('kept in for a span up to now', () => {
  eachFlaggedByLists('danger', [
    "locked in since last week, they dont let us out",
    "nos tienen encerrados hace 3 dias",
    "estamos encerrados desde hace una semana, no nos dejan salir",
    "on est enfermés depuis une semaine dans la maison",
    "nou fèmen nan kay la depi yon semèn",
    "ek hafte se kamre mein band hain, bahar nahi jane dete",
    "ik hafte ton kamre ch band kitte hoye haan",
    "ek hapta dekhi kotha ma thunera rakheko chha",
    "صرلنا أسبوع محبوسين بالغرفة",
    "depi semèn pase yo kadnase nou nan dòtwa a",
  ]);
  eachLeftAlone('the past, a pain for weeks, a span with no harm', [
    "last week they locked us in the room, now we are out and safe",
    "me tuvieron encerrada hace 3 dias, ahora estoy bien",
    "¿Tenemos seguro médico? Me duele una muela desde hace 2 semanas y no sé a dónde ir.",
    "he hit me last week, i have been fine since monday",
    "i worked for 3 days without pay, is that legal?",
    "ek hafte se salary nahi mili",
  ]);
});
