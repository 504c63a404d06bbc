/**
 * Reading and writing reports in an index database: one report is one row
 * of `reports` and its items' rows, written or deleted together. The caller
 * decides the transactions (the indexer commits a batch of files at a time).
 */
import type { Report } from '../schema/report.js';
import { COLUMNS, reportFromRows, reportRows, type ReportRows, type StoredReport } from './rows.js';
import { ITEM_TABLES, type ItemTable } from './schema.js';
import type { Database, SqlRow, Statement } from './sqlite.js';

export interface Store {
  /** Every indexed file: path → sha256. */
  files(): Map<string, string>;
  /** Replace whatever the index holds for this report's path with the report. */
  put(rows: ReportRows): void;
  /** Remove the report indexed from `path`; whether there was one. */
  remove(path: string): boolean;
}

export function createStore(db: Database): Store {
  const insert = (table: keyof typeof COLUMNS) => {
    const columns = COLUMNS[table];
    return db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  };
  const insertReport = insert('reports');
  const insertPart = insert('parts');
  const inserts = Object.fromEntries(ITEM_TABLES.map((table) => [table, insert(table)])) as Record<ItemTable, Statement>;
  const idOf = db.prepare('SELECT report_id FROM reports WHERE path = ?');
  const deleteReport = db.prepare('DELETE FROM reports WHERE report_id = ?');
  const listFiles = db.prepare('SELECT path, sha256 FROM reports ORDER BY path');

  const remove = (path: string): boolean => {
    const row = idOf.get<{ report_id: number }>([path]);
    if (!row) return false;
    // ON DELETE CASCADE takes the items, and their triggers the full-text rows.
    deleteReport.run([row.report_id]);
    return true;
  };

  return {
    files() {
      return new Map(listFiles.all<{ path: string; sha256: string }>().map((r) => [r.path, r.sha256]));
    },
    put(rows) {
      db.transaction(() => {
        remove(rows.report[0] as string);
        insertReport.run(rows.report);
        const id = idOf.get<{ report_id: number }>([rows.report[0]])!.report_id;
        for (const part of rows.parts) insertPart.run([id, ...part]);
        for (const table of ITEM_TABLES) for (const item of rows[table]) inserts[table].run([id, ...item]);
      });
    },
    remove,
  };
}

/** Write one report (its rows made here); for callers that hold the model, not rows from a worker. */
export function putReport(store: Store, report: Report): void {
  store.put(reportRows(report));
}

export interface ReadOptions {
  /** Only reports whose id is in this list, in this order (default: all, by path). */
  ids?: readonly number[];
}

/** The reports of the index, rebuilt whole, one at a time. */
export function* readReports(db: Database, options: ReadOptions = {}): Generator<Report> {
  const items = Object.fromEntries(
    ITEM_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} WHERE report_id = ? ORDER BY ordinal`)]),
  ) as Record<ItemTable, Statement>;
  const one = db.prepare('SELECT * FROM reports WHERE report_id = ?');
  const rows: Iterable<SqlRow> = options.ids
    ? options.ids.flatMap((id) => one.get([id]) ?? [])
    : db.prepare('SELECT * FROM reports ORDER BY path').all();
  for (const report of rows) {
    const stored: StoredReport = {
      report,
      items: Object.fromEntries(ITEM_TABLES.map((table) => [table, items[table].all([report.report_id])])) as Record<ItemTable, SqlRow[]>,
    };
    yield reportFromRows(stored);
  }
}
