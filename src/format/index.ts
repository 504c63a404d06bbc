/**
 * The output layer every listing command shares: rows and a list of columns
 * in, a string out. Each format lives in its own module and is loaded only
 * when asked for, so a command that prints JSON never loads cli-table3 or ics.
 */
import type { CalendarEvent, CalendarOptions } from './ics.js';
import type { ColorLevel, Tone } from './table.js';

export type { CalendarEvent, CalendarOptions, ColorLevel, Tone };

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

/** What one cell holds: JSON keeps the type, CSV and the table print it as text. */
export type Cell = string | number | boolean | null;

/** One column of a listing, declared once for every format. */
export interface Column<Row> {
  /** The JSON key and the CSV header: stable, machine-readable. */
  key: string;
  /** The table heading. */
  header: string;
  value: (row: Row) => Cell;
  /** How the table shows the cell (default: the value as text, null as "—"). */
  display?: (row: Row) => string;
  /** The colour of the table cell. */
  tone?: (row: Row) => Tone | null;
  /** The table's flexible column: it takes the width left over and wraps. */
  wrap?: boolean;
  /** The widest the table column may get, wrapping past it. */
  maxWidth?: number;
  /** False to leave the column out of the table; JSON, NDJSON and CSV carry every column. */
  table?: boolean;
}

export interface FormatOptions<Row> {
  /** Table colour: 0 (none, the default) to 3 (true colour). Decided by the caller, never from the process. */
  color?: ColorLevel;
  /** Table width in columns (default 100). */
  width?: number;
  /** iCalendar output: how a row becomes an event. Required for `ics`. */
  calendar?: CalendarOptions<Row>;
}

/** Render rows in one format. Empty rows give the empty form of each: `[]`, a header-only CSV, an empty calendar. */
export async function formatRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], format: Format, options: FormatOptions<Row> = {}): Promise<string> {
  switch (format) {
    case 'table':
      return (await import('./table.js')).formatTable(rows, columns, options);
    case 'json':
      return (await import('./json.js')).formatJson(rows, columns);
    case 'ndjson':
      return (await import('./ndjson.js')).formatNdjson(rows, columns);
    case 'csv':
      return (await import('./csv.js')).formatCsv(rows, columns);
    case 'ics': {
      if (!options.calendar) throw new TypeError('ics output needs `calendar` options: how a row becomes an event');
      const { formatIcs } = await import('./ics.js');
      const calendar = options.calendar;
      const events = rows.flatMap((row) => calendar.event(row) ?? []);
      return formatIcs(events, calendar);
    }
  }
}
