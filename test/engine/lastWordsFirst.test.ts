// A first message to a help service that only takes leave ("I just wanted to say goodbye") is
// how a last message is written: it gets the emergency message in its language, the suicide
// crisis line and "Are you in danger right now?". The same words later in a conversation ("ok,
// goodbye") are no danger, and a first message that takes leave about a matter of work, or
// inside a figure of speech, goes on as any first message.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/engine/index.ts';
import { PENDING_SUGGESTIONS } from '../../src/engine/session.ts';
import { asUnderstanding } from '../../src/understand/understanding.ts';
import { understanding } from '../understand/shared.ts';
import { atMenu, bundle } from '../support/atMenu.ts';

const LAST_WORDS: [string, string][] = [
  ['en', 'I just wanted to say goodbye'],
  ['fr', 'je voulais juste dire au revoir'],
  ['ht', 'm vle di orevwa'],
  ['uk', 'я хочу попрощатися'],
  ['zh', '我只是想说再见'],
  ['th', 'แค่อยากบอกลา'],
  ['hi', 'bas alvida kehna tha'],
  ['pa', 'ਬੱਸ ਅਲਵਿਦਾ ਕਹਿਣੀ ਸੀ'],
  ['vi', 'em chi muon noi loi tam biet'],
];

const keysOf = (r: ReturnType<typeof step>) => r.outputs.map((o) => `${o.key}/${o.lang}`);

describe('a first message that only takes leave', () => {
  it.each(LAST_WORDS)('%s: "%s" gets the emergency message and the crisis line in its language, then the danger question', (lang, text) => {
    const understood = asUnderstanding(understanding().routeOffline(text));
    expect(understood.danger).toBe(false);
    const r = step(bundle, null, { type: 'text', text, understood });
    const keys = keysOf(r);
    expect(keys[0]).toBe(`emergency-now/${lang}`);
    expect(keys).toContain(`emergency-self/${lang}`);
    // The last output asks, with its choices: "Are you in danger right now?"
    expect(r.outputs.at(-1)!.choices?.length).toBeGreaterThan(0);
    expect(r.session.lang).toBe(lang);
    // No "did you mean" kept for later: last words name no topic.
    expect(r.session.suggested ?? []).toEqual([]);
    expect(r.session.pendingTopic).not.toBe(PENDING_SUGGESTIONS);
  });

  it.each(LAST_WORDS)('%s: "%s" later in a conversation is no danger', (_lang, text) => {
    const understood = asUnderstanding(understanding().routeOffline(text));
    // Read as leave-taking, not as danger or a weak sign of it (which would ask in a conversation too).
    if (understood.dangerCheck) return expect(understood.leaving).toBeUndefined();
    expect(understood.leaving).toBe(true);
    const keys = keysOf(step(bundle, atMenu(), { type: 'text', text, understood }));
    expect(keys.some((k) => k.startsWith('emergency-'))).toBe(false);
  });

  it('a first message that takes leave about a matter of work, in a figure of speech, or says thanks and bye goes on as any first message', () => {
    for (const text of ['perdonen la molestia, no me han pagado', "ця робота мене вб'є, вже сил нема", 'thanks, bye', 'ok bye', 'هل هالرقم آمن؟ ما بدي حدا يعرف إني كتبتلكن']) {
      const understood = asUnderstanding(understanding().routeOffline(text));
      const keys = keysOf(step(bundle, null, { type: 'text', text, understood }));
      expect(keys.some((k) => k.startsWith('emergency-')), text).toBe(false);
    }
  });
});
