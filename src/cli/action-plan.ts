/**
 * `inspect action-plan <report> --out plan.xlsx`: the action plan the report
 * asks for, pre-filled (xlsx, docx, csv or md). `inspect action-plan status
 * <plan>`: how a filled-in plan stands, row by row and in total.
 *
 * Writing is the default subcommand (`write`), so that `action-plan` itself
 * has no options: each subcommand owns its `--format` (the plan's file format
 * for `write`, the listing format for `status`) and the two never clash.
 */
import { Option, type Command } from 'commander';
import type { PlanFormat } from '../action-plan/index.js';
import type { Region } from '../dates/index.js';
import { CliError, EXIT } from './exit-codes.js';
import { colorLevel, outputFormat, terminalWidth } from './format-option.js';
import { say, write, type Context, type Io } from './io.js';
import { fromOption, isoDate, regionOption, today } from './options.js';
import { readBytes, readReport } from './read-report.js';

/** Kept here so that `--help` does not load the library. */
const PLAN_FORMATS = ['xlsx', 'docx', 'csv', 'md'] as const satisfies readonly PlanFormat[];
const EXTENSIONS: Record<string, PlanFormat> = { '.xlsx': 'xlsx', '.docx': 'docx', '.csv': 'csv', '.md': 'md', '.markdown': 'md' };
const STATUS_FORMATS = ['table', 'json', 'csv'] as const;
type StatusFormat = (typeof STATUS_FORMATS)[number];

interface PlanFlags {
  out?: string;
  carryForward?: string;
  format?: PlanFormat;
  force?: boolean;
  from?: string;
  region: Region;
}

interface StatusFlags {
  asOf?: string;
  format?: StatusFormat;
  totals?: boolean;
}

export function registerActionPlan(program: Command, context: Context): void {
  const command = program
    .command('action-plan')
    .description('write the action plan a report asks for (xlsx, docx, csv, md), and check how a filled-in plan stands')
    .usage('<report> --out plan.xlsx | status <plan>')
    .addHelpText(
      'after',
      '\nThe options of writing a plan: inspect action-plan write --help',
    );

  // The default subcommand: `inspect action-plan <report>` is `inspect action-plan write <report>`.
  command
    .command('write', { isDefault: true })
    .description('write the action plan a report asks for, pre-filled: a cover and one row per recommendation')
    .argument('<report>', 'a report (.md, .txt, .html, .docx, .pdf) or the JSON of `inspect parse`, or "-" for standard input')
    .option('-o, --out <file>', 'write the plan to this file; .xlsx, .docx, .csv or .md picks the format (default: standard output)')
    .addOption(new Option('--format <format>', 'the plan file format (default: from the --out extension)').choices(PLAN_FORMATS))
    .option('--force', 'overwrite the --out file if it exists')
    .option('--carry-forward <earlier>', 'also carry forward the recommendations of this earlier report that the report has not seen met (see inspect follow-up)')
    .addOption(fromOption())
    .addOption(regionOption())
    .action(async (input: string, flags: PlanFlags) => writePlan(input, flags, context.io));

  command
    .command('status')
    .description('how a filled-in plan stands: complete, on track, at risk, overdue, not started, and the rows that need fixing')
    .argument('<plan>', 'a plan written by `inspect action-plan`, filled in: .xlsx or .csv, or "-" for standard input')
    .addOption(new Option('--as-of <date>', 'judge the plan on this date, YYYY-MM-DD (default: today)').argParser(isoDate))
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, json when piped)').choices(STATUS_FORMATS))
    .option('--totals', 'print only the totals')
    .action(async (path: string, flags: StatusFlags) => {
      context.exitCode = await showStatus(path, flags, context.io);
    });
}

