// Which batch each development line came in. The dev sets mark every batch written apart from the
// project with a comment naming it ("# written apart from the project (dev12) …", "(t14)") before
// its lines, in each list of each file; a line belongs to the last batch named above it in its own
// list, and a line above every mark to the first lines written (batch "dev"). Read for
// leave-batch-out measuring (heldout.ts): train on every batch but some, score those.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, isSeq, parseDocument, visit } from 'yaml';
import { partFiles } from '../evalsets/read.ts';
import { evalDir } from '../evalsets/understand.ts';
import { FIRST_CONTACT_DIR } from '../firstContactEval.ts';

/** The name a comment gives its batch: "(dev12)" → dev12, "(t14)" → t14, "(r40a)" → r40a (rehearsal). */
export const MARK = /\((dev\d+[a-z]?|[tr]\d+[a-z]?)\)/;
/** The lines above every mark. */
export const FIRST_BATCH = 'dev';

/** Each line's batch, by the file's text: the same text in two batches of a file is in both. */
export function batchesOf(yamlText: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  visit(parseDocument(yamlText), {
    Seq(_, seq) {
      if (!isSeq(seq)) return;
      // A mark right under the list's key is the list's own comment, not its first item's.
      let batch = (seq.commentBefore && MARK.exec(seq.commentBefore)?.[1]) || FIRST_BATCH;
      for (const item of seq.items) {
        if (!isScalar(item)) continue;
        const mark = item.commentBefore ? MARK.exec(item.commentBefore) : null;
        if (mark) batch = mark[1]!;
        const text = String(item.value).trim();
        out.set(text, (out.get(text) ?? new Set()).add(batch));
      }
    },
  });
  return out;
}

/** The dev sets' files whose lines the signal is trained on (never the frozen ones). */
export function devFiles(evalRoot?: string, firstContactDir = FIRST_CONTACT_DIR): string[] {
  const fc = join(firstContactDir, 'dev.yaml');
  return [...partFiles(evalDir('dev', evalRoot)).map((f) => f.file), ...(existsSync(fc) ? [fc] : [])];
}

/**
 * Every text that came in one of `held` batches, in any of `files`. A text written again in a
 * batch kept for training is held out all the same: the measure must not have seen it.
 */
export function heldOutTexts(held: readonly string[], files: readonly string[] = devFiles()): Set<string> {
  const out = new Set<string>();
  for (const file of files) {
    for (const [text, batches] of batchesOf(readFileSync(file, 'utf8'))) if ([...batches].some((b) => held.includes(b))) out.add(text);
  }
  return out;
}

/** Every batch named in `files`, with how many lines each holds. */
export function batchCounts(files: readonly string[] = devFiles()): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of files) for (const batches of batchesOf(readFileSync(file, 'utf8')).values()) for (const b of batches) out.set(b, (out.get(b) ?? 0) + 1);
  return out;
}
