/**
 * From cues to a status. The cues of the evidence sentences are added up by
 * kind (CUE_WEIGHTS); a clear majority of one side decides, anything between
 * is partly met. Every threshold is named here or in THRESHOLDS.
 */
import { CONCESSION_WEIGHT, CUE_WEIGHTS, type CueHit, type Reading } from './cues.js';
import type { Status } from './statuses.js';

/** The share of the weighted cues one side needs for the status to be that side's; below it on both sides, partly met. */
export const CLEAR_MAJORITY = 0.75;

export interface Tally {
  met: number;
  notMet: number;
  partly: number;
}

export function tally(cues: readonly CueHit[]): Tally {
  const t: Tally = { met: 0, notMet: 0, partly: 0 };
  for (const cue of cues) {
    const w = CUE_WEIGHTS[cue.kind] * (cue.concession ? CONCESSION_WEIGHT : 1);
    if (cue.reads === 'met') t.met += w;
    else if (cue.reads === 'not-met') t.notMet += w;
    else if (cue.reads === 'partly-met') t.partly += w;
  }
  return t;
}

/** The status the cues read as; null when they say nothing either way. */
export function readCues(cues: readonly CueHit[]): Reading | null {
  const t = tally(cues);
  const total = t.met + t.notMet + t.partly;
  if (total === 0) return null;
  if (t.met / total >= CLEAR_MAJORITY) return 'met';
  if (t.notMet / total >= CLEAR_MAJORITY) return 'not-met';
  return 'partly-met';
}

/** The cues that carried the status: those on its side (both sides for partly met). */
export function decisive(cues: readonly CueHit[], status: Reading): CueHit[] {
  if (status === 'partly-met') return cues.filter((c) => c.reads !== 'not-assessed');
  return cues.filter((c) => c.reads === status);
}

/**
 * A recommendation's status from its asks': one status when they agree (the
 * asks the later report does not speak to aside), partly met when some were
 * met and others not, and among asks none of which was met, repeated wins
 * (it is asked again), then partly met, then not met.
 */
export function combineAsks(statuses: readonly Status[]): Status {
  const assessed = statuses.filter((s) => s !== 'not-assessed');
  if (assessed.length === 0) return 'not-assessed';
  const distinct = new Set(assessed);
  if (distinct.size === 1) return assessed[0]!;
  if (distinct.has('met')) return 'partly-met';
  if (distinct.has('repeated')) return 'repeated';
  return 'partly-met';
}
