/**
 * CSV output as RFC 4180 defines it: a header of column keys, CRLF after
 * every record, and a field quoted when it holds a comma, a quote or a line
 * break, its quotes doubled.
 */
import type { Cell, Column } from './index.js';

const CRLF = '\r\n';

export function formatCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const lines = [columns.map((c) => field(c.key))];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))));
  return lines.map((fields) => fields.join(',') + CRLF).join('');
}

function field(value: Cell): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
