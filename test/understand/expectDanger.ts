// Lines of text checked for danger, one test per line: on a busy machine each line has its own
// time, and a failure names the line. The understanding is the one of shared.ts, built once.
import { expect, it } from 'vitest';
import { listsAlone, understanding } from './shared.ts';

/** Each line is danger (`isDanger`). */
export function eachFlagged(title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  it.each(lines)(`${title}: %s`, (t) => {
    expect(understanding().isDanger(t), t).toBe(true);
  });
}

/** Each line is danger by the lists alone, whatever the learned signal reads (a concept or a rule, not a trained line). */
export function eachFlaggedByLists(title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  it.each(lines)(`${title}: %s`, (t) => {
    expect(listsAlone().routeOffline(t).danger, t).toBe(true);
  });
}

/** No line is danger (`isDanger`); the question "are you in danger right now?" may be asked. */
export function eachLeftAlone(title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  it.each(lines)(`${title}: %s`, (t) => {
    expect(understanding().isDanger(t), t).toBe(false);
  });
}

/** No line is danger, and none asks the question either (a route read offline). */
export function eachNeither(title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  it.each(lines)(`${title}: %s`, (t) => {
    const r = understanding().routeOffline(t);
    expect(r.danger || r.dangerCheck, t).toBe(false);
  });
}

/**
 * No line is danger, and the lists ask no question of it: the learned danger signal may (a line of
 * our own it reads as like danger, a cost recorded in docs/adr/0013-*.md).
 */
export function eachNeitherByLists(title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  it.each(lines)(`${title}: %s`, (t) => {
    const r = listsAlone().routeOffline(t);
    expect(r.danger || r.dangerCheck, t).toBe(false);
    expect(understanding().routeOffline(t).danger, t).toBe(false);
  });
}

/** Lines of one language (or of one kind): each of `yes` is danger, none of `no` is. */
export function expectDanger(label: string, yes: readonly string[], no: readonly string[]): void {
  eachFlagged(`${label}: flags`, yes);
  eachLeftAlone(`${label}: leaves alone`, no);
}
