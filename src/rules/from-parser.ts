/**
 * Rules whose evidence the parser already finds while it reads the report
 * (numbering, stray emphasis, page-break continuations…): they select the
 * parser's diagnostics by id rather than detect the problem a second time.
 */
import type { Report } from '../schema/report.js';
import type { Rule, RuleMeta } from './rule.js';

/** A rule that reports the parser's diagnostics with its own id, and with the ids in `also`. */
export function parserRule(meta: RuleMeta, also: readonly string[] = []): Rule<Report> {
  const ids = new Set([meta.id, ...also]);
  return {
    ...meta,
    check: (report) =>
      report.diagnostics
        .filter((d) => ids.has(d.rule))
        .map(({ message, position, actual, expected }) => ({ message, position, ...(actual !== undefined && { actual }), ...(expected && { expected }) })),
  };
}
