/**
 * `inspect index <inputs…> --db FILE`: parse reports into an SQLite index
 * (see docs/index-schema.md), parsing again only what changed.
 */
import { Option, type Command } from 'commander';
import type { Region } from '../dates/index.js';
import { CliError, EXIT } from './exit-codes.js';
import { say, type Context } from './io.js';
import { Outcome } from './outcome.js';
import { fromOption, positiveInteger, regionOption } from './options.js';
import { countFiles, createProgress, showProgress } from './progress.js';
import { collectRicher } from './richest.js';

interface IndexFlags {
  db: string;
  glob: string;
  jobs?: number;
  timeout: number;
  prune?: boolean;
  progress?: boolean;
  from?: string;
  region: Region;
}

export function dbOption(): Option {
  return new Option('--db <file>', 'the index database (made by `inspect index`)').makeOptionMandatory();
}

export function registerIndex(program: Command, context: Context): void {
  program
    .command('index')
    .description('parse reports into an SQLite index database, again only those that changed')
    .argument('<inputs...>', 'reports (.md, .txt, .html, .docx, .pdf, JSON or NDJSON from `inspect parse`) or directories of them')
    .addOption(dbOption())
    .option('--prune', 'drop the reports of indexed files that no longer exist')
    .option('--glob <pattern>', 'which files of a directory to read (e.g. "*.{md,pdf,docx,html}")', '*.{md,markdown,txt}')
    .addOption(new Option('--jobs <n>', 'parse on this many worker threads (default: all cores)').argParser(positiveInteger))
    .addOption(new Option('--timeout <seconds>', 'give up on a file after this long').argParser(positiveInteger).default(60))
    .addOption(fromOption())
    .addOption(regionOption())
    .option('--no-progress', 'never show a progress bar')
    .action(async (inputs: string[], flags: IndexFlags, command: Command) => {
      const { io } = context;
      if (inputs.includes('-')) throw new CliError('"-": an index is made from files, not standard input (save it to a file first)', EXIT.usage);
      const [{ indexFiles }, { availableParallelism }, picomatch] = await Promise.all([import('../index-db/build.js'), import('node:os'), import('picomatch')]);
      const match = picomatch.default(flags.glob, { basename: true, nocase: true });
      // As `parse` reads them: unless --glob names what to read, a report in several formats is indexed once, in its richest.
      const richest = command.getOptionValueSource('glob') !== 'cli';
      const richer = collectRicher();
      const progress = showProgress(flags, io) ? createProgress(io, countFiles(inputs, { match, richest }), 'indexing') : null;
      const outcome = new Outcome();
      const summary = await indexFiles(inputs, {
        db: flags.db,
        match,
        jobs: flags.jobs ?? availableParallelism(),
        timeout: flags.timeout * 1000,
        ...(flags.prune && { prune: true }),
        ...(flags.from && { from: flags.from }),
        region: flags.region,
        ...(richest && { richest, onRicher: richer.onRicher }),
        onFile(event) {
          if (event.status === 'failed') {
            outcome.failed(event.problem);
            progress?.clear();
            io.stderr.write(`inspect: ${event.message}\n`);
          } else outcome.ok();
          progress?.tick(outcome.seen, outcome.failedCount);
        },
      });
      progress?.done();
      richer.tell(io);
      const files = summary.added + summary.updated + summary.unchanged + summary.failed;
      if (files === 0 && summary.gone === 0) throw new CliError(`no report files (${flags.glob}) found in ${inputs.join(', ')}`, EXIT.unreadable);
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const gone =
        summary.gone === 0 ? '' : flags.prune ? `, ${summary.removed} removed` : `; ${plural(summary.gone, 'indexed file')} ${summary.gone === 1 ? 'is' : 'are'} gone (--prune drops them)`;
      context.exitCode = outcome.code();
      // The only file failed: its error is the one line there is to say.
      if (outcome.seen === 1 && outcome.nothingRead) return;
      say(
        io,
        `${flags.db}: ${plural(summary.reports, 'report')}; ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged${summary.failed ? `, ${summary.failed} failed` : ''}${summary.replaced ? `, ${summary.replaced} replaced by a richer format` : ''}${gone}`,
      );
    });
}
