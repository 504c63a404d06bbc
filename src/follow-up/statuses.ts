/**
 * The status scale, modelled on how audit offices (GAO, the European Court of
 * Auditors) track recommendations. Kept apart from the zod schemas so that the
 * logic and the reporters load without zod.
 *
 * - `met`: the later report says or shows it was done;
 * - `partly-met`: some of it was done, or it was done in part;
 * - `not-met`: the later report says or shows it was not done;
 * - `repeated`: the later report recommends it again;
 * - `not-assessed`: the later report does not speak to it.
 */
export const FOLLOW_UP_STATUSES = ['met', 'partly-met', 'not-met', 'repeated', 'not-assessed'] as const;
export type Status = (typeof FOLLOW_UP_STATUSES)[number];

/** How each status reads in a sentence: "3 met, 2 partly met". */
export const STATUS_WORDS: Record<Status, string> = {
  met: 'met',
  'partly-met': 'partly met',
  'not-met': 'not met',
  repeated: 'repeated',
  'not-assessed': 'not assessed',
};

/** "3 met, 2 partly met, 1 repeated": the statuses in scale order, those with none left out. */
export function summarise(counts: Record<Status, number>): string {
  const parts = FOLLOW_UP_STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${STATUS_WORDS[s]}`);
  return parts.length > 0 ? parts.join(', ') : 'no recommendations to follow up';
}

export function countStatuses(statuses: Iterable<Status>): Record<Status, number> {
  const counts = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) counts[s] += 1;
  return counts;
}
