// The benchmark dialog's script: what the person sends and what must come back, turn by turn.
// One source for both sides of the comparison (bench/engine.ts and bench/botkit/bench.mjs)
// and for the HTTP figures. Choices vary with the conversation index so both sides of both
// branches run. Texts are the Botkit baseline's (and bench/locales/es/waypoint.ftl's).
export const TEXT = {
  q1: 'Hola. ¿Cómo quieres que te llamemos?',
  q2: (name) => `Gracias, ${name}. ¿Tu pregunta es sobre tu trabajo? (si/no)`,
  q3work: '¿En qué provincia trabajas?',
  q3other: '¿Sobre qué tema es tu pregunta?',
  q4: '¿Quieres hablar con una persona? (si/no)',
  sayHuman: 'De acuerdo: una persona del equipo te escribirá aquí.',
  sayInfo: 'De acuerdo: te enviaremos información.',
  q5: '¿Algo más? (si/no)',
  bye: 'Gracias. Puedes escribir MENU cuando quieras.',
};

export const TURNS = 6;

/** The six messages of conversation i. */
export function userTurns(i) {
  return ['ayuda', `Persona${i}`, i % 2 ? 'si' : 'no', i % 2 ? 'Ontario' : 'vivienda', i % 3 === 0 ? 'si' : 'no', 'no'];
}

/** The replies expected for each of the six turns of conversation i. */
export function expectedReplies(i) {
  const [, name, work, , human] = userTurns(i);
  return [
    [TEXT.q1],
    [TEXT.q2(name)],
    [work === 'si' ? TEXT.q3work : TEXT.q3other],
    [TEXT.q4],
    [human === 'si' ? TEXT.sayHuman : TEXT.sayInfo, TEXT.q5],
    [TEXT.bye],
  ];
}

/** True when the replies of one turn are exactly the expected ones. */
export function sameReplies(got, want) {
  return got.length === want.length && got.every((g, k) => g === want[k]);
}
