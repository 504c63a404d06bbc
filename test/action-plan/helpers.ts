/** The two reports every action-plan test writes a plan for, parsed from their text. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { buildActionPlan, type ActionPlan, type ActionPlanOptions, type StatusRow } from '../../src/action-plan/index.js';
import { planToXlsx } from '../../src/action-plan/xlsx.js';
import { parseReport } from '../../src/index.js';
import type { Report } from '../../src/schema/report.js';

export const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
export const NORFOLK = 'fixtures/ofsted-norfolk-lac-2013/input.md';

const reports = new Map<string, Report>();

export function report(path: string): Report {
  if (!reports.has(path)) reports.set(path, parseReport(readFileSync(path, 'utf8'), { path }));
  return reports.get(path)!;
}

export function planOf(path: string, options: ActionPlanOptions = {}): ActionPlan {
  return buildActionPlan(report(path), options);
}

/** The seed's recommendations, worked out by hand from section 12: three "Within 3 months", eight "Within 6 months". */
export const SEED_ROWS = [
  { reference: 'R1', owner: 'Essex PCTs', joint: true, due: '2010-11-23' },
  { reference: 'R2', owner: 'Essex PCTs', joint: true, due: '2010-11-23' },
  { reference: 'R3', owner: 'Essex PCTs', joint: false, due: '2010-11-23' },
  { reference: 'R4', owner: 'The Boards of Essex PCTs', joint: true, due: '2011-02-23' },
  { reference: 'R5', owner: 'Essex Safeguarding Children Board and health partners', joint: true, due: '2011-02-23' },
  { reference: 'R6', owner: 'Essex PCTs', joint: true, due: '2011-02-23' },
  { reference: 'R7', owner: null, joint: true, due: '2011-02-23' },
  { reference: 'R8', owner: 'Essex PCTs', joint: true, due: '2011-02-23' },
  { reference: 'R9', owner: 'Mid Essex Hospitals', joint: false, due: '2011-02-23' },
  { reference: 'R10', owner: 'Mid - Essex PCT', joint: false, due: '2011-02-23' },
  { reference: 'R11', owner: 'Essex PCTs', joint: false, due: '2011-02-23' },
] as const;

/**
 * Norfolk's "Areas for improvement", by hand: published 16 August 2013; six
 * "Immediately" (due that day), four "Within three months" (16 November
 * 2013), seven "Within six months" (16 February 2014), all for the local authority.
 */
export const NORFOLK_DUES = [
  ...Array<string>(6).fill('2013-08-16'),
  ...Array<string>(4).fill('2013-11-16'),
  ...Array<string>(7).fill('2014-02-16'),
];

export const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * How the seed plan is filled in, row by row, and what `status` must make of
 * it on 1 December 2010 (R1–R3 fell due on 23 November 2010, R4–R11 fall due
 * on 23 February 2011).
 */
export const FILLED: Array<{ row: number; ref: string | null; status: string | null; progress: StatusRow['progress']; rules?: string[] }> = [
  { row: 2, ref: 'R1', status: 'Complete', progress: 'complete' }, // late, but complete
  { row: 3, ref: 'R2', status: 'Complete', progress: 'complete' },
  { row: 4, ref: 'R3', status: 'On track', progress: 'overdue' }, // "On track", but 23 November has passed
  { row: 5, ref: 'R4', status: 'At risk', progress: 'at-risk' },
  { row: 6, ref: 'R5', status: 'On track', progress: 'on-track' },
  { row: 7, ref: 'R6', status: 'On track', progress: 'broken', rules: ['no-due-date'] }, // due date deleted
  { row: 8, ref: 'R7', status: 'Nearly there', progress: 'broken', rules: ['unknown-status'] },
  { row: 9, ref: 'R8', status: 'On track', progress: 'broken', rules: ['due-date-not-a-date'] }, // due date typed as text
  { row: 10, ref: 'R9', status: null, progress: 'not-started' },
  { row: 11, ref: 'R10', status: 'not started', progress: 'not-started' },
  { row: 12, ref: 'R11', status: 'Overdue', progress: 'overdue' },
];

export async function filledWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await planToXlsx(planOf(SEED))) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Action plan')!;
  for (const f of FILLED) {
    const row = sheet.getRow(f.row);
    row.getCell('H').value = f.status;
    row.getCell('F').value = `Actions for ${f.ref}`;
  }
  sheet.getCell('J2').value = utc('2010-11-20');
  sheet.getCell('J3').value = utc('2010-11-30');
  sheet.getCell('E7').value = null;
  sheet.getCell('E9').value = 'end of March';
  // A row someone added: its own reference and due date, done.
  sheet.getRow(13).values = ['R11a', 'Extra action agreed at the board', 'Essex PCTs', null, utc('2011-01-10'), null, null, 'Complete'];
  // A blank row, then a note with no due date: the note is named, not skipped.
  sheet.getCell('F15').value = 'See the board minutes';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

