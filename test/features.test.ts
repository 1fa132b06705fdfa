// What is on is decided in one place, features(config): from the configuration alone, the
// same answer `npm start`, the CLI and `waypoint doctor` act on.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { ConfigError } from '../src/configError.ts';
import { channelNames, features } from '../src/features.ts';
import { PARTS, partState } from '../src/doctor/parts.ts';

/** A value each variable accepts (URLs where a URL is wanted, long tokens where length is checked). */
const VALUE: Record<string, string> = {
  PUBLIC_BASE_URL: 'https://waypoint.example.org',
  LLM_BASE_URL: 'http://127.0.0.1:9/v1',
  TRAINER_TOKEN: 'a-trainer-token-of-enough-length',
};
const value = (name: string): string => VALUE[name] ?? `value-of-${name.toLowerCase()}`;

describe('features(config)', () => {
  it('with nothing set: the web chat only, understanding offline, rehearsal off, no warnings', () => {
    const f = features(loadConfig({}));
    expect(channelNames(f)).toEqual(['web']);
    expect(f.channels.sms).toEqual({});
    expect(f.consoles).toEqual({});
    expect(f.understanding).toEqual({ llm: null });
    expect(f.rehearsal).toBeNull();
    expect(f.warnings).toEqual([]);
    expect(f.channels.web.limits).toEqual({ newChatsPerAddress: 20, newChats: 600, messagesPerAddress: 120, messages: 6000 });
  });

  it('an LLM half set is a ConfigError naming the variable; with understanding and rehearsal\'s use of it off it is not read', () => {
    expect(() => features(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:9/v1' }))).toThrow(ConfigError);
    expect(() => features(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:9/v1' }))).toThrow(/LLM_MODEL/);
    expect(features(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'm' })).understanding?.llm).toMatchObject({ model: 'm', baseUrl: 'http://127.0.0.1:9/v1' });
    expect(features(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:9/v1', UNDERSTANDING: 'false', REHEARSAL_LLM: 'false' })).understanding).toBeNull();
    // Rehearsal's generated personas read the same settings.
    expect(() => features(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:9/v1', UNDERSTANDING: 'false' }))).toThrow(/LLM_MODEL/);
  });

  it('a part set only partly is off and named in the warnings, never with a value', () => {
    const f = features(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-value', TEAMS_HANDOFF_CONVERSATION_ID: '19:staff' }));
    expect(f.consoles).toEqual({});
    expect(f.warnings.map((w) => w.part)).toEqual(['slack', 'teams']);
    expect(JSON.stringify(f.warnings)).not.toContain('xoxb-secret-value');
  });

  it('agrees with doctor’s table for every combination of each part’s variables', () => {
    let checked = 0;
    for (const part of PARTS) {
      const names = [...new Set([...part.needs, ...(part.oneOf ?? []), ...(part.requires ?? [])])];
      for (let mask = 0; mask < 1 << names.length; mask++) {
        const env = Object.fromEntries(names.filter((_, i) => mask & (1 << i)).map((n) => [n, value(n)]));
        const table = partState(part, (n) => env[n] !== undefined).state === 'on';
        let decided = false;
        try {
          decided = part.on(features(loadConfig(env)));
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigError);
        }
        expect({ part: part.name, set: Object.keys(env), on: decided }).toEqual({ part: part.name, set: Object.keys(env), on: table });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
