/**
 * `inspect series <authority> --db FILE`: one authority's inspections in
 * date order, its grades across them; `--format html` for a page with the
 * grade history drawn.
 */
import { Option, type Command } from 'commander';
import { CliError, EXIT } from './exit-codes.js';
import { colorLevel, terminalWidth } from './format-option.js';
import { write, type Context } from './io.js';
import { dbOption } from './index-command.js';

const SERIES_FORMATS = ['table', 'json', 'ndjson', 'csv', 'html'] as const;

interface SeriesFlags {
  db: string;
  format?: (typeof SERIES_FORMATS)[number];
  followUp?: boolean;
}

export function registerSeries(program: Command, context: Context): void {
  program
    .command('series')
    .description("one authority's inspections in date order: kind, dates, inspector, every grade across them, months between")
    .argument('<authority>', 'the authority key, as `metadata.authority` gives it (e.g. bury, kingston-upon-hull)')
    .addOption(dbOption())
    .option('--follow-up', "also follow each inspection's recommendations up in the next (as `inspect follow-up`), and list those made again in a row")
    .addOption(
      new Option('--format <format>', 'table (default on a terminal), json (default when piped), ndjson, csv (a row per inspection), html (a page with a chart)').choices(
        SERIES_FORMATS,
      ),
    )
    .action(async (authority: string, flags: SeriesFlags) => {
      const { io } = context;
      const [{ openIndex }, { series, unknownAuthority }] = await Promise.all([import('../index-db/open.js'), import('../index-db/series.js')]);
      const db = await openIndex(flags.db);
      let result;
      try {
        result = series(db, authority);
        if (result.inspections.length === 0) throw new CliError(`${flags.db}: ${unknownAuthority(db, authority)}`, EXIT.usage);
        if (flags.followUp) result = (await import('../index-db/series-follow-up.js')).withFollowUps(db, result);
      } finally {
        db.close();
      }
      const format = flags.format ?? (io.stdout.isTTY ? 'table' : 'json');
      if (format === 'html') {
        const { formatSeriesHtml } = await import('../index-db/format-series-html.js');
        await write(io.stdout, formatSeriesHtml(result));
      } else if (format === 'json') {
        await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
      } else {
        const [{ formatRows }, { seriesRows, seriesTable }] = await Promise.all([import('../format/index.js'), import('../index-db/format-series.js')]);
        if (format === 'table') {
          const { rows, columns } = seriesTable(result);
          const width = terminalWidth(io);
          await write(io.stdout, await formatRows(rows, columns, 'table', { color: colorLevel(io), ...(width && { width }) }));
        } else {
          const { rows, columns } = seriesRows(result);
          await write(io.stdout, await formatRows(rows, columns, format));
        }
      }
    });
}
