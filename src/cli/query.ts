/**
 * `inspect query <inputs…>`: findings, recommendations or sections across
 * many reports, filtered, counted, or put through a JSONata expression.
 * Reports are parsed in parallel and read one at a time, in input order;
 * NDJSON rows are written as each report is read.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { COUNT_KEYS, type CountKey, type FilterOptions } from '../query/filter.js';
import type { Report } from '../schema/report.js';
import { CliError, EXIT } from './exit-codes.js';
import { colorLevel, formatOption, outputFormat, ROW_FORMATS, terminalWidth, type Format } from './format-option.js';
import { write, type Context, type Io } from './io.js';
import { readReports } from './read-report.js';
import { Outcome } from './outcome.js';

interface QueryFlags extends FilterOptions {
  recommendations?: boolean;
  sections?: boolean;
  judgements?: boolean;
  db?: string;
  where: string[];
  fields?: string;
  count?: boolean;
  by?: CountKey;
  expr?: string;
  format?: Format;
  glob: string;
  jobs?: number;
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return n;
}

export function registerQuery(program: Command, context: Context): void {
  program
    .command('query')
    .description('select findings, recommendations or sections across reports')
    .argument('[inputs...]', 'reports (.md, .txt, .html, .docx, .pdf, or JSON or NDJSON from `inspect parse`), directories of them, or "-"')
    .option('--db <file>', 'query the reports of an index (made by `inspect index`) instead of reading files')
    .option('--recommendations', 'select recommendations instead of findings')
    .option('--sections', 'select sections instead of findings')
    .option('--judgements', 'select judgements (area and grade) instead of findings')
    .addOption(new Option('--section <n>', 'only this section number').argParser(integer))
    .addOption(new Option('--outcome <n>', 'only this CQC outcome number').argParser(integer))
    .option('--joint', 'only joint-report text (wholly or in part)')
    .option('--no-joint', 'only text that is not from the joint report')
    .option('--grep <regex>', 'only rows whose text matches (case-insensitive unless --case-sensitive)')
    .option('--case-sensitive', 'match --grep case-sensitively')
    .option('--id <id>', 'only this id (e.g. 4.17)')
    .option('--org <text>', "only reports whose organisation contains this text")
    .option('--where <field=value>', 'only rows whose field has this value (repeatable)', (value: string, all: string[]) => [...all, value], [])
    .option('--fields <list>', 'the columns to print, comma-separated')
    .option('--count', 'print counts instead of rows')
    .addOption(new Option('--by <field>', 'with --count, count per group').choices(COUNT_KEYS))
    .option('--expr <jsonata>', 'evaluate a JSONata expression over each report and print the result as JSON')
    .addOption(formatOption(ROW_FORMATS))
    .option('--glob <pattern>', 'which files of a directory to read', '*.{md,markdown,txt}')
    .addOption(new Option('--jobs <n>', 'parse on this many worker threads (default: all cores)').argParser(integer))
    .action(async (inputs: string[], flags: QueryFlags) => {
      context.exitCode = await query(inputs, flags, context.io);
    });
}

async function query(inputs: string[], flags: QueryFlags, io: Io): Promise<number> {
  const q = await import('../query/index.js');
  const kind = flags.sections ? 'sections' : flags.recommendations ? 'recommendations' : flags.judgements ? 'judgements' : 'findings';
  if ([flags.sections, flags.recommendations, flags.judgements].filter(Boolean).length > 1) {
    throw new CliError('choose one of --recommendations, --sections and --judgements', EXIT.usage);
  }
  if (flags.db && inputs.length > 0) throw new CliError('give report files or --db, not both', EXIT.usage);
  if (!flags.db && inputs.length === 0) throw new CliError('give report files, directories or "-", or an index with --db', EXIT.usage);
  if (flags.by && !flags.count) throw new CliError('--by needs --count', EXIT.usage);
  const format = flags.expr && !flags.format ? 'json' : outputFormat(flags.format, io);
  if (flags.expr && format !== 'json' && format !== 'ndjson') throw new CliError('--expr prints JSON: use --format json or ndjson', EXIT.usage);

  let filter: ReturnType<typeof q.buildFilter>;
  let fields: readonly string[];
  let expression: Awaited<ReturnType<typeof q.compileExpression>> | null = null;
  try {
    filter = q.buildFilter(kind, flags);
    fields = q.chooseFields(kind, flags.fields);
    if (flags.expr) expression = await q.compileExpression(flags.expr);
  } catch (error) {
    if (error instanceof q.QueryError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }

  const { formatRows } = await import('../format/index.js');
  const columns = q.columnsFor(fields, { showSource: flags.db !== undefined || inputs.length > 1 || inputs.some((i) => i !== '-' && !/\.(md|markdown|txt|json)$/i.test(i)) });
  const counter = flags.count ? q.createCounter(flags.by) : null;
  const rows: Array<ReturnType<typeof q.rowsOf>[number]> = [];
  const results: Array<{ source: string; result: unknown }> = [];

  const outcome = await eachReport(inputs, flags, io, async (report) => {
    if (expression) {
      let result: unknown;
      try {
        result = await expression.evaluate(report);
      } catch (error) {
        if (error instanceof q.QueryError) throw new CliError(`${report.source.path}: ${error.message}`, EXIT.usage);
        throw error;
      }
      if (format === 'ndjson') await write(io.stdout, `${JSON.stringify({ source: report.source.path, result: result ?? null })}\n`);
      else results.push({ source: report.source.path, result: result ?? null });
      return;
    }
    const selected = q.rowsOf(report, kind).filter(filter);
    if (counter) for (const row of selected) counter.add(row);
    else if (format === 'ndjson') {
      if (selected.length > 0) await write(io.stdout, await formatRows(selected, columns, 'ndjson'));
    } else rows.push(...selected);
  });

  // The only input could not be read: no result to print, and its own exit code.
  if (outcome.seen === 1 && outcome.nothingRead) return outcome.code();
  if (expression && format === 'json') {
    const output = results.length === 1 && inputs.length === 1 && !(await isDirectory(inputs[0]!)) ? results[0]!.result : results;
    await write(io.stdout, `${JSON.stringify(output, null, 2)}\n`);
  } else if (counter) {
    const counts = counter.result();
    const countColumns = [
      ...(flags.by ? [{ key: flags.by, header: flags.by, value: (r: (typeof counts)[number]) => r.key }] : []),
      { key: 'count', header: 'count', value: (r: (typeof counts)[number]) => r.count },
    ];
    const shown = flags.by ? counts : [{ key: 'all', count: counts[0]?.count ?? 0 }];
    await write(io.stdout, await formatRows(shown, countColumns, format, { color: colorLevel(io), ...width(io) }));
  } else if (format !== 'ndjson') {
    await write(io.stdout, await formatRows(rows, columns, format, { color: colorLevel(io), ...width(io) }));
  }
  return outcome.code();
}

function width(io: Io): { width?: number } {
  const columns = terminalWidth(io);
  return columns ? { width: columns } : {};
}

async function isDirectory(path: string): Promise<boolean> {
  if (path === '-') return false;
  const { stat } = await import('node:fs/promises');
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** Read each input as a report (an NDJSON input as its reports), in order; failures are reported and counted, the rest carry on. */
async function eachReport(inputs: string[], flags: QueryFlags, io: Io, visit: (report: Report) => Promise<void>): Promise<Outcome> {
  const outcome = new Outcome();
  if (flags.db) {
    const [{ openIndex }, { readReports: fromIndex }] = await Promise.all([import('../index-db/open.js'), import('../index-db/store.js')]);
    const db = await openIndex(flags.db);
    try {
      for (const report of fromIndex(db)) await visit(report);
    } finally {
      db.close();
    }
    outcome.ok();
    return outcome;
  }
  if (inputs.includes('-')) {
    if (inputs.length > 1) throw new CliError('"-" (standard input) can only be queried on its own', EXIT.usage);
    for (const report of await readReports('-', io)) await visit(report);
    outcome.ok();
    return outcome;
  }
  const [{ expandInputs }, { parseOrdered }, { availableParallelism }, picomatch] = await Promise.all([
    import('../batch/walk.js'),
    import('../batch/pool.js'),
    import('node:os'),
    import('picomatch'),
  ]);
  const match = picomatch.default(flags.glob, { basename: true, nocase: true });
  for await (const result of parseOrdered(expandInputs(inputs, { match }), (path) => ({ path }), {
    jobs: flags.jobs ?? availableParallelism(),
    timeout: 60_000,
  })) {
    if (!result.ok) {
      outcome.failed(result.problem);
      io.stderr.write(`inspect: ${result.message}\n`);
      continue;
    }
    outcome.ok();
    // An NDJSON input gives its reports one per line.
    for (const line of result.json.split('\n')) await visit(JSON.parse(line) as Report);
  }
  if (outcome.seen === 0) throw new CliError(`no report files (${flags.glob}) found in ${inputs.join(', ')}`, EXIT.unreadable);
  return outcome;
}
