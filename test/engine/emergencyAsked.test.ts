// A question about how to get emergency help is answered with the emergency message, then the
// line that answers it (who answers and in what languages; Waypoint calls no one).
import { describe, expect, it } from 'vitest';
import { step } from '../../src/engine/index.ts';
import { asUnderstanding } from '../../src/understand/understanding.ts';
import { understanding } from '../understand/shared.ts';
import { atMenu, bundle, understood as u } from '../support/atMenu.ts';

describe('a question about how to get emergency help', () => {
  it('gets the emergency message, then the line that answers it, before the offer of a person', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: '…', understood: u({ danger: true, dangerAsked: true, dangerLang: 'en' }) });
    const keys = r.outputs.map((o) => o.key);
    expect(keys[0]).toBe('emergency-now');
    expect(keys[1]).toBe('emergency-asked');
    expect(r.outputs[1]!.text).toMatch(/interpreters/);
  });

  it('as a first message, in the language it was written in', () => {
    const text = 'si me pasa algo en la madrugada a quien le marco?';
    const understood = asUnderstanding(understanding().routeOffline(text));
    expect(understood.dangerAsked).toBe(true);
    const r = step(bundle, null, { type: 'text', text, understood });
    const said = r.outputs.map((o) => `${o.key}/${o.lang}`);
    expect(said.slice(0, 2)).toEqual(['emergency-now/es', 'emergency-asked/es']);
  });

  it('other danger gets the emergency message alone', () => {
    const r = step(bundle, atMenu(), { type: 'text', text: '…', understood: u({ danger: true, dangerLang: 'en' }) });
    expect(r.outputs.map((o) => o.key)).not.toContain('emergency-asked');
  });
});
