/**
 * Two inspections of one authority, taken from the index for `inspect
 * follow-up --db`: the last two, or those on two dates. The index holds each
 * report whole (rows.ts), so the reports come back as `parse` gave them and
 * no file is read again. Pure over the database; a problem is an
 * `InspectionPairError` with a typed reason, for the CLI to give one line.
 */
import type { Report } from '../schema/report.js';
import { REPORT_DATE } from './search.js';
import { inspectionKey, unknownAuthority } from './series.js';
import type { Database } from './sqlite.js';
import { readReports } from './store.js';

/** One inspection of an authority as the index files it. */
export interface IndexedInspection {
  reportId: number;
  source: string;
  /** The date it is filed under: its first day, else its last, else publication (as `series` orders them). */
  date: string | null;
  start: string | null;
  end: string | null;
  published: string | null;
  kind: string | null;
}

/** A period a date given by a person covers: "2019" is the year, "2019-01" the month, "2019-01-14" the day. */
export interface Period {
  /** As the person wrote it, for messages. */
  text: string;
  from: string;
  to: string;
}

export type PairSelector = { latest: true } | { dates: [Period, Period] };

export type PairProblem = 'unknown-authority' | 'too-few' | 'no-inspection' | 'several-inspections' | 'one-inspection-twice';

export class InspectionPairError extends Error {
  override name = 'InspectionPairError';
  readonly problem: PairProblem;

  constructor(problem: PairProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

/** The authority's inspections in date order (undated last), as `series` lists them. */
export function authorityInspections(db: Database, authority: string): IndexedInspection[] {
  return db
    .query<Record<string, string | number | null>>(
      `SELECT r.report_id, r.path, ${REPORT_DATE} AS date, r.inspection_start, r.inspection_end, r.published, r.kind
  FROM reports r WHERE r.authority = ? ORDER BY date IS NULL, date, r.path`,
      [authority],
    )
    .map((r) => ({
      reportId: Number(r.report_id),
      source: r.path as string,
      date: r.date as string | null,
      start: r.inspection_start as string | null,
      end: r.inspection_end as string | null,
      published: r.published as string | null,
      kind: r.kind as string | null,
    }));
}

/**
 * Whether an inspection falls in a period: its days on site (first to last)
 * overlap it, or it was published in it. A person names an inspection by
 * either date ("the January 2019 inspection", "the report of May 2019").
 */
export function inPeriod(inspection: IndexedInspection, period: Period): boolean {
  const first = inspection.start ?? inspection.end;
  const last = inspection.end ?? inspection.start;
  const onSite = first !== null && last !== null && first <= period.to && last >= period.from;
  const published = inspection.published !== null && inspection.published >= period.from && inspection.published <= period.to;
  return onSite || published;
}

/** The two inspections chosen, earlier first; pure over the list, so that it is tested without a database. */
export function choosePair(authority: string, inspections: readonly IndexedInspection[], selector: PairSelector, kind?: string): [IndexedInspection, IndexedInspection] {
  // "inspection", or "cqc-safeguarding inspection" when only one family was asked for.
  const noun = kind ? `${kind} inspection` : 'inspection';
  if ('latest' in selector) {
    // Undated reports cannot be placed in time: the last two are the last two dated ones.
    const dated = inspections.filter((i) => i.date !== null);
    if (dated.length < 2) {
      throw new InspectionPairError('too-few', `the index holds ${count(dated.length, `dated ${noun}`)} of "${authority}"; a follow-up needs two`);
    }
    const [a, b] = [dated.at(-2)!, dated.at(-1)!];
    if (sameInspection(a, b)) {
      throw new InspectionPairError('one-inspection-twice', `the last two ${noun}s of "${authority}" are one inspection (${a.start} to ${a.end}) in two files, ${a.source} and ${b.source}: keep one of them in the index`);
    }
    return [a, b];
  }
  if (inspections.length < 2) throw new InspectionPairError('too-few', `the index holds ${count(inspections.length, noun)} of "${authority}"; a follow-up needs two`);
  const [a, b] = selector.dates.map((period) => one(authority, noun, inspections, period)) as [IndexedInspection, IndexedInspection];
  if (a.reportId === b.reportId) throw new InspectionPairError('several-inspections', `${selector.dates[0].text} and ${selector.dates[1].text} name the same ${noun} of "${authority}" (${a.date}): give two`);
  // Given in either order, the earlier is followed up by the later.
  return (a.date ?? '') <= (b.date ?? '') ? [a, b] : [b, a];
}

function one(authority: string, noun: string, inspections: readonly IndexedInspection[], period: Period): IndexedInspection {
  const found = inspections.filter((i) => inPeriod(i, period));
  const list = (xs: readonly IndexedInspection[]) => xs.map((i) => i.date ?? `undated (${i.source})`).join(', ');
  if (found.length === 0) throw new InspectionPairError('no-inspection', `no ${noun} of "${authority}" ${period.from === period.to ? 'on' : 'in'} ${period.text} (the index holds ${list(inspections)})`);
  if (found.length > 1 && found.every((i) => sameInspection(i, found[0]!))) {
    throw new InspectionPairError('one-inspection-twice', `${found.length} files hold the ${noun} of "${authority}" of ${found[0]!.date} (${found.map((i) => i.source).join(', ')}): keep one of them in the index`);
  }
  if (found.length > 1) throw new InspectionPairError('several-inspections', `${found.length} ${noun}s of "${authority}" in ${period.text} (${list(found)}): give the day`);
  return found[0]!;
}

/**
 * Two files of one inspection (the same report saved twice, or in two formats
 * under two names): the same family, on site on the same days. A follow-up of
 * one by the other would read every recommendation as repeated.
 */
function sameInspection(a: IndexedInspection, b: IndexedInspection): boolean {
  const key = inspectionKey(a);
  return key !== null && key === inspectionKey(b);
}

/**
 * The two reports, earlier first, rebuilt from the index; with a kind, two
 * inspections of that family (an area's index may hold the CQC's reviews of
 * its health bodies beside Ofsted's inspections).
 */
export function inspectionPair(
  db: Database,
  authority: string,
  selector: PairSelector,
  kind?: string,
): { earlier: Report; later: Report; inspections: [IndexedInspection, IndexedInspection] } {
  const all = authorityInspections(db, authority);
  if (all.length === 0) throw new InspectionPairError('unknown-authority', unknownAuthority(db, authority));
  const inspections = kind ? all.filter((i) => i.kind === kind) : all;
  const pair = choosePair(authority, inspections, selector, kind);
  const [earlier, later] = [...readReports(db, { ids: pair.map((i) => i.reportId) })] as [Report, Report];
  return { earlier, later, inspections: pair };
}

function count(n: number, word: string): string {
  return `${n === 0 ? 'no' : n} ${word}${n === 1 ? '' : 's'}`;
}
