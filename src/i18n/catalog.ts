import type { FluentBundle } from '@fluent/bundle';
import type { Catalog, Command, Formatted } from '../engine/types.ts';
import { COMMANDS } from '../engine/types.ts';
import { normalize } from '../engine/normalize.ts';
import type { LoadedLocales, Locale } from './load.ts';
import { patternVariables } from './variables.ts';

/** The key of each global command's words: `cmd-menu = MENU` with `.synonyms = …`. */
export const commandKey = (c: Command): string => `cmd-${c}`;

export interface CatalogOptions {
  /** CONTENT_REVIEWED_ONLY: offer only languages whose every message is reviewed. */
  reviewedOnly: boolean;
}

/**
 * The engine's Catalog over Fluent bundles. Everything a turn needs — fallback chains,
 * normalized choice words, command words — is computed here, once, at start.
 */
export class FluentCatalog implements Catalog {
  private readonly chains = new Map<string, Locale[]>();
  private readonly words = new Map<string, Map<string, string[]>>();
  private readonly commands = new Map<Command, string[]>();
  private readonly drafts = new Set<string>();
  private readonly vars = new Map<string, readonly string[]>();
  private readonly offered: string[];

  constructor(
    readonly loaded: LoadedLocales,
    options: CatalogOptions,
  ) {
    for (const [code, locale] of loaded.locales) {
      const chain = [code, ...locale.language.fallback, loaded.defaultLanguage]
        .filter((c, i, a) => a.indexOf(c) === i)
        .map((c) => loaded.locales.get(c))
        .filter((l): l is Locale => l !== undefined);
      this.chains.set(code, chain);
      if (code !== loaded.source && [...locale.messages.values()].some((m) => m.meta.status !== 'reviewed')) this.drafts.add(code);
    }
    this.offered = [...loaded.locales.keys()].filter((c) => !(options.reviewedOnly && this.drafts.has(c)));
    for (const code of loaded.locales.keys()) {
      const perKey = new Map<string, string[]>();
      const keys = new Set(this.chain(code).flatMap((l) => [...l.messages.keys()]));
      for (const key of keys) perKey.set(key, this.computeWords(code, key));
      this.words.set(code, perKey);
    }
    // Per key, the variables any language's version reads (value and attributes).
    const found = new Map<string, Set<string>>();
    for (const locale of loaded.locales.values()) {
      for (const key of locale.messages.keys()) {
        const m = locale.bundle.getMessage(key);
        if (!m) continue;
        const set = found.get(key) ?? new Set<string>();
        patternVariables(locale.bundle, m.value, set);
        for (const a of Object.values(m.attributes)) patternVariables(locale.bundle, a, set);
        found.set(key, set);
      }
    }
    for (const [key, set] of found) this.vars.set(key, [...set].sort());
    for (const c of COMMANDS) {
      const all = new Set<string>();
      for (const code of loaded.locales.keys()) for (const w of this.words.get(code)?.get(commandKey(c)) ?? []) all.add(w);
      this.commands.set(c, [...all]);
    }
  }

  variables(key: string): readonly string[] {
    return this.vars.get(key) ?? [];
  }

  languages(): readonly string[] {
    return this.offered;
  }

  defaultLanguage(): string {
    return this.loaded.defaultLanguage;
  }

  /** The language's writing direction (locales/languages.yaml); left to right when unknown. */
  readonly dirOf = (lang: string): 'ltr' | 'rtl' => this.loaded.locales.get(lang)?.language.dir ?? 'ltr';

  askIn(): readonly string[] {
    return this.loaded.askIn.filter((l) => this.offered.includes(l));
  }

  private chain(lang: string): Locale[] {
    return this.chains.get(lang) ?? this.chains.get(this.loaded.defaultLanguage) ?? [];
  }

  format(lang: string, key: string, args?: Record<string, string | number>): Formatted | null {
    for (const locale of this.chain(lang)) {
      const msg = locale.bundle.getMessage(key);
      if (msg?.value) return { text: formatPattern(locale.bundle, msg.value, args), lang: locale.language.code };
    }
    return null;
  }

  /** A message attribute (e.g. `.synonyms`) in the first language of the chain that has the message. */
  attribute(lang: string, key: string, attr: string): string | null {
    for (const locale of this.chain(lang)) {
      const msg = locale.bundle.getMessage(key);
      if (msg) {
        const pattern = msg.attributes[attr];
        return pattern ? formatPattern(locale.bundle, pattern, {}) : null;
      }
    }
    return null;
  }

  private computeWords(lang: string, key: string): string[] {
    const out = new Set<string>();
    const label = this.format(lang, key, {})?.text;
    if (label) out.add(normalize(label));
    for (const s of (this.attribute(lang, key, 'synonyms') ?? '').split(',')) {
      const n = normalize(s);
      if (n) out.add(n);
    }
    out.delete('');
    return [...out];
  }

  matchWords(lang: string, key: string): readonly string[] {
    return this.words.get(lang)?.get(key) ?? this.words.get(this.loaded.defaultLanguage)?.get(key) ?? [];
  }

  commandWords(command: Command): readonly string[] {
    return this.commands.get(command) ?? [];
  }

  isDraft(lang: string): boolean {
    return this.drafts.has(lang);
  }
}

function formatPattern(bundle: FluentBundle, pattern: Parameters<FluentBundle['formatPattern']>[0], args?: Record<string, string | number>): string {
  const errors: Error[] = [];
  // Errors (a missing variable) leave a visible {$name}; lint reports them, a turn goes on.
  return bundle.formatPattern(pattern, args ?? {}, errors);
}
