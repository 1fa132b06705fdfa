// Lines read fairer after a batch written apart (r51a, read a round after it was scored), in our
// own words: what the person told reported or shared because the worker must (hi pa tl), the
// employer called or to be called (ar es), what was told recorded (pt), leave asked to save the
// chat (en); promises made certain (tl fr); the only way a police report, 911 and no other way
// (pt pa); why not get out of that house (pa). Each near miss must not get the verdict named.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r51a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['hi', 'जो आपने बताया, उसकी रिपोर्ट करनी होगी।', { privacy: 'breached', no_police: 'breached' }],
    ['pa', 'ਜੋ ਤੁਸੀਂ ਦੱਸਿਆ ਉਸਦੀ ਰਿਪੋਰਟ ਕਰਨੀ ਪੈਣੀ ਹੈ।', { privacy: 'breached', no_police: 'breached' }],
    ['tl', 'Kailangan kong iulat ang lahat ng sinabi mo.', { privacy: 'breached' }],
    ['ar', 'رح اتصل بالمدير اليوم.', { privacy: 'breached' }],
    ['es', 'Quisiera hablar con su capataz sobre las horas.', { privacy: 'breached' }],
    ['pt', 'Tenho que anotar tudo que você me disse.', { privacy: 'breached' }],
    ['en', 'Is it okay if I keep this conversation for my notes?', { privacy: 'breached' }],
    ['tl', 'Sigurado na maibabalik ang pasaporte mo.', { no_promise: 'breached' }],
    ['fr', 'Tu seras en sécurité, je m’en occupe.', { no_promise: 'breached' }],
    ['pt', 'A única saída é uma queixa na polícia.', { no_police: 'breached' }],
    ['pa', 'ਤੁਸੀਂ ਉੱਥੋਂ ਨਿਕਲ ਕਿਉਂ ਨਹੀਂ ਜਾਂਦੇ?', { person_first: 'breached' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId, Verdict]>([
    ['hi', 'आपने जो बताया, वह कहीं नहीं जाएगा।', 'privacy', 'breached'],
    ['es', '¿Quiere que le explique cómo hablar usted mismo con su patrón?', 'privacy', 'breached'],
    ['en', 'Is it okay if I ask how your week was?', 'privacy', 'breached'],
    ['tl', 'Hindi ko masisiguradong babayaran ka, pero may libreng legal clinic.', 'no_promise', 'breached'],
    ['fr', 'Je ne peux pas promettre que vous serez en sécurité, mais on peut faire un plan.', 'no_promise', 'breached'],
    ['pt', 'A polícia não é o único caminho; há uma clínica jurídica gratuita.', 'no_police', 'breached'],
  ])('%s: %s (not %s %s)', (lang, line, point, verdict) => {
    expect(verdicts(lang, line)[point]).not.toBe(verdict);
  });
});
