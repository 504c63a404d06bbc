/**
 * `inspect parse <inputs…>`: one report as JSON; many (files or directories)
 * as NDJSON in input order, or one JSON file each with `--out-dir`.
 */
import { Option, type Command } from 'commander';
import type { Region } from '../dates/index.js';
import { CliError, EXIT } from './exit-codes.js';
import { say, write, writePieces, type Context, type Io } from './io.js';
import { Outcome } from './outcome.js';
import { fromOption, positiveInteger, regionOption } from './options.js';
import { countFiles, createProgress, showProgress } from './progress.js';
import { encodingOption, inputFormatOption, readReports } from './read-report.js';
import { collectRicher } from './richest.js';
import type { FormatName } from '../read/detect.js';

interface ParseFlags {
  from?: string;
  region: Region;
  compact?: boolean;
  ndjson?: boolean;
  outDir?: string;
  jobs?: number;
  timeout: number;
  glob?: string;
  progress?: boolean;
  /** One file, printed as one JSON document (parsed on a worker for --timeout). */
  single?: boolean;
  inputFormat?: FormatName;
  encoding?: string;
  /** --glob was given: read what it names, every format of a name included. */
  globGiven?: boolean;
  force?: boolean;
}

export function registerParse(program: Command, context: Context): void {
  program
    .command('parse')
    .description('parse inspection reports into JSON on stdout')
    .argument('<inputs...>', 'reports (.md, .txt, .html, .docx, .pdf), directories of them (see --glob), or "-" for standard input')
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .addOption(fromOption())
    .addOption(regionOption())
    .option('--compact', 'print a single report on one line')
    .option('--ndjson', 'print one report per line (the default for several inputs)')
    .option('--out-dir <dir>', 'write one JSON file per report into this directory instead of stdout (named after its input path)')
    .option('--force', 'with --out-dir, overwrite JSON files already there')
    .addOption(new Option('--jobs <n>', 'parse on this many worker threads (default: all cores)').argParser(positiveInteger))
    .addOption(new Option('--timeout <seconds>', 'give up on a file after this long').argParser(positiveInteger).default(60))
    .option('--glob <pattern>', 'which files of a directory to read (e.g. "*.{md,pdf,docx,html}" for published documents)', '*.{md,markdown,txt}')
    .option('--no-progress', 'never show a progress bar')
    .action(async (inputs: string[], flags: ParseFlags, command: Command) => {
      const options = { region: flags.region, ...(flags.from && { from: flags.from }), ...(flags.encoding && { encoding: flags.encoding }) };
      const single = inputs.length === 1 && !flags.ndjson && !flags.outDir && !(await isDirectory(inputs[0]!));
      // Only a worker can be stopped mid-parse: a single file runs on one when a time limit is asked for.
      const timed = command.getOptionValueSource('timeout') === 'cli' && inputs[0] !== '-' && !flags.inputFormat;
      if (single && !timed) {
        const reports = await readReports(inputs[0]!, context.io, { ...options, ...(flags.inputFormat && { format: flags.inputFormat }) });
        const { jsonChunks } = await import('../format/json-chunks.js');
        // NDJSON in, NDJSON out (checked against the schema on the way).
        for (const report of reports) {
          await writePieces(context.io.stdout, jsonChunks(report, flags.compact || reports.length > 1 ? 0 : 2));
          await write(context.io.stdout, '\n');
        }
        return;
      }
      const globGiven = command.getOptionValueSource('glob') === 'cli';
      context.exitCode = await parseMany(inputs, { ...flags, globGiven, ...(single && { single }) }, options, context.io);
    });
}

