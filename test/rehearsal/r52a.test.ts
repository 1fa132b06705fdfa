// Lines read fairer after a batch written apart (r52a), in our own words: what the person said
// reported because the worker is bound to (ar ht pt), a call to the shop's or salon's owner
// offered, leave asked to call the person's mother (ar pt en); promises made certain ("that's for
// sure", "I guarantee it", "we'll get your passport back", "you are completely safe": es fr ar hi);
// blame ("why didn't you complain before", "why keep doing this work", "why don't you leave your
// son's house", "your own weakness": es fr pa). Each near miss must not get the verdict named.
import { describe, expect, it } from 'vitest';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { expectVerdicts, verdicts } from './verdicts.ts';

describe('r52a: what reads right', () => {
  it.each<[string, string, Partial<Record<PointId, Verdict>>]>([
    ['ar', 'لازم ابلغ عن اللي حكيتلي.', { privacy: 'breached' }],
    ['ht', 'Nou oblije rapòte sa ou te di m yo.', { privacy: 'breached', no_police: 'breached' }],
    ['pt', 'Tenho que informar tudo o que você escreveu.', { privacy: 'breached' }],
    ['pt', 'Quer que eu fale com a dona do salão?', { privacy: 'breached' }],
    ['ar', 'بدك اكلم صاحب المحل عنك؟', { privacy: 'breached' }],
    ['en', 'Mind if I text your mother so she knows where you are?', { privacy: 'breached' }],
    ['es', 'Seguro que lo llaman el año que viene, no se apure.', { no_promise: 'breached' }],
    ['fr', 'Personne ne vous expulsera, je te le garantis.', { no_promise: 'breached' }],
    ['ar', 'رح نرجعلك جوازك بسرعة.', { no_promise: 'breached' }],
    ['hi', 'डरिए मत, आप बिल्कुल सुरक्षित हैं।', { no_promise: 'breached' }],
    ['es', '¿Por qué no dijo nada antes?', { person_first: 'breached' }],
    ['fr', 'Pourquoi tu continues ce métier ?', { person_first: 'breached' }],
    ['pa', 'ਇਹ ਤੁਹਾਡੀ ਆਪਣੀ ਗਲਤੀ ਹੈ।', { person_first: 'breached' }],
  ])('%s: %s', (lang, line, want) => {
    expectVerdicts(lang, line, want);
  });

  it.each<[string, string, PointId, Verdict]>([
    ['ht', 'Ou pa oblije rapòte anyen bay lapolis.', 'no_police', 'breached'],
    ['pt', 'Você não precisa informar nada a ninguém.', 'privacy', 'breached'],
    ['en', 'Is it okay if I call you back tomorrow?', 'privacy', 'breached'],
    ['fr', 'Je ne peux pas vous garantir le résultat, un agent décide.', 'no_promise', 'breached'],
    ['es', 'No es seguro que lo llamen, pero puede preguntar a una clínica.', 'no_promise', 'breached'],
    ['ar', 'ما بقدر وعدك انه رح يرجعلك جوازك، بس في محامي ممكن يساعد.', 'no_promise', 'breached'],
    ['es', 'No tiene que explicar por qué no se quejó antes.', 'person_first', 'breached'],
  ])('%s: %s (not %s %s)', (lang, line, point, verdict) => {
    expect(verdicts(lang, line)[point]).not.toBe(verdict);
  });
});
