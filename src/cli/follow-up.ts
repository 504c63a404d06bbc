/**
 * `inspect follow-up <earlier> <later>`: were the earlier report's
 * recommendations acted on? One status per recommendation, with the sentence
 * of the later report that justifies it.
 */
import { Option, type Command } from 'commander';
import type { FollowUp } from '../follow-up/schema.js';
import { CliError, EXIT } from './exit-codes.js';
import { colorLevel, outputFormat, terminalWidth } from './format-option.js';
import { write, type Context } from './io.js';
import { inputFormatOption, readReport } from './read-report.js';
import type { FormatName } from '../read/detect.js';

/** Kept here so that `--help` does not load the library. */
export const FOLLOW_UP_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
type FollowUpFormat = (typeof FOLLOW_UP_FORMATS)[number];

interface FollowUpFlags {
  format?: FollowUpFormat;
  summary?: boolean;
  inputFormat?: FormatName;
}

export function registerFollowUp(program: Command, context: Context): void {
  program
    .command('follow-up')
    .description("were the earlier report's recommendations acted on? met, partly met, not met, repeated or not assessed, each with its evidence")
    .argument('<earlier>', 'the earlier report (.md, .txt, .html, .docx, .pdf, or the JSON `parse` printed), or "-" for standard input')
    .argument('<later>', 'the later report, or "-"')
    .addOption(new Option('--format <format>', 'table (default on a terminal), json (default when piped), ndjson, csv or markdown (for a board paper)').choices(FOLLOW_UP_FORMATS))
    .option('--summary', 'print only the counts: "3 met, 2 partly met" (with --format json, the counts as JSON)')
    .addOption(inputFormatOption())
    .action(async (earlierPath: string, laterPath: string, flags: FollowUpFlags) => {
      const { io } = context;
      if (earlierPath === '-' && laterPath === '-') throw new CliError('-: standard input can be only one of the two reports', EXIT.usage);
      const options = flags.inputFormat ? { format: flags.inputFormat } : {};
      const earlier = await readReport(earlierPath, io, options);
      const later = await readReport(laterPath, io, options);
      const { followUp } = await import('../follow-up/follow-up.js');
      const result = followUp(earlier, later);

      if (earlier.recommendations.length === 0) io.stderr.write(`inspect: ${earlierPath}: warning: the earlier report has no recommendations to follow up\n`);
      if (result.earlier.date && result.later.date && result.later.date < result.earlier.date) {
        io.stderr.write(`inspect: warning: ${laterPath} (${result.later.date}) is older than ${earlierPath} (${result.earlier.date}); give the earlier report first\n`);
      }
      if (result.sameAuthority === false) {
        io.stderr.write(`inspect: warning: the two reports name different authorities (${result.earlier.authority}; ${result.later.authority}): a follow-up compares inspections of one authority\n`);
      }
      await write(io.stdout, await render(result, flags, context));
    });
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
