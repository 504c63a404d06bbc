/**
 * `inspect recommendations <inputs…>`: every recommendation and the action
 * plan, with due date, owner and status against a reference date.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Region } from '../dates/index.js';
import type { Report } from '../schema/report.js';
import { CliError, EXIT } from './exit-codes.js';
import { colorLevel, formatOption, outputFormat, terminalWidth, type Format } from './format-option.js';
import { write, type Context } from './io.js';
import { fromOption, isoDate, regionOption, today } from './options.js';
import { readReports } from './read-report.js';
import { InputError } from '../read/input.js';
import { Outcome } from './outcome.js';

interface RecommendationFlags {
  format?: Format;
  asOf?: string;
  soon: number;
  due?: boolean;
  overdue?: boolean;
  before?: string;
  actor?: string;
  from?: string;
  region: Region;
}

function wholeDays(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a whole number of days, got "${value}"`);
  return n;
}

export function registerRecommendations(program: Command, context: Context): void {
  program
    .command('recommendations')
    .description('list recommendations and the action plan with their due dates, owners and status')
    .argument('<inputs...>', 'reports (.md, .txt, .html, .docx, .pdf) or the JSON or NDJSON of `inspect parse`, or "-" for standard input')
    .addOption(formatOption())
    .addOption(new Option('--as-of <date>', 'judge status on this date, YYYY-MM-DD (default: today)').argParser(isoDate))
    .addOption(new Option('--soon <days>', 'a deadline this many days away or fewer is "due"').argParser(wholeDays).default(14))
    .option('--due', 'sort by due date (no deadline last) and show the due date first')
    .option('--overdue', 'only deadlines that have passed')
    .addOption(new Option('--before <date>', 'only deadlines before this date, YYYY-MM-DD').argParser(isoDate))
    .option('--actor <text>', 'only recommendations whose owner contains this text (any case)')
    .addOption(fromOption())
    .addOption(regionOption())
    .action(async (inputs: string[], flags: RecommendationFlags, command: Command) => {
      const { io } = context;
      if (inputs.filter((input) => input === '-').length > 1) throw new CliError('"-" (standard input) can be given only once', EXIT.usage);
      const regionGiven = command.getOptionValueSource('region') !== 'default';
      const parseOptions = { region: flags.region, ...(flags.from && { from: flags.from }) };
      const reports: Report[] = [];
      // An NDJSON input (what `inspect parse` prints for several reports) gives its reports one per line.
      // Every input is read: one that fails is named on stderr and the rest are listed (exit 6); a single input's problem is its own exit code.
      const outcome = new Outcome();
      for (const input of inputs) {
        try {
          reports.push(...(await readReports(input, io, parseOptions)));
          outcome.ok();
        } catch (error) {
          if (!(error instanceof InputError) || inputs.length === 1) throw error;
          io.stderr.write(`inspect: ${error.message}\n`);
          outcome.failed(error.problem);
        }
      }

      const [{ listRecommendations, recommendationColumns, recommendationEvent }, { formatRows }, { formatDiagnostic }] = await Promise.all([
        import('../recommendations/index.js'),
        import('../format/index.js'),
        import('../format/diagnostics.js'),
      ]);
      const { rows, warnings } = listRecommendations(reports, {
        asOf: flags.asOf ?? today(),
        soon: flags.soon,
        ...(flags.from && { from: flags.from }),
        ...(regionGiven && { region: flags.region }),
        ...(flags.due && { sortByDue: true }),
        ...(flags.overdue && { overdue: true }),
        ...(flags.before && { before: flags.before }),
        ...(flags.actor !== undefined && { actor: flags.actor }),
      });
      for (const w of warnings) io.stderr.write(`inspect: ${formatDiagnostic(w.source, w.diagnostic)}\n`);

      const sources = new Set(reports.map((r) => r.source.path));
      const columns = recommendationColumns({ dueFirst: flags.due ?? false, showSource: sources.size > 1 });
      const width = terminalWidth(io);
      const output = await formatRows(rows, columns, outputFormat(flags.format, io), {
        color: colorLevel(io),
        ...(width && { width }),
        calendar: { event: recommendationEvent, stamp: new Date(), name: 'Inspection deadlines' },
      });
      await write(io.stdout, output);
      context.exitCode = outcome.code();
    });
}

/** The machine's local calendar date. */
