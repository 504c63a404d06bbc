/**
 * Header dates that cannot all be true: an inspection that ends before it
 * starts, or a final report dated before the inspection it reports on ended.
 * Due dates are counted from these, so a wrong one moves every deadline.
 */
import { standardKey, type StandardKey } from '../extract/fields.js';
import type { Position, Report } from '../schema/report.js';
import { DOCUMENT_START, type Problem, type Rule } from './rule.js';

const rule: Rule<Report> = {
  id: 'date-impossible',
  description: 'Header dates contradict each other (inspection ends before it starts, final report before it ends)',
  defaultSeverity: 'error',
  check(report) {
    const { inspectionDates, finalReportDate } = report.metadata;
    const problems: Problem[] = [];
    const start = inspectionDates?.start ?? null;
    const end = inspectionDates?.end ?? null;
    if (start && end && end < start) {
      problems.push({
        message: `The inspection ends (${end}) before it starts (${start}): \`${inspectionDates!.text}\``,
        position: fieldPlace(report, 'inspectionDates'),
      });
    }
    const last = end ?? start;
    const dated = finalReportDate?.date ?? null;
    if (dated && last && dated < last) {
      problems.push({
        message: `The final report date (${dated}) is before the inspection ends (${last})`,
        position: fieldPlace(report, 'finalReportDate'),
      });
    }
    return problems;
  },
};

export default rule;

/** The header field that gave `key`, else the start of the document (a date read from prose). */
function fieldPlace(report: Report, key: StandardKey): Position {
  return report.metadata.fields.find((f) => standardKey(f.label) === key)?.position ?? DOCUMENT_START;
}
