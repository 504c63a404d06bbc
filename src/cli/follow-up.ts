/**
 * `inspect follow-up <earlier> <later>`: were the earlier report's
 * recommendations acted on? One status per recommendation, with the sentence
 * of the later report that justifies it. With `--db`, the two reports are
 * two inspections of one authority in the index (`--latest`, or two dates),
 * of one kind with `--kind`.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { FollowUp } from '../follow-up/schema.js';
import type { PairSelector, Period } from '../index-db/inspections.js';
import type { Report } from '../schema/report.js';
import { CliError, EXIT } from './exit-codes.js';
import { colorLevel, outputFormat, terminalWidth } from './format-option.js';
import { write, type Context } from './io.js';
import { periodEnd, periodStart } from './options.js';
import { inputFormatOption, readReport } from './read-report.js';
import type { FormatName } from '../read/detect.js';

/** Kept here so that `--help` does not load the library. */
export const FOLLOW_UP_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
type FollowUpFormat = (typeof FOLLOW_UP_FORMATS)[number];

interface FollowUpFlags {
  format?: FollowUpFormat;
  summary?: boolean;
  inputFormat?: FormatName;
  db?: string;
  authority?: string;
  latest?: boolean;
  kind?: string;
}

export function registerFollowUp(program: Command, context: Context): void {
  program
    .command('follow-up')
    .description("were the earlier report's recommendations acted on? met, partly met, not met, repeated or not assessed, each with its evidence")
    .argument('[earlier]', 'the earlier report (.md, .txt, .html, .docx, .pdf, or the JSON `parse` printed), or "-" for standard input; with --db, the date of an inspection (YYYY, YYYY-MM or YYYY-MM-DD)')
    .argument('[later]', 'the later report, or "-"; with --db, the date of the later inspection')
    .option('--db <file>', 'take the two reports from this index (made by `inspect index`): --authority, and --latest or two dates')
    .option('--authority <key>', 'with --db: the authority, as `metadata.authority` gives it (e.g. bury, kingston-upon-hull)')
    .option('--latest', "with --db: the authority's last two inspections")
    .option('--kind <kind>', "with --db: only the authority's inspections of this kind (ilacs, sif, lac, focused-visit, area-send, cqc-safeguarding)")
    .addOption(new Option('--format <format>', 'table (default on a terminal), json (default when piped), ndjson, csv or markdown (for a board paper)').choices(FOLLOW_UP_FORMATS))
    .option('--summary', 'print only the counts: "3 met, 2 partly met" (with --format json, the counts as JSON)')
    .addOption(inputFormatOption())
    .action(async (first: string | undefined, second: string | undefined, flags: FollowUpFlags) => {
      const { io } = context;
      const { earlier, later, earlierName, laterName } = flags.db !== undefined ? await fromIndex(flags.db, first, second, flags) : await fromFiles(first, second, flags, context);
      const [{ followUp }, { differentRemits, REMIT_WORDS }] = await Promise.all([import('../follow-up/follow-up.js'), import('../follow-up/remit.js')]);
      const result = followUp(earlier, later);

      if (earlier.recommendations.length === 0) io.stderr.write(`inspect: ${earlierName}: warning: the earlier report has no recommendations to follow up\n`);
      if (result.earlier.date && result.later.date && result.later.date < result.earlier.date) {
        io.stderr.write(`inspect: warning: ${laterName} (${result.later.date}) is older than ${earlierName} (${result.earlier.date}); give the earlier report first\n`);
      }
      const remits = differentRemits(earlier.metadata.kind, later.metadata.kind);
      if (remits) {
        io.stderr.write(
          `inspect: warning: the earlier report is ${article(earlier.metadata.kind)} inspection (${REMIT_WORDS[remits[0]]}), the later ${article(later.metadata.kind)} one (${REMIT_WORDS[remits[1]]}): what the later does not review comes out not assessed${flags.db !== undefined ? '; --kind takes two inspections of one family' : ''}\n`,
        );
      }
      if (result.sameAuthority === false) {
        io.stderr.write(`inspect: warning: the two reports name different authorities (${result.earlier.authority}; ${result.later.authority}): a follow-up compares inspections of one authority\n`);
      }
      await write(io.stdout, await render(result, flags, context));
    });
}

