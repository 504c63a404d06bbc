/**
 * `inspect series --follow-up`: the statuses of `inspect follow-up` along an
 * authority's inspections. Each inspection follows up the one before it (what
 * of its recommendations was met, what is still open, what it recommends
 * again), and repeats that join across several inspections are chains: the
 * recommendations that recur. Pure over the database and the series.
 */
import { followUp } from '../follow-up/follow-up.js';
import type { Status } from '../follow-up/statuses.js';
import { authorityInspections } from './inspections.js';
import type { Recurrence, Series, SeriesFollowUp, SeriesRecommendation } from './series.js';
import type { Database } from './sqlite.js';
import { readReports } from './store.js';

export interface SeriesFollowUps {
  /** Parallel to `series.inspections`: null for the first, for an undated inspection, and for a second file of one. */
  followUps: Array<SeriesFollowUp | null>;
  recurrences: Recurrence[];
}

/** The statuses a plan keeps open (as `action-plan --carry-forward` does). */
const OPEN: readonly Status[] = ['not-met', 'partly-met', 'not-assessed'];

export function seriesFollowUps(db: Database, series: Series): SeriesFollowUps {
  // The same query order as `series`: the two lists are parallel.
  const indexed = authorityInspections(db, series.authority);
  const followUps: Array<SeriesFollowUp | null> = series.inspections.map(() => null);
  const recurrences: Recurrence[] = [];
  /** The chain each recommendation of the inspection before ends, by its id. */
  let open = new Map<string, Recurrence>();
  let previous: { at: number; report: ReturnType<typeof readOne> } | null = null;
  series.inspections.forEach((inspection, at) => {
    // A second file of the inspection before is not a follow-up of it (every recommendation would read as repeated).
    if (inspection.date === null || inspection.sameAs !== null || indexed[at]?.source !== inspection.source) return;
    const report = readOne(db, indexed[at]!.reportId);
    const ends = new Map<string, Recurrence>();
    if (previous) {
      const result = followUp(previous.report, report);
      const earlierRef = series.inspections[previous.at]!;
      const repeats: SeriesFollowUp['repeats'] = [];
      for (const r of result.results) {
        if (r.status !== 'repeated') continue;
        const later = r.asks.find((a) => a.repeatedBy)?.repeatedBy ?? null;
        repeats.push({ earlier: r.id, later: later?.id ?? null });
        if (!later?.id) continue;
        // A repeat of a repeat carries its chain on; a new repeat starts one.
        const laterRec = report.recommendations.find((x) => x.id === later.id);
        const link: SeriesRecommendation = { source: inspection.source, date: inspection.date, id: later.id, text: laterRec?.text ?? later.text };
        let chain = open.get(r.id);
        if (!chain) {
          chain = { chain: [{ source: earlierRef.source, date: earlierRef.date, id: r.id, text: r.text }] };
          recurrences.push(chain);
        }
        if (!chain.chain.some((c) => c.source === link.source && c.id === link.id)) chain.chain.push(link);
        ends.set(later.id, chain);
      }
      followUps[at] = {
        of: earlierRef.source,
        summary: result.summary,
        counts: result.counts,
        stated: result.stated,
        open: OPEN.reduce((n, s) => n + result.counts[s], 0),
        repeats,
      };
    }
    open = ends;
    previous = { at, report };
  });
  return { followUps, recurrences };
}

/** The series with each inspection's follow-up of the one before, and the recurrences. */
export function withFollowUps(db: Database, series: Series): Series {
  const { followUps, recurrences } = seriesFollowUps(db, series);
  return { ...series, inspections: series.inspections.map((i, at) => ({ ...i, followUp: followUps[at] ?? null })), recurrences };
}

function readOne(db: Database, reportId: number) {
  return [...readReports(db, { ids: [reportId] })][0]!;
}
