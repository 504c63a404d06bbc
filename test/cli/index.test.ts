import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndex } from '../../src/index-db/open.js';
import { INDEX_VERSION, TABLES } from '../../src/index-db/schema.js';
import { readReports } from '../../src/index-db/store.js';
import { checkCase, runInProcess, runSubprocess } from '../helpers/cli.js';
import { REPORT_FIXTURES, tempDir } from '../index-db/helpers.js';

const SEED_HTML = 'fixtures/essex-2010-cqc-safeguarding-lac/input.html';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A folder of report files copied from the fixtures. */
function folder(files: readonly string[] = REPORT_FIXTURES): string {
  const dir = join(tempDir(), 'reports');
  mkdirSync(dir);
  files.forEach((file, i) => copyFileSync(file, join(dir, `${String(i + 1).padStart(2, '0')}.md`)));
  return dir;
}

/** Every row of every table, the full-text tables' documents too. */
async function dump(db: string): Promise<Record<string, unknown[]>> {
  const handle = await openIndex(db);
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = handle.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
  for (const table of ['findings_fts', 'recommendations_fts']) out[table] = handle.prepare(`SELECT rowid, text FROM ${table} ORDER BY rowid`).all();
  handle.close();
  return out;
}

describe('inspect index', () => {
  it('indexes a folder, then parses only what was added or changed, and says so', async () => {
    const dir = folder(REPORT_FIXTURES.slice(0, 3));
    const db = join(tempDir(), 'reports.sqlite');
    const first = await runInProcess(['index', dir, '--db', db]);
    // The summary is a message: on stderr, stdout holds nothing.
    checkCase(first, { name: 'first', args: [], code: 0, stderr: /reports; 3 added/, stdout: (out) => expect(out).toBe('') });
    expect(first.stderr).toBe(`${db}: 3 reports; 3 added, 0 updated, 0 unchanged\n`);

    copyFileSync(REPORT_FIXTURES[3]!, join(dir, '04.md'));
    writeFileSync(join(dir, '01.md'), `${readFileSync(join(dir, '01.md'), 'utf8')}\n1.99 One more finding.\n`);
    const second = await runInProcess(['index', dir, '--db', db]);
    expect(second.stderr).toBe(`${db}: 4 reports; 1 added, 1 updated, 2 unchanged\n`);

    const handle = await openIndex(db);
    expect([...readReports(handle)].map((r) => r.source.path)).toEqual(['01', '02', '03', '04'].map((n) => join(dir, `${n}.md`)));
    handle.close();
  });

  it('keeps the rows of files that are gone unless --prune drops them', async () => {
    const dir = folder(REPORT_FIXTURES.slice(0, 3));
    const db = join(tempDir(), 'reports.sqlite');
    await runInProcess(['index', dir, '--db', db]);
    rmSync(join(dir, '02.md'));
    expect((await runInProcess(['index', dir, '--db', db])).stderr).toBe(`${db}: 3 reports; 0 added, 0 updated, 2 unchanged; 1 indexed file is gone (--prune drops them)\n`);
    expect((await runInProcess(['index', dir, '--db', db, '--prune'])).stderr).toBe(`${db}: 2 reports; 0 added, 0 updated, 2 unchanged, 1 removed\n`);
    const rows = await dump(db);
    expect(rows.files!.map((f) => (f as { path: string }).path)).toEqual([join(dir, '01.md'), join(dir, '03.md')]);
  });

  it('indexes a report in several formats once, in its richest, and says so', async () => {
    const dir = folder(REPORT_FIXTURES.slice(0, 2));
    copyFileSync(SEED_HTML, join(dir, '01.html'));
    const db = join(tempDir(), 'reports.sqlite');
    const result = await runInProcess(['index', dir, '--db', db]);
    expect(result.stderr).toBe(
      `inspect: read ${join(dir, '01.html')} instead of ${join(dir, '01.md')} beside it: the richest format of each; give --glob to read them all\n${db}: 2 reports; 2 added, 0 updated, 0 unchanged\n`,
    );
    expect((await dump(db)).files!.map((f) => (f as { path: string }).path)).toEqual([join(dir, '01.html'), join(dir, '02.md')]);
  });

  it('drops what it holds of a file once a richer format of it is beside it: one report is one inspection', async () => {
    const dir = folder(REPORT_FIXTURES.slice(0, 2));
    const db = join(tempDir(), 'reports.sqlite');
    await runInProcess(['index', dir, '--db', db]);
    copyFileSync(SEED_HTML, join(dir, '01.html'));
    expect((await runInProcess(['index', dir, '--db', db])).stderr).toMatch(new RegExp(`\\n${escape(db)}: 2 reports; 1 added, 0 updated, 1 unchanged, 1 replaced by a richer format\\n$`));
    // In the order they were indexed: 02.md first.
    expect((await dump(db)).files!.map((f) => (f as { path: string }).path)).toEqual([join(dir, '02.md'), join(dir, '01.html')]);
  });

  it('indexes every format of a report that --glob names', async () => {
    const dir = folder(REPORT_FIXTURES.slice(0, 2));
    copyFileSync(SEED_HTML, join(dir, '01.html'));
    const db = join(tempDir(), 'reports.sqlite');
    expect((await runInProcess(['index', dir, '--db', db, '--glob', '*.{md,html}'])).stderr).toBe(`${db}: 3 reports; 3 added, 0 updated, 0 unchanged\n`);
  });

  it('gives the same rows, to the last column, when run twice on the same inputs', async () => {
    const dir = folder();
    const a = join(tempDir(), 'a.sqlite');
    const b = join(tempDir(), 'b.sqlite');
    await runInProcess(['index', dir, '--db', a]);
    await runInProcess(['index', dir, '--db', b, '--jobs', '2']);
    expect(await dump(b)).toEqual(await dump(a));
  });

  it('reports a file it cannot read, indexes the rest, and exits 6', async () => {
    const dir = folder(REPORT_FIXTURES.slice(0, 2));
    writeFileSync(join(dir, '00.md'), Buffer.from([0, 1, 2, 3, 0, 0]));
    const db = join(tempDir(), 'reports.sqlite');
    const result = await runInProcess(['index', dir, '--db', db]);
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(/^inspect: .*00\.md: .*binary/);
    expect(result.stderr.split('\n').slice(1)).toEqual([`${db}: 2 reports; 2 added, 0 updated, 0 unchanged, 1 failed`, '']);
  });

  it('indexes the NDJSON that inspect parse prints, one report per line', async () => {
    const dir = tempDir();
    const parsed = await runInProcess(['parse', ...REPORT_FIXTURES.slice(0, 3)]);
    writeFileSync(join(dir, 'three.ndjson'), parsed.stdout);
    const db = join(dir, 'reports.sqlite');
    expect((await runInProcess(['index', join(dir, 'three.ndjson'), '--db', db])).stderr).toBe(`${db}: 3 reports; 1 added, 0 updated, 0 unchanged\n`);
    const handle = await openIndex(db);
    expect([...readReports(handle)].map((r) => r.source.path)).toEqual(REPORT_FIXTURES.slice(0, 3));
    handle.close();
  });

  it('leaves a valid database when stopped mid-run, and the next run carries on', async () => {
    const dir = folder([...REPORT_FIXTURES, ...REPORT_FIXTURES, ...REPORT_FIXTURES]);
    const db = join(tempDir(), 'reports.sqlite');
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['bin/inspect.js', 'index', dir, '--db', db, '--jobs', '1'], { stdio: 'ignore' });
    // Kill it as soon as the first batch is committed (or it ends first).
    await new Promise<void>((resolve) => {
      const timer = setInterval(async () => {
        try {
          const handle = await openIndex(db);
          const n = Number(handle.prepare('SELECT count(*) AS n FROM files').get<{ n: number }>()!.n);
          handle.close();
          if (n > 0) {
            child.kill('SIGKILL');
            clearInterval(timer);
            resolve();
          }
        } catch {
          // not made yet
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        resolve();
      });
    });
    const result = runSubprocess(['index', dir, '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^${db}: 15 reports; \\d+ added, 0 updated, \\d+ unchanged\\n$`));
    const handle = await openIndex(db, { write: true });
    handle.exec("INSERT INTO findings_fts(findings_fts, rank) VALUES ('integrity-check', 1)");
    expect(handle.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    handle.close();
  });
});

describe('inspect index and bad database files', () => {
  const cases = [
    { name: 'a text file', make: (p: string) => writeFileSync(p, 'notes\n'.repeat(40)), code: 8, stderr: /^inspect: .*db\.sqlite: is not an SQLite database/ },
    {
      name: 'an index of a newer schema',
      make: async (p: string) => {
        const db = await openIndex(p, { write: true });
        db.exec(`PRAGMA user_version = ${INDEX_VERSION + 5}`);
        db.close();
      },
      code: 8,
      stderr: new RegExp(`is an index of schema version ${INDEX_VERSION + 5}, newer than this inspect reads`),
    },
    { name: 'a directory', make: (p: string) => mkdirSync(p), code: 3, stderr: /is a directory, not a database file/ },
  ];
  for (const mode of ['in-process', 'subprocess'] as const) {
    for (const c of cases) {
      it(`refuses ${c.name} in one line, exit ${c.code}, and leaves it untouched (${mode})`, async () => {
        const path = join(tempDir(), 'db.sqlite');
        await c.make(path);
        const before = c.code === 3 ? null : readFileSync(path);
        const args = ['index', REPORT_FIXTURES[0]!, '--db', path];
        const result = mode === 'in-process' ? await runInProcess(args) : runSubprocess(args);
        checkCase(result, { name: c.name, args, code: c.code, stderr: c.stderr });
        if (before) expect(readFileSync(path)).toEqual(before);
      });
    }
  }
});
