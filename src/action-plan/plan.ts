/**
 * The action plan a report asks for, as data: a cover (what the report is,
 * when the plan is due and who it goes to) and one row per recommendation.
 * The writers (xlsx, docx, csv, md) only lay this model out.
 */
import { DUE_NOT_SET } from './columns.js';
import type { Region } from '../dates/index.js';
import { listRecommendations, type ListWarning } from '../recommendations/index.js';
import type { DateRange, DateValue, JointReport, Report } from '../schema/report.js';
import { findRecipients, type Recipients } from './recipients.js';

export interface ActionPlanOptions {
  /** Count deadlines from this date (`YYYY-MM-DD`) instead of the final report date. */
  from?: string;
  /** Whose bank holidays the working days skip (default England and Wales). */
  region?: Region;
}

export interface ActionPlan {
  cover: Cover;
  rows: PlanRow[];
  /** Why some due dates are missing (rule `no-report-date`). */
  warnings: ListWarning[];
}

export interface Cover {
  title: string | null;
  organisation: string | null;
  inspectionDates: DateRange | null;
  finalReportDate: DateValue | null;
  /** The action plan's own deadline; null when the report sets none. */
  deadline: Deadline | null;
  /** Who the plan goes to; null when the report does not say. */
  recipients: Recipients | null;
  /** The report file the plan was made from. */
  source: string;
  region: Region;
}

export interface Deadline {
  workingDays: number;
  /** Null when the report has no readable date and no `from` was given. */
  due: string | null;
  /** The date the working days are counted from (the final report date, or `from`). */
  from: string | null;
  /** The report's sentence that sets the deadline. */
  text: string;
}

/** One recommendation, as the report gives it; the user's columns start empty. */
export interface PlanRow {
  /** "R1", "R2"… */
  reference: string;
  text: string;
  jointReport: JointReport;
  owner: string | null;
  /** The timescale as written ("Within 3 months"), else its group label. */
  timescale: string | null;
  due: string | null;
  /** Why `due` is empty when it is not the recommendation's fault: the report has no date to count from (DUE_NOT_SET). */
  dueNote?: string;
}

/** Build the plan. Due dates come from `inspect recommendations`, so `from` and `region` give the same answers there. */
export function buildActionPlan(report: Report, options: ActionPlanOptions = {}): ActionPlan {
  const region = options.region ?? 'england-and-wales';
  const recompute = options.from !== undefined || options.region !== undefined;
  const { rows, warnings } = listRecommendations([report], {
    // The status against a reference date is not part of a plan; any date will do.
    asOf: '2000-01-01',
    ...(options.from !== undefined && { from: options.from }),
    ...(recompute && { region }),
  });
  const plan = rows.find((row) => row.kind === 'action-plan');
  const undated = warnings.some((w) => w.diagnostic.rule === 'no-report-date');
  const workingDays = report.nextSteps?.actionPlan?.workingDays;
  const meta = report.metadata;
  return {
    cover: {
      title: report.title,
      organisation: meta.organisation ?? null,
      inspectionDates: meta.inspectionDates ?? null,
      finalReportDate: meta.finalReportDate ?? null,
      deadline:
        plan && workingDays !== undefined
          ? { workingDays, due: plan.due, from: options.from ?? meta.finalReportDate?.date ?? null, text: plan.text }
          : null,
      recipients: findRecipients(report),
      source: report.source.path,
      region,
    },
    rows: rows
      .filter((row) => row.kind === 'recommendation')
      .map((row) => ({
        reference: row.id,
        text: row.text,
        jointReport: row.jointReport,
        owner: row.actor,
        timescale: row.timescale ?? row.group,
        due: row.due,
        // A timescale with no date to count it from: the cell says how to get one, and `status` reads it as not yet set rather than broken.
        ...(row.due === null && row.timescale !== null && undated && { dueNote: DUE_NOT_SET }),
      })),
    warnings,
  };
}
