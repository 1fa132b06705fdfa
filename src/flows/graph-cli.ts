// Thin wrapper for `waypoint flows graph [--out DIR]`: `<flow>.mmd` per flow and index.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../bundle.ts';
import { graphHtml, graphMermaid } from './graph.ts';

/** Write the files; returns the paths written. */
export function runGraph(config: { flowsDir: string; localesDir: string }, outDir: string, log: (s: string) => void = (s) => process.stdout.write(s)): string[] {
  const content = loadContent({ flowsDir: config.flowsDir, localesDir: config.localesDir });
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const id of Object.keys(content.flows.flows).sort()) {
    const path = join(outDir, `${id}.mmd`);
    writeFileSync(path, graphMermaid(content, id));
    written.push(path);
  }
  const index = join(outDir, 'index.html');
  writeFileSync(index, graphHtml(content));
  written.push(index);
  log(`wrote ${written.length} files to ${outDir}\n`);
  return written;
}
