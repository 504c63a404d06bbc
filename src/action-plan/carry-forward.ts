/**
 * A plan for the later report that carries forward what the earlier report
 * asked and is still open. `inspect follow-up` decides what is open: an
 * earlier recommendation not met, partly met or not assessed (an audit office
 * keeps a recommendation open until it is shown to be met) becomes a row of
 * its own; one the later report recommends again is marked on the later
 * row, not written twice.
 */
import type { FollowUp } from '../follow-up/schema.js';
import { STATUS_WORDS, type Status } from '../follow-up/statuses.js';
import type { Recommendation, Report } from '../schema/report.js';
import type { ActionPlan, PlanRow } from './plan.js';

/** The statuses a plan carries forward as rows of their own. */
export const CARRIED: readonly Status[] = ['not-met', 'partly-met', 'not-assessed'];

export function carryForward(plan: ActionPlan, earlier: Report, followUp: FollowUp): ActionPlan {
  const year = followUp.earlier.date?.slice(0, 4) ?? 'earlier';
  const byId = new Map<string, Recommendation>(earlier.recommendations.map((r) => [r.id, r]));

  // Later rows that repeat an earlier recommendation say so.
  const repeats = new Map<string, string[]>();
  for (const result of followUp.results) {
    if (result.status !== 'repeated') continue;
    for (const ask of result.asks) {
      const later = ask.repeatedBy?.id;
      if (later && !repeats.get(later)?.includes(result.id)) repeats.set(later, [...(repeats.get(later) ?? []), result.id]);
    }
  }
  const rows: PlanRow[] = plan.rows.map((row) => {
    const earlierIds = repeats.get(row.reference);
    return earlierIds ? { ...row, text: `${row.text} [repeats ${earlierIds.map((id) => `${year} ${id}`).join(', ')}]` } : row;
  });

  for (const result of followUp.results) {
    if (!CARRIED.includes(result.status)) continue;
    const rec = byId.get(result.id);
    rows.push({
      reference: `${year} ${result.id}`,
      text: `${result.text} [carried forward: ${STATUS_WORDS[result.status]} in the later report${result.basis === 'stated' ? ', as it states' : ''}]`,
      jointReport: rec?.jointReport ?? false,
      owner: rec?.actor ?? null,
      timescale: 'Carried forward',
      due: null,
    });
  }
  return { ...plan, rows };
}
