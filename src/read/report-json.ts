/**
 * Report JSON from elsewhere (what `inspect parse` printed, perhaps edited):
 * always checked against the schema, since nothing else vouches for it.
 */
import type { Report } from '../schema/report.js';
import { InputError } from './input.js';

/** Whether decoded input is JSON rather than report text. */
export function looksLikeJson(text: string): boolean {
  return /^\s*\{\s*"/.test(text);
}

/** The report in `text`, or an InputError ("invalid-json") naming the first problem and its JSON path. */
export async function reportFromJson(text: string, path: string): Promise<Report> {
  const reports = await reportsFromJson(text, path);
  if (reports.length !== 1) {
    throw new InputError(path, 'invalid-json', `holds ${reports.length} reports (NDJSON, one per line); this reads one report: give it one line`);
  }
  return reports[0]!;
}

/**
 * The reports in `text`: one JSON document (pretty-printed or not), or NDJSON,
 * one report per line as `inspect parse` prints several. Problems name the
 * line of an NDJSON input.
 */
export async function reportsFromJson(text: string, path: string): Promise<Report[]> {
  const { Report } = await import('../schema/report.js');
  const documents = splitJson(text, path);
  return documents.map(({ data, line }) => {
    const result = Report.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
      throw new InputError(path, 'invalid-json', `${line ? `line ${line}: ` : ''}not a report JSON: ${jsonPath(issue.path)}: ${issue.message}${more}`);
    }
    return result.data;
  });
}

/** The JSON values of a document or of NDJSON lines (with their line numbers). */
function splitJson(text: string, path: string): Array<{ data: unknown; line: number | null }> {
  try {
    return [{ data: JSON.parse(text), line: null }];
  } catch (error) {
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    if (!isJsonLine(lines[first] ?? '')) throw new InputError(path, 'invalid-json', `not valid JSON (${(error as Error).message})`);
    const out: Array<{ data: unknown; line: number | null }> = [];
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        out.push({ data: JSON.parse(line), line: i + 1 });
      } catch (lineError) {
        throw new InputError(path, 'invalid-json', `line ${i + 1}: not valid JSON (${(lineError as Error).message})`);
      }
    });
    return out;
  }
}

/** Whether a line holds a whole JSON object: the first line of NDJSON. */
function isJsonLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** A zod issue path as people write it: `findings[12].position.start.line`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)';
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}
