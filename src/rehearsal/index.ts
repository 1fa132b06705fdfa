// Rehearsal for trainers: personas as data, a pure session engine, a debrief, walk mode.
// Nothing here opens a store or sends anything.
export { loadPersonas, PERSONAS_DIR, type Persona, type LoadedPersonas } from './persona.ts';
export { startRehearsal, trainee, replay, RehearsalError, type RehearsalSession, type PracticeMessage, type RehearsalEvent } from './session.ts';
export { debrief, debriefMarkdown, debriefHtml, type Debrief, type DebriefItem } from './debrief.ts';
export { walkFlows, type WalkTurn, type WalkOutput } from './walk.ts';
export { SIGNALS, INTENTS, signalsOf, explain, type Signal, type Intent } from './signals.ts';
export { startPractice, claimPractice, replyPractice, closePractice, channelOf, CONSENT_KEYS, AFTER_YES_KEYS, type Practice, type PracticeStep, type ShownToContact, type ContactSaw } from './practice.ts';
export { PracticeRooms, contactSawFrom, type RoomView, type RoomsOptions } from './rooms.ts';
