/**
 * The action plan as an Excel workbook (exceljs). Two sheets: "Cover" (what
 * the report is, when the plan is due, who it goes to) and "Action plan" (one
 * row per recommendation). The cover has its own sheet so that the plan is a
 * plain table starting at A1: its header is the only frozen row (a heading
 * block above it would be frozen too, or scroll the header away), filters and
 * sorting work on the whole sheet, and saving the sheet as CSV gives a plan
 * `inspect action-plan status` reads. The plan sheet is the one that opens.
 */
import ExcelJS from 'exceljs';
import { parseIso } from '../dates/iso.js';
import { columnNumber, coverLines, PLAN_COLUMNS, PROGRESS_STATUSES, recommendationText, type PlanColumn } from './columns.js';
import type { ActionPlan, PlanRow } from './plan.js';

export const PLAN_SHEET = 'Action plan';
export const COVER_SHEET = 'Cover';
/** How far below the pre-filled rows the drop-down, date checks and red rule reach, for rows people add. */
export const SPARE_ROWS = 200;
export const DATE_FORMAT = 'd mmm yyyy';
/** Excel's "light red fill with dark red text". */
const RED_FILL = 'FFFFC7CE';
const RED_TEXT = 'FF9C0006';
const HEADER_FILL = 'FFD9E1F2';
/** Named, so that a styled cell keeps the workbook's font (without a name LibreOffice falls back to a serif). */
const FONT = { name: 'Calibri', size: 11 } as const;
/** Column widths are characters of the default font; leave room for the cell's padding and the drop-down arrow. */
const PADDING = 2;
/** Points per line of the default 11-point font. */
const LINE_HEIGHT = 15;
/** Letters of running text per "0" of column width in the default font (Calibri, or Carlito in LibreOffice). */
const LETTERS_PER_WIDTH = 1.2;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const GRID: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const COVER_LABEL_WIDTH = 20;
const COVER_WIDTH = 100;

