/**
 * What must be done, by when, and by whom: the recommendations of one or more
 * reports, and each report's action-plan deadline, as rows with a status
 * against a reference date.
 */
import { addWorkingDays, dueDate, isIsoDate, type Region } from '../dates/index.js';
import { parseIso } from '../dates/iso.js';
import { diagnostic, NO_REPORT_DATE as NO_REPORT_DATE_MESSAGE } from '../diagnostics.js';
import type { Diagnostic, JointReport, Position, Report } from '../schema/report.js';

export type Status = 'overdue' | 'due' | 'upcoming' | 'no deadline';

export interface RecommendationRow {
  /** The report's source path ("-" for standard input), as `inspect parse` recorded it. */
  source: string;
  /** The sha256 of the report's bytes: with `id`, a stable identity for the deadline. */
  sha256: string;
  /** The report title, when it has one. */
  title: string | null;
  kind: 'recommendation' | 'action-plan';
  /** "R1", "R2"… or "action-plan". */
  id: string;
  /** The timescale group label as written ("Within 3 months"). */
  group: string | null;
  /** The timescale as written; for the action plan, "within N working days". */
  timescale: string | null;
  due: string | null;
  status: Status;
  /** Calendar days from the reference date to the due date; negative when overdue. */
  daysLeft: number | null;
  actor: string | null;
  jointReport: JointReport;
  text: string;
  position: Position;
}

export interface ListOptions {
  /** The reference date for the status, `YYYY-MM-DD`. */
  asOf: string;
  /** A deadline this many days away or fewer is `due` (default 14). */
  soon?: number;
  /** Recompute due dates from this date instead of the report's final report date. */
  from?: string;
  /** Recompute working-day deadlines with this region's bank holidays. */
  region?: Region;
  /** Order by due date (no deadline last) instead of document order. */
  sortByDue?: boolean;
  /** Only overdue deadlines. */
  overdue?: boolean;
  /** Only deadlines strictly before this date. */
  before?: string;
  /** Only rows whose actor contains this text, ignoring case. */
  actor?: string;
}

export interface ListWarning {
  /** The report the position refers to. */
  source: string;
  diagnostic: Diagnostic;
}

export interface RecommendationList {
  rows: RecommendationRow[];
  /** Why some due dates are missing (rule `no-report-date`). */
  warnings: ListWarning[];
}

const NO_REPORT_DATE = 'no-report-date';
const DAY_MS = 86_400_000;

/**
 * The rows of every report, in input order, then filtered and sorted as asked.
 * When `from` or `region` is given the due dates are computed again from the
 * timescales, so JSON printed earlier by `inspect parse` gets them too.
 */
