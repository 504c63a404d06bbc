/**
 * The command line: commander wiring only. Each subcommand lives in its own
 * file and loads the library lazily, so `inspect --help` stays cheap.
 */
import { Command, CommanderError } from 'commander';
import { registerActionPlan } from './action-plan.js';
import { InputError } from '../read/input.js';
import { readTextOnly } from '../read/pdf/pdfjs.js';
import { CliError, EXIT } from './exit-codes.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerFollowUp } from './follow-up.js';
import { registerIndex } from './index-command.js';
import type { Context, Io } from './io.js';
import { registerParse } from './parse.js';
import { registerQuery } from './query.js';
import { exitCodeOf } from './read-report.js';
import { registerRecommendations } from './recommendations.js';
import { registerSchema } from './schema.js';
import { registerSearch } from './search.js';
import { registerSeries } from './series.js';
import { registerValidate } from './validate.js';
import { registerCompletion } from './completion.js';
import { allCommands, commandPath, EXAMPLES, withExamples } from './help.js';
import { VERSION } from './version.js';

export type { Io };

export async function run(argv: string[], io: Io): Promise<number> {
  // The command line reads PDFs' text and never renders them: no canvas.
  readTextOnly();
  const { program, context } = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return report(error, io);
  }
}

/** Every command, declared (and so its --help and completion), ready to parse arguments. */
export function createProgram(io: Io): { program: Command; context: Context } {
  const program = new Command('inspect')
    .description('Turn UK inspection reports (CQC, Ofsted) into typed, trustworthy JSON')
    .version(VERSION)
    .option('-q, --quiet', 'no messages on stderr (what was written, progress); warnings and errors still go there')
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One line, like every other error: `inspect: unknown option '--x'` (commander writes `error: …`, and a suggestion on a line of its own).
      outputError: (text, write) => write(`inspect: ${text.replace(/^error: /, '').trimEnd().replace(/\n+/g, ' ')}\n`),
    })
    .hook('preAction', () => {
      if (program.opts().quiet) io.quiet = true;
    });
  const context: Context = { io, exitCode: EXIT.ok };
  registerParse(program, context);
  registerSchema(program, context);
  registerRecommendations(program, context);
  registerValidate(program, context);
  registerDiff(program, context);
  registerFollowUp(program, context);
  registerQuery(program, context);
  registerIndex(program, context);
  registerSearch(program, context);
  registerSeries(program, context);
  registerExport(program, context);
  registerActionPlan(program, context);
  registerCompletion(program, context);
  for (const command of allCommands(program)) {
    const examples = EXAMPLES[commandPath(command)];
    if (examples) withExamples(command, examples);
    command.exitOverride();
    // The usage hint is for a person: a second line on a terminal only, so that a script's log gets one line per error.
    command.showHelpAfterError(io.stderr.isTTY ? `(run "${commandPath(command)} --help" for usage)` : false);
  }
  return { program, context };
}

function report(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof CliError) {
    io.stderr.write(`inspect: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof InputError) {
    io.stderr.write(`inspect: ${error.message}\n`);
    return exitCodeOf(error);
  }
  if (error instanceof Error && error.name === 'IndexError') {
    // Matched by name: the index modules load only for the commands that use them.
    io.stderr.write(`inspect: ${error.message}\n`);
    const { problem } = error as Error & { problem: string };
    return problem === 'not-found' || problem === 'is-directory' || problem === 'unreadable' ? EXIT.unreadable : EXIT.badDatabase;
  }
  if ((error as NodeJS.ErrnoException)?.code === 'EPIPE') return EXIT.ok;
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`inspect: internal error: ${message}${io.env?.INSPECT_DEBUG ? `\n${(error as Error).stack}` : ' (set INSPECT_DEBUG=1 for details)'}\n`);
  return EXIT.internal;
}
