/**
 * CSV output as RFC 4180 defines it: a header of column keys, CRLF after
 * every record, and a field quoted when it holds a comma, a quote or a line
 * break, its quotes doubled.
 */
import type { Cell, Column } from './index.js';

const CRLF = '\r\n';

export function formatCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  return csvRecord(columns.map((c) => c.key)) + rows.map((row) => csvRecord(columns.map((c) => c.value(row)))).join('');
}

/** One record with its CRLF, for writers that stream a large table. */
export function csvRecord(values: readonly Cell[]): string {
  return values.map(field).join(',') + CRLF;
}

function field(value: Cell): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
