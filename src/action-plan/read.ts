/**
 * Read a filled-in action plan back (XLSX or CSV) into plain cells: for each
 * row of the plan table, its reference, due date, status and date completed,
 * as the person who filled it left them. Judging those cells is status.ts's job.
 */
import { formatIso, isValidDate } from '../dates/iso.js';
import { parseCsv } from './csv.js';
import { MONTH_NAMES, PLAN_COLUMNS, type PlanColumnId } from './columns.js';

export type PlanFileFormat = 'xlsx' | 'csv';

/** A date cell as found: a real date, nothing, or something else (text, a number) kept as text. */
export type DateCell = { kind: 'date'; date: string } | { kind: 'empty' } | { kind: 'text'; text: string };

export interface PlanEntry {
  /** The row number a spreadsheet shows (the header is on the row above the first entry). */
  row: number;
  reference: string | null;
  due: DateCell;
  /** The status as written, trimmed; null when the cell is empty. */
  status: string | null;
  dateCompleted: DateCell;
}

export interface PlanTable {
  /** The worksheet that holds the plan (XLSX); null for CSV. */
  sheet: string | null;
  /** The letters of the columns read (as a spreadsheet shows them, CSV too), for messages. */
  columns: Record<ReadColumn, string | null>;
  entries: PlanEntry[];
}

/** The file is not an action plan: no table with the plan's columns, or not a workbook at all. */
export class NotAPlanError extends Error {
  /** The required columns that were not found, when a table came close. */
  readonly missing: string[];

  constructor(message: string, missing: string[] = []) {
    super(message);
    this.name = 'NotAPlanError';
    this.missing = missing;
  }
}

type ReadColumn = Extract<PlanColumnId, 'reference' | 'due' | 'status' | 'dateCompleted'>;

const REQUIRED: readonly ReadColumn[] = ['reference', 'due', 'status'];
const OPTIONAL: readonly ReadColumn[] = ['dateCompleted'];
/** Other names people give the same columns. */
const ALIASES: Record<ReadColumn, string[]> = {
  reference: ['reference', 'ref.', 'no.', 'recommendation number'],
  due: ['due', 'due by', 'deadline', 'target date'],
  status: ['progress status', 'progress', 'rag status'],
  dateCompleted: ['completed', 'completion date', 'date complete'],
};
/** How far down a sheet the header row may be (a title or a note above it). */
const HEADER_SEARCH_ROWS = 20;

/** The plan table of a workbook or CSV file. Throws `NotAPlanError` when there is none. */
export async function readPlan(bytes: Uint8Array, format: PlanFileFormat): Promise<PlanTable> {
  return format === 'xlsx' ? readXlsx(bytes) : readCsv(new TextDecoder('utf-8').decode(bytes));
}

/** The plan table of CSV text. Throws `NotAPlanError` when there is none. */
export function readCsv(text: string): PlanTable {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new NotAPlanError(`is not valid CSV: ${(error as Error).message}`);
  }
  const grid = records.map((r) => ({ row: r.row, cells: r.fields.map((f) => f.trim()) }));
  const found = findHeader(grid.slice(0, HEADER_SEARCH_ROWS).map((r) => ({ row: r.row, texts: r.cells })));
  if ('missing' in found) throw notAPlan(found.missing);
  const { at, header } = found;
  const cell = (cells: string[], id: ReadColumn) => (at[id] === undefined ? '' : (cells[at[id]!] ?? ''));
  const rows = grid.filter((r) => r.row > header && r.cells.some((c) => c !== ''));
  const order = dateOrder(rows.flatMap((r) => [cell(r.cells, 'due'), cell(r.cells, 'dateCompleted')]));
  const entries = rows.map((r) => ({
    row: r.row,
    reference: cell(r.cells, 'reference') || null,
    due: dateFromText(cell(r.cells, 'due'), order),
    status: cell(r.cells, 'status') || null,
    dateCompleted: dateFromText(cell(r.cells, 'dateCompleted'), order),
  }));
  return { sheet: null, columns: columnNames(at, columnLetter), entries };
}

async function readXlsx(bytes: Uint8Array): Promise<PlanTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new NotAPlanError(`is not an XLSX workbook (${(error as Error).message})`);
  }
  let closest: string[] | null = null;
  for (const sheet of workbook.worksheets) {
    const top: Array<{ row: number; texts: string[] }> = [];
    for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
      const row = sheet.getRow(r);
      const texts: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) texts.push(row.getCell(c).text.trim());
      top.push({ row: r, texts });
    }
    const found = findHeader(top);
    if ('missing' in found) {
      if (!closest || found.missing.length < closest.length) closest = found.missing;
      continue;
    }
    const { at, header } = found;
    const entries: PlanEntry[] = [];
    for (let r = header + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (!row.hasValues || !rowHasContent(row)) continue;
      const cell = (id: ReadColumn) => (at[id] === undefined ? null : row.getCell(at[id]! + 1));
      const text = (id: ReadColumn) => cell(id)?.text.trim() || null;
      entries.push({
        row: r,
        reference: text('reference'),
        due: dateFromCell(cell('due')?.value ?? null),
        status: text('status'),
        dateCompleted: dateFromCell(cell('dateCompleted')?.value ?? null),
      });
    }
    return { sheet: sheet.name, columns: columnNames(at, (i) => sheet.getColumn(i + 1).letter), entries };
  }
  throw notAPlan(closest ?? REQUIRED.map(headerOf));
}

