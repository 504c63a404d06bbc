/**
 * The workbook, read back with exceljs: cells, real dates, the frozen
 * header, the status drop-down and the red rule for late rows.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_COLUMNS } from '../../src/action-plan/index.js';
import { planToXlsx } from '../../src/action-plan/xlsx.js';
import { NORFOLK, NORFOLK_DUES, planOf, SEED, SEED_ROWS, utc } from './helpers.js';

async function workbookOf(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await planToXlsx(planOf(path))) as unknown as ArrayBuffer);
  return workbook;
}

interface SheetInternals {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}
const internals = (sheet: ExcelJS.Worksheet) => sheet as unknown as SheetInternals;

describe('the seed workbook', () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    workbook = await workbookOf(SEED);
    sheet = workbook.getWorksheet('Action plan')!;
  });

  it('has a Cover sheet and an Action plan sheet, and opens on the plan', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Cover', 'Action plan']);
    expect(workbook.views[0]?.activeTab).toBe(1);
  });

  it('has the ten columns in its header row', () => {
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(PLAN_COLUMNS.map((c) => c.header));
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('has every recommendation with its reference, owner and timescale, the user columns empty', () => {
    expect(sheet.actualRowCount).toBe(12);
    SEED_ROWS.forEach((expected, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell('A').value).toBe(expected.reference);
      expect(row.getCell('C').value).toBe(expected.owner);
      expect(row.getCell('D').value).toBe(i < 3 ? 'Within 3 months' : 'Within 6 months');
      for (const column of ['F', 'G', 'H', 'I', 'J']) expect(row.getCell(column).value).toBeNull();
    });
  });

  it('writes due dates as real Excel dates, shown as "23 Nov 2010"', () => {
    SEED_ROWS.forEach((expected, i) => {
      const cell = sheet.getRow(i + 2).getCell('E');
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.value).toEqual(utc(expected.due));
      expect(cell.numFmt).toBe('d mmm yyyy');
    });
  });

  it('marks joint-report recommendations in the text and in italics', () => {
    const r1 = sheet.getCell('B2');
    expect(r1.value).toBe(
      'Essex PCTs to ensure appropriately trained individuals undertake health assessments and implement a robust monitoring system to ensure consistent good quality of assessments. (joint report)',
    );
    expect(r1.font?.italic).toBe(true);
    expect(String(sheet.getCell('B4').value)).not.toContain('(joint report)');
    expect(sheet.getCell('B4').font?.italic).toBeFalsy();
  });

  it('freezes the header row', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('wraps text and gives each column a width that fits its header, the recommendation 62 characters', () => {
    for (const c of ['B2', 'F2', 'I12']) expect(sheet.getCell(c).alignment?.wrapText).toBe(true);
    PLAN_COLUMNS.forEach((c, i) => expect(sheet.getColumn(i + 1).width).toBeGreaterThan(c.header.length));
    expect(sheet.getColumn('B').width).toBe(62);
    // R5's recommendation wraps to several lines, so its row is taller than one line of 15 points.
    expect(sheet.getRow(6).height).toBeGreaterThan(45);
  });

  it('offers a drop-down of the five statuses on every status cell, and refuses other text', () => {
    const validations = internals(sheet).dataValidations.model;
    for (const address of ['H2', 'H12', 'H212']) {
      expect(validations[address]).toMatchObject({
        type: 'list',
        formulae: ['"Not started,On track,At risk,Overdue,Complete"'],
        showErrorMessage: true,
        errorStyle: 'stop',
      });
    }
    expect(validations.H213).toBeUndefined();
    expect(validations.E2).toMatchObject({ type: 'date', operator: 'greaterThan' });
    expect(validations.J2).toMatchObject({ type: 'date', operator: 'greaterThan' });
  });

  it('turns a row red when its due date has passed and it is not Complete', () => {
    const rules = internals(sheet).conditionalFormattings;
    expect(rules).toHaveLength(1);
    expect(rules[0]!.ref).toBe('A2:J212');
    expect(rules[0]!.rules).toHaveLength(1);
    expect(rules[0]!.rules[0]).toMatchObject({
      type: 'expression',
      formulae: ['AND(ISNUMBER($E2),$E2<TODAY(),$H2<>"Complete")'],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
    });
  });

  it('puts the report, the deadline and the recipients on the cover', () => {
    const cover = workbook.getWorksheet('Cover')!;
    const lines = new Map<string, string>();
    cover.eachRow((row) => lines.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(cover.getCell('A1').value).toBe('Action plan');
    expect(String(cover.getCell('A2').value)).toMatch(/^Inspection Report Integrated Inspection of Safeguarding/);
    expect(lines.get('Organisation')).toBe('Mid Essex PCT (plus mid Essex NHS Trust)');
    expect(lines.get('Inspection dates')).toBe('28 June 2010 to 9 July 2010');
    expect(lines.get('Final report date')).toBe('23 August 2010');
    expect(lines.get('Action plan due')).toBe('21 September 2010 (within 20 working days of 23 August 2010, England and Wales bank holidays)');
    expect(lines.get('Submit to')).toBe('your SHA copied to CQC (childrens-services-inspection@cqc.org.uk)');
  });
});

describe('the Norfolk workbook', () => {
  it('has 17 rows, each with its due date as a real date', async () => {
    const sheet = (await workbookOf(NORFOLK)).getWorksheet('Action plan')!;
    expect(sheet.actualRowCount).toBe(18);
    NORFOLK_DUES.forEach((due, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell('A').value).toBe(`R${i + 1}`);
      expect(row.getCell('C').value).toBe('the local authority');
      expect(row.getCell('E').type).toBe(ExcelJS.ValueType.Date);
      expect(row.getCell('E').value).toEqual(utc(due));
    });
    expect(internals(sheet).dataValidations.model.H18).toMatchObject({ type: 'list' });
    expect(internals(sheet).conditionalFormattings[0]!.ref).toBe('A2:J218');
  });

  it('says on the cover that the report sets no deadline and names no recipient', async () => {
    const cover = (await workbookOf(NORFOLK)).getWorksheet('Cover')!;
    const values = cover.getColumn(2).values.map(String);
    expect(values).toContain('The report sets no deadline for the action plan.');
    expect(values).toContain('The report does not say who the action plan goes to.');
  });
});
