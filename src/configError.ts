// The one error type for configuration a person got wrong: an environment variable, or a file
// the configuration names (the roster, secrets.json). Every part that reads configuration
// (config.ts, the roster, the LLM settings, the channels, the secrets) throws this, before the
// store is opened, and the CLI prints its message as one line, never a stack trace.

/** What is wrong, and where: a variable, or a file (and line). */
export interface ConfigProblem {
  /** The environment variable, e.g. `PORT`. */
  variable?: string;
  file?: string;
  line?: number;
  message: string;
}

/** `PORT must be …`, `config/roster.yaml:4: …`: the place first, on one line. */
export function describeProblem(p: ConfigProblem): string {
  const message = p.message.replace(/\s*\n\s*/g, ' ');
  if (p.file) return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.variable ? `${p.variable} ` : ''}${message}`;
  return p.variable ? `${p.variable} ${message}` : message;
}

export class ConfigError extends Error {
  readonly code: string = 'config_invalid';
  readonly problems: readonly ConfigProblem[];
  /** One line: `<summary>: <problem>; <problem>`. */
  constructor(problems: ConfigProblem | readonly ConfigProblem[], summary = 'Invalid configuration') {
    const list: readonly ConfigProblem[] = Array.isArray(problems) ? problems : [problems as ConfigProblem];
    super(`${summary}: ${list.map(describeProblem).join('; ')}`);
    this.name = 'ConfigError';
    this.problems = list;
  }
}
