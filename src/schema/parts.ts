/**
 * A report's parts: its main text and, in the single inspections of 2014-17, the review of the Local Safeguarding
 * Children Board. A part is in a report when any of its items is; these are the items that say which part they are in.
 */
import type { Part, Report } from './report.js';

export const PART_ITEMS = ['sections', 'judgements', 'findings', 'recommendations'] as const;

/** Whether any item of the report is in `part`. */
export function hasPart(report: Report, part: Part): boolean {
  return PART_ITEMS.some((key) => report[key].some((item) => item.part === part));
}
