// t65a, written by people shown only the situations and the languages, was scored at fe35b269
// before anyone read it (254 of 280 danger lines flagged, 15 asked, 11 missed; 9 false alarms of
// 560). Eight of the eleven missed were wanting to die: a letter written to one's mother and "I'll
// do it today after the shift" (pt, Darija with rat poison), "I have a plan, I just want someone to
// know" (en, fr on the bridge), "I won't be here tomorrow, thanks for everything" inside a question
// about a record of employment (fr), "tell my mother I tried, I won't be here now" (pa), how much
// bleach "for it to really work" (fr), antifreeze "asking for myself" (uk), a letter left on the
// table (vi), "no need to look for me after tonight" (zh), "cut my wrist" (en: only the plural
// was listed). And: someone beaten downstairs still (zh, Tunisian), a man at the door day and night
// who lets nobody out (Levantine, es), a broker coming now with three men (Darija), bags in the
// contractor's truck and "in an hour, he won't say where" (es), a neighbour's girl taken to the
// boss's house and not brought back at nightfall (es), five women brought to a motel in a city they
// can't name (zh). Own lines, in other words than the batch's where the words allow.
import { describe } from 'vitest';
import { eachFlagged, eachNeither, eachNeitherByLists } from './expectDanger.ts';

describe('t65a\'s danger in other words, own lines', () => {
  eachFlagged('wanting to die told as a plan, a letter, a dose; beaten, kept in, threatened, taken', [
    "darbou sahbi w mazal yadarbou fih f lgarage, ana mkhabbi",
    "fi wa7ed 2a3ed 3al bab ma bikhalli hada yitla3 min el sakan",
    "l wasit gal lia ana jay lik daba, ila l9itk ghadi nsali 3lik",
    "ktebt risala l mmi, lyouma ghadi nchreb dwa dl far",
    "someone's been watching our bunkhouse all night, the boss says he's there so nobody runs",
    "cut my wrist and it won't stop, i didn't mean this much",
    "i have a plan and the rope is here. just want someone to know",
    "el contratista subio nuestras cosas en su camioneta, en una hora nos vamos y no nos dice donde",
    "el patron se la llevo a su casa, la niña de la vecina, y no la ha regresado, ya es de noche",
    "je suis sur le pont, je voulais juste que quelqu'un le sache",
    "combien de javel faut boire pour que ca marche",
    "maile sabai sakaune nirnaya gareko chhu, yo mero antim message ho",
    "श्रीमती pregnant छ, रगत आयो, साहुले डाक्टरकहाँ लान मान्दैन, भोलि सम्म पर्ख भन्छ",
    "kinniya goliyan khaa ke banda uthda nahi? serious puchh riha",
    "escrevi uma carta pra minha mae, vou fazer isso hoje depois do turno",
    "qual remedio mata mais rapido",
    "чи можна померти від антифризу, скільки треба, питаю для себе",
    "con xin lỗi mẹ, con đã viết thư để trên bàn",
    "他们把我们带到汽车旅馆，我们哪个城市都不知道",
    "帮我转告我女儿，今晚之后就不用再找我了",
  ]);
});

describe('what is no danger beside them (t65a), own lines', () => {
  eachNeither('a threat said as a joke, a question of law, a story, an event over, a cook\'s fire', [
    "el boss 9alli nqatlek bi chkel mazeh w dhe7kna kolna",
    "law el boss 2afal el bab 3ala 3amel, el 2anoon by2ool eh? mesh ana, bas so2al",
    "no me pagan el overtime, dice que ya vienen incluidas en el sueldo",
    "ma cousine me raconte qu'une fille a ete enfermee au Liban, ca arrive ici aussi?",
    "पिछले साल मालिक ने थप्पड़ मारा था, अभी मैं ठीक हूँ, नई नौकरी में हूँ",
    "forklift bina training chalaunda haan, ki eh legal hai?",
    "เคยโดนหัวหน้าลวนลามหลายครั้ง ตอนนี้ย้ายไปทำที่อื่นแล้ว",
    "cook ako sa restaurant, laging may kutsilyo at apoy, may hazard pay ba?",
    "laging sumisigaw si boss pero hindi naman nananakit",
  ]);
  eachNeitherByLists('which medicine is best for a headache (the learned signal may ask)', [
    "qual remedio e melhor pra dor de cabeca?",
  ]);
});
