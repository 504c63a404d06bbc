/**
 * One SQLite adapter over two engines, so that every module above it runs
 * the same SQL on both: `node:sqlite` where Node has it unflagged (22.13 and
 * later), and node-sqlite3-wasm (SQLite compiled to WebAssembly, writing real
 * database files through Node's fs, with FTS5) on Node 20. Neither needs a
 * native build. `INSPECT_SQLITE=wasm` picks the WebAssembly engine on any
 * Node, so that both can be tested on one.
 *
 * Only what both engines do alike is offered: positional `?` parameters,
 * rows as plain objects, integers as numbers.
 */

/** A value SQLite stores; booleans become 0 and 1. */
export type SqlValue = string | number | bigint | null | Uint8Array;
export type SqlParam = SqlValue | boolean | undefined;
export type SqlRow = Record<string, SqlValue>;

export type EngineName = 'node:sqlite' | 'wasm';

export interface Statement {
  run(params?: readonly SqlParam[]): { changes: number };
  all<Row = SqlRow>(params?: readonly SqlParam[]): Row[];
  get<Row = SqlRow>(params?: readonly SqlParam[]): Row | undefined;
  iterate<Row = SqlRow>(params?: readonly SqlParam[]): IterableIterator<Row>;
  finalize(): void;
}

export interface Database {
  readonly engine: EngineName;
  readonly path: string;
  exec(sql: string): void;
  /** A statement kept for the life of the connection (finalized on close). */
  prepare(sql: string): Statement;
  /** The rows of a query run once: its statement is finalized at once, so a long-lived connection keeps none. */
  query<Row = SqlRow>(sql: string, params?: readonly SqlParam[]): Row[];
  /** Run `body` in one transaction: committed when it returns, rolled back when it throws. Inside a batch, it is part of the batch. */
  transaction<T>(body: () => T): T;
  /** Open a batch: one transaction over many calls, until commit() or rollback(). */
  begin(): void;
  commit(): void;
  rollback(): void;
  close(): void;
}

export interface OpenOptions {
  readOnly?: boolean;
  /** Which engine to use (default: node:sqlite where Node has it, else wasm; INSPECT_SQLITE=wasm forces wasm). */
  engine?: EngineName;
}

/** Open (or create, unless read-only) the database at `path`. */
export async function openSqlite(path: string, options: OpenOptions = {}): Promise<Database> {
  const engine = options.engine ?? (await defaultEngine());
  const raw = engine === 'node:sqlite' ? await openNode(path, options) : await openWasm(path, options);
  return wrap(raw, engine, path);
}

/** The part of node:sqlite used here (@types/node 20 does not describe the module). */
interface NodeSqlite {
  DatabaseSync: new (
    path: string,
    options: { readOnly: boolean },
  ) => {
    exec(sql: string): void;
    prepare(sql: string): {
      run(...params: SqlValue[]): { changes: number | bigint };
      all(...params: SqlValue[]): unknown[];
      get(...params: SqlValue[]): unknown;
      iterate(...params: SqlValue[]): IterableIterator<unknown>;
    };
    close(): void;
  };
}

let nodeSqlite: NodeSqlite | null | undefined;

/** node:sqlite where it loads without a flag, else the WebAssembly build. */
export async function defaultEngine(env: Record<string, string | undefined> = process.env): Promise<EngineName> {
  if (env.INSPECT_SQLITE === 'wasm') return 'wasm';
  return (await loadNodeSqlite()) ? 'node:sqlite' : 'wasm';
}

async function loadNodeSqlite(): Promise<NodeSqlite | null> {
  if (nodeSqlite !== undefined) return nodeSqlite;
  // node:sqlite prints an ExperimentalWarning when loaded; a command's stderr is for the user's problems only.
  const emitWarning = process.emitWarning;
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (/SQLite/i.test(text)) return;
    return (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    // A specifier in a variable: TypeScript has no types for it on Node 20, and the bundler must leave it alone.
    const specifier = 'node:sqlite';
    nodeSqlite = (await import(specifier)) as NodeSqlite;
  } catch {
    // Node 20, or 22 before 22.13 without --experimental-sqlite.
    nodeSqlite = null;
  } finally {
    process.emitWarning = emitWarning;
  }
  return nodeSqlite;
}

/** The few calls both engines share, before wrapping. */
interface RawDatabase {
  exec(sql: string): void;
  prepare(sql: string): RawStatement;
  close(): void;
}

interface RawStatement {
  run(params: SqlValue[]): { changes: number | bigint };
  all(params: SqlValue[]): SqlRow[];
  get(params: SqlValue[]): SqlRow | undefined | null;
  iterate(params: SqlValue[]): IterableIterator<SqlRow>;
  finalize(): void;
}

