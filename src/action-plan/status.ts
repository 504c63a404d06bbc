/**
 * How a filled-in plan stands on a date: each row classified as complete, on
 * track, at risk, overdue or not started, and the rows people broke (a due
 * date deleted or typed as text, a status the plan does not offer) named with
 * their row number and what is wrong, never passed over.
 */
import type { Column } from '../format/index.js';
import { isIsoDate } from '../dates/iso.js';
import { PROGRESS_STATUSES, type ProgressStatus, DUE_NOT_SET } from './columns.js';
import type { DateCell, PlanEntry, PlanTable } from './read.js';

export const PROGRESS = ['complete', 'on-track', 'at-risk', 'overdue', 'not-started', 'broken'] as const;
export type Progress = (typeof PROGRESS)[number];

export type ProblemRule = 'no-due-date' | 'due-date-not-a-date' | 'unknown-status' | 'completed-date-not-a-date';

export interface RowProblem {
  rule: ProblemRule;
  /** The column it is in, as a spreadsheet shows it ("E"). */
  column: string | null;
  message: string;
}

export interface StatusRow {
  row: number;
  reference: string | null;
  /** The due date, when the cell holds one. */
  due: string | null;
  /** The status as written. */
  status: string | null;
  progress: Progress;
  /** Why the row is `broken`; empty otherwise. */
  problems: RowProblem[];
}

/** How many rows stand at each progress (keys in camel case: `onTrack` counts `on-track`), and in all. */
export interface StatusTotals {
  complete: number;
  onTrack: number;
  atRisk: number;
  overdue: number;
  notStarted: number;
  broken: number;
  total: number;
}

export interface PlanStatus {
  asOf: string;
  rows: StatusRow[];
  totals: StatusTotals;
  /** Rows whose due date says it is not set yet (DUE_NOT_SET: the plan was written for a report with no date, without --from). */
  dueNotSet: number[];
}

/**
 * Classify every row on `asOf` (`YYYY-MM-DD`). Complete is complete whatever
 * the date; otherwise a due date before `asOf` is overdue whatever the status
 * says ("On track" included), as the workbook's red rule shows it.
 */
export function planStatus(table: PlanTable, options: { asOf: string }): PlanStatus {
  if (!isIsoDate(options.asOf)) throw new RangeError(`asOf: expected a date as YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`);
  const rows = table.entries.map((entry) => classify(entry, table, options.asOf));
  const dueNotSet = table.entries.filter((entry) => isDueNotSet(entry.due)).map((entry) => entry.row);
  const totals: StatusTotals = { complete: 0, onTrack: 0, atRisk: 0, overdue: 0, notStarted: 0, broken: 0, total: rows.length };
  for (const row of rows) totals[TOTAL_KEY[row.progress]]++;
  return { asOf: options.asOf, rows, totals, dueNotSet };
}

const TOTAL_KEY: Record<Progress, Exclude<keyof StatusTotals, 'total'>> = {
  complete: 'complete',
  'on-track': 'onTrack',
  'at-risk': 'atRisk',
  overdue: 'overdue',
  'not-started': 'notStarted',
  broken: 'broken',
};

const STATUS_BY_TEXT = new Map<string, ProgressStatus>(PROGRESS_STATUSES.map((s) => [loose(s), s]));
const PROGRESS_OF: Record<ProgressStatus, Progress> = {
  'Not started': 'not-started',
  'On track': 'on-track',
  'At risk': 'at-risk',
  Overdue: 'overdue',
  Complete: 'complete',
};

function classify(entry: PlanEntry, table: PlanTable, asOf: string): StatusRow {
  const problems: RowProblem[] = [];
  // A due date the plan itself says is not set yet is no fault of the row: it is counted by its status, and named once for the whole plan.
  const due = isDueNotSet(entry.due) ? null : dateProblem(entry.due, 'the due date', table.columns.due, problems, { empty: 'no-due-date', text: 'due-date-not-a-date' });
  dateProblem(entry.dateCompleted, 'the date completed', table.columns.dateCompleted, problems, { text: 'completed-date-not-a-date' });
  const status = entry.status === null ? 'Not started' : STATUS_BY_TEXT.get(loose(entry.status));
  if (status === undefined) {
    problems.push({
      rule: 'unknown-status',
      column: table.columns.status,
      message: `the status "${entry.status}" is not one of ${PROGRESS_STATUSES.join(', ')}`,
    });
  }
  const base = { row: entry.row, reference: entry.reference, due, status: entry.status, problems };
  if (problems.length > 0 || status === undefined) return { ...base, progress: 'broken' };
  if (status === 'Complete') return { ...base, progress: 'complete' };
  if (due !== null && due < asOf) return { ...base, progress: 'overdue' };
  return { ...base, progress: PROGRESS_OF[status] };
}

function isDueNotSet(cell: DateCell): boolean {
  return cell.kind === 'text' && loose(cell.text) === loose(DUE_NOT_SET);
}

function dateProblem(
  cell: DateCell,
  name: string,
  column: string | null,
  problems: RowProblem[],
  rules: { empty?: ProblemRule; text: ProblemRule },
): string | null {
  if (cell.kind === 'date') return cell.date;
  if (cell.kind === 'empty') {
    if (rules.empty) problems.push({ rule: rules.empty, column, message: `${name} is empty` });
  } else problems.push({ rule: rules.text, column, message: `${name} "${cell.text}" is text, not a date` });
  return null;
}

/** Case, spaces and hyphens aside: "on-track" and "ON TRACK" are "On track". */
function loose(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

const PROGRESS_LABELS: Record<Progress, string> = {
  complete: 'complete',
  'on-track': 'on track',
  'at-risk': 'at risk',
  overdue: 'overdue',
  'not-started': 'not started',
  broken: 'needs fixing',
};

/** One line per row: what it is, how it stands, and what is wrong with it. */
export function statusRowColumns(): Column<StatusRow>[] {
  return [
    { key: 'row', header: 'Row', value: (r) => r.row },
    { key: 'reference', header: 'Ref', value: (r) => r.reference, display: (r) => r.reference ?? '' },
    { key: 'due', header: 'Due', value: (r) => r.due, display: (r) => r.due ?? '' },
    { key: 'status', header: 'Status as written', value: (r) => r.status, display: (r) => r.status ?? '', maxWidth: 18 },
    {
      key: 'progress',
      header: 'Progress',
      value: (r) => r.progress,
      display: (r) => PROGRESS_LABELS[r.progress],
      tone: (r) => (r.progress === 'overdue' || r.progress === 'broken' ? 'red' : r.progress === 'at-risk' ? 'yellow' : r.progress === 'complete' ? 'green' : null),
    },
    { key: 'problems', header: 'Rule', value: (r) => r.problems.map((p) => p.rule).join(' ') || null, table: false },
    { key: 'message', header: 'Problem', value: (r) => r.problems.map((p) => p.message).join('; ') || null, display: (r) => r.problems.map((p) => p.message).join('; '), wrap: true },
  ];
}

/** The totals as one row: a count per progress and the number of rows. */
export function statusTotalColumns(): Column<StatusTotals>[] {
  return [
    ...PROGRESS.map((p): Column<StatusTotals> => ({ key: TOTAL_KEY[p], header: PROGRESS_LABELS[p], value: (t) => t[TOTAL_KEY[p]] })),
    { key: 'total', header: 'total', value: (t) => t.total },
  ];
}
