/**
 * Open an index database, refusing what is not one before SQLite touches it:
 * a file that is not SQLite, another program's SQLite database, or an index
 * of a newer schema than this build knows is reported and left as it was.
 * The first two facts and the version are read from the file's 100-byte
 * header, so a refused file is never even opened for writing.
 */
import { open as openFile, stat, writeFile } from 'node:fs/promises';
import { APPLICATION_ID, INDEX_VERSION, MIGRATIONS } from './schema.js';
import { openSqlite, type Database, type EngineName } from './sqlite.js';

export type IndexProblem = 'not-found' | 'is-directory' | 'unreadable' | 'not-sqlite' | 'not-an-index' | 'newer-schema';

/** A database file that cannot be used, with the reason as one line. */
export class IndexError extends Error {
  override name = 'IndexError';
  readonly path: string;
  readonly problem: IndexProblem;

  constructor(path: string, problem: IndexProblem, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.problem = problem;
  }
}

export interface OpenIndexOptions {
  /** Open to write (created and migrated as needed), or only to read (it must exist). */
  write?: boolean;
  engine?: EngineName;
}

const MAGIC = 'SQLite format 3\0';

/** What the header of an existing file says. */
interface Header {
  /** The file is empty: SQLite takes it as a new database. */
  empty: boolean;
  userVersion: number;
  applicationId: number;
}

export async function openIndex(path: string, options: OpenIndexOptions = {}): Promise<Database> {
  const header = await readHeader(path, options.write ?? false);
  if (header && !header.empty && header.userVersion > INDEX_VERSION && header.applicationId === APPLICATION_ID) {
    throw new IndexError(
      path,
      'newer-schema',
      `is an index of schema version ${header.userVersion}, newer than this inspect reads (${INDEX_VERSION}); update inspect, or index into a new file`,
    );
  }
  const foreign = header && !header.empty && header.applicationId !== APPLICATION_ID;
  if (foreign || (options.write !== true && header?.empty)) {
    // Another program's database, unless it is SQLite's empty one; checked read-only.
    const probe = await openSqlite(path, { readOnly: true, ...(options.engine && { engine: options.engine }) });
    let tables: number;
    try {
      tables = Number(probe.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get<{ n: number }>()!.n);
    } finally {
      probe.close();
    }
    if (tables > 0 || options.write !== true) {
      throw new IndexError(
        path,
        'not-an-index',
        tables > 0 ? 'is an SQLite database, but not an index made by `inspect index`' : 'is an empty database: run `inspect index` into it first',
      );
    }
  }

  // A new index is made as an ordinary file first (an empty file is an empty database): the WebAssembly engine
  // would make it readable by its owner alone.
  if (options.write && header === null) await writeFile(path, '', { flag: 'wx' }).catch(() => {});
  const db = await openSqlite(path, { readOnly: options.write !== true, ...(options.engine && { engine: options.engine }) });
  try {
    if (options.write) {
      db.exec('PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000');
      migrate(db);
    } else {
      db.exec('PRAGMA busy_timeout = 5000');
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Bring the schema to INDEX_VERSION, one migration per transaction. */
function migrate(db: Database): void {
  let version = Number(db.prepare('PRAGMA user_version').get<{ user_version: number }>()!.user_version);
  while (version < INDEX_VERSION) {
    const step = MIGRATIONS[version]!;
    db.transaction(() => {
      db.exec(step);
      if (version === 0) db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    });
    version++;
  }
}

/** The header of the file at `path`, or null when there is no file (a new index, when writing). */
async function readHeader(path: string, write: boolean): Promise<Header | null> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      if (write) return null;
      throw new IndexError(path, 'not-found', 'no such file: make it with `inspect index <reports…> --db FILE`');
    }
    throw new IndexError(path, 'unreadable', `cannot be read (${code})`);
  }
  if (info.isDirectory()) throw new IndexError(path, 'is-directory', 'is a directory, not a database file');
  if (info.size === 0) return { empty: true, userVersion: 0, applicationId: 0 };
  const bytes = Buffer.alloc(100);
  let read = 0;
  try {
    const file = await openFile(path, 'r');
    try {
      ({ bytesRead: read } = await file.read(bytes, 0, 100, 0));
    } finally {
      await file.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IndexError(path, 'unreadable', code === 'EACCES' ? 'permission denied' : `cannot be read (${code})`);
  }
  if (read < 100 || bytes.toString('latin1', 0, 16) !== MAGIC) {
    throw new IndexError(path, 'not-sqlite', 'is not an SQLite database (it does not start with "SQLite format 3"); give --db a new file or an index made by `inspect index`');
  }
  return { empty: false, userVersion: bytes.readUInt32BE(60), applicationId: bytes.readUInt32BE(68) };
}
