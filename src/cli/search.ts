/**
 * `inspect search "<words>" --db FILE`: the findings and recommendations of
 * an index that match, best first, with where each is.
 */
import { Option, type Command } from 'commander';
import type { SearchHit, SearchIn } from '../index-db/search.js';
import { CliError, EXIT } from './exit-codes.js';
import { colorLevel, formatOption, outputFormat, ROW_FORMATS, terminalWidth, type Format } from './format-option.js';
import { write, type Context } from './io.js';
import { periodEnd, periodStart, positiveInteger } from './options.js';
import { dbOption } from './index-command.js';

interface SearchFlags {
  db: string;
  authority?: string;
  kind?: string;
  since?: string;
  until?: string;
  grade: string[];
  in?: SearchIn;
  limit: number;
  format?: Format;
}

export function registerSearch(program: Command, context: Context): void {
  program
    .command('search')
    .description('search the findings and recommendations of an index (best matches first)')
    .argument('<words>', 'words that must all appear (any form: "training" finds "trained"); "a phrase", OR, NOT and prefix* too')
    .addOption(dbOption())
    .option('--authority <key>', 'only reports of this authority (e.g. bury)')
    .option('--kind <kind>', 'only reports of this kind (ilacs, sif, lac, focused-visit, area-send, cqc-safeguarding)')
    .addOption(new Option('--since <date>', 'only reports from this date on (YYYY, YYYY-MM or YYYY-MM-DD)').argParser(periodStart))
    .addOption(new Option('--until <date>', 'only reports up to this date (YYYY, YYYY-MM or YYYY-MM-DD)').argParser(periodEnd))
    .option('--grade <area=grade>', 'only reports with this judgement, e.g. overall=inadequate (repeatable)', (value: string, all: string[]) => [...all, value], [])
    .addOption(new Option('--in <part>', 'only findings or only recommendations').choices(['findings', 'recommendations']))
    .addOption(new Option('--limit <n>', 'how many hits').argParser(positiveInteger).default(20))
    .addOption(formatOption(ROW_FORMATS))
    .action(async (words: string, flags: SearchFlags) => {
      const { io } = context;
      const format = outputFormat(flags.format, io);
      const [{ openIndex }, { search, parseGradeFilter, SearchError }] = await Promise.all([import('../index-db/open.js'), import('../index-db/search.js')]);
      let grades;
      try {
        grades = flags.grade.map(parseGradeFilter);
      } catch (error) {
        if (error instanceof SearchError) throw new CliError(error.message, EXIT.usage);
        throw error;
      }
      const db = await openIndex(flags.db);
      let hits: SearchHit[];
      try {
        hits = search(db, words, {
          ...(flags.authority !== undefined && { authority: flags.authority }),
          ...(flags.kind !== undefined && { kind: flags.kind }),
          ...(flags.since && { since: flags.since }),
          ...(flags.until && { until: flags.until }),
          grades,
          ...(flags.in && { in: [flags.in] }),
          limit: flags.limit,
        });
      } catch (error) {
        if (error instanceof SearchError) throw new CliError(error.message, EXIT.usage);
        throw error;
      } finally {
        db.close();
      }
      const [{ formatRows }, { hitColumns }] = await Promise.all([import('../format/index.js'), import('../index-db/format-search.js')]);
      const color = format === 'table' ? colorLevel(io) : 0;
      const width = terminalWidth(io);
      await write(io.stdout, await formatRows(hits, hitColumns({ color }), format, { color, ...(width && { width }) }));
    });
}
