/**
 * `inspect export --db FILE --format ndjson|csv`: the index as flat files:
 * NDJSON of the reports on stdout, or one CSV file per table (`--out-dir`),
 * or one table's CSV on stdout (`--table`).
 */
import { Option, type Command } from 'commander';
import { CliError, EXIT } from './exit-codes.js';
import { say, writePieces, type Context } from './io.js';
import { dbOption } from './index-command.js';

interface ExportFlags {
  db: string;
  format: 'ndjson' | 'csv';
  outDir?: string;
  table?: string;
  force?: boolean;
}

export function registerExport(program: Command, context: Context): void {
  program
    .command('export')
    .description('write an index out as flat files: NDJSON of the reports, or a CSV per table')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'ndjson (the reports, whole, on stdout) or csv (the tables as stored)').choices(['ndjson', 'csv']).makeOptionMandatory())
    .option('--out-dir <dir>', 'csv: write <table>.csv for every table into this directory')
    .option('--table <name>', 'csv: print this one table on stdout')
    .option('--force', 'overwrite CSV files already in --out-dir')
    .action(async (flags: ExportFlags) => {
      const { io } = context;
      const [{ openIndex }, { exportCsv, exportNdjson, TABLES }] = await Promise.all([import('../index-db/open.js'), import('../index-db/export.js')]);
      if (flags.format === 'ndjson' && (flags.outDir || flags.table)) throw new CliError('--out-dir and --table are for --format csv', EXIT.usage);
      if (flags.format === 'csv' && !flags.outDir === !flags.table) throw new CliError(`--format csv needs --out-dir <dir> (every table) or --table <name> (one of ${TABLES.join(', ')})`, EXIT.usage);
      if (flags.table && !(TABLES as readonly string[]).includes(flags.table)) throw new CliError(`--table: no table "${flags.table}" (tables: ${TABLES.join(', ')})`, EXIT.usage);
      const db = await openIndex(flags.db);
      try {
        if (flags.format === 'ndjson') return await writePieces(io.stdout, exportNdjson(db));
        if (flags.table) return await writePieces(io.stdout, exportCsv(db, flags.table as (typeof TABLES)[number]));
        const [{ createWriteStream, existsSync }, { mkdir }, { join }] = await Promise.all([import('node:fs'), import('node:fs/promises'), import('node:path')]);
        const targets = TABLES.map((table) => ({ table, path: join(flags.outDir!, `${table}.csv`) }));
        const existing = targets.filter((t) => existsSync(t.path));
        if (existing.length > 0 && !flags.force) throw new CliError(`${existing[0]!.path}: exists; give --force to overwrite the CSV files in ${flags.outDir}`, EXIT.usage);
        await mkdir(flags.outDir!, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
          throw new CliError(`${flags.outDir}: cannot be made (${error.code})`, EXIT.unreadable);
        });
        for (const { table, path } of targets) {
          const stream = createWriteStream(path);
          const opened = new Promise<void>((resolve, reject) => {
            stream.once('open', () => resolve());
            stream.once('error', (error: NodeJS.ErrnoException) => reject(new CliError(`${path}: cannot be written (${error.code})`, EXIT.unreadable)));
          });
          await opened;
          await writePieces(stream, exportCsv(db, table));
          await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
        }
        say(io, `wrote ${targets.length} tables to ${flags.outDir}`);
      } finally {
        db.close();
      }
    });
}
