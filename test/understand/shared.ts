// One understanding for all tests of a file: the index is built once.
import { createUnderstanding, type Understand } from '../../src/understand/understanding.ts';

let cached: Understand | null = null;
export function understanding(): Understand {
  cached ??= createUnderstanding();
  return cached;
}
