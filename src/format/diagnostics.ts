/** Positioned messages as one line each: `file:line:column: severity: message [rule]`. */
import type { Diagnostic } from '../schema/report.js';

export function formatDiagnostic(file: string, d: Diagnostic): string {
  const { line, column } = d.position.start;
  return `${file}:${line}:${column}: ${d.severity}: ${d.message} [${d.rule}]`;
}
