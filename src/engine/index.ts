// The engine's public surface. Everything here is pure.
export * from './types.ts';
export { step } from './step.ts';
export { newSession, parseRef, refOf } from './session.ts';
export { normalize, foldDigits } from './normalize.ts';