async function openNode(path: string, options: OpenOptions): Promise<RawDatabase> {
  const sqlite = await loadNodeSqlite();
  if (!sqlite) throw new Error('node:sqlite is not available on this Node');
  const db = new sqlite.DatabaseSync(path, { readOnly: options.readOnly ?? false });
  return {
    exec: (sql) => db.exec(sql),
    prepare(sql) {
      const statement = db.prepare(sql);
      return {
        run: (params) => statement.run(...params),
        all: (params) => statement.all(...params) as SqlRow[],
        get: (params) => statement.get(...params) as SqlRow | undefined,
        iterate: (params) => statement.iterate(...params) as IterableIterator<SqlRow>,
        // node:sqlite finalizes statements when they are collected or the database closes.
        finalize: () => {},
      };
    },
    close: () => db.close(),
  };
}

async function openWasm(path: string, options: OpenOptions): Promise<RawDatabase> {
  // CommonJS: its default export is the module.
  const { default: wasm } = await import('node-sqlite3-wasm');
  const db = new wasm.Database(path, { readOnly: options.readOnly ?? false });
  return {
    exec: (sql) => db.exec(sql),
    prepare(sql) {
      const statement = db.prepare(sql);
      return {
        run: (params) => statement.run(params),
        all: (params) => statement.all(params) as SqlRow[],
        // Its get() leaves the statement open after the first row, which keeps a savepoint from being released.
        get: (params) => (statement.all(params) as SqlRow[])[0],
        iterate: (params) => statement.iterate(params) as IterableIterator<SqlRow>,
        finalize: () => statement.finalize(),
      };
    },
    close: () => db.close(),
  };
}

function wrap(raw: RawDatabase, engine: EngineName, path: string): Database {
  const statements: RawStatement[] = [];
  let depth = 0;
  let batch = false;
  const prepare = (sql: string): Statement => {
    const statement = raw.prepare(sql);
    statements.push(statement);
    return {
      run: (params = []) => ({ changes: Number(statement.run(bind(params)).changes) }),
      all: <Row>(params: readonly SqlParam[] = []) => statement.all(bind(params)).map(plain) as Row[],
      get: <Row>(params: readonly SqlParam[] = []) => {
        const row = statement.get(bind(params));
        return (row ? plain(row) : undefined) as Row | undefined;
      },
      iterate: <Row>(params: readonly SqlParam[] = []) => mapIterator(statement.iterate(bind(params)), plain) as IterableIterator<Row>,
      // Once: a statement finalized early (a query's) is not finalized again on close.
      finalize: () => {
        const at = statements.indexOf(statement);
        if (at < 0) return;
        statements.splice(at, 1);
        statement.finalize();
      },
    };
  };
  return {
    engine,
    path,
    exec: (sql) => raw.exec(sql),
    prepare,
    query<Row>(sql: string, params: readonly SqlParam[] = []): Row[] {
      const statement = prepare(sql);
      try {
        return statement.all<Row>(params);
      } finally {
        statement.finalize();
      }
    },
    transaction<T>(body: () => T): T {
      // Inside a batch, no savepoint: FTS5 writes its pending terms out at every savepoint, which made indexing a
      // batch of files several times slower. The batch as a whole commits or rolls back.
      if (batch) return body();
      const name = `t${depth++}`;
      raw.exec(`SAVEPOINT ${name}`);
      try {
        const result = body();
        raw.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        raw.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
        throw error;
      } finally {
        depth--;
      }
    },
    begin() {
      raw.exec('BEGIN IMMEDIATE');
      batch = true;
    },
    commit() {
      raw.exec('COMMIT');
      batch = false;
    },
    rollback() {
      raw.exec('ROLLBACK');
      batch = false;
    },
    close() {
      for (const statement of statements.splice(0)) statement.finalize();
      raw.close();
    },
  };
}

function bind(params: readonly SqlParam[]): SqlValue[] {
  return params.map((p) => (p === undefined ? null : p === true ? 1 : p === false ? 0 : p));
}

/** Rows as ordinary objects, with integers as numbers (the WebAssembly engine gives bigints past 2^53, which no column here reaches). */
function plain(row: SqlRow): SqlRow {
  const out: SqlRow = {};
  for (const key of Object.keys(row)) {
    const value = row[key]!;
    out[key] = typeof value === 'bigint' ? Number(value) : value;
  }
  return out;
}

function* mapIterator<A, B>(iterator: IterableIterator<A>, map: (a: A) => B): IterableIterator<B> {
  for (const item of iterator) yield map(item);
}
