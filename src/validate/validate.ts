/**
 * `inspect validate` as a library: run the rules over a report, over report
 * text, or over report JSON, and sum up the results. Pure: reading files and
 * finding config files is the caller's job (see config.ts, src/cli/validate.ts).
 */
import { compareDiagnostics } from '../diagnostics.js';
import { parseReportAsync } from '../parse-report.js';
import { jsonRules, reportRules } from '../rules/index.js';
import { runRules, type RuleSettings } from '../rules/rule.js';
import type { Diagnostic, Report } from '../schema/report.js';
import { isJsonText } from './json-text.js';

export interface ValidateOptions {
  /** Rule settings (`off | warning | error` by rule id); rules not named keep their default. */
  rules?: RuleSettings;
  /** Where the text came from, for the report model (default "-"). */
  path?: string;
}

export interface FileResult {
  path: string;
  /** What the text was: report text (markdown, plain text) or report JSON. */
  input: 'report' | 'json';
  /** Problems in document order. */
  problems: Diagnostic[];
}

export interface Summary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
}

/** The problems of a report model. */
export function validateReport(report: Report, options: Pick<ValidateOptions, 'rules'> = {}): Diagnostic[] {
  return runRules(reportRules, report, options.rules);
}

/**
 * The problems of a report's text, or of report JSON (detected): JSON that
 * is not valid JSON or does not match the schema gives those problems; a
 * valid report JSON is checked like a parsed report.
 */
export async function validateText(text: string, options: ValidateOptions = {}): Promise<FileResult> {
  const path = options.path ?? '-';
  if (isJsonText(text)) {
    // The schema (zod) is loaded only for JSON input: report text never needs it.
    const { readJsonInput } = await import('./json.js');
    const json = readJsonInput(text);
    const problems = runRules(jsonRules, json, options.rules);
    if (json.report) problems.push(...validateReport(json.report, options));
    return { path, input: 'json', problems: problems.sort(compareDiagnostics) };
  }
  return { path, input: 'report', problems: validateReport(await parseReportAsync(text, { path }), options) };
}

/**
 * The problems of a file, in any format `inspect parse` reads: report text
 * and report JSON as validateTexts; HTML, DOCX and PDF read the one way in
 * (read/document.ts) and checked like a parsed report. Throws InputError for
 * input that cannot be read.
 */
export async function validateInput(bytes: Uint8Array, options: ValidateOptions = {}): Promise<FileResult[]> {
  const path = options.path ?? '-';
  const [{ decode }, { parseDecoded }] = await Promise.all([import('../read/document.js'), import('../parse-document.js')]);
  const decoded = decode(bytes, { path });
  if (decoded.format === 'text') return validateTexts(decoded.text, options);
  const report = await parseDecoded(decoded, bytes, { path });
  return [{ path, input: 'report', problems: validateReport(report, options) }];
}

/**
 * The problems of a file's text: as validateText, except that NDJSON (one
 * report JSON per line, what `inspect parse` prints for several reports)
 * gives one result per line: JSON problems placed on that line of the file,
 * and the problems of a valid report under its own source path, whose text
 * their positions point into.
 */
export async function validateTexts(text: string, options: ValidateOptions = {}): Promise<FileResult[]> {
  const lines = isJsonText(text) ? ndjsonLines(text) : null;
  if (!lines) return [await validateText(text, options)];
  const path = options.path ?? '-';
  const { readJsonInput } = await import('./json.js');
  return lines.map(({ text: line, index, offset }) => {
    const json = readJsonInput(line);
    const problems = runRules(jsonRules, json, options.rules).map((d) => shift(d, index, offset));
    if (json.report && problems.length === 0) {
      return { path: json.report.source.path, input: 'json' as const, problems: validateReport(json.report, options).sort(compareDiagnostics) };
    }
    return { path, input: 'json' as const, problems: problems.sort(compareDiagnostics) };
  });
}

/** The lines of NDJSON with where each starts, or null when the text is one JSON document (or not JSON at all). */
function ndjsonLines(text: string): Array<{ text: string; index: number; offset: number }> | null {
  try {
    JSON.parse(text);
    return null;
  } catch {
    // not one document
  }
  const out: Array<{ text: string; index: number; offset: number }> = [];
  let offset = 0;
  text.split('\n').forEach((line, index) => {
    if (line.trim() !== '') out.push({ text: line.replace(/\r$/, ''), index, offset });
    offset += line.length + 1;
  });
  const first = out[0]?.text ?? '';
  try {
    const value: unknown = JSON.parse(first);
    return out.length > 1 && typeof value === 'object' && value !== null ? out : null;
  } catch {
    return null;
  }
}

function shift(diagnostic: Diagnostic, lines: number, offset: number): Diagnostic {
  const move = (point: Diagnostic['position']['start']) => ({ ...point, line: point.line + lines, offset: point.offset + offset });
  return { ...diagnostic, position: { start: move(diagnostic.position.start), end: move(diagnostic.position.end) } };
}

export function summarize(results: readonly FileResult[]): Summary {
  const count = (severity: Diagnostic['severity']) =>
    results.reduce((n, r) => n + r.problems.filter((p) => p.severity === severity).length, 0);
  return {
    files: results.length,
    filesWithProblems: results.filter((r) => r.problems.length > 0).length,
    errors: count('error'),
    warnings: count('warning'),
  };
}

/** Whether the run fails: any error, or more warnings than `maxWarnings` allows. */
export function fails(summary: Summary, maxWarnings?: number): boolean {
  return summary.errors > 0 || (maxWarnings !== undefined && summary.warnings > maxWarnings);
}
