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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, 'invalid-json', `not valid JSON (${(error as Error).message})`);
  }
  const { Report } = await import('../schema/report.js');
  const result = Report.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
    throw new InputError(path, 'invalid-json', `not a report JSON: ${jsonPath(issue.path)}: ${issue.message}${more}`);
  }
  return result.data;
}

/** A zod issue path as people write it: `findings[12].position.start.line`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)';
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}
