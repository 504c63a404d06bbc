/**
 * `inspect series`: one authority's inspections in date order, with every
 * judgement's grade across them (rises and falls marked), the months between
 * inspections and the recommendations each made. Pure over the database.
 */
import type { Status } from '../follow-up/statuses.js';
import type { GradeValue } from '../schema/report.js';
import { REPORT_DATE } from './search.js';
import type { Database } from './sqlite.js';

export interface SeriesGrade {
  grade: GradeValue;
  /** The grade as written. */
  text: string;
  /** Against the last inspection that judged the same area: better, worse, the same, or nothing to compare. */
  change: 'rose' | 'fell' | 'same' | null;
}

/** One recommendation of an inspection, as a recurrence names it. */
export interface SeriesRecommendation {
  source: string;
  date: string | null;
  id: string;
  text: string;
}

/** How an inspection followed up the one before it. */
export interface SeriesFollowUp {
  /** The inspection followed up (its source). */
  of: string;
  summary: string;
  counts: Record<Status, number>;
  /** How many statuses the later report stated. */
  stated: number;
  /** The earlier recommendations not met, partly met or not assessed: still open. */
  open: number;
  /** Earlier recommendation id → the later recommendation that makes it again. */
  repeats: Array<{ earlier: string; later: string | null }>;
}

/** A recommendation made again at each of several inspections in a row, oldest first. */
export interface Recurrence {
  chain: SeriesRecommendation[];
}

export interface SeriesInspection {
  source: string;
  kind: string | null;
  title: string | null;
  /** The date the inspection is filed under: its first day, else its last, else publication. */
  date: string | null;
  start: string | null;
  end: string | null;
  published: string | null;
  inspector: string | null;
  /** Whole months since the inspection before it (null for the first, or without dates). */
  monthsSincePrevious: number | null;
  /**
   * The file listed before that holds this same inspection (the same family on the same days: a report saved twice,
   * or in two formats under two names), else null. `--follow-up` does not follow it up by itself.
   */
  sameAs: string | null;
  recommendations: number;
  /** Area key → grade. */
  grades: Record<string, SeriesGrade>;
  /** With `--follow-up`: how this inspection followed up the one before (null for the first, or undated). */
  followUp?: SeriesFollowUp | null;
}

export interface Series {
  authority: string;
  /** Every area judged in any inspection, in the order first judged. */
  areas: Array<{ key: string; area: string }>;
  inspections: SeriesInspection[];
  /** With `--follow-up`: the recommendations made again at several inspections in a row. */
  recurrences?: Recurrence[];
}

/** What tells one inspection from another: its family and its days on site; null without a first day. */
export function inspectionKey(i: { kind: string | null; start: string | null; end: string | null }): string | null {
  return i.start === null ? null : `${i.kind}|${i.start}|${i.end}`;
}

/** Better grades have smaller ranks; adequate (the old four-point scale) sits with requires improvement. */
export const GRADE_RANK: Record<GradeValue, number> = { outstanding: 1, good: 2, adequate: 3, 'requires improvement': 3, inadequate: 4 };

export function authorities(db: Database): string[] {
  return db.query<{ authority: string }>('SELECT DISTINCT authority FROM reports WHERE authority IS NOT NULL ORDER BY authority').map((r) => r.authority);
}

/** Why an authority has no series: "no reports of the authority "x" (it holds bury, haringey)", for one line on stderr. */
export function unknownAuthority(db: Database, authority: string): string {
  const known = authorities(db);
  const listed = known.length > 8 ? `${known.slice(0, 8).join(', ')}, … (${known.length} in all)` : known.join(', ');
  return `no reports of the authority "${authority}"${known.length ? ` (it holds ${listed})` : ' (no report in it names its authority yet)'}`;
}

export function series(db: Database, authority: string): Series {
  const reports = db.query<Record<string, string | number | null>>(
    `SELECT r.report_id, r.path, r.kind, r.title, ${REPORT_DATE} AS date, r.inspection_start, r.inspection_end, r.published, r.inspector,
  (SELECT count(*) FROM recommendations x WHERE x.report_id = r.report_id) AS recommendations
  FROM reports r WHERE r.authority = ? ORDER BY date IS NULL, date, r.path`,
    [authority],
  );
  const judgements = db.prepare("SELECT area, part, grade, grade_text FROM judgements WHERE report_id = ? ORDER BY ordinal");
  const areas = new Map<string, string>();
  const last = new Map<string, GradeValue>();
  const inspections: SeriesInspection[] = [];
  let previousDate: string | null = null;
  /** Inspection key → the first file listed that holds it. */
  const held = new Map<string, string>();
  for (const r of reports) {
    const grades: Record<string, SeriesGrade> = {};
    for (const j of judgements.all<{ area: string; part: string | null; grade: GradeValue; grade_text: string }>([r.report_id])) {
      const area = j.part && j.part !== 'main' ? `${j.part.toUpperCase()}: ${j.area}` : j.area;
      const key = areaKey(area);
      if (grades[key]) continue;
      if (!areas.has(key)) areas.set(key, area);
      const before = last.get(key);
      const change = before === undefined ? null : GRADE_RANK[j.grade] < GRADE_RANK[before] ? 'rose' : GRADE_RANK[j.grade] > GRADE_RANK[before] ? 'fell' : 'same';
      grades[key] = { grade: j.grade, text: j.grade_text, change };
      last.set(key, j.grade);
    }
    const date = r.date as string | null;
    const key = inspectionKey({ kind: r.kind as string | null, start: r.inspection_start as string | null, end: r.inspection_end as string | null });
    const sameAs = key === null ? null : (held.get(key) ?? null);
    if (key !== null && sameAs === null) held.set(key, r.path as string);
    inspections.push({
      source: r.path as string,
      kind: r.kind as string | null,
      title: r.title as string | null,
      date,
      start: r.inspection_start as string | null,
      end: r.inspection_end as string | null,
      published: r.published as string | null,
      inspector: r.inspector as string | null,
      monthsSincePrevious: previousDate && date ? monthsBetween(previousDate, date) : null,
      sameAs,
      recommendations: Number(r.recommendations),
      grades,
    });
    if (date) previousDate = date;
  }
  return { authority, areas: [...areas].map(([key, area]) => ({ key, area })), inspections };
}

/**
 * Areas that different families of report name differently but judge alike: the single inspection framework's
 * "overall judgement" is what ILACS calls "overall effectiveness".
 */
const SAME_AREA: Record<string, string> = {
  'the overall judgement': 'overall effectiveness',
  'overall judgement': 'overall effectiveness',
};

/** Areas compared across reports without regard to case, punctuation or spacing. */
export function areaKey(area: string): string {
  const key = area
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return SAME_AREA[key] ?? key;
}

/** Whole calendar months from one ISO date to another (a month is counted once its day is reached). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
