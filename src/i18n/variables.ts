// Which variables a Fluent message reads. The engine passes a message only those (a turn's
// output and the reply kept for a redelivery carry no other session variable), and lint checks
// that translations read no variable their source does not.
import type { FluentBundle } from '@fluent/bundle';

/** Variables a pattern reads, following message references in the same bundle. */
export function patternVariables(bundle: FluentBundle, pattern: unknown, out = new Set<string>(), seen = new Set<string>()): Set<string> {
  const walk = (x: unknown): void => {
    if (typeof x === 'string' || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    const e = x as { type?: string; name?: string; attr?: string | null; selector?: unknown; variants?: { value: unknown }[]; args?: unknown[]; value?: unknown };
    switch (e.type) {
      case 'var':
        out.add(e.name!);
        break;
      case 'select':
        walk(e.selector);
        for (const v of e.variants ?? []) walk(v.value);
        break;
      case 'func':
      case 'term':
        for (const a of e.args ?? []) walk(a);
        break;
      case 'narg':
        walk(e.value);
        break;
      case 'mesg': {
        const id = `${e.name}.${e.attr ?? ''}`;
        if (seen.has(id)) break;
        seen.add(id);
        const m = bundle.getMessage(e.name!);
        if (m) walk(e.attr ? m.attributes[e.attr] : m.value);
        break;
      }
    }
  };
  walk(pattern);
  return out;
}
