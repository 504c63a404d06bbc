/**
 * `status` on plans people have filled in: every row classified, the rows
 * they broke named with their row number, nothing skipped.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { NotAPlanError, planStatus, readPlan, type PlanStatus } from '../../src/action-plan/index.js';
import { parseCsv, planToCsv } from '../../src/action-plan/csv.js';
import { dateFromText, dateOrder, readCsv } from '../../src/action-plan/read.js';
import { FILLED, filledWorkbook, planOf, SEED } from './helpers.js';

const AS_OF = '2010-12-01';

describe('status of a filled-in workbook', () => {
  let status: PlanStatus;
  beforeAll(async () => {
    status = planStatus(await readPlan(await filledWorkbook(), 'xlsx'), { asOf: AS_OF });
  });

  it('classifies every pre-filled row exactly', () => {
    const byRow = new Map(status.rows.map((r) => [r.row, r]));
    for (const f of FILLED) {
      const row = byRow.get(f.row)!;
      expect({ row: row.row, reference: row.reference, progress: row.progress, rules: row.problems.map((p) => p.rule) }).toEqual({
        row: f.row,
        reference: f.ref,
        progress: f.progress,
        rules: f.rules ?? [],
      });
    }
  });

  it('reads rows people added, and names a row with no due date instead of skipping it', () => {
    expect(status.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15]);
    expect(status.rows[11]).toMatchObject({ row: 13, reference: 'R11a', due: '2011-01-10', progress: 'complete' });
    expect(status.rows[12]).toMatchObject({ row: 15, reference: null, progress: 'broken', problems: [{ rule: 'no-due-date', column: 'E' }] });
  });

  it('counts the totals', () => {
    expect(status.totals).toEqual({ complete: 3, onTrack: 1, atRisk: 1, overdue: 2, notStarted: 2, broken: 4, total: 13 });
  });

  it('says what is wrong, and where', () => {
    const problem = (row: number) => status.rows.find((r) => r.row === row)!.problems[0]!;
    expect(problem(7)).toEqual({ rule: 'no-due-date', column: 'E', message: 'the due date is empty' });
    expect(problem(8)).toEqual({ rule: 'unknown-status', column: 'H', message: 'the status "Nearly there" is not one of Not started, On track, At risk, Overdue, Complete' });
    expect(problem(9)).toEqual({ rule: 'due-date-not-a-date', column: 'E', message: 'the due date "end of March" is text, not a date' });
  });

  it('reads the due dates as dates', () => {
    expect(status.rows.slice(0, 5).map((r) => r.due)).toEqual(['2010-11-23', '2010-11-23', '2010-11-23', '2011-02-23', '2011-02-23']);
    expect(status.rows.find((r) => r.row === 9)!.due).toBeNull();
  });

  it('judges on the date asked: on 23 November 2010 R3 is still on track (due that day)', async () => {
    const onTheDay = planStatus(await readPlan(await filledWorkbook(), 'xlsx'), { asOf: '2010-11-23' });
    expect(onTheDay.rows.find((r) => r.row === 4)!.progress).toBe('on-track');
    expect(onTheDay.rows.find((r) => r.row === 12)!.progress).toBe('overdue'); // the status says so
  });
});

describe('status of a filled-in CSV plan', () => {
  /** The seed CSV with cells replaced, addressed by row (1 = header) and column header, every field quoted. */
  function filledCsv(edits: Record<number, Record<string, string>>): string {
    const [header, ...records] = parseCsv(planToCsv(planOf(SEED)));
    const rows = records.map((record) => {
      const fields = [...record.fields];
      for (const [name, value] of Object.entries(edits[record.row] ?? {})) fields[header!.fields.indexOf(name)] = value;
      return fields;
    });
    return [header!.fields, ...rows].map((fields) => fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(',')).join('\r\n');
  }

  it('classifies every row, reading the date forms spreadsheets save', () => {
    const csv = filledCsv({
      2: { Status: 'Complete', 'Date completed': '20/11/2010' },
      3: { Status: 'on track' }, // overdue: due 23 Nov 2010
      4: { Status: 'On track', 'Due date': '23 Dec 2010' }, // moved out: on track
      5: { Status: 'At risk', 'Due date': '23/02/2011' },
      6: { 'Due date': '' },
      7: { Status: 'Done' },
      8: { 'Due date': '31/02/2011' }, // no such day
      9: { Status: 'Complete', 'Date completed': 'last week' },
    });
    const status = planStatus(readCsv(csv), { asOf: AS_OF });
    expect(status.rows.map((r) => [r.row, r.reference, r.progress, r.problems.map((p) => p.rule).join()])).toEqual([
      [2, 'R1', 'complete', ''],
      [3, 'R2', 'overdue', ''],
      [4, 'R3', 'on-track', ''],
      [5, 'R4', 'at-risk', ''],
      [6, 'R5', 'broken', 'no-due-date'],
      [7, 'R6', 'broken', 'unknown-status'],
      [8, 'R7', 'broken', 'due-date-not-a-date'],
      [9, 'R8', 'broken', 'completed-date-not-a-date'],
      [10, 'R9', 'not-started', ''],
      [11, 'R10', 'not-started', ''],
      [12, 'R11', 'not-started', ''],
    ]);
    expect(status.rows[5]!.problems[0]!.column).toBe('H');
    expect(status.totals).toEqual({ complete: 1, onTrack: 1, atRisk: 1, overdue: 1, notStarted: 3, broken: 4, total: 11 });
  });
});

