/** NDJSON output: one compact JSON object per line; no rows, no lines. */
import type { Column } from './index.js';
import { toRecord } from './json.js';

export function formatNdjson<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  return rows.map((row) => `${JSON.stringify(toRecord(row, columns))}\n`).join('');
}
