// Channels are translators behind a narrow port (src/channels/port.ts): no file in src/channels/
// imports the handoff queue, rehearsal or the application object, and nothing a channel loads
// when it runs leads there either. The wiring (src/server.ts, src/serve.ts, src/wiring/) is
// what connects them.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossings, files, SRC } from '../support/imports.ts';

const FORBIDDEN = (path: string): boolean => path.startsWith('handoff/') || path.startsWith('rehearsal/') || path === 'app.ts' || path.startsWith('wiring/');

describe('channel imports', () => {
  it('finds the channels files', () => {
    expect(files(join(SRC, 'channels')).map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(['channels/port.ts', 'channels/sms/index.ts', 'channels/teams/index.ts']));
  });

  it('imports nothing from handoff/, rehearsal/, wiring/ or app.ts', () => {
    expect(crossings('channels', FORBIDDEN).imported).toEqual([]);
  });

  it('loads none of them when it runs, through any other module', () => {
    expect(crossings('channels', FORBIDDEN).loaded).toEqual([]);
  });
});
