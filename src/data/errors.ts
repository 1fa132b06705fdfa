// Problems in the project's data files (flows, catalogues, personas, the roster), each with its
// file and line: the neutral room for them, used by every loader of YAML files.

/** One thing wrong in a data file, with where it is. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
}

/** Content (flows or locales) that cannot be loaded. Start-up stops: nothing is half-loaded. */
export class ContentError extends Error {
  readonly code = 'content_invalid';
  constructor(readonly problems: Problem[]) {
    super(
      `content is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
