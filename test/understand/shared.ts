// One understanding for all tests of a file: the index is built once.
import { createUnderstanding, type Understand } from '../../src/understand/understanding.ts';

let cached: Understand | null = null;
export function understanding(): Understand {
  cached ??= createUnderstanding();
  return cached;
}

let lists: Understand | null = null;
/** The lists alone, without the learned danger signal: what they read of a line, once. */
export function listsAlone(): Understand {
  lists ??= createUnderstanding({ dangerModel: null });
  return lists;
}
