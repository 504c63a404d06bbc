/**
 * The columns of an action plan, declared once for every writer and for the
 * reader of a filled-in plan, and the words the cover and the cells share.
 */
import type { Region } from '../dates/index.js';
import { parseIso } from '../dates/iso.js';
import type { JointReport } from '../schema/report.js';
import type { Cover, PlanRow } from './plan.js';

/** The progress statuses a plan offers (the XLSX drop-down), in the order work moves through them. */
/**
 * The due date cell of a recommendation whose report gives no date to count
 * its timescale from (most 2018+ reports print none): what to do about it,
 * and what `action-plan status` reads as "not set yet" instead of a broken row.
 */
export const DUE_NOT_SET = 'due date not set: run with --from DATE';

export const PROGRESS_STATUSES = ['Not started', 'On track', 'At risk', 'Overdue', 'Complete'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export type PlanColumnId =
  | 'reference'
  | 'recommendation'
  | 'owner'
  | 'timescale'
  | 'due'
  | 'plannedActions'
  | 'leadOfficer'
  | 'status'
  | 'evidence'
  | 'dateCompleted';

export interface PlanColumn {
  id: PlanColumnId;
  /** The heading in every format; the reader finds columns by it. */
  header: string;
  /** Who fills the column: the report (pre-filled) or the people doing the work (left empty). */
  filledBy: 'report' | 'user';
  /** The column's width in characters when it is left empty or its content is short. */
  width: number;
  /** The widest the column may get before its text wraps. */
  maxWidth: number;
  /** The cell as text (CSV, Markdown, Word); user columns are empty. */
  text: (row: PlanRow) => string;
}

const empty = () => '';

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { id: 'reference', header: 'Ref', filledBy: 'report', width: 5, maxWidth: 8, text: (r) => r.reference },
  { id: 'recommendation', header: 'Recommendation', filledBy: 'report', width: 30, maxWidth: 60, text: (r) => recommendationText(r) },
  { id: 'owner', header: 'Owner', filledBy: 'report', width: 12, maxWidth: 22, text: (r) => r.owner ?? '' },
  { id: 'timescale', header: 'Timescale', filledBy: 'report', width: 10, maxWidth: 18, text: (r) => r.timescale ?? '' },
  { id: 'due', header: 'Due date', filledBy: 'report', width: 12, maxWidth: 12, text: (r) => r.due ?? r.dueNote ?? '' },
  { id: 'plannedActions', header: 'Planned actions', filledBy: 'user', width: 40, maxWidth: 40, text: empty },
  { id: 'leadOfficer', header: 'Lead officer', filledBy: 'user', width: 18, maxWidth: 18, text: empty },
  { id: 'status', header: 'Status', filledBy: 'user', width: 13, maxWidth: 13, text: empty },
  { id: 'evidence', header: 'Evidence', filledBy: 'user', width: 30, maxWidth: 30, text: empty },
  { id: 'dateCompleted', header: 'Date completed', filledBy: 'user', width: 15, maxWidth: 15, text: empty },
];

/** The 1-based position of a column in a written plan (A = 1). */
export function columnNumber(id: PlanColumnId): number {
  return PLAN_COLUMNS.findIndex((c) => c.id === id) + 1;
}

const JOINT: Record<string, string> = { true: ' (joint report)', partial: ' (partly joint report)', false: '' };

/** The recommendation as the plan shows it: the report's words, marked when they come from the joint report. */
export function recommendationText(row: { text: string; jointReport: JointReport }): string {
  return row.text + JOINT[String(row.jointReport)]!;
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "21 September 2010": a date nobody in the UK or elsewhere reads the wrong way round. */
export function longDate(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** "21 Sep 2010", as the workbook shows its dates. */
export function shortDate(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${day} ${MONTH_NAMES[month - 1]!.slice(0, 3)} ${year}`;
}

const REGION_NAMES: Record<Region, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** The cover as label/value lines, the same in every format that has a cover. */
export function coverLines(cover: Cover): Array<[label: string, value: string]> {
  const lines: Array<[string, string]> = [];
  if (cover.organisation) lines.push(['Organisation', cover.organisation]);
  if (cover.inspectionDates) lines.push(['Inspection dates', dateRangeText(cover.inspectionDates)]);
  if (cover.finalReportDate) lines.push(['Final report date', cover.finalReportDate.date ? longDate(cover.finalReportDate.date) : cover.finalReportDate.text]);
  lines.push(['Action plan due', deadlineText(cover)]);
  lines.push(['Submit to', recipientsText(cover)]);
  if (cover.recipients) lines.push(['The report says', cover.recipients.text]);
  lines.push(['Source', cover.source]);
  return lines;
}

function dateRangeText(range: NonNullable<Cover['inspectionDates']>): string {
  if (range.start && range.end) return range.start === range.end ? longDate(range.start) : `${longDate(range.start)} to ${longDate(range.end)}`;
  return range.text;
}

function deadlineText(cover: Cover): string {
  const deadline = cover.deadline;
  if (!deadline) return 'The report sets no deadline for the action plan.';
  const rule = `within ${deadline.workingDays} working days`;
  if (!deadline.due) return `${rule}; the report has no readable date to count from`;
  const from = deadline.from ? ` of ${longDate(deadline.from)}` : '';
  return `${longDate(deadline.due)} (${rule}${from}, ${REGION_NAMES[cover.region]} bank holidays)`;
}

function recipientsText(cover: Cover): string {
  const r = cover.recipients;
  if (!r) return 'The report does not say who the action plan goes to.';
  const parts: string[] = [];
  if (r.to.length > 0) parts.push(r.to.join(', '));
  if (r.copy.length > 0) parts.push(`copied to ${r.copy.join(', ')}`);
  if (r.emails.length > 0) parts.push(`(${r.emails.join(', ')})`);
  return parts.join(' ');
}
