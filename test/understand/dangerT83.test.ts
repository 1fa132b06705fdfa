// t83a (the brief of t72a, other writers, asked to write as people speak: run-on, understated,
// about someone else, two languages mixed) was scored before anyone read it at 4548c6b4 (269 of 280
// danger lines flagged, 9 asked, 2 missed; 16 of 378 harmless lines alarmed, 5 asked). Read since.
// Own lines beside its own.
import { describe } from 'vitest';
import { eachFlaggedByLists } from './expectDanger.ts';

describe('own: a room or a door locked from outside, named between the verb and "from outside"', () => {
  eachFlaggedByLists('en ar tl uk vi', [
    'she locked my room from outside, i am inside',
    'أقفلت غرفتي من برا وأنا جوا',
    'sinara niya ang pinto mula sa labas, nasa loob ako',
    'він закрив мою кімнату ззовні, я всередині',
    'bà ấy khóa phòng tôi từ bên ngoài, tôi ở trong',
  ]);
});
