// The real content (flows/, locales/) and a contact resting at the main menu in English: where
// engine tests that feed an `understood` result by hand start from.
import { loadContent } from '../../src/bundle.ts';
import { step, newSession, type Session, type Understanding } from '../../src/engine/index.ts';

export const { bundle } = loadContent({ flowsDir: 'flows', localesDir: 'locales' });

/** An understanding with nothing found, and what the test sets. */
export const understood = (over: Partial<Understanding>): Understanding => ({ lang: null, topic: null, candidates: [], danger: false, ...over });

/** A contact who said hi and answered the safety question: at the menu. */
export function atMenu(): Session {
  let s = step(bundle, newSession('en'), { type: 'text', text: 'hi' }).session;
  s = step(bundle, s, { type: 'choice', id: 'safe' }).session;
  return s;
}
