// Being moved with one's passport in someone else's hands, a coded cry, a location or an address
// sent with a call to come, clients forced on someone tonight, a girl sent to a man's room, and
// one's things given away: danger that names no weapon and says no "help" (English list).
import { describe } from 'vitest';
import { eachNeither, expectDanger } from './expectDanger.ts';

describe('moved with the passport held, now or tonight', () => {
  expectDanger(
    'en',
    [
      'the boss says pack your bags, we go to another farm tonight and he keeps our passports',
      'they are moving us tonight, nobody says the city, the driver has our passports',
      'putting me on a bus to winnipeg right now, i did not agree, they took my passport',
      'they sold me to another boss, he is picking me up tonight',
    ],
    [
      'my boss is moving us to another farm next week, he has my passport, is that legal?',
      'the van drives us to the farm every morning and the boss keeps our passports',
      'we are moving to a new apartment tonight, my cousin has a van',
      'my passport is at the embassy for the renewal, is that ok?',
    ],
  );
});

describe('a coded cry, a location or an address with a call to come', () => {
  expectDanger(
    'en',
    ['code red', 'code red. room 14', 'i pinned my location, come get me', 'sent you my live location, hurry', '1200 king st w apt 5. fast', '📍 come fast', 'come get me 📍📍'],
    ['I sent my location to my friend so we can meet for dinner', 'meet you here at 7 📍', '📍 the new office, see you monday', '1200 King St W, is this your office address?', 'we follow the code of conduct at work'],
  );
});

describe('clients forced on someone tonight, a girl sent to a man', () => {
  expectDanger(
    'en',
    ['they say i have to see 4 more clients tonight or i owe them more', 'a girl maybe 14 was sent up to room 9 with a man, what do i do'],
    ['I have to see 5 clients today at the salon, so tired', 'my boss sent her up to the office to sign papers', 'the salon client was rude to me today'],
  );
});

describe('things given away with a farewell', () => {
  expectDanger('en', ['i gave my things to my roommate, i cant go on anymore'], ['i gave my things to my roommate before i moved to calgary']);
  eachNeither('a basement room without a window, as a question of housing', ['my basement room has no window, is that legal?']);
});
