import type { Finding, LintContext } from './types.ts';

/** A flow, _routes.yaml, a command or the code (src/content/codeKeys.ts) needs a key the source catalogue does not have. */
export function unknownKeys(ctx: LintContext): Finding[] {
  const { source, locales } = ctx.content.locales;
  const catalogue = locales.get(source);
  const out: Finding[] = [];
  for (const [key, uses] of ctx.uses) {
    if (catalogue?.messages.has(key)) continue;
    for (const u of uses) {
      out.push({
        rule: 'unknown-key',
        severity: 'error',
        ...(u.file ? { file: u.file } : {}),
        ...(u.line ? { line: u.line } : {}),
        ...(u.flow ? { flow: u.flow, node: u.node } : {}),
        key,
        lang: source,
        message: `"${key}" (${u.as}) is not in the ${source} catalogue`,
      });
    }
  }
  return out;
}

/** A source message nothing uses: dead text that still costs translators time. */
export function unusedKeys(ctx: LintContext): Finding[] {
  const { source, locales } = ctx.content.locales;
  const catalogue = locales.get(source);
  if (!catalogue) return [];
  const out: Finding[] = [];
  for (const m of catalogue.messages.values()) {
    if (ctx.uses.has(m.key)) continue;
    out.push({ rule: 'unused-key', severity: 'warning', file: catalogue.file, line: m.line, key: m.key, lang: source, message: `"${m.key}" is not used by any flow, route, command or code key (src/content/codeKeys.ts)` });
  }
  return out;
}