/** The workbook's bytes. */
export async function planToXlsx(plan: ActionPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'inspect';
  workbook.title = plan.cover.title ?? 'Action plan';
  writeCover(workbook.addWorksheet(COVER_SHEET), plan);
  writePlan(workbook.addWorksheet(PLAN_SHEET), plan.rows);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeCover(sheet: ExcelJS.Worksheet, plan: ActionPlan): void {
  sheet.columns = [{ width: COVER_LABEL_WIDTH }, { width: COVER_WIDTH }];
  const wrap: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  sheet.addRow(['Action plan']).getCell(1).font = { ...FONT, bold: true, size: 16 };
  const title = sheet.addRow([plan.cover.title ?? 'Inspection report']);
  sheet.mergeCells(title.number, 1, title.number, 2);
  title.getCell(1).font = { ...FONT, bold: true, size: 12 };
  title.getCell(1).alignment = wrap;
  title.height = heightOf([[String(title.getCell(1).value), COVER_LABEL_WIDTH + COVER_WIDTH]], 16);
  sheet.addRow([]);
  for (const [label, value] of coverLines(plan.cover)) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { ...FONT, bold: true };
    row.getCell(1).alignment = wrap;
    row.getCell(2).alignment = wrap;
    row.height = heightOf([[value, COVER_WIDTH]]);
  }
  sheet.addRow([]);
  const help = sheet.addRow([
    'How to use',
    `One row per recommendation on the "${PLAN_SHEET}" sheet. Fill in the planned actions, lead officer, status, evidence and date completed. ` +
      'A row turns red when its due date has passed and its status is not Complete. ' +
      'Recommendations marked (joint report) come from the joint inspection report. ' +
      'Check progress with: inspect action-plan status <this file>.',
  ]);
  help.getCell(1).font = { ...FONT, bold: true };
  help.getCell(1).alignment = wrap;
  help.getCell(2).alignment = wrap;
  help.height = heightOf([[String(help.getCell(2).value), COVER_WIDTH]]);
  sheet.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function writePlan(sheet: ExcelJS.Worksheet, rows: readonly PlanRow[]): void {
  const widths = PLAN_COLUMNS.map((column) => widthOf(column, rows));
  sheet.columns = PLAN_COLUMNS.map((column, i) => ({ key: column.id, width: widths[i]! }));
  const header = sheet.addRow(PLAN_COLUMNS.map((c) => c.header));
  header.font = { ...FONT, bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.border = GRID;
  });
  for (const row of rows) {
    const added = sheet.addRow({
      reference: row.reference,
      recommendation: recommendationText(row),
      owner: row.owner,
      timescale: row.timescale,
      due: row.due ? excelDate(row.due) : (row.dueNote ?? null),
    });
    // Every cell of the row, the empty ones too, so that what people type wraps as well.
    for (let c = 1; c <= PLAN_COLUMNS.length; c++) {
      const cell = added.getCell(c);
      cell.alignment = { vertical: 'top', wrapText: true };
      // Lines round the cells, so that the plan prints as a table.
      cell.border = GRID;
    }
    if (row.jointReport !== false) added.getCell(columnNumber('recommendation')).font = { ...FONT, italic: true };
    added.height = heightOf(PLAN_COLUMNS.map((column, i) => [column.text(row), widths[i]!]));
  }

  const last = Math.max(rows.length + 1, 2) + SPARE_ROWS;
  const letter = (id: PlanColumn['id']) => sheet.getColumn(columnNumber(id)).letter;
  for (const id of ['due', 'dateCompleted'] as const) sheet.getColumn(columnNumber(id)).numFmt = DATE_FORMAT;
  const validations = rangeValidations(sheet);
  validations.add(`${letter('status')}2:${letter('status')}${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${PROGRESS_STATUSES.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Status',
    error: `Choose one of: ${PROGRESS_STATUSES.join(', ')}.`,
  });
  for (const id of ['due', 'dateCompleted'] as const) {
    validations.add(`${letter(id)}2:${letter(id)}${last}`, {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1990, 0, 1))],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Date',
      error: 'Enter a date, e.g. 21/09/2010.',
    });
  }
  const due = `$${letter('due')}2`;
  const status = `$${letter('status')}2`;
  sheet.addConditionalFormatting({
    ref: `A2:${letter(PLAN_COLUMNS[PLAN_COLUMNS.length - 1]!.id)}${last}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`AND(ISNUMBER(${due}),${due}<TODAY(),${status}<>"Complete")`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: RED_FILL } }, font: { color: { argb: RED_TEXT } } },
      },
    ],
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: PLAN_COLUMNS.length } };
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.pageSetup.printTitlesRow = '1:1';
}

/**
 * A worksheet's data validations by range. exceljs has this (it writes one
 * `<dataValidation sqref="H2:H212">`) but its typings only declare the
 * per-cell form, which would create hundreds of empty cells below the plan.
 */
function rangeValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

/** Wide enough for the header and the longest cell, up to the column's maximum (past it the text wraps). */
function widthOf(column: PlanColumn, rows: readonly PlanRow[]): number {
  const longest = Math.max(column.header.length, ...rows.map((r) => column.text(r).length));
  return Math.min(Math.max(longest, column.width), column.maxWidth) + PADDING;
}

/**
 * A row tall enough for its wrapped text. Neither Excel nor LibreOffice
 * reliably sizes a written row to wrapped text when it opens the file, so the
 * height is set from a word-wrap estimate. Widths are counted in "0"s of
 * the default font; its average letter is narrower, so a line holds a little
 * more than the width in characters.
 */
function heightOf(cells: Array<[text: string, width: number]>, lineHeight = LINE_HEIGHT): number {
  const lines = Math.max(1, ...cells.map(([text, width]) => wrappedLines(text, Math.floor((width - PADDING) * LETTERS_PER_WIDTH))));
  return lines * lineHeight + 2;
}

function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= width || line === 0) line = needed;
      else {
        lines++;
        line = word.length;
      }
      while (line > width) {
        lines++;
        line -= width;
      }
    }
  }
  return lines;
}

/** A date cell: midnight UTC of the day, which exceljs stores as that day's serial number. */
function excelDate(iso: string): Date {
  const { year, month, day } = parseIso(iso);
  return new Date(Date.UTC(year, month - 1, day));
}