describe('the committed filled-in plans (fixtures/action-plan, used by the README)', () => {
  it('classifies filled.xlsx as the workbook the tests fill in', async () => {
    const status = planStatus(await readPlan(readFileSync('fixtures/action-plan/filled.xlsx'), 'xlsx'), { asOf: AS_OF });
    expect(status.rows.map((r) => `${r.row}:${r.progress}`)).toEqual(FILLED.map((f) => `${f.row}:${f.progress}`).concat(['13:complete', '15:broken']));
  });

  // By hand, on 1 December 2010: R1, R2 complete; R3 past 23/11/2010 and R11 marked Overdue; R4 at risk; R5 on track;
  // R6 no due date, R7 "Nearly there", R8 "end of March"; R9 blank and R10 "not started".
  it('classifies filled.csv, with its day-first dates', () => {
    const status = planStatus(readCsv(readFileSync('fixtures/action-plan/filled.csv', 'utf8')), { asOf: AS_OF });
    expect(status.rows.map((r) => `${r.reference}:${r.progress}`)).toEqual([
      'R1:complete',
      'R2:complete',
      'R3:overdue',
      'R4:at-risk',
      'R5:on-track',
      'R6:broken',
      'R7:broken',
      'R8:broken',
      'R9:not-started',
      'R10:not-started',
      'R11:overdue',
    ]);
    expect(status.totals).toEqual({ complete: 2, onTrack: 1, atRisk: 1, overdue: 2, notStarted: 2, broken: 3, total: 11 });
  });
});

describe('dates in CSV cells', () => {
  it.each([
    ['2010-09-21', '2010-09-21'],
    ['21/09/2010', '2010-09-21'],
    ['1/9/2010', '2010-09-01'],
    ['21 Sep 2010', '2010-09-21'],
    ['21 Sept 2010', '2010-09-21'],
    ['21st September 2010', '2010-09-21'],
  ])('reads %s as %s', (text, iso) => {
    expect(dateFromText(text)).toEqual({ kind: 'date', date: iso });
  });

  it.each(['09/21/2010', '31/02/2011', '21 Septober 2010', 'TBC', '2010'])('keeps %s as text', (text) => {
    expect(dateFromText(text)).toEqual({ kind: 'text', text });
  });

  it('reads an empty cell as empty', () => {
    expect(dateFromText('  ')).toEqual({ kind: 'empty' });
  });

  it('reads a file month-first when one of its dates can only be month-first (a US-English save)', () => {
    expect(dateOrder(['11/23/2010', '02/01/2011', ''])).toBe('month-first');
    expect(dateOrder(['23/11/2010', '02/01/2011'])).toBe('day-first');
    expect(dateOrder(['02/01/2011', '2010-11-23'])).toBe('day-first');
    // Dates that disagree: day-first, and the one that does not fit is text.
    expect(dateOrder(['23/11/2010', '11/23/2010'])).toBe('day-first');
    expect(dateFromText('02/01/2011', 'month-first')).toEqual({ kind: 'date', date: '2011-02-01' });
  });

  it('reads a CSV plan saved month-first', () => {
    const table = readCsv('Ref,Due date,Status,Date completed\nR1,11/23/2010,Complete,02/01/2011\nR2,02/23/2011,,\n');
    expect(table.entries.map((e) => [e.due, e.dateCompleted])).toEqual([
      [{ kind: 'date', date: '2010-11-23' }, { kind: 'date', date: '2011-02-01' }],
      [{ kind: 'date', date: '2011-02-23' }, { kind: 'empty' }],
    ]);
  });
});

describe('files that are not plans', () => {
  it('names the missing columns of a workbook without the plan table', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tasks');
    sheet.addRow(['Ref', 'Task', 'Status']);
    sheet.addRow(['1', 'Something', 'On track']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const error = await readPlan(bytes, 'xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAPlanError);
    expect((error as NotAPlanError).missing).toEqual(['Due date']);
  });

  it('refuses bytes that are not a workbook', async () => {
    const error = await readPlan(Buffer.from('Ref,Due date,Status\n'), 'xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAPlanError);
    expect((error as Error).message).toMatch(/^is not an XLSX workbook/);
  });

  it('names every required column of CSV with none of them', () => {
    expect(() => readCsv('Name,Age\nAnn,3\n')).toThrow(NotAPlanError);
    try {
      readCsv('Name,Age\n');
    } catch (error) {
      expect((error as NotAPlanError).missing).toEqual(['Ref', 'Due date', 'Status']);
    }
  });

  it('finds the header below a title, and in any column order', () => {
    const table = readCsv('Our plan,,\n\nStatus,Due date,Ref\nComplete,2011-01-01,R1\n');
    expect(table.columns).toEqual({ reference: 'C', due: 'B', status: 'A', dateCompleted: null });
    expect(table.entries).toEqual([{ row: 4, reference: 'R1', due: { kind: 'date', date: '2011-01-01' }, status: 'Complete', dateCompleted: { kind: 'empty' } }]);
  });
});
