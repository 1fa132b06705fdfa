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

// Lines of t69a only asked about at the round's end, read: a shed or a kitchen on fire with the
// fire brigade refused or smoke growing (es, Cantonese, Darija), shut in a freezer or cold room
// (en fr es pt ar tl), someone coming up the stairs with "where are you?" (pt ne en es tl), the
// pills put away for today and how to end this (pt), the top of a silo or a hotel's roof and "it
// will all be over, nobody will look for me" (fr tl), rat poison "enough for a person my size"
// (en tl es). Own lines.
describe('t69a: asked before, danger now', () => {
  eachFlagged('fire, a freezer, someone on the stairs, a plan at a height, a dose for a person', [
    "se prendio la bodega y el patron no quiere q llamemos a los bomberos",
    "they locked me in the freezer at the plant, i cant open it",
    "je suis enfermé dans la chambre froide depuis 10 minutes, personne répond",
    "to trancado na camara fria do frigorifico, socorro",
    "cade voces? ele ta subindo a escada",
    "help he's coming up the stairs",
    "tengo las pastillas guardadas para hoy, ya se como acabar con esto",
    "ja tenho os comprimidos guardados, hoje vou acabar com isto",
    "aakyat ako sa rooftop mamaya, tapos na lahat, walang maghahanap sa akin",
    "how much rat poison would be enough for a person my size",
  ]);
  eachLeftAlone('a grill that caught fire and was put out, a freezer at work, rat poison for rats', [
    "se prendio la plancha en la cocina ayer, la apagaron y nadie se quemo, es legal no tener salida de emergencia?",
    "i work in the walk in freezer all shift, do i get a cold weather break?",
    "how much rat poison should we put in the barn, the boss says its our job",
  ]);
});
