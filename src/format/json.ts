/** JSON output: one array of objects keyed by column, pretty-printed. */
import type { Cell, Column } from './index.js';

export function formatJson<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  return `${JSON.stringify(
    rows.map((row) => toRecord(row, columns)),
    null,
    2,
  )}\n`;
}

/** A row as a plain object keyed by column, in column order. */
export function toRecord<Row>(row: Row, columns: readonly Column<Row>[]): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  for (const column of columns) record[column.key] = column.value(row);
  return record;
}
