import { Command, Option } from 'commander';
import { loadConfig, ConfigError } from './config.ts';
import { ContentError } from './data/errors.ts';
import { openApp, type App } from './app.ts';
import { features } from './features.ts';
import { startServer } from './serve.ts';
import { runChat } from './channels/cli/chat.ts';
import { createLogger, logStackAtDebug, maskDigits } from './privacy/logger.ts';
import { StoreUnavailableError } from './store/errors.ts';

/** Errors a person can act on are printed as one clear message, never a stack trace. */
function explain(err: unknown): string | null {
  if (err instanceof ConfigError || err instanceof ContentError || err instanceof StoreUnavailableError) return err.message;
  // Translation exchange errors (src/content/exchange.ts), recognized by code so the CLI does not load that module up front.
  if (err instanceof Error && (err as { code?: unknown }).code === 'exchange_invalid') return err.message;
  return null;
}

/** Anything else: one line too; the stack trace only with LOG_LEVEL=debug, through the redacting logger. */
function unexpected(err: unknown): string {
  const e = err instanceof Error ? err : new Error(String(err));
  let level = 'info';
  try {
    level = loadConfig().logLevel;
  } catch {
    // The configuration itself is wrong: that was explained already, or will be.
  }
  logStackAtDebug(createLogger({ level, destination: 2 }), e);
  const reason = maskDigits((e.message || e.name).split('\n')[0]!).slice(0, 300);
  return `unexpected error (${e.name}: ${reason})${level === 'debug' || level === 'trace' ? '' : '; set LOG_LEVEL=debug for the stack trace'}`;
}

/** Print one line and end with status 1: for start-up failures and for a crash later on. */
function fail(err: unknown): never {
  process.stderr.write(`waypoint: ${explain(err) ?? unexpected(err)}\n`);
  process.exit(1);
}

async function withApp<T>(fn: (app: App) => Promise<T>, logLevel?: string): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({ level: logLevel ?? config.logLevel, destination: 2 });
  const app = await openApp(config, { logger });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

