/**
 * `inspect export`: the index as flat files. NDJSON gives the reports back
 * whole, one per line, as `inspect parse` printed them; CSV gives each table
 * as it is stored (docs/index-schema.md), one file per table, streamed.
 */
import { csvRecord } from '../format/csv.js';
import type { Cell } from '../format/index.js';
import { TABLES, type TableName } from './schema.js';
import type { Database } from './sqlite.js';
import { readReports } from './store.js';

export { TABLES };

/** The reports of the index as NDJSON lines (each with its line end), in path order. */
export function* exportNdjson(db: Database): Generator<string> {
  for (const report of readReports(db)) yield `${JSON.stringify(report)}\n`;
}

/** One table as CSV records, header first, rows in key order. */
export function* exportCsv(db: Database, table: TableName): Generator<string> {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all<{ name: string }>().map((c) => c.name);
  yield csvRecord(columns);
  for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${table === 'parts' ? 'report_id, part' : '1'}`).iterate()) {
    yield csvRecord(columns.map((c) => row[c] as Cell));
  }
}
