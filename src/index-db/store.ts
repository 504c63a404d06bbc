/**
 * Reading and writing reports in an index database. The unit is the file
 * indexed: a report file gives one report, an NDJSON file one per line;
 * writing a file again replaces all it gave, and deleting its row deletes
 * its reports, their items and their full-text rows (ON DELETE CASCADE and
 * triggers). The caller decides the transactions (the indexer commits a
 * batch of files at a time).
 */
import type { Report } from '../schema/report.js';
import { COLUMNS, reportFromRows, reportRows, type ReportRows, type StoredReport } from './rows.js';
import { ITEM_TABLES, type ItemTable } from './schema.js';
import type { Database, SqlRow, Statement } from './sqlite.js';

export interface IndexedFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Store {
  /** Every indexed file: path → sha256. */
  files(): Map<string, string>;
  /** Replace whatever the index holds for this file with these reports (`replace: false`: the caller knows it holds nothing). */
  put(file: IndexedFile, reports: readonly ReportRows[], replace?: boolean): void;
  /** Remove the file and its reports; whether it was there. */
  remove(path: string): boolean;
}

export function createStore(db: Database): Store {
  const insert = (table: keyof typeof COLUMNS, returning?: string) => {
    const columns = COLUMNS[table];
    return db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${returning ? ` RETURNING ${returning}` : ''}`);
  };
  const insertFile = insert('files', 'file_id');
  const insertReport = insert('reports', 'report_id');
  const insertPart = insert('parts');
  const inserts = Object.fromEntries(ITEM_TABLES.map((table) => [table, insert(table)])) as Record<ItemTable, Statement>;
  // The full-text rows of a report's items, once they are in (see schema.ts: no insert trigger): one statement per
  // table and report, where one per item cost a fifth of the writing in calls into SQLite.
  const fullText: Partial<Record<ItemTable, Statement>> = {
    findings: db.prepare('INSERT INTO findings_fts(rowid, text) SELECT finding_id, text FROM findings WHERE report_id = ?'),
    recommendations: db.prepare('INSERT INTO recommendations_fts(rowid, text) SELECT recommendation_id, text FROM recommendations WHERE report_id = ?'),
  };
  const deleteFile = db.prepare('DELETE FROM files WHERE path = ?');
  const listFiles = db.prepare('SELECT path, sha256 FROM files ORDER BY path');

  const remove = (path: string): boolean => deleteFile.run([path]).changes > 0;

  return {
    files() {
      return new Map(listFiles.all<{ path: string; sha256: string }>().map((r) => [r.path, r.sha256]));
    },
    put(file, reports, replace = true) {
      db.transaction(() => {
        if (replace) remove(file.path);
        const fileId = insertFile.get<{ file_id: number }>([file.path, file.sha256, file.bytes, reports.length])!.file_id;
        reports.forEach((rows, i) => {
          const id = insertReport.get<{ report_id: number }>([fileId, i + 1, ...rows.report])!.report_id;
          for (const part of rows.parts) insertPart.run([id, ...part]);
          for (const table of ITEM_TABLES) {
            for (const item of rows[table]) inserts[table].run([id, ...item]);
            if (rows[table].length > 0) fullText[table]?.run([id]);
          }
        });
      });
    },
    remove,
  };
}

/** Write reports the caller holds as models (not rows from a worker) as one file's, named by the first report's source. */
export function putReports(store: Store, reports: readonly Report[], file?: IndexedFile): void {
  const first = reports[0]!.source;
  store.put(file ?? { path: first.path, sha256: first.sha256, bytes: first.bytes }, reports.map(reportRows));
}

export interface ReadOptions {
  /** Only reports whose id is in this list, in this order (default: all, by file and place in it). */
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
    : db.prepare('SELECT reports.* FROM reports JOIN files USING (file_id) ORDER BY files.path, reports.ordinal').all();
  for (const report of rows) {
    const stored: StoredReport = {
      report,
      items: Object.fromEntries(ITEM_TABLES.map((table) => [table, items[table].all([report.report_id])])) as Record<ItemTable, SqlRow[]>,
    };
    yield reportFromRows(stored);
  }
}
