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
