import type { LoadedContent } from '../../bundle.ts';

export type Severity = 'error' | 'warning';

/** One thing a content author should look at, with where it is. */
export interface Finding {
  /** Stable rule id, e.g. `unknown-key`, `sms-segments`. */
  rule: string;
  severity: Severity;
  file?: string;
  line?: number;
  flow?: string;
  node?: string;
  key?: string;
  lang?: string;
  message: string;
}

export interface LanguageSummary {
  code: string;
  name: string;
  /** Messages in this language's catalogue. */
  keys: number;
  /** Keys the flows, routes and commands need that this catalogue lacks (they fall back). */
  missing: string[];
  /** Keys whose source message has `.synonyms` but this translation has none. */
  missingSynonyms: string[];
  status: { reviewed: number; draft: number };
  complete: boolean;
}

/** Every scored source message's reading grade (Flesch–Kincaid), and how many meet the target. */
export interface ReadingSummary {
  lang: string;
  /** Used messages of 8+ words, office directory entries and language names left out. */
  scored: number;
  /** Of those, at the target grade or below. */
  atTarget: number;
  share: number;
  targetGrade: number;
  maxGrade: number;
  messages: { key: string; words: number; grade: number }[];
}

/** SMS segments of the emergency message per language, and of each topic's first reply per language. */
export interface SmsSummary {
  emergency: Record<string, number>;
  topics: Record<string, Record<string, number>>;
}

export interface LintReport {
  ok: boolean;
  errors: Finding[];
  warnings: Finding[];
  languages: LanguageSummary[];
  /** Present when the content loaded. */
  reading?: ReadingSummary;
  sms?: SmsSummary;
}

export interface LintOptions {
  /** Release checks: a message still marked @verify is an error. */
  requireComplete?: boolean;
  /** A missing translation or missing synonyms is a warning, not an error (drafting a new language). */
  allowIncomplete?: boolean;
  /** YYYY-MM-DD: flag used messages whose last review is over 6 months before this day. */
  today?: string;
}

/** A rule reads the loaded content (and what the context computed once) and returns findings. */
export type Rule = (ctx: LintContext) => Finding[];

/** Where a key is used. */
export interface KeyUse {
  key: string;
  /** say, prompt, retry, label, system, command, language; code: said by the code itself (src/content/codeKeys.ts) */
  as: 'say' | 'prompt' | 'retry' | 'label' | 'system' | 'command' | 'language' | 'code';
  flow?: string;
  node?: string;
  file?: string;
  line?: number;
}

export interface LintContext {
  content: LoadedContent;
  options: LintOptions;
  /** Every key the flows, routes, commands and language menu use, with each place of use. */
  uses: Map<string, KeyUse[]>;
  /** The file of flows/_routes.yaml, as the loader names files. */
  routesFile: string;
}
