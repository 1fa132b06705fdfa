// t69a, a larger batch (50 danger and 30 harmless-but-scary lines a language) written by people
// shown only the situations and the languages, was scored at e13d34b9 before anyone read it: 594
// of 700 danger lines flagged, 62 asked, 44 missed, and 52 of its 840 harmless lines alarmed
// (6.2%: its writers made each harmless line close to a danger line they wrote). Its lines went
// into dev to train the learned signals; the false alarms were read: a rifle in the truck "for the
// coyotes", a hunting gun kept to hunt deer, a gun club next door (en es fr tl vi); gutting fish
// with knives, "blood everywhere, that's normal", "c'est la job", a kitchen's knives and burners
// "an ordinary day", a wok's flames "quite normal", a welder's fire and sparks (en fr tl uk zh ar);
// chainsaws and machetes all day (en); trash or brush burned on the ranch (es); a threat "just
// talk" (Levantine) or written in jest (ne); "he'll finish me at the agency", a career, not a life
// (ht pt); "this work is killing me", "this nail trade kills me slowly", "kills someone with
// tiredness" (ne pa vi pt); last year, last month, last week, in 2022, in the previous job
// (Darija, Egyptian, Cantonese, pt, ne hi pa en); hit nobody and went home (es); a TV serial (pa);
// in Haiti (ht); a supervisor who times the toilet (pt th). Own lines.
import { describe } from 'vitest';
import { eachFlagged, eachLeftAlone } from './expectDanger.ts';

describe('t69a: what is no danger, own lines', () => {
  eachLeftAlone('hunting guns, a trade\'s knives and blood, figures, the past, a threat in jest', [
    "my landlord keeps a rifle in his truck for the coyotes, he's fine, but the rent went up again, can he do that?",
    "el dueño tiene un club de tiro al lado, disparan todo el domingo, no dormimos, a quien le reclamo?",
    "le voisin a une carabine pour la chasse, il chasse le chevreuil en automne, est-ce que mon employeur peut me faire travailler le dimanche?",
    "we gut fish on the line all shift, blood everywhere, thats normal, but they never pay the overtime",
    "sa planta naglilinis kami ng manok gamit kutsilyo buong araw, normal yun, pero walang overtime pay",
    "cái nghề nail này giết em từ từ, làm 12 tiếng không có giờ nghỉ",
    "o gerente vai matar a gente de cansaço com esses turnos, quantas horas posso trabalhar por lei?",
    "kalam w bas, el m3allem by2ool ra7 ydabba7na iza ma khallasna, bas lazem nshtghel bel matar?",
    "at my previous job the boss pushed me, now i work somewhere else and i'm fine, can i still report him?",
  ]);
});

describe('t69a: danger beside them stays danger', () => {
  eachFlagged('a hunting gun taken out with a threat, now', [
    "il a sorti son fusil de chasse et dit que le premier qui part il tire",
    "he took the hunting rifle out of his truck and says nobody leaves tonight",
    "kinuha ni boss yung rifle sa pickup, sabi walang aalis ngayong gabi",
  ]);
});

// Three of t69a's danger lines were missed even by the signal trained on them: a death made to look
// like an accident "so my family still gets the insurance", "es mi último mensaje, perdón a todos",
// and a daughter kept at the boss's house until the debt is paid, "he came for her". Own lines.
describe('t69a: a death made to look like an accident, a last message, a child kept for a debt', () => {
  eachFlagged('danger', [
    "how do i make it look like an accident at work so my family gets the insurance money",
    "este es mi ultimo mensaje, perdonenme todos",
    "si no pago la deuda mi hija se tiene q quedar a trabajar en su casa, ya vino por ella",
  ]);
  // A last message about the pay is still read as leave-taking in en, es and tl ("this is my last
  // message about the pay, please answer me"): a false alarm left as it was.
  eachLeftAlone('an accident told', [
    "they made it look like an accident at work, can i still get compensation?",
  ]);
});
