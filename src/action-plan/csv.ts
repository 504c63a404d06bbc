/**
 * The action plan as CSV (RFC 4180, through the shared CSV reporter): the
 * table alone, headed by the column names, due dates as YYYY-MM-DD. A CSV
 * file has no room for a cover; use XLSX, DOCX or Markdown to keep it. The
 * text starts with a byte-order mark so that Excel reads it as UTF-8.
 */
import { formatCsv } from '../format/csv.js';
import type { Column } from '../format/index.js';
import { PLAN_COLUMNS } from './columns.js';
import type { ActionPlan, PlanRow } from './plan.js';

const BOM = '\uFEFF';

export function planToCsv(plan: ActionPlan): string {
  const columns: Column<PlanRow>[] = PLAN_COLUMNS.map((c) => ({ key: c.header, header: c.header, value: c.text }));
  return BOM + formatCsv(plan.rows, columns);
}

/** A CSV record and the row a spreadsheet shows it on (the header is row 1). */
export interface CsvRecord {
  row: number;
  fields: string[];
}

/**
 * Parse CSV as RFC 4180 writes it, and as spreadsheets save it: quoted fields
 * may hold commas, doubled quotes and line breaks; lines end in CRLF or LF.
 * Throws `SyntaxError` for a quote left open.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ row: records.length + 1, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i++;
    } else if (ch === '\n' || ch === '\r') endRecord();
    else field += ch;
    i++;
  }
  if (quoted) throw new SyntaxError(`a quoted field that starts in row ${records.length + 1} is never closed`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