async function writePlan(input: string, flags: PlanFlags, io: Io): Promise<void> {
  const format = planFormat(flags);
  if (!flags.out && (format === 'xlsx' || format === 'docx') && io.stdout.isTTY) {
    throw new CliError(`will not write a binary ${format.toUpperCase()} file to the terminal; give --out plan.${format} or redirect the output`, EXIT.usage);
  }
  const report = await readReport(input, io, { region: flags.region, ...(flags.from && { from: flags.from }) });
  const [{ buildActionPlan, writeActionPlan }, { formatDiagnostic }] = await Promise.all([import('../action-plan/index.js'), import('../format/diagnostics.js')]);
  let plan = buildActionPlan(report, { region: flags.region, ...(flags.from && { from: flags.from }) });
  if (flags.carryForward) {
    const earlier = await readReport(flags.carryForward, io, { region: flags.region });
    const [{ followUp }, { carryForward }] = await Promise.all([import('../follow-up/follow-up.js'), import('../action-plan/carry-forward.js')]);
    plan = carryForward(plan, earlier, followUp(earlier, report));
  }
  for (const w of plan.warnings) io.stderr.write(`inspect: ${formatDiagnostic(w.source, w.diagnostic)}\n`);
  const bytes = await writeActionPlan(plan, format);
  if (!flags.out) {
    await new Promise<void>((resolve, reject) => io.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
    return;
  }
  await writeFileRefusing(flags.out, bytes, flags.force ?? false);
  const due = plan.cover.deadline?.due;
  const carried = plan.rows.filter((r) => r.timescale === 'Carried forward').length;
  const own = plan.rows.length - carried;
  say(
    io,
    `wrote ${flags.out}: ${own} recommendation${own === 1 ? '' : 's'}${carried ? ` and ${carried} carried forward` : ''}${due ? `, action plan due ${due}` : ''}`,
  );
}

/** --format, else the --out extension; both given must agree. */
function planFormat(flags: PlanFlags): PlanFormat {
  const extension = flags.out ? extensionOf(flags.out) : '';
  const fromName = EXTENSIONS[extension];
  if (flags.format && flags.out && fromName && fromName !== flags.format) {
    throw new CliError(`${flags.out}: --format ${flags.format} does not match the file's extension ${extension}`, EXIT.usage);
  }
  const format = flags.format ?? fromName;
  if (format) return format;
  if (flags.out) throw new CliError(`${flags.out}: cannot tell the plan's format from the name; end it in .xlsx, .docx, .csv or .md, or give --format`, EXIT.usage);
  throw new CliError('give --out <file> (.xlsx, .docx, .csv or .md) or --format to write the plan to standard output', EXIT.usage);
}

function extensionOf(path: string): string {
  const match = /\.[^./\\]+$/.exec(path);
  return match ? match[0].toLowerCase() : '';
}

/** Write, never over an existing file unless forced: `wx` fails if the file exists, with no window between check and write. */
async function writeFileRefusing(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  try {
    await writeFile(path, bytes, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`${path}: already exists; give --force to overwrite it`, EXIT.usage);
    if (code === 'ENOENT') throw new CliError(`${path}: cannot be written: no such directory`, EXIT.unreadable);
    if (code === 'EISDIR') throw new CliError(`${path}: cannot be written: is a directory`, EXIT.unreadable);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`${path}: cannot be written: permission denied`, EXIT.unreadable);
    throw new CliError(`${path}: cannot be written (${code ?? (error as Error).message})`, EXIT.unreadable);
  }
}

async function showStatus(path: string, flags: StatusFlags, io: Io): Promise<number> {
  const bytes = await readBytes(path, io);
  const [{ NotAPlanError, planStatus, readCsv, readPlan, statusRowColumns, statusTotalColumns }, { decodeInput, InputError }, { formatRows }] = await Promise.all([
    import('../action-plan/index.js'),
    import('../read/input.js'),
    import('../format/index.js'),
  ]);
  let table;
  try {
    table = isXlsx(path, bytes) ? await readPlan(bytes, 'xlsx') : readCsv(decodeInput(bytes, path));
  } catch (error) {
    if (error instanceof NotAPlanError) throw new CliError(`${path}: ${error.message}`, EXIT.notAPlan);
    // An .xls or .ods workbook, say: binary, but not one this command reads.
    if (error instanceof InputError && error.problem === 'binary') {
      throw new CliError(`${path}: is not an action plan: neither an .xlsx workbook nor CSV text (save it as .xlsx)`, EXIT.notAPlan);
    }
    throw error;
  }
  const status = planStatus(table, { asOf: flags.asOf ?? today() });
  if (status.dueNotSet.length > 0) {
    const n = status.dueNotSet.length;
    io.stderr.write(
      `inspect: ${path}: due date not set on ${n} row${n === 1 ? '' : 's'} (the report gives no date to count from): write the plan again with \`inspect action-plan <report> --from DATE\`\n`,
    );
  }
  for (const row of status.rows) {
    for (const p of row.problems) io.stderr.write(`inspect: ${path}: row ${row.row}${p.column ? `, column ${p.column}` : ''}: ${p.message} [${p.rule}]\n`);
  }

  const format = outputFormat(flags.format, io) as StatusFormat;
  const width = terminalWidth(io);
  const options = { color: colorLevel(io), ...(width && { width }) };
  let output: string;
  if (format === 'json') {
    const body = flags.totals ? status.totals : { file: path, sheet: table.sheet, asOf: status.asOf, totals: status.totals, dueNotSet: status.dueNotSet, rows: status.rows };
    output = `${JSON.stringify(body, null, 2)}\n`;
  } else {
    const totals = await formatRows([status.totals], statusTotalColumns(), format, options);
    if (flags.totals) output = totals;
    else {
      const rows = await formatRows(status.rows, statusRowColumns(), format, options);
      // CSV is one table: the rows. The table shows the totals under them.
      output = format === 'table' ? `${rows}\n${totals}` : rows;
    }
  }
  await write(io.stdout, output);
  return EXIT.ok;
}

/** A workbook by its name, else by its bytes (a ZIP archive starts with "PK\x03\x04"). */
function isXlsx(path: string, bytes: Uint8Array): boolean {
  const extension = extensionOf(path);
  if (extension === '.xlsx') return true;
  if (extension === '.csv') return false;
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The machine's local calendar date. */