export function buildProgram(): Command {
  const program = new Command('waypoint')
    .description('Waypoint: rights information and a way to a person, for workers in Canada')
    .showHelpAfterError();

  program
    .command('serve')
    .description('serve HTTP on PORT (npm start): health check, web chat and every configured channel')
    .action(async () => {
      const config = loadConfig();
      const running = await startServer(config, createLogger({ level: config.logLevel }));
      const stop = async (): Promise<void> => {
        await running.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });

  program
    .command('chat')
    .description('talk to Waypoint in the terminal; reads one message per line from stdin when not a terminal')
    .option('--lang <code>', 'start in this language')
    .option('--json', 'print one JSON object per output line: { type, key, text, lang, choices }')
    .option('--repro <file>', 'write the conversation as a golden transcript fixture')
    .action(async (opts: { lang?: string; json?: boolean; repro?: string }) => {
      await withApp(async (app) => {
        const langs = app.content.catalog.languages();
        let lang = opts.lang;
        if (lang && !langs.includes(lang)) {
          process.stderr.write(`waypoint: unknown language "${lang}"; using ${app.content.catalog.defaultLanguage()} (offered: ${langs.join(', ')})\n`);
          lang = undefined;
        }
        const recorder = opts.repro ? await import('./transcripts/record.ts').then((m) => m.createRecorder(opts.repro!, lang)) : undefined;
        await runChat(app, {
          ...(lang ? { lang } : {}),
          json: opts.json === true,
          input: process.stdin,
          output: process.stdout,
          interactive: process.stdin.isTTY === true,
          ...(recorder ? { onTurn: recorder.onTurn } : {}),
        });
        recorder?.save();
      }, 'warn');
    });

  program
    .command('whatsapp')
    .description('the WhatsApp linked device (unofficial; read src/channels/whatsapp-linked/README.md)')
    .command('link')
    .description('show the QR code to link a phone, then wait until it is linked')
    .action(async () => {
      const { runWhatsappLink } = await import('./channels/whatsapp-linked/index.ts');
      await withApp((app) => {
        // The device's settings as `serve` would have them with WHATSAPP_LINKED=true.
        const device = features({ ...app.config, whatsappLinked: true }).channels.whatsappLinked!;
        return runWhatsappLink({ ...device, store: app.store, databaseUrl: app.config.databaseUrl });
      });
    });

  program
    .command('understand')
    .description('what free-text understanding makes of a message: language, topic, candidates, danger or the danger question (stdin lines when no TEXT)')
    .argument('[text]', 'one message; without it, one message per line from stdin')
    .option('--json', 'one JSON object per message: { lang, topic, candidates, danger, dangerCheck, dangerLearned, … }')
    .option('--lang <code>', "the contact's language, as a prior")
    .action(async (text: string | undefined, opts: { json?: boolean; lang?: string }) => {
      const { runUnderstand } = await import('./understand/cli.ts');
      const { understandingOf } = await import('./app.ts');
      // On for this command even where UNDERSTANDING=false; the LLM as configured.
      const understand = understandingOf(features({ ...loadConfig(), understanding: true }).understanding);
      await runUnderstand({ json: opts.json === true, ...(text !== undefined ? { text } : {}), ...(opts.lang ? { lang: opts.lang } : {}), ...(understand ? { understand } : {}) });
    });

  program
    .command('rehearse')
    .description('practise answering an invented persona (never stored, never sent); --walk shows what the assistant says')
    .option('--list', 'list the personas')
    .option('--persona <id>', 'the persona to rehearse with')
    .option('--lang <code>', "the persona's language (default: the first it writes)")
    .option('--script <file>', 'a YAML list of trainee lines instead of stdin')
    .option('--json', 'one JSON object per line; the debrief last')
    .option('--walk', 'run the real flows on these lines (no store) and show key, English source and review status')
    .option('--report <file>', 'write the debrief as Markdown, or HTML when the name ends in .html')
    .option('--scripted', 'scripted persona replies even when an LLM is configured')
    .action(async (opts: { list?: boolean; persona?: string; lang?: string; script?: string; json?: boolean; walk?: boolean; report?: string; scripted?: boolean }) => {
      const { runRehearse } = await import('./rehearsal/cli.ts');
      const config = loadConfig();
      const { scripted, ...rest } = opts;
      const llm = scripted ? null : features(config).rehearsalLlm;
      process.exitCode = await runRehearse({ ...rest, llm, flowsDir: config.flowsDir, localesDir: config.localesDir, input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
    });

  const flows = program.command('flows').description('check and draw the conversation flows');
  flows
    .command('lint')
    .description('check flows and translations; exits non-zero on errors')
    .option('--json', 'print a machine-readable report')
    .option('--allow-incomplete', 'a missing translation is a warning (while drafting a new language)')
    .option('--release', 'release check: a message still marked @verify is an error')
    .option('--grades', 'list the reading grade of every scored English message')
    .action(async (opts: { json?: boolean; allowIncomplete?: boolean; release?: boolean; grades?: boolean }) => {
      const { runLint } = await import('./flows/lint/cli.ts');
      process.exitCode = runLint(loadConfig(), opts.json === true, {
        ...(opts.allowIncomplete ? { allowIncomplete: true } : {}),
        ...(opts.release ? { requireComplete: true } : {}),
        ...(opts.grades ? { grades: true } : {}),
      });
    });
  flows
    .command('graph')
    .description('write a picture of each flow (Mermaid and HTML)')
    .option('--out <dir>', 'where to write', 'docs/flows')
    .action(async (opts: { out: string }) => {
      const { runGraph } = await import('./flows/graph-cli.ts');
      runGraph(loadConfig(), opts.out);
    });

  const content = program.command('content').description('content review and translation exchange');
  content
    .command('report')
    .description('list messages by review status and age (the totals first)')
    .addOption(new Option('--json', 'machine-readable'))
    .action(async (opts: { json?: boolean }) => {
      const { runContentReport } = await import('./content/report-cli.ts');
      runContentReport(loadConfig(), opts.json === true);
    });
  content
    .command('export')
    .description("write one language's messages with their review metadata for a translation tool (PO or XLIFF 1.2)")
    .requiredOption('--lang <code>', 'the language to export (not the source)')
    .addOption(new Option('--format <format>', 'file format').choices(['po', 'xliff']).makeOptionMandatory())
    .option('--out <file>', 'write here instead of standard output')
    .action(async (opts: { lang: string; format: string; out?: string }) => {
      const { runExport } = await import('./content/exchange-cli.ts');
      await runExport(loadConfig(), opts);
    });
  content
    .command('import')
    .description('read a PO or XLIFF file back into its catalogue; a changed message is reviewed only with a reviewer role and date')
    .argument('<file>', 'the PO or XLIFF file')
    .addOption(new Option('--format <format>', 'file format (default: from the file name)').choices(['po', 'xliff']))
    .option('--lang <code>', "the language (default: the file's own)")
    .action(async (file: string, opts: { format?: string; lang?: string }) => {
      const { runImport } = await import('./content/exchange-cli.ts');
      await runImport(loadConfig(), { file, ...opts });
    });

  program
    .command('doctor')
    .description('check the configuration, store, migrations, roster, clock and each channel\'s settings; sends nothing, changes nothing')
    .action(async () => {
      const { runDoctor } = await import('./doctor/index.ts');
      process.exitCode = await runDoctor(process.stdout);
    });

  program
    .command('report')
    .description('aggregate figures (topic × language × channel × day, handoffs by outcome, wait); small counts suppressed')
    .option('--from <day>', 'first day, YYYY-MM-DD (default: 30 days ago)')
    .option('--to <day>', 'last day, YYYY-MM-DD (default: today)')
    .option('--json', 'machine-readable')
    .action(async (opts: { from?: string; to?: string; json?: boolean }) => {
      const { buildReport, formatReport } = await import('./report/report.ts');
      await withApp(async (app) => {
        const today = new Date().toISOString().slice(0, 10);
        const from = opts.from ?? new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
        const report = await buildReport(app.store, { from, to: opts.to ?? today, minCell: app.config.reportMinCell });
        process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatReport(report));
      }, 'warn');
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  // Output piped into a reader that stops early (`| head`): end quietly, as other commands do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  // A crash after start-up (a server's background work) is one line as well, never Node's stack dump.
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    fail(err);
  }
}