interface Pair {
  earlier: Report;
  later: Report;
  /** How messages name each report: its path, or the inspection's source and date in the index. */
  earlierName: string;
  laterName: string;
}

async function fromFiles(earlierPath: string | undefined, laterPath: string | undefined, flags: FollowUpFlags, { io }: Context): Promise<Pair> {
  if (flags.authority !== undefined || flags.latest || flags.kind !== undefined) throw new CliError('--authority, --latest and --kind choose inspections from an index: give --db FILE too', EXIT.usage);
  if (earlierPath === undefined || laterPath === undefined) throw new CliError('give two reports, the earlier first (or --db FILE --authority KEY with --latest or two dates)', EXIT.usage);
  if (earlierPath === '-' && laterPath === '-') throw new CliError('-: standard input can be only one of the two reports', EXIT.usage);
  const options = flags.inputFormat ? { format: flags.inputFormat } : {};
  const earlier = await readReport(earlierPath, io, options);
  const later = await readReport(laterPath, io, options);
  return { earlier, later, earlierName: earlierPath, laterName: laterPath };
}

/** The two inspections from the index: every problem is one line naming the database, exit code 2 (8 for a file that is not an index). */
async function fromIndex(db: string, first: string | undefined, second: string | undefined, flags: FollowUpFlags): Promise<Pair> {
  if (flags.authority === undefined) throw new CliError(`${db}: --db needs --authority KEY, and --latest or two dates`, EXIT.usage);
  if (flags.inputFormat) throw new CliError('--input-format reads files; the reports of an index are read already', EXIT.usage);
  let selector: PairSelector;
  if (flags.latest) {
    if (first !== undefined) throw new CliError(`${first}: --latest takes the last two inspections; give either --latest or two dates`, EXIT.usage);
    selector = { latest: true };
  } else {
    if (first === undefined || second === undefined) throw new CliError(`${db}: give --latest or the dates of two inspections of "${flags.authority}"`, EXIT.usage);
    selector = { dates: [period(first), period(second)] };
  }
  const [{ openIndex }, { inspectionPair, InspectionPairError }] = await Promise.all([import('../index-db/open.js'), import('../index-db/inspections.js')]);
  const database = await openIndex(db);
  try {
    const { earlier, later, inspections } = inspectionPair(database, flags.authority, selector, flags.kind);
    const name = (i: (typeof inspections)[number]) => `${i.source} (${i.date ?? 'undated'})`;
    return { earlier, later, earlierName: name(inspections[0]), laterName: name(inspections[1]) };
  } catch (error) {
    if (error instanceof InspectionPairError) throw new CliError(`${db}: ${error.message}`, EXIT.usage);
    throw error;
  } finally {
    database.close();
  }
}

/** A date given on the command line as the period it covers. */
function period(text: string): Period {
  try {
    return { text, from: periodStart(text), to: periodEnd(text) };
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw new CliError(`${error.message}; with --db, the two arguments are the dates of inspections`, EXIT.usage);
    throw error;
  }
}

async function render(result: FollowUp, flags: FollowUpFlags, { io }: Context): Promise<string> {
  if (flags.summary) {
    // The counts as a line of text, unless JSON was asked for by name.
    const format = flags.format;
    return format === 'json' || format === 'ndjson'
      ? `${JSON.stringify({ summary: result.summary, counts: result.counts, stated: result.stated }, null, format === 'json' ? 2 : undefined)}\n`
      : `${result.summary}\n`;
  }
  const format = flags.format ?? (outputFormat(undefined, io) === 'table' ? 'table' : 'json');
  switch (format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'ndjson':
      // One earlier recommendation per line, whole, for scripts that stream.
      return result.results.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'markdown':
      return (await import('../follow-up/format-markdown.js')).formatFollowUpMarkdown(result);
    case 'csv':
    case 'table': {
      const [{ followUpColumns, followUpRows }, { formatRows }] = await Promise.all([import('../follow-up/columns.js'), import('../format/index.js')]);
      const width = terminalWidth(io);
      const rows = await formatRows(followUpRows(result), followUpColumns(), format, { color: colorLevel(io), ...(width && { width }) });
      return format === 'table' ? `${rows}${result.summary}\n` : rows;
    }
  }
}

/** "a sif", "an ilacs", "an area-send". */
function article(word: string | undefined): string {
  return `${/^[aeiou]/i.test(word ?? '') ? 'an' : 'a'} ${word}`;
}
