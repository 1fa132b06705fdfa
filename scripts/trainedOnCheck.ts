// `--check` of the three training scripts (danger and topic signals, rehearsal's learned earns):
// writes nothing, and fails naming the command to run when the shipped file was trained on other
// lines (or lists, or settings) than there are now. Its `trainedOn` hash says what it was trained on.
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';

export function checkTrainedOn(file: string, schema: z.ZodType<{ trainedOn: string }>, expected: string, on: string, command: string): void {
  const now = existsSync(file) ? schema.parse(JSON.parse(readFileSync(file, 'utf8'))).trainedOn : null;
  if (now !== expected) {
    console.error(`${file} was trained on other ${on} than there are now: run ${command}`);
    process.exit(1);
  }
  console.log(`${file}: trained on today's ${on}`);
}