export function listRecommendations(reports: readonly Report[], options: ListOptions): RecommendationList {
  const settings = { soon: 14, ...options };
  for (const key of ['asOf', 'from', 'before'] as const) {
    const value = settings[key];
    if (value !== undefined && !isIsoDate(value)) throw new RangeError(`${key}: expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  if (!Number.isSafeInteger(settings.soon) || settings.soon < 0) throw new RangeError(`soon: expected a whole number of days, got ${settings.soon}`);

  const rows: RecommendationRow[] = [];
  const warnings: ListWarning[] = [];
  for (const report of reports) {
    const dated = settings.from !== undefined || settings.region !== undefined ? recompute(report, settings) : passThrough(report);
    warnings.push(...dated.warnings.map((d) => ({ source: report.source.path, diagnostic: d })));
    rows.push(...rowsOf(report, dated, settings));
  }

  const kept = rows.filter((row) => keep(row, settings));
  if (settings.sortByDue) kept.sort(byDue);
  return { rows: kept, warnings };
}

interface Dues {
  recommendations: (string | null)[];
  actionPlan: string | null;
  warnings: Diagnostic[];
}

function passThrough(report: Report): Dues {
  return {
    recommendations: report.recommendations.map((r) => r.due),
    actionPlan: report.nextSteps?.actionPlan?.due ?? null,
    warnings: report.diagnostics.filter((d) => d.rule === NO_REPORT_DATE),
  };
}

function recompute(report: Report, options: ListOptions): Dues {
  const region = options.region ?? 'england-and-wales';
  const base = options.from ?? report.metadata.finalReportDate?.date ?? null;
  const plan = report.nextSteps?.actionPlan ?? null;
  const recommendations = report.recommendations.map((r) => (r.timescale ? dueDate(base, r.timescale, region) : null));
  const actionPlan = plan && base ? addWorkingDays(base, plan.workingDays, region) : null;
  const needsBase = plan !== null || report.recommendations.some((r) => r.timescale && r.timescale.kind !== 'ongoing' && r.timescale.kind !== 'by');
  const warnings: Diagnostic[] = [];
  if (needsBase && base === null) {
    const earlier = report.diagnostics.find((d) => d.rule === NO_REPORT_DATE);
    const start = { line: 1, column: 1, offset: 0 };
    warnings.push(
      diagnostic(
        NO_REPORT_DATE,
        'warning',
        NO_REPORT_DATE_MESSAGE,
        earlier?.position ?? { start, end: start },
      ),
    );
  }
  return { recommendations, actionPlan, warnings };
}

function rowsOf(report: Report, dues: Dues, options: ListOptions & { soon: number }): RecommendationRow[] {
  const common = { source: report.source.path, sha256: report.source.sha256, title: report.title };
  const dated = (due: string | null) => ({ due, ...statusOf(due, options.asOf, options.soon) });
  const rows: RecommendationRow[] = report.recommendations.map((r, i) => ({
    ...common,
    kind: 'recommendation',
    id: r.id,
    group: r.group,
    timescale: r.timescale?.text ?? null,
    ...dated(dues.recommendations[i] ?? null),
    actor: r.actor,
    jointReport: r.jointReport,
    text: r.text,
    position: r.position,
  }));
  const next = report.nextSteps;
  if (next?.actionPlan) {
    rows.push({
      ...common,
      kind: 'action-plan',
      id: 'action-plan',
      group: null,
      timescale: `within ${next.actionPlan.workingDays} working days`,
      ...dated(dues.actionPlan),
      actor: null,
      jointReport: false,
      text: sentenceAround(next.text, next.actionPlan.text),
      position: next.position,
    });
  }
  // Document order: the action plan stands where its section does.
  return rows.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

function statusOf(due: string | null, asOf: string, soon: number): { status: Status; daysLeft: number | null } {
  if (due === null) return { status: 'no deadline', daysLeft: null };
  const daysLeft = daysBetween(asOf, due);
  return { status: daysLeft < 0 ? 'overdue' : daysLeft <= soon ? 'due' : 'upcoming', daysLeft };
}

function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const { year, month, day } = parseIso(iso);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The sentence of `text` that holds `phrase` ("An action plan is required within 20 working days of …."). */
function sentenceAround(text: string, phrase: string): string {
  const at = text.indexOf(phrase);
  if (at < 0) return text;
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const end = /[.!?](?=\s|$)/.exec(text.slice(at + phrase.length));
  return text.slice(start, end ? at + phrase.length + end.index + 1 : undefined).trim();
}

function keep(row: RecommendationRow, options: ListOptions): boolean {
  if (options.overdue && row.status !== 'overdue') return false;
  if (options.before !== undefined && (row.due === null || row.due >= options.before)) return false;
  if (options.actor !== undefined && !(row.actor !== null && loose(row.actor).includes(loose(options.actor)))) return false;
  return true;
}

/** Earliest first, no deadline last; equal dates keep their order (the sort is stable). */
function byDue(a: RecommendationRow, b: RecommendationRow): number {
  if (a.due === b.due) return 0;
  if (a.due === null) return 1;
  if (b.due === null) return -1;
  return a.due < b.due ? -1 : 1;
}

/** Case, spaces and hyphens aside: "Mid - Essex PCT" as written matches "mid essex" and "Mid-Essex". */
function loose(text: string): string {
  return text.toLowerCase().replace(/[\s\u2010-\u2015-]+/g, ' ').trim();
}
