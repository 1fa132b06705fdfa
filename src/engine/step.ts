import type { AskNode, Bundle, FlowNode, Input, Position, Session, StepResult } from './types.ts';
import { MAX_INPUT_CHARS } from './types.ts';
import { Turn } from './turn.ts';
import { copySession, newSession, refOf } from './session.ts';
import { normalize } from './normalize.ts';
import { findCommand, runCommand } from './commands.ts';
import { answerAsk, runAsk } from './nodes/ask.ts';
import { runSay } from './nodes/say.ts';
import { runSet } from './nodes/set.ts';
import { runBranch } from './nodes/branch.ts';
import { runJump } from './nodes/jump.ts';
import { runReturn, runSubflow } from './nodes/subflow.ts';
import { runEffect } from './nodes/effect.ts';

function runNode(turn: Turn, p: Position, node: FlowNode): string | null {
  switch (node.type) {
    case 'say':
      return runSay(turn, node);
    case 'ask':
      return runAsk(turn, p, node);
    case 'set':
      return runSet(turn, node);
    case 'branch':
      return runBranch(turn, node);
    case 'jump':
      return runJump(node);
    case 'subflow':
      return runSubflow(turn, node);
    case 'return':
      return runReturn(turn, node);
    case 'effect':
      return runEffect(turn, node);
  }
}

/**
 * Advance a conversation by one inbound input. Pure: no I/O, no clock, no randomness;
 * `now` is passed in for callers that record it and is not read otherwise.
 */
export function step(bundle: Bundle, session: Session | null, input: Input, now: Date): StepResult {
  void now;
  const turn = new Turn(bundle, copySession(session ?? newSession()));
  const s = turn.s;
  s.turns += 1;

  const text = input.type === 'text' ? cleanText(turn, input.text) : '';
  const command = input.type === 'command' ? input.command : findCommand(turn, normalize(text));

  let next: string | null = null;
  if (s.status === 'stopped') {
    // After STOP, silence: only START (or ERASE) is answered.
    if (command === 'start') {
      s.status = 'active';
      turn.effects.push({ type: 'opt_in' });
      turn.event({ type: 'conversation_resumed' });
      next = runCommand(turn, 'start');
    } else if (command === 'erase') {
      next = runCommand(turn, 'erase');
    } else {
      return finish(turn);
    }
  } else if (command) {
    if (s.status === 'new') startConversation(turn);
    next = runCommand(turn, command);
  } else if (s.status === 'new') {
    startConversation(turn);
    next = bundle.routes.entry;
  } else if (s.status === 'ended' || !s.at) {
    next = bundle.routes.menu;
  } else {
    const node = turn.node(s.at);
    if (!node || node.type !== 'ask') {
      turn.event({ type: 'session_recovered', flow: s.at.flow, node: s.at.node });
      turn.say(bundle.keys.recovered);
      s.at = null;
      s.stack = [];
      next = bundle.routes.menu;
    } else if (text === '' && input.type === 'text') {
      // Empty or invisible-only message: show the question again rather than count a miss.
      turn.prompt(s.at, node as AskNode);
    } else {
      next = answerAsk(turn, s.at, node, input, text);
    }
  }
  if (next !== null) turn.go(next, runNode);
  return finish(turn);
}

function startConversation(turn: Turn): void {
  turn.s.status = 'active';
  turn.event({ type: 'conversation_started', lang: turn.lang });
}

/** Make inbound text safe to handle: well-formed Unicode, no NULs, at most MAX_INPUT_CHARS. */
function cleanText(turn: Turn, raw: string): string {
  let text = raw.toWellFormed().replace(/\u0000/g, '');
  if (text !== raw) turn.event({ type: 'input_refused', reason: 'invalid_text' });
  if (text.length > MAX_INPUT_CHARS) {
    turn.event({ type: 'input_trimmed', from: text.length, to: MAX_INPUT_CHARS });
    text = text.slice(0, MAX_INPUT_CHARS).toWellFormed();
    turn.say(turn.bundle.keys.inputTrimmed);
  }
  return text;
}

/** Say once per conversation that a draft translation has not been checked by a person. */
function finish(turn: Turn): StepResult {
  const { catalog, keys } = turn.bundle;
  if (!turn.s.draftNoticeShown) {
    const i = turn.outputs.findIndex((o) => o.key !== keys.erased && catalog.isDraft(o.lang));
    if (i >= 0) {
      const lang = turn.outputs[i]!.lang;
      const f = catalog.format(lang, keys.draftNotice);
      if (f) {
        turn.outputs.splice(i, 0, { type: 'message', key: keys.draftNotice, text: f.text, lang: f.lang });
        turn.event({ type: 'message_sent', key: keys.draftNotice, lang: f.lang });
        turn.s.draftNoticeShown = true;
      }
    }
  }
  return { session: turn.s, outputs: turn.outputs, effects: turn.effects, events: turn.events };
}

export { newSession, refOf };
