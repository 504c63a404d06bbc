import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexError, openIndex } from '../../src/index-db/open.js';
import { APPLICATION_ID, INDEX_VERSION, TABLES } from '../../src/index-db/schema.js';
import { openSqlite } from '../../src/index-db/sqlite.js';
import { ENGINES, tempDir } from './helpers.js';

describe.each(ENGINES)('the SQLite adapter on %s', (engine) => {
  it('writes a real database file that the other engine reads back', async () => {
    const path = join(tempDir(), 'a.sqlite');
    const db = await openSqlite(path, { engine });
    db.exec('CREATE TABLE t (a INTEGER, b TEXT, c REAL)');
    db.prepare('INSERT INTO t VALUES (?, ?, ?)').run([4, 'four', 4.5]);
    db.prepare('INSERT INTO t VALUES (?, ?, ?)').run([true, null, undefined]);
    db.close();
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
    for (const other of ENGINES) {
      const again = await openSqlite(path, { engine: other, readOnly: true });
      expect(again.prepare('SELECT a, b, c, typeof(a) AS ta FROM t ORDER BY rowid').all()).toEqual([
        { a: 4, b: 'four', c: 4.5, ta: 'integer' },
        { a: 1, b: null, c: null, ta: 'integer' },
      ]);
      again.close();
    }
  });

  it('finalizes a statement once, whether early or on close', async () => {
    const db = await openSqlite(':memory:', { engine });
    const early = db.prepare('SELECT 1 AS one');
    expect(early.all()).toEqual([{ one: 1 }]);
    early.finalize();
    early.finalize();
    db.prepare('SELECT 2 AS two');
    expect(() => db.close()).not.toThrow();
  });

  it('has FTS5 with bm25 and snippets', async () => {
    const db = await openSqlite(':memory:', { engine });
    db.exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61'); INSERT INTO t VALUES ('Staff were trained in safeguarding'), ('nothing here')");
    const rows = db.prepare("SELECT snippet(t, 0, '[', ']', '…', 8) AS s, bm25(t) AS score FROM t WHERE t MATCH ? ORDER BY rank").all(['training']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.s).toBe('Staff were [trained] in safeguarding');
    expect(typeof rows[0]!.score).toBe('number');
    db.close();
  });

  it('rolls a transaction back when its body throws, and iterates rows lazily', async () => {
    const db = await openSqlite(':memory:', { engine });
    db.exec('CREATE TABLE t (a INTEGER)');
    expect(() =>
      db.transaction(() => {
        db.prepare('INSERT INTO t VALUES (?)').run([1]);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    db.transaction(() => db.prepare('INSERT INTO t VALUES (?)').run([2]));
    expect([...db.prepare('SELECT a FROM t').iterate()]).toEqual([{ a: 2 }]);
    db.close();
  });
});

describe.each(ENGINES)('opening an index on %s', (engine) => {
  it('creates the schema at the current version, with the application id', async () => {
    const path = join(tempDir(), 'index.sqlite');
    const db = await openIndex(path, { write: true, engine });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: INDEX_VERSION });
    expect(db.prepare('PRAGMA application_id').get()).toEqual({ application_id: APPLICATION_ID });
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all<{ name: string }>().map((r) => r.name);
    for (const table of [...TABLES, 'findings_fts', 'recommendations_fts']) expect(names).toContain(table);
    db.close();
    // Opening again neither fails nor migrates twice.
    (await openIndex(path, { write: true, engine })).close();
  });

  it('refuses a file that is not SQLite, and leaves it as it was', async () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(10));
    const before = readFileSync(path);
    await expect(openIndex(path, { write: true, engine })).rejects.toMatchObject({ problem: 'not-sqlite' });
    await expect(openIndex(path, { engine })).rejects.toThrow(/notes\.sqlite: is not an SQLite database/);
    expect(readFileSync(path)).toEqual(before);
    expect(existsSync(`${path}-journal`)).toBe(false);
  });

  it('refuses an index of a newer schema, and leaves it as it was', async () => {
    const path = join(tempDir(), 'newer.sqlite');
    const db = await openIndex(path, { write: true, engine });
    db.exec(`PRAGMA user_version = ${INDEX_VERSION + 1}`);
    db.close();
    const before = readFileSync(path);
    const error = await openIndex(path, { write: true, engine }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexError);
    expect((error as IndexError).problem).toBe('newer-schema');
    expect((error as IndexError).message).toMatch(new RegExp(`schema version ${INDEX_VERSION + 1}, newer than this inspect reads \\(${INDEX_VERSION}\\)`));
    expect(readFileSync(path)).toEqual(before);
  });

  it("refuses another program's SQLite database, and leaves it as it was", async () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = await openSqlite(path, { engine });
    other.exec('CREATE TABLE customers (name TEXT)');
    other.close();
    const before = readFileSync(path);
    await expect(openIndex(path, { write: true, engine })).rejects.toMatchObject({ problem: 'not-an-index' });
    expect(readFileSync(path)).toEqual(before);
  });

  it('says a missing database must be made first, when only reading', async () => {
    await expect(openIndex(join(tempDir(), 'none.sqlite'), { engine })).rejects.toMatchObject({ problem: 'not-found' });
  });
});

describe('docs/index-schema.md', () => {
  it('documents every table and every column of the schema', async () => {
    const doc = readFileSync('docs/index-schema.md', 'utf8');
    const db = await openIndex(join(tempDir(), 'doc.sqlite'), { write: true });
    for (const table of TABLES) {
      const section = doc.split(/^## /m).find((part) => part.startsWith(`${table}\n`));
      expect(section, `a section for ${table}`).toBeDefined();
      for (const { name } of db.prepare(`PRAGMA table_info(${table})`).all<{ name: string }>()) {
        const documented = section!.includes(`| ${name} |`) || section!.includes(`| ${name},`) || section!.includes(`, ${name} |`) || (/^(start|end)_/.test(name) && section!.includes('| start_line … end_page_line |'));
        expect(documented, `${table}.${name} is documented`).toBe(true);
      }
    }
    expect(doc).toContain(`schema version ${INDEX_VERSION}`);
    db.close();
  });
});
