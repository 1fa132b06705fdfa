import { describe, expect, it } from 'vitest';
import { newSession } from '../../src/engine/session.ts';
import { keys, makeBundle, run } from '../support/engineFixtures.ts';

// Said once per conversation, before the first message in a language not yet checked by a translator.
const bundle = makeBundle({ drafts: ['es', 'fr'] });

describe('draft notice', () => {
  it('never for a reviewed language', () => {
    const rs = run(bundle, ['hi', '1', '2']);
    expect(rs.flatMap(keys)).not.toContain('draft-notice');
  });

  it('once, before the first message in a draft language, in that language', () => {
    const rs = run(bundle, ['hi', '1', '2', 'MENU'], newSession('es'));
    expect(keys(rs[0]!)).toEqual(['draft-notice', 'menu-prompt']);
    expect(rs[0]!.outputs[0]!.lang).toBe('es');
    expect(rs.slice(1).flatMap(keys)).not.toContain('draft-notice');
  });

  it('when the person switches into a draft language mid-conversation', () => {
    const [, , r] = run(bundle, ['hi', 'LANGUAGE', 'espanol']);
    expect(keys(r!)).toEqual(['draft-notice', 'menu-prompt']);
  });

  it('once for each draft language, when it is first used: again on a switch to another draft language, in it', () => {
    const rs = run(bundle, ['hi', 'LANGUAGE', 'espanol', 'LANGUAGE', 'french', '1', 'LANGUAGE', 'espanol', '1']);
    const notices = rs.flatMap((r) => r.outputs.filter((o) => o.key === 'draft-notice').map((o) => o.lang));
    expect(notices).toEqual(['es', 'fr']);
    expect(rs.at(-1)!.session.draftNotices).toEqual(['es', 'fr']);
  });

  it('not with the erase confirmation; again in the new conversation after ERASE', () => {
    const rs = run(bundle, ['hi', 'ERASE', 'hi'], newSession('es'));
    expect(keys(rs[1]!)).toEqual(['erased']);
    expect(keys(rs[2]!)).toEqual(['draft-notice', 'menu-prompt']);
  });
});