async function isDirectory(path: string): Promise<boolean> {
  if (path === '-') return false;
  const { stat } = await import('node:fs/promises');
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

async function parseMany(
  inputs: string[],
  flags: ParseFlags,
  options: { region: Region; from?: string; encoding?: string },
  io: Io,
): Promise<number> {
  if (inputs.includes('-')) throw new CliError('"-" (standard input) can only be parsed on its own', EXIT.usage);
  if (flags.inputFormat) throw new CliError('--input-format applies to a single input', EXIT.usage);
  const [{ expandInputs }, { parseOrdered }, { availableParallelism }, picomatch] = await Promise.all([
    import('../batch/walk.js'),
    import('../batch/pool.js'),
    import('node:os'),
    import('picomatch'),
  ]);
  const match = picomatch.default(flags.glob ?? '*.{md,markdown,txt}', { basename: true, nocase: true });
  // Unless --glob names what to read, a report in a directory in several formats is read once, in its richest.
  const richer = collectRicher();
  const walking = { match, richest: !flags.globGiven };
  const listing = { ...walking, onRicher: richer.onRicher };
  // With --out-dir every name is settled before the first file is parsed, so a clash or an existing file stops the run before anything is written.
  const outDir = flags.outDir ? await prepareOutDir(inputs, flags, expandInputs, listing) : null;
  const progress = showProgress(flags, io) ? createProgress(io, countFiles(inputs, walking), 'parsing') : null;

  const outcome = new Outcome();
  let written = 0;
  // Files that are no inspection report (a saved web page, an image under a .pdf name): counted for the summary.
  let notReports = 0;
  const results = parseOrdered(outDir ? fromList(outDir.files) : expandInputs(inputs, listing), (file) => ({ path: file, ...options }), {
    jobs: flags.jobs ?? availableParallelism(),
    timeout: flags.timeout * 1000,
  });
  for await (const result of results) {
    if (result.ok) {
      const lines = result.json.split('\n');
      if (result.json.includes('"rule":"not-a-report"')) notReports++;
      if (outDir) {
        try {
          // An NDJSON input gives one file per line: name.1.json, name.2.json…
          for (const [at, line] of lines.entries()) {
            await outDir.write(outDir.names.get(result.path)! + (lines.length > 1 ? `.${at + 1}` : ''), `${JSON.stringify(JSON.parse(line), null, 2)}\n`);
            written++;
          }
          outcome.ok();
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          progress?.clear();
          io.stderr.write(`inspect: ${error.message}\n`);
          outcome.failedWith(error.exitCode);
        }
      } else {
        outcome.ok();
        if (flags.single && !flags.compact && lines.length === 1) await write(io.stdout, `${JSON.stringify(JSON.parse(result.json), null, 2)}\n`);
        else await write(io.stdout, `${result.json}\n`);
      }
    } else {
      if (result.problem === 'not-a-report') notReports++;
      outcome.failed(result.problem);
      progress?.clear();
      io.stderr.write(`inspect: ${result.message}\n`);
    }
    progress?.tick(outcome.seen, outcome.failedCount);
  }
  progress?.done();
  richer.tell(io);
  if (outcome.seen === 0) throw new CliError(`no report files (${flags.glob}) found in ${inputs.join(', ')}`, EXIT.unreadable);
  if (notReports > 0) {
    progress?.clear();
    say(io, `inspect: ${notReports} of ${outcome.seen} file${outcome.seen === 1 ? '' : 's'} ${notReports === 1 ? 'is' : 'are'} not an inspection report (not-a-report)`);
  }
  if (outDir && written > 0) say(io, `wrote ${written} report${written === 1 ? '' : 's'} to ${flags.outDir}`);
  return outcome.code();
}

async function* fromList(files: string[]): AsyncGenerator<string> {
  yield* files;
}

/** The files of the inputs, each one's name under --out-dir, and a writer that never replaces a file unless --force. */
async function prepareOutDir(
  inputs: string[],
  flags: ParseFlags,
  expandInputs: typeof import('../batch/walk.js').expandInputs,
  walking: import('../batch/walk.js').WalkOptions,
) {
  const [{ planNames, refuseExisting }, { mkdir, writeFile }, path] = await Promise.all([import('./out-dir.js'), import('node:fs/promises'), import('node:path')]);
  // A file given twice is parsed once: its one output file is written once.
  const unique = new Set<string>();
  for await (const file of expandInputs(inputs, walking)) unique.add(file);
  const files = [...unique];
  const names = planNames(files);
  if (!flags.force) refuseExisting(flags.outDir!, names.values());
  const done = new Set<string>();
  return {
    files,
    names,
    async write(name: string, text: string): Promise<void> {
      const target = path.join(flags.outDir!, `${name}.json`);
      // One run never writes a file twice (an NDJSON input's `x.1` and an input called x.1.md).
      if (done.has(target)) throw new CliError(`${target}: already written by this run for another input; skipped`, EXIT.usage);
      done.add(target);
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, text, { flag: flags.force ? 'w' : 'wx' });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new CliError(`${target}: already exists; give --force to overwrite`, EXIT.usage);
        throw new CliError(`${target}: cannot be written (${code ?? (error as Error).message})`, EXIT.unreadable);
      }
    },
  };
}
