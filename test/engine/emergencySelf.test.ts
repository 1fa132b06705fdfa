// Someone whose words read as wanting to die gets, besides the emergency message, the suicide
// crisis line (9-8-8), in the language the emergency message was said in; before the danger
// question when only weak signs were read. Other danger gets the emergency message alone.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/engine/index.ts';
import { asUnderstanding } from '../../src/understand/understanding.ts';
import { languages } from '../../src/content/topics.ts';
import { understanding } from '../understand/shared.ts';
import { atMenu, bundle, understood as u } from '../support/atMenu.ts';

describe('the suicide crisis line', () => {
  it('follows the emergency message, before the offer of a person', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: '…', understood: u({ danger: true, dangerSelf: true, dangerLang: 'en' }) });
    const keys = r.outputs.map((o) => o.key);
    expect(keys.slice(0, 2)).toEqual(['emergency-now', 'emergency-self']);
    expect(r.outputs[1]!.text).toContain('9-8-8');
  });

  it('comes after the line answering a question about emergency help', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: '…', understood: u({ danger: true, dangerSelf: true, dangerAsked: true, dangerLang: 'en' }) });
    expect(r.outputs.map((o) => o.key).slice(0, 3)).toEqual(['emergency-now', 'emergency-asked', 'emergency-self']);
  });

  it('as a first message, in the language it was written in, before any notice', () => {
    const text = 'gracias por todo, diganle a mi mama que la quiero y que me perdone';
    const understood = asUnderstanding(understanding().routeOffline(text));
    expect(understood.danger).toBe(true);
    expect(understood.dangerSelf).toBe(true);
    const r = step(bundle, null, { type: 'text', text, understood });
    expect(r.outputs.map((o) => `${o.key}/${o.lang}`).slice(0, 2)).toEqual(['emergency-now/es', 'emergency-self/es']);
  });

  it('comes just before the danger question when only weak signs were read, mid-conversation', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: '…', understood: u({ dangerCheck: true, dangerSelf: true, dangerLang: 'en' }) });
    const keys = r.outputs.map((o) => o.key);
    const self = keys.indexOf('emergency-self');
    expect(self).toBeGreaterThanOrEqual(0);
    expect(r.outputs[self + 1]!.choices?.length).toBeGreaterThan(0);
    expect(keys).not.toContain('emergency-now');
  });

  it('is not said for other danger, nor for a weak sign of another kind', () => {
    const knife = asUnderstanding(understanding().routeOffline('he has a knife and is outside my door right now'));
    expect(knife.danger).toBe(true);
    expect(knife.dangerSelf).toBeUndefined();
    for (const understood of [knife, u({ danger: true, dangerLang: 'en' }), u({ dangerCheck: true, dangerLang: 'en' })]) {
      const r = step(bundle, atMenu(), { type: 'text', text: '…', understood });
      expect(r.outputs.map((o) => o.key)).not.toContain('emergency-self');
    }
  });

  it('is said once, and never without danger or its question', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: '…', understood: u({ dangerSelf: true, dangerLang: 'en' }) });
    expect(r.outputs.map((o) => o.key)).not.toContain('emergency-self');
    const twice = step(bundle, atMenu(), { type: 'text', text: '…', understood: u({ danger: true, dangerSelf: true, dangerLang: 'en' }) });
    expect(twice.outputs.filter((o) => o.key === 'emergency-self')).toHaveLength(1);
  });

  it('exists in every language, with the number, and opens with nothing alarming', () => {
    for (const lang of languages()) {
      const f = bundle.catalog.format(lang, 'emergency-self');
      expect(f?.lang, lang).toBe(lang);
      expect(f!.text, lang).toContain('9-8-8');
    }
    // What a lock screen shows: the first 40 characters.
    expect(bundle.catalog.format('en', 'emergency-self')!.text.slice(0, 40)).not.toMatch(/suicid|die|life|kill/i);
  });
});
