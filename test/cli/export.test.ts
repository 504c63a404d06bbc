import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/index-db/schema.js';
import { runInProcess, runCases } from '../helpers/cli.js';
import { REPORT_FIXTURES, tempDir } from '../index-db/helpers.js';

const db = join(tempDir(), 'reports.sqlite');
await runInProcess(['index', ...REPORT_FIXTURES, '--db', db]);

describe('inspect export', () => {
  it('gives back, as NDJSON, exactly what inspect parse printed for the same files', async () => {
    const parsed = await runInProcess(['parse', ...REPORT_FIXTURES]);
    const exported = await runInProcess(['export', '--db', db, '--format', 'ndjson']);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(parsed.stdout);
  });

  it('writes one RFC 4180 CSV per table, with every column and row', async () => {
    const out = join(tempDir(), 'csv');
    const result = await runInProcess(['export', '--db', db, '--format', 'csv', '--out-dir', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(TABLES.map((t) => `${t}.csv`).sort());
    const findings = readFileSync(join(out, 'findings.csv'), 'utf8');
    expect(findings.startsWith('finding_id,report_id,ordinal,part,id,section,heading,outcome,joint_report,paragraphs,text,start_line,')).toBe(true);
    // Records end in CRLF; a text's own line breaks sit inside quotes.
    const records = findings.split(/\r\n(?=\d+,\d+,\d+,)/);
    const total = (await Promise.all(REPORT_FIXTURES.map(async (f) => JSON.parse((await runInProcess(['parse', f, '--compact'])).stdout).findings.length))).reduce((a, b) => a + b, 0);
    expect(records.length - 1).toBe(total);
  });

  it('prints one table on stdout with --table', async () => {
    const result = await runInProcess(['export', '--db', db, '--format', 'csv', '--table', 'files']);
    expect(result.stdout.split('\r\n')[0]).toBe('file_id,path,sha256,bytes,reports');
    expect(result.stdout.split('\r\n').filter(Boolean)).toHaveLength(1 + REPORT_FIXTURES.length);
  });

  it('will not overwrite CSV files without --force', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'reports.csv'), 'mine\n');
    const result = await runInProcess(['export', '--db', db, '--format', 'csv', '--out-dir', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/reports\.csv: exists; give --force/);
    expect(readFileSync(join(out, 'reports.csv'), 'utf8')).toBe('mine\n');
    expect((await runInProcess(['export', '--db', db, '--format', 'csv', '--out-dir', out, '--force'])).code).toBe(0);
  });
});

runCases('inspect export problems', [
  { name: 'csv needs --out-dir or --table', args: ['export', '--db', db, '--format', 'csv'], code: 2, stderr: /--format csv needs --out-dir <dir> \(every table\) or --table <name>/ },
  { name: 'an unknown table', args: ['export', '--db', db, '--format', 'csv', '--table', 'people'], code: 2, stderr: /--table: no table "people"/ },
  { name: 'a database that is not one (exit 8)', args: ['export', '--db', REPORT_FIXTURES[0]!, '--format', 'ndjson'], code: 8, stderr: /is not an SQLite database/ },
]);
