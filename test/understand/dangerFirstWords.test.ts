// Danger said in everyday words, often as a first message: a greeting or an apology, then a cry,
// a threat in other words, someone at the door, a lock, a vehicle going nowhere anyone names.
// Each line is one a person could send; none is taken from the evaluation sets.
import { describe, expect, it } from 'vitest';
import { eachFlagged, eachNeither, expectDanger } from './expectDanger.ts';
import { understanding } from './shared.ts';

describe('Hindi: a cry with "quickly", a threat in other words, a lock, not knowing where', () => {
  expectDanger(
    'hi',
    [
      'madad chahiye abhi jaldi',
      'jaldi koi madad karo plz',
      'sir help karo na jaldi, wo log aa gaye',
      'malik bola aaj raat tera kaam tamaam kar dunga',
      'agent ne passport le liya aur bola bhaagi to maar ke phek denge',
      'usne bola tujhe uthwa lunga, ab uski gaadi bahar hai',
      'hum 6 log hai, 2 din se khana nahi diya, darwaze pe tala hai',
      'hum kahan hai pata nahi, 4 ghante se gaadi chal rahi hai',
      'malik ka beta meri beti ko chhed raha hai, wo abhi uske kamre me hai',
      'abhi baat nahi kar sakti, wo paas me hai. bas msg karo',
      'बोल नहीं सकती, वो पास में है',
      'मदद चाहिए जल्दी',
      'कोई मदद करो, वो दरवाज़ा तोड़ रहा है',
    ],
    [
      'jaldi batao overtime ka paisa kab milega',
      'supervisor galat tarike se chhoota hai, kya complaint kar sakte hai',
      'mujhe kaam me madad chahiye, resume kaise banau',
      'gaadi chal rahi hai ya nahi pata nahi, mechanic ko dikhana hai',
      'pata nahi kahan jau shikayat karne',
      'मुझे वीज़ा के लिए मदद चाहिए',
    ],
  );
});

describe('Spanish: burned by someone, a threat to bury, a locked room, someone to help', () => {
  expectDanger(
    'es',
    [
      'mi marido me quemo con agua hirviendo',
      'el patron me echo agua hirviendo en la espalda',
      'me dijo que si lo denuncio me entierra aqui mismo',
      'me tienen en un cuarto con llave',
      'buenas, no se si es el numero correcto pero nos tienen en la bodega con llave',
      'porfavor alguien que me ayude rapido',
      'ayuda porfavor',
    ],
    [
      'me queme con agua hirviendo haciendo cafe la semana pasada, ya estoy bien',
      'conozco a alguien que trabaja 14 horas sin descanso',
      'tienen mi pasaporte bajo llave en la oficina',
    ],
  );
});

describe('Tagalog: beaten up, a threat to bury, "tulungan nyo ko"', () => {
  expectDanger(
    'tl',
    ['ginugulpi ako ng asawa ko ngayon', 'sabi nya ililibing nya ko dito pag nagsumbong ako', 'tulungan nyo ko bilis', 'tulungan mo ko'],
    ['inilibing na si lola kahapon sa probinsya', 'tulungan nyo ko mag apply ng work permit'],
  );
});

// A word that hedges a question ("alguien que", someone who) read inside a cry for help ("alguien
// que me ayude") is that cry, not a question.
describe('a hedge read inside a cry is the cry', () => {
  eachFlagged('flags', ['porfavor alguien que me ayude rapido', 'alguien que me ayude por favor, urgente']);
  eachNeither('leaves alone', ['alguien que me ayude con mi declaración de impuestos', 'busco a alguien que me ayude con el currículum']);
});

// Fear with someone at the door or outside the room: the room is a place, not a housing matter.
describe('fear with someone at the door of the room', () => {
  it('asks the question', () => {
    const r = understanding().routeOffline('mai bahut darr gayi hu, malik ka aadmi kamre ke bahar hai aur chilla raha hai');
    expect(r.danger || r.dangerCheck).toBe(true);
  });
  eachNeither('a fear about the room itself', ['darr lag raha hai ki kamre ka kiraya badh jayega', 'tengo miedo de que me suban la renta del cuarto']);
});
