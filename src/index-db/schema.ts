/**
 * The index database's schema, versioned with `PRAGMA user_version` and
 * migrated step by step: MIGRATIONS[n] takes a database from version n to
 * n + 1. docs/index-schema.md documents every table and column (a test keeps
 * the two in step). Only SQLite features of 3.37 and earlier are used, so
 * that older readers (Python's sqlite3 on Debian 12 links 3.40) open it.
 */

/** `PRAGMA application_id`: "INSP", so that another program's SQLite file is never taken for an index. */
export const APPLICATION_ID = 0x494e5350;

/** The tables that hold one row per item of a report, in the order a report is written. */
export const ITEM_TABLES = ['sections', 'judgements', 'findings', 'recommendations', 'diagnostics'] as const;
export type ItemTable = (typeof ITEM_TABLES)[number];

/** Every table an export writes, in order. */
export const TABLES = ['files', 'reports', 'parts', ...ITEM_TABLES] as const;
export type TableName = (typeof TABLES)[number];

/** Where an item is in its source: unist points as columns (page and page line for PDF input). */
const POSITION = `
  start_line INTEGER NOT NULL,
  start_column INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_line INTEGER NOT NULL,
  end_column INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  start_page INTEGER,
  start_page_line INTEGER,
  end_page INTEGER,
  end_page_line INTEGER`;

/**
 * Full-text search over one table's `text`. The writer adds each row's text
 * itself (an insert trigger made indexing three times slower); triggers take
 * it out again on delete and update, whoever deletes or updates.
 */
function fullText(table: string, key: string): string {
  return `
CREATE VIRTUAL TABLE ${table}_fts USING fts5(
  text,
  content='${table}',
  content_rowid='${key}',
  tokenize='porter unicode61 remove_diacritics 2'
);
-- Indexing, not searching, is what costs: a larger in-memory hash before each flush to disk and fewer merges on the
-- way took about half the time of the defaults (1 MB, 4).
INSERT INTO ${table}_fts(${table}_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO ${table}_fts(${table}_fts, rank) VALUES ('automerge', 16);
CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} BEGIN
  INSERT INTO ${table}_fts(${table}_fts, rowid, text) VALUES ('delete', old.${key}, old.text);
END;
CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF text ON ${table} BEGIN
  INSERT INTO ${table}_fts(${table}_fts, rowid, text) VALUES ('delete', old.${key}, old.text);
  INSERT INTO ${table}_fts(rowid, text) VALUES (new.${key}, new.text);
END;`;
}

const VERSION_1 = `
CREATE TABLE files (
  file_id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  reports INTEGER NOT NULL
) STRICT;

CREATE TABLE reports (
  report_id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files(file_id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  format TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  title TEXT,
  kind TEXT,
  authority TEXT,
  organisation TEXT,
  inspector TEXT,
  inspection_start TEXT,
  inspection_end TEXT,
  published TEXT,
  action_plan_due TEXT,
  metadata TEXT NOT NULL,
  extra TEXT NOT NULL
) STRICT;
CREATE INDEX reports_authority ON reports(authority, inspection_start);
CREATE INDEX reports_file ON reports(file_id, ordinal);
CREATE INDEX reports_path ON reports(path);

CREATE TABLE parts (
  report_id INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  part TEXT NOT NULL,
  sections INTEGER NOT NULL,
  judgements INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  recommendations INTEGER NOT NULL,
  start_line INTEGER,
  PRIMARY KEY (report_id, part)
) STRICT, WITHOUT ROWID;

CREATE TABLE sections (
  section_id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  part TEXT,
  number INTEGER,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  depth INTEGER,
  outcome INTEGER,
  grade TEXT,${POSITION},
  extra TEXT NOT NULL
) STRICT;
CREATE INDEX sections_report ON sections(report_id, ordinal);

CREATE TABLE judgements (
  judgement_id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  part TEXT,
  area TEXT NOT NULL,
  grade TEXT NOT NULL,
  grade_number INTEGER,
  grade_text TEXT NOT NULL,
  read_from TEXT,${POSITION},
  extra TEXT NOT NULL
) STRICT;
CREATE INDEX judgements_report ON judgements(report_id, ordinal);
CREATE INDEX judgements_grade ON judgements(grade, area);

CREATE TABLE findings (
  finding_id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  part TEXT,
  id TEXT NOT NULL,
  section INTEGER,
  heading TEXT,
  outcome INTEGER,
  joint_report TEXT NOT NULL,
  paragraphs INTEGER NOT NULL,
  text TEXT NOT NULL,${POSITION},
  extra TEXT NOT NULL
) STRICT;
CREATE INDEX findings_report ON findings(report_id, ordinal);

CREATE TABLE recommendations (
  recommendation_id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  part TEXT,
  id TEXT NOT NULL,
  group_label TEXT,
  timescale TEXT,
  due TEXT,
  joint_report TEXT NOT NULL,
  actor TEXT,
  heading TEXT,
  text TEXT NOT NULL,${POSITION},
  extra TEXT NOT NULL
) STRICT;
CREATE INDEX recommendations_report ON recommendations(report_id, ordinal);

CREATE TABLE diagnostics (
  diagnostic_id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,${POSITION},
  extra TEXT NOT NULL
) STRICT;
CREATE INDEX diagnostics_report ON diagnostics(report_id, ordinal);
${fullText('findings', 'finding_id')}
${fullText('recommendations', 'recommendation_id')}
`;

/** MIGRATIONS[n]: SQL taking user_version n to n + 1. */
export const MIGRATIONS: readonly string[] = [VERSION_1];

/** The schema version this build writes and reads: `PRAGMA user_version`. */
export const INDEX_VERSION = MIGRATIONS.length;