function rowHasContent(row: import('exceljs').Row): boolean {
  let content = false;
  row.eachCell((cell) => {
    if (cell.text.trim() !== '') content = true;
  });
  return content;
}

/** The first row that names every required column; else the required columns the best row lacks. */
function findHeader(rows: Array<{ row: number; texts: string[] }>): { at: Partial<Record<ReadColumn, number>>; header: number } | { missing: string[] } {
  let best: string[] = REQUIRED.map(headerOf);
  for (const { row, texts } of rows) {
    const at: Partial<Record<ReadColumn, number>> = {};
    for (const id of [...REQUIRED, ...OPTIONAL]) {
      const index = texts.findIndex((t) => names(id).includes(normalise(t)));
      if (index >= 0) at[id] = index;
    }
    const missing = REQUIRED.filter((id) => at[id] === undefined).map(headerOf);
    if (missing.length === 0) return { at, header: row };
    // Only a row that names at least one plan column says what is missing.
    if (missing.length < REQUIRED.length && missing.length < best.length) best = missing;
  }
  return { missing: best };
}

function names(id: ReadColumn): string[] {
  return [normalise(headerOf(id)), ...ALIASES[id]];
}

function headerOf(id: ReadColumn): string {
  return PLAN_COLUMNS.find((c) => c.id === id)!.header;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s*:]+$/, '').trim();
}

function notAPlan(missing: string[]): NotAPlanError {
  return new NotAPlanError(`is not an action plan: no table with the columns ${missing.map((m) => `"${m}"`).join(', ')}`, missing);
}

function columnNames(at: Partial<Record<ReadColumn, number>>, name: (index: number) => string): Record<ReadColumn, string | null> {
  const out = {} as Record<ReadColumn, string | null>;
  for (const id of [...REQUIRED, ...OPTIONAL]) out[id] = at[id] === undefined ? null : name(at[id]!);
  return out;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** An XLSX cell value as a date: a date cell (or a formula giving one), else empty, else its text. */
function dateFromCell(value: import('exceljs').CellValue): DateCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'text', text: 'an invalid date' };
    return { kind: 'date', date: formatIso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) };
  }
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value.trim() };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if ('result' in value && value.result !== undefined) return dateFromCell(value.result as import('exceljs').CellValue);
  if ('richText' in value) return dateFromCell(value.richText.map((t) => t.text).join(''));
  if ('text' in value && typeof value.text === 'string') return dateFromCell(value.text);
  if ('error' in value) return { kind: 'text', text: String(value.error) };
  return { kind: 'text', text: JSON.stringify(value) };
}

/** Which comes first in a date like 09/11/2010: the day (UK) or the month (US). */
export type DateOrder = 'day-first' | 'month-first';

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * The order of a file's numeric dates. A spreadsheet saves every date of a
 * CSV file in one locale's form, so one date that can only be month-first
 * (11/23/2010) makes the file month-first, as a US-English LibreOffice or
 * Excel saves it. Otherwise, or when the dates disagree, day-first, as in
 * the UK; a date that does not fit the order is then text, named, not guessed.
 */
export function dateOrder(texts: readonly string[]): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const m = NUMERIC_DATE.exec(text.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return monthFirst && !dayFirst ? 'month-first' : 'day-first';
}

/**
 * A CSV cell as a date. CSV has no date type, so the forms a plan is written
 * in and spreadsheets save it in are read: 2010-09-21, 21/09/2010 (or
 * 09/21/2010 in a month-first file) and 21 Sep 2010 or 21 September 2010.
 * Anything else is text.
 */
export function dateFromText(text: string, order: DateOrder = 'day-first'): DateCell {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), t);
  m = NUMERIC_DATE.exec(t);
  if (m) {
    const [day, month] = order === 'day-first' ? [m[1], m[2]] : [m[2], m[1]];
    return checked(Number(m[3]), Number(month), Number(day), t);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})$/.exec(t);
  if (m) {
    const word = m[2]!.toLowerCase();
    // "Sep", "Sept" and "September"; not "Septober".
    const month = MONTH_NAMES.findIndex((name) => [name.toLowerCase(), name.slice(0, 3).toLowerCase()].includes(word) || (word === 'sept' && name === 'September')) + 1;
    if (month > 0) return checked(Number(m[3]), month, Number(m[1]), t);
  }
  return { kind: 'text', text: t };
}

function checked(year: number, month: number, day: number, text: string): DateCell {
  return isValidDate(year, month, day) ? { kind: 'date', date: formatIso(year, month, day) } : { kind: 'text', text };
}
