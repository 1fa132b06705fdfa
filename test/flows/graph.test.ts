import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/bundle.ts';
import { graphHtml, graphMermaid, nodeEdges } from '../../src/flows/graph.ts';
import { runGraph } from '../../src/flows/graph-cli.ts';
import { EN, MAIN, fixture, writeFixture } from './fixture.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = loadContent({ flowsDir: 'flows', localesDir: 'locales' });

describe('graphMermaid', () => {
  it('has every node of every repository flow, with its kind', () => {
    for (const flow of Object.values(repo.flows.flows)) {
      const mmd = graphMermaid(repo, flow.id);
      expect(mmd.startsWith('flowchart TD\n')).toBe(true);
      for (const node of Object.values(flow.nodes)) {
        expect(mmd).toContain(`n_${`${flow.id}_${node.id}`.replace(/[^A-Za-z0-9]/g, "_")}`);
        expect(mmd).toContain(`${node.id} · ${node.type}`);
      }
    }
  });

  it('shows English text, choice labels on edges and other flows as stubs', () => {
    const mmd = graphMermaid(repo, 'welcome');
    expect(mmd).toContain("Hi, it's Waypoint");
    expect(mmd).toMatch(/n_welcome_safety -->\|"Yes, it is safe"\| n_welcome_/);
    expect(mmd).toContain('n_main_menu[["main.menu"]]');
    expect(mmd).toMatch(/n_welcome_has_language -->\|"any value"\| n_welcome_safety/);
  });

  it('shortens long text to about 40 characters and escapes quotes', () => {
    const c = fixture({ en: EN.replace('info-text = Some information.', 'info-text = A "quoted" and very long sentence that goes on and on.') });
    const mmd = graphMermaid(c, 'main');
    expect(mmd).toContain('A #quot;quoted#quot; and very long sentence that…"]');
  });

  it('throws for an unknown flow', () => {
    expect(() => graphMermaid(repo, 'nope')).toThrow(/no flow/);
  });
});

describe('graphHtml', () => {
  const html = graphHtml(repo);

  it('has an anchor for every node and links for every edge', () => {
    for (const flow of Object.values(repo.flows.flows)) {
      for (const node of Object.values(flow.nodes)) {
        expect(html).toContain(`id="node-${flow.id}-${node.id}"`);
        for (const e of nodeEdges(node)) expect(html).toContain(`href="#node-${e.to.replace('.', '-')}"`);
      }
    }
  });

  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('escapes text and says where nothing leads', () => {
    const en = EN.replace('info-text = Some information.', 'info-text = Use <b> & "quotes"');
    const page = graphHtml(fixture({ en, flows: { main: MAIN + '  orphan:\n    type: say\n    say: info-text\n' } }));
    expect(page).toContain('Nothing leads here.');
    expect(page).toContain('The conversation ends here.');
    expect(page).toContain('<q>Use &lt;b&gt; &amp; &quot;quotes&quot;</q>');
  });
});

describe('runGraph', () => {
  it('writes one .mmd per flow and index.html', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'waypoint-graph-')), 'docs');
    const written = runGraph(writeFixture(), out, () => {});
    expect(written.map((p) => p.slice(out.length + 1))).toEqual(['main.mmd', 'index.html']);
    expect(readFileSync(join(out, 'main.mmd'), 'utf8')).toContain('n_main_menu');
  });
});
