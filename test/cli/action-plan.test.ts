/**
 * `inspect action-plan` and `inspect action-plan status` from the outside:
 * one table of cases, run in-process through `run()` and again as a real
 * subprocess.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { parseReport } from '../../src/index.js';
import { runCases, runInProcess, type CliCase } from '../helpers/cli.js';
import { filledWorkbook, SEED } from '../action-plan/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'inspect-action-plan-'));
const path = (name: string) => join(dir, name);

const existing = path('existing.xlsx');
writeFileSync(existing, 'keep me');
const filled = path('filled.xlsx');
writeFileSync(filled, await filledWorkbook());
const notes = path('notes.md');
writeFileSync(notes, '# Notes\n\nNothing to see.\n');
const oldWorkbook = path('plan.xls');
writeFileSync(oldWorkbook, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
const emptyCsv = path('empty.csv');
writeFileSync(emptyCsv, '');
const seedJson = JSON.stringify(parseReport(readFileSync(SEED, 'utf8'), { path: SEED }));

/** The four rows of the filled-in workbook that need fixing, named on stderr whatever the output format. */
const BROKEN_ROWS = /^(inspect: .*filled\.xlsx: row (7|8|9|15), column [EH]: .* \[[a-z-]+\]\n){4}$/;

/** What was written is said on stderr (stdout holds data only), and the file is there. */
const wrote = (file: string) => ({
  stderr: new RegExp(`^wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 11 recommendations, action plan due 2010-09-21\n$`),
  stdout: (out: string) => {
    expect(out).toBe('');
    expect(readFileSync(file).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
  },
});

interface StatusJson {
  file: string;
  sheet: string | null;
  asOf: string;
  totals: Record<string, number>;
  rows: Array<{ row: number; reference: string | null; progress: string; problems: Array<{ rule: string; column: string }> }>;
}

const cases: CliCase[] = [
  { name: 'writes the seed plan as XLSX, by the --out extension', args: ['action-plan', SEED, '--out', path('seed.xlsx'), '--force'], code: 0, ...wrote(path('seed.xlsx')) },
  { name: 'writes a Word document for .docx', args: ['action-plan', SEED, '-o', path('seed.docx'), '--force'], code: 0, ...wrote(path('seed.docx')) },
  {
    name: 'is the same as `action-plan write`',
    args: ['action-plan', 'write', SEED, '--out', path('write.xlsx'), '--force'],
    code: 0,
    ...wrote(path('write.xlsx')),
  },
  {
    name: 'refuses to overwrite an existing --out file without --force',
    args: ['action-plan', SEED, '--out', existing],
    code: 2,
    stderr: /^inspect: .*existing\.xlsx: already exists; give --force to overwrite it\n$/,
  },
  {
    name: 'prints a Markdown plan on stdout with --format md',
    args: ['action-plan', SEED, '--format', 'md'],
    code: 0,
    stdout: (out) => {
      expect(out.startsWith('# Action plan\n')).toBe(true);
      expect(out.split('\n').filter((l) => /^\| R\d+ \|/.test(l))).toHaveLength(11);
    },
  },
  {
    name: 'reads the JSON of `inspect parse` on stdin and prints CSV',
    args: ['action-plan', '-', '--format', 'csv'],
    stdin: seedJson,
    code: 0,
    stdout: (out) => {
      const lines = out.split('\r\n');
      expect(lines[0]).toBe('\uFEFFRef,Recommendation,Owner,Timescale,Due date,Planned actions,Lead officer,Status,Evidence,Date completed');
      expect(lines).toHaveLength(13);
      expect(lines[11]).toMatch(/^R11,.*,Essex PCTs,Within 6 months,2011-02-23,,,,,$/);
    },
  },
  {
    name: "counts the deadline with the region's bank holidays",
    args: ['action-plan', SEED, '--format', 'md', '--region', 'scotland'],
    code: 0,
    stdout: (out) => expect(out).toContain('- **Action plan due:** 20 September 2010 (within 20 working days of 23 August 2010, Scotland bank holidays)'),
  },
  {
    name: 'refuses a --format that contradicts the --out extension',
    args: ['action-plan', SEED, '--out', path('x.xlsx'), '--format', 'csv'],
    code: 2,
    stderr: /x\.xlsx: --format csv does not match the file's extension \.xlsx/,
  },
  {
    name: 'refuses an --out name whose format it cannot tell',
    args: ['action-plan', SEED, '--out', path('plan.txt')],
    code: 2,
    stderr: /plan\.txt: cannot tell the plan's format from the name; end it in \.xlsx, \.docx, \.csv or \.md, or give --format/,
  },
  {
    name: 'warns when the report has no date to count the deadlines from, and says in each due date how to set it',
    args: ['action-plan', 'fixtures/recommendations/no-date.md', '--format', 'csv'],
    code: 0,
    stderr: /no-date\.md:1:1: warning: Cannot compute due dates: .* \[no-report-date\]\n$/,
    stdout: (out) => expect(out.split('\r\n').slice(1, 3).map((l) => l.split(',')[4])).toEqual(['due date not set: run with --from DATE', 'due date not set: run with --from DATE']),
  },
  {
    name: 'counts from --from when the report has no date',
    args: ['action-plan', 'fixtures/recommendations/no-date.md', '--format', 'md', '--from', '2011-01-04'],
    code: 0,
    // 20 working days from Tuesday 4 January 2011 (no bank holidays on the way): Tuesday 1 February 2011.
    stdout: (out) => expect(out).toContain('- **Action plan due:** 1 February 2011 (within 20 working days of 4 January 2011, England and Wales bank holidays)'),
  },
  { name: 'asks for --out or --format', args: ['action-plan', SEED], code: 2, stderr: /give --out <file>/ },
  { name: 'rejects an unknown plan format', args: ['action-plan', SEED, '--format', 'pdf'], code: 2, stderr: /Allowed choices are xlsx, docx, csv, md/ },
  { name: 'refuses a missing report', args: ['action-plan', path('nope.md'), '--format', 'md'], code: 3, stderr: /nope\.md: no such file/ },
  {
    name: 'says so when the --out folder does not exist',
    args: ['action-plan', SEED, '--out', path('no/such/dir/plan.xlsx')],
    code: 3,
    stderr: /plan\.xlsx: cannot be written: no such directory/,
  },
  {
    name: 'reports a filled-in workbook as JSON: every row and the totals',
    args: ['action-plan', 'status', filled, '--as-of', '2010-12-01', '--format', 'json'],
    code: 0,
    stderr: /row 7, column E: the due date is empty \[no-due-date\]\n/,
    stdout: (out) => {
      const status = JSON.parse(out) as StatusJson;
      expect(status).toMatchObject({ file: filled, sheet: 'Action plan', asOf: '2010-12-01' });
      expect(status.totals).toEqual({ complete: 3, onTrack: 1, atRisk: 1, overdue: 2, notStarted: 2, broken: 4, total: 13 });
      expect(status.rows.map((r) => `${r.row}:${r.progress}`)).toEqual([
        '2:complete',
        '3:complete',
        '4:overdue',
        '5:at-risk',
        '6:on-track',
        '7:broken',
        '8:broken',
        '9:broken',
        '10:not-started',
        '11:not-started',
        '12:overdue',
        '13:complete',
        '15:broken',
      ]);
      expect(status.rows[6]!.problems).toEqual([{ rule: 'unknown-status', column: 'H', message: expect.stringContaining('"Nearly there"') }]);
    },
  },
  {
    name: 'names every broken row on stderr, one line each',
    args: ['action-plan', 'status', filled, '--as-of', '2010-12-01', '--totals', '--format', 'json'],
    code: 0,
    stderr: BROKEN_ROWS,
    stdout: (out) => expect(JSON.parse(out)).toEqual({ complete: 3, onTrack: 1, atRisk: 1, overdue: 2, notStarted: 2, broken: 4, total: 13 }),
  },
  {
    name: 'prints the rows as CSV',
    args: ['action-plan', 'status', filled, '--as-of', '2010-12-01', '--format', 'csv'],
    code: 0,
    stderr: BROKEN_ROWS,
    stdout: (out) => {
      const lines = out.split('\r\n');
      expect(lines[0]).toBe('row,reference,due,status,progress,problems,message');
      expect(lines[1]).toBe('2,R1,2010-11-23,Complete,complete,,');
      expect(lines[6]).toBe('7,R6,,On track,broken,no-due-date,the due date is empty');
      expect(lines).toHaveLength(15);
    },
  },
  {
    name: 'prints the totals as CSV with --totals',
    args: ['action-plan', 'status', filled, '--as-of', '2010-12-01', '--format', 'csv', '--totals'],
    code: 0,
    stderr: BROKEN_ROWS,
    stdout: (out) => expect(out).toBe('complete,onTrack,atRisk,overdue,notStarted,broken,total\r\n3,1,1,2,2,4,13\r\n'),
  },
  {
    name: 'prints a table of rows, then the totals',
    args: ['action-plan', 'status', filled, '--as-of', '2010-12-01', '--format', 'table'],
    code: 0,
    stderr: BROKEN_ROWS,
    stdout: (out) => {
      expect(out).toMatch(/│ 7 +│ R6 +│ +│ On track +│ needs fixing │ the due date is empty/);
      expect(out).toMatch(/│ complete │ on track │ at risk │ overdue │ not started │ needs fixing │ total │/);
      expect(out).toMatch(/│ 3 +│ 1 +│ 1 +│ 2 +│ 2 +│ 4 +│ 13 +│/);
    },
  },
  {
    name: 'reads a CSV plan as written: nothing started, three overdue on 1 December 2010',
    args: ['action-plan', 'status', path('seed.csv'), '--as-of', '2010-12-01', '--totals', '--format', 'json'],
    code: 0,
    stdout: (out) => expect(JSON.parse(out)).toEqual({ complete: 0, onTrack: 0, atRisk: 0, overdue: 3, notStarted: 8, broken: 0, total: 11 }),
  },
  {
    name: 'refuses a file that is not a plan, naming the missing columns',
    args: ['action-plan', 'status', notes],
    code: 7,
    stderr: /notes\.md: is not an action plan: no table with the columns "Ref", "Due date", "Status"\n$/,
  },
  { name: 'refuses a Word plan: status reads .xlsx or .csv', args: ['action-plan', 'status', path('seed.docx')], code: 7, stderr: /seed\.docx: is not an action plan/ },
  { name: 'refuses an old .xls workbook', args: ['action-plan', 'status', oldWorkbook], code: 7, stderr: /plan\.xls: is not an action plan: neither an \.xlsx workbook nor CSV text/ },
  { name: 'refuses an empty CSV', args: ['action-plan', 'status', emptyCsv], code: 4, stderr: /empty\.csv: is empty/ },
  { name: 'refuses a missing plan', args: ['action-plan', 'status', path('gone.xlsx')], code: 3, stderr: /gone\.xlsx: no such file/ },
  { name: 'rejects a malformed --as-of', args: ['action-plan', 'status', filled, '--as-of', '2010-13-01'], code: 2, stderr: /expected a date as YYYY-MM-DD/ },
  { name: 'offers table, json and csv for status', args: ['action-plan', 'status', filled, '--format', 'ics'], code: 2, stderr: /Allowed choices are table, json, csv/ },
  { name: 'asks for the plan to check', args: ['action-plan', 'status'], code: 2, stderr: /missing required argument 'plan'/ },
];

// The CSV plan the status case above reads, written once before the cases run.
await runInProcess(['action-plan', SEED, '--out', path('seed.csv'), '--force']);

runCases('inspect action-plan', cases);

describe('binary plans and the terminal', () => {
  it('will not print an XLSX workbook on a terminal', async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await run(['action-plan', SEED, '--format', 'xlsx'], { stdin: Readable.from([]), stdout, stderr, env: {} });
    expect(code).toBe(2);
    expect(err).toBe('inspect: will not write a binary XLSX file to the terminal; give --out plan.xlsx or redirect the output\n');
  });

  it('prints it when standard output is a file or a pipe', async () => {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await run(['action-plan', SEED, '--format', 'xlsx'], { stdin: Readable.from([]), stdout, stderr: new PassThrough(), env: {} });
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
  });
});

describe('refusing to overwrite', () => {
  it('leaves the existing file as it was', async () => {
    const result = await runInProcess(['action-plan', SEED, '--out', existing]);
    expect(result.code).toBe(2);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });

  it('overwrites it with --force', async () => {
    const target = path('forced.xlsx');
    writeFileSync(target, 'old');
    expect((await runInProcess(['action-plan', SEED, '--out', target, '--force'])).code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes nothing when the format is refused', async () => {
    await runInProcess(['action-plan', SEED, '--out', path('never.txt')]);
    expect(existsSync(path('never.txt'))).toBe(false);
  });
});
