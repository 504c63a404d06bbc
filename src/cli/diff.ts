/**
 * `inspect diff <old> <new>`: what changed between two reports (an inspection
 * and its follow-up, or two drafts). Exit codes as diff(1): 0 no differences,
 * 1 differences, 2 trouble (any argument or input problem).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Region } from '../dates/index.js';
import type { DiffPart } from '../diff/schema.js';
import { CliError, EXIT } from './exit-codes.js';
import { colorLevel } from './format-option.js';
import { write, type Context } from './io.js';
import { regionOption } from './options.js';
import { readReports } from './read-report.js';
import type { Report } from '../schema/report.js';

export const DIFF_FORMATS = ['text', 'json', 'patch', 'markdown'] as const;
export const DIFF_PARTS = ['findings', 'recommendations', 'metadata', 'sections'] as const;

interface DiffFlags {
  format?: (typeof DIFF_FORMATS)[number];
  only?: DiffPart;
  threshold: number;
  region: Region;
  compact?: boolean;
}

/** Parse `--threshold`: a number above 0 and at most 1. */
export function thresholdArgument(value: string): number {
  const n = Number(value);
  if (!/^\s*(?:\d+\.?\d*|\.\d+)\s*$/.test(value) || !(n > 0 && n <= 1)) {
    throw new InvalidArgumentError(`expected a similarity above 0 and at most 1 (e.g. 0.5), got "${value}"`);
  }
  return n;
}

export function registerDiff(program: Command, context: Context): void {
  program
    .command('diff')
    .description('compare two reports; exit 0 when they do not differ, 1 when they do')
    .argument('<old>', 'the earlier report (.md, .txt, .html, .docx, .pdf, or the JSON `parse` printed), or "-" for standard input; alone, NDJSON of the two reports')
    .argument('[new]', 'the later report, or "-"')
    .addOption(
      new Option('--format <format>', 'text (default on a terminal), json (default when piped), patch (RFC 6902 JSON Patch) or markdown').choices(DIFF_FORMATS),
    )
    .addOption(new Option('--only <part>', 'compare only this part of the reports').choices(DIFF_PARTS))
    .addOption(
      new Option('--threshold <n>', 'similarity (0 to 1) a changed text needs to count as the same finding or recommendation reworded')
        .argParser(thresholdArgument)
        .default(0.5),
    )
    .addOption(regionOption())
    .option('--compact', 'print JSON or a patch on one line')
    .action(async (oldPath: string, newPath: string | undefined, flags: DiffFlags) => {
      const { io } = context;
      if (oldPath === '-' && newPath === '-') throw new CliError('-: standard input can be only one of the two reports', EXIT.usage);
      const [oldReport, newReport] = newPath === undefined ? await pair(oldPath, context, flags.region) : [await read(oldPath, context, flags.region), await read(newPath, context, flags.region)];
      const { diffReports } = await import('../diff/diff-reports.js');
      const only = flags.only ? [flags.only] : undefined;
      const diff = diffReports(oldReport, newReport, { threshold: flags.threshold, ...(only && { only }) });
      const format = flags.format ?? (io.stdout.isTTY ? 'text' : 'json');
      let output: string;
      if (format === 'json') {
        output = `${JSON.stringify(diff, null, flags.compact ? undefined : 2)}\n`;
      } else if (format === 'patch') {
        const { formatDiffPatch } = await import('../diff/format-patch.js');
        output = formatDiffPatch(oldReport, newReport, { ...(only && { only }), compact: flags.compact ?? false });
      } else if (format === 'markdown') {
        const { formatDiffMarkdown } = await import('../diff/format-markdown.js');
        output = formatDiffMarkdown(diff);
      } else {
        const { formatDiffText } = await import('../diff/format-text.js');
        output = formatDiffText(diff, { color: colorLevel(io) > 0 });
      }
      await write(io.stdout, output);
      context.exitCode = diff.identical ? EXIT.ok : EXIT.found;
    });
}

/** Read one report. */
async function read(path: string, context: Context, region: Region) {
  const reports = await readAll(path, context, region);
  if (reports.length !== 1) throw new CliError(`${path}: holds ${reports.length} reports (NDJSON); give one report per argument, or both as the only argument`, EXIT.usage);
  return reports[0]!;
}

/** The two reports of one NDJSON input (`inspect parse old.md new.md | inspect diff -`). */
async function pair(path: string, context: Context, region: Region): Promise<[Report, Report]> {
  const reports = await readAll(path, context, region);
  if (reports.length !== 2) {
    const fix = reports.length === 1 ? 'give the new report too' : 'give one report per argument';
    throw new CliError(`${path}: holds ${reports.length} report${reports.length === 1 ? '' : 's'}; ${fix}, or as the only argument NDJSON of exactly two (old, then new)`, EXIT.usage);
  }
  return [reports[0]!, reports[1]!];
}

async function readAll(path: string, { io }: Context, region: Region): Promise<Report[]> {
  try {
    return await readReports(path, io, { region });
  } catch (error) {
    // An input problem gets the exit code it gets from every command (3, 4 or 5); only arguments are diff's 2.
    throw error;
  }
}
