import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';

const flagged = (t: string) => understanding().routeOffline(t).danger;

// Words new writers use for danger: breathing that barely goes on, blue lips, a product swallowed,
// an asthma attack going on; being told to take one's things and leave for a place no one names;
// giving up said with a goodbye; a cry for someone to be sent with a "please"; asking to be called
// back as a wrong number; a man waiting outside one's building.
describe('signs of danger in the words of new writers', () => {
  const yes = [
    'my uncle can barely breathe and his lips are turning blue',
    'mon ami respire à peine, il a avalé de la javel',
    'o menino bebeu água sanitária e mal consegue respirar',
    'mi compañero apenas puede respirar, tiene los labios azules',
    'li prèske pa respire, bouch li vin ble',
    'mi hijo está teniendo un ataque de asma y no tenemos inhalador',
    'ils disent de prendre nos affaires et personne ne sait où on va',
    'mandaram pegar nossas coisas, não sabemos para onde vamos',
    'je suis fatiguée de tout, dites à ma mère que je l aime',
    'wala na akong silbi, nagpaalam na ako sa kanila',
    'yo mete nou nan yon bis, yo pa di ki kote n prale',
    'por favor manda alguém, estou com medo',
    'if you call back say its a wrong number, he is here, i need help',
    'si me llaman digan que es número equivocado, él está aquí, ayúdenme',
    'kapag tumawag kayo kunwari wrong number, nandito siya, tulungan nyo ako',
    'tem um homem na frente do meu prédio agora, o mesmo que me seguiu',
  ];
  it('are danger', () => {
    for (const t of yes) expect(flagged(t), t).toBe(true);
  });
  const no = [
    'i had an asthma attack last year, can i get sick days?',
    'on doit faire nos valises pour déménager le mois prochain, c est légal?',
    'je suis fatiguée de tout ce travail sans pause',
    'o patrão manda alguém buscar a gente às 6',
    'sorry this is the wrong number',
    'o ônibus para na frente do meu prédio',
  ];
  it('leave ordinary lines alone', () => {
    for (const t of no) expect(flagged(t), t).toBe(false);
  });
});
