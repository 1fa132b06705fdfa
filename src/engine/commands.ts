import type { Command, Routes } from './types.ts';
import type { Turn } from './turn.ts';
import { COMMANDS } from './types.ts';
import { newSession, refOf } from './session.ts';

/** The route each command that moves the conversation leads to (the others act in place). */
export const COMMAND_ROUTES: Readonly<Partial<Record<Command, keyof Routes>>> = {
  menu: 'menu',
  start: 'menu',
  language: 'language',
  human: 'human',
  emergency: 'emergency',
  help: 'help',
};

/** A whole message that is a command word (in any language) is that command. */
export function findCommand(turn: Turn, normalized: string): Command | null {
  if (normalized === '') return null;
  for (const c of COMMANDS) {
    if (turn.bundle.catalog.commandWords(c).includes(normalized)) return c;
  }
  return null;
}

/**
 * ERASE is immediate, with no "are you sure?": the person may have seconds before
 * someone takes the phone. The conversation service deletes every row in the same
 * transaction; the session returned is blank apart from the language of the reply.
 */
export function erase(turn: Turn): void {
  const lang = turn.s.lang;
  turn.say(turn.bundle.keys.erased);
  turn.effects.push({ type: 'erase' });
  turn.event({ type: 'contact_erased' });
  Object.assign(turn.s, newSession(lang));
}

/** Carry out a global command. Returns the node to run next, or null when the turn is done. */
export function runCommand(turn: Turn, command: Command): string | null {
  const routes = turn.bundle.routes;
  turn.event({ type: 'command_used', command });
  switch (command) {
    case 'erase':
      erase(turn);
      return null;
    case 'stop':
      turn.say(turn.bundle.keys.stopped);
      turn.s.status = 'stopped';
      turn.s.at = null;
      turn.s.stack = [];
      turn.effects.push({ type: 'opt_out' });
      turn.event({ type: 'conversation_stopped' });
      return null;
    case 'start':
      return routes.menu;
    case 'menu':
      turn.s.stack = [];
      // MENU asks for the menu: a topic read from an earlier message (kept while the safety
      // question waited, or after "not now") does not stand in for it.
      turn.s.pendingTopic = null;
      return routes.menu;
    case 'language':
      return routes.language;
    case 'human':
      return routes.human;
    case 'emergency':
      return routes.emergency;
    case 'help':
      return routes.help;
    case 'open':
      // Nothing waiting here (the host releases waiting replies before the turn): a neutral
      // line, and the conversation stays where it was.
      turn.say(turn.bundle.keys.openNeutral);
      return null;
    case 'back': {
      const here = turn.s.at ? refOf(turn.s.at) : null;
      while (turn.s.back.length > 0) {
        const prev = turn.s.back.pop()!;
        const node = turn.node(prev);
        if (node?.type === 'ask' && refOf(prev) !== here) {
          turn.s.retries = 0;
          turn.prompt(prev, node);
          return null;
        }
      }
      turn.say(turn.bundle.keys.backUnavailable);
      return here ?? routes.menu;
    }
  }
}
