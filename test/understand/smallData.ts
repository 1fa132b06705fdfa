import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small data folder of one language, in the shape of src/understand/data (no learned model). */
export function dataDir(example = 'they pay less than the paper said'): string {
  const dir = mkdtempSync(join(tmpdir(), 'wp-udata-'));
  const files: Record<string, string> = {
    examples: `lang: en\nstatus: draft\nexamples:\n  wages: ["${example}"]\n`,
    danger: 'lang: en\nstatus: draft\nreviewer_role: null\nphrases: [send help]\npatterns: ["\\\\bhelp me\\\\b"]\n',
    keywords: 'lang: en\nstatus: draft\nreviewer_role: null\ntopics:\n  wages: [pay, 911]\n',
    language: 'lang: en\nstatus: draft\nwords: [i, my]\n',
    social: 'lang: en\nstatus: draft\nphrases: [hello]\n',
    smalltalk: 'lang: en\nstatus: draft\nthanks: [thanks]\n',
  };
  for (const [folder, text] of Object.entries(files)) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'en.yaml'), text);
  }
  return dir;
}
