/**
 * Positioned messages, in the style of vfile-message: data first (rule,
 * severity, place); the rendered text is derived from it by reporters.
 */
import type { Diagnostic, Position, Severity } from './schema/report.js';
import { compareCodeUnits } from './compare.js';

export type { Diagnostic };

export function diagnostic(rule: string, severity: Severity, message: string, position: Position): Diagnostic {
  return { rule, severity, message, position };
}

/** Document order, then rule: stable output for identical input. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.position.start.offset - b.position.start.offset || compareCodeUnits(a.rule, b.rule);
}

/** Why due dates are missing; shared by the parser and by commands that recompute dues. */
export const NO_REPORT_DATE =
  'Cannot compute due dates: the report has no readable final report or publication date (give one with --from)';
