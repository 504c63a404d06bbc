/**
 * What `inspect follow-up` answers, as zod schemas (the single source of the
 * types). For each recommendation of the earlier report: a status on one
 * scale, modelled on how audit offices track recommendations, whether the
 * later report stated it or it was inferred, and the evidence.
 */
import { z } from 'zod';
import { FOLLOW_UP_STATUSES } from './statuses.js';

export { FOLLOW_UP_STATUSES };

export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);

/** `stated`: the later report itself states progress against the earlier recommendation; `inferred`: read from its findings. */
export const Basis = z.enum(['stated', 'inferred']);

export const CueHit = z.object({
  phrase: z.string().describe('the entry of the cue table'),
  kind: z.enum(['verdict', 'progress', 'persistence', 'evaluation']),
  reads: z.enum(['met', 'partly-met', 'not-met', 'not-assessed']),
  text: z.string().describe('the words matched, as written'),
});

/** Where in the later report a piece of evidence is. */
export const Place = z.object({
  kind: z.enum(['recommendation', 'finding', 'paragraph', 'statement']).describe('statement: a passage that states progress against the earlier recommendations by name'),
  id: z.string().nullable().describe('the recommendation or finding id; null for an unnumbered paragraph'),
  heading: z.string().nullable().describe('the heading the passage sits under'),
  page: z.number().int().nullable().describe('PDF input: the page the passage starts on'),
  line: z.number().int().describe('the line the passage starts on (in the text rebuilt from a PDF, for a PDF)'),
});

export const Evidence = Place.extend({
  sentence: z.string().describe('the sentence quoted (with the one before it when it leans on it: "This has not been addressed…")'),
  score: z.number().describe('re-ranking score: the share of the ask\'s words (weighted by rarity) the sentence holds, 0 to 1'),
  focus: z.number().describe('the share of the sentence\'s own words (weighted by rarity) that are the ask\'s, 0 to 1: a sentence scoring below evidenceMinScore speaks to the ask when this is at least focusMinScore'),
  bm25: z.number().describe('the passage\'s BM25 score for the ask'),
  stated: z.boolean().describe('the sentence states progress against the earlier report'),
  cues: z.array(CueHit),
});

export const Repeat = Place.extend({
  text: z.string().describe('the later recommendation'),
  similarity: z.number().describe('weighted word overlap (Dice) of the two recommendations, 0 to 1'),
});

export const AskResult = z.object({
  text: z.string(),
  status: FollowUpStatus,
  basis: Basis,
  evidence: z.array(Evidence).describe('best first'),
  repeatedBy: Repeat.nullable(),
  decidedBy: z.array(CueHit).describe('the cues that decided the status'),
  reason: z.string().describe('how the status was reached, in words'),
  nearest: Evidence.nullable().describe(
    'for an ask not assessed for want of evidence: the sentence of the later report that came closest, below evidenceMinScore, so that a reader can tell "not spoken to" from "spoken to in other words"; null otherwise',
  ),
});

export const RecommendationFollowUp = z.object({
  id: z.string().describe('the earlier recommendation\'s id'),
  text: z.string(),
  line: z.number().int(),
  page: z.number().int().nullable(),
  status: FollowUpStatus,
  basis: Basis,
  asks: z.array(AskResult).describe('one per ask; a recommendation with one ask has one'),
});

export const ReportRef = z.object({
  path: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable().describe('the report\'s date: final report or publication date, else the end of the inspection'),
  authority: z.string().nullable().describe('the authority or organisation the report is about, as it names it'),
});

export const StatusCounts = z.object(Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, z.number().int()])) as Record<FollowUpStatus, z.ZodNumber>);

export const FollowUp = z.object({
  earlier: ReportRef,
  later: ReportRef,
  results: z.array(RecommendationFollowUp),
  counts: StatusCounts,
  summary: z.string().describe('e.g. "3 met, 2 partly met"'),
  stated: z.number().int().describe('how many statuses the later report stated'),
  sameAuthority: z.boolean().nullable().describe('false when the two reports name different authorities; null when either names none'),
});

export type FollowUpStatus = z.infer<typeof FollowUpStatus>;
export type Basis = z.infer<typeof Basis>;
export type CueHitJson = z.infer<typeof CueHit>;
export type Place = z.infer<typeof Place>;
export type Evidence = z.infer<typeof Evidence>;
export type Repeat = z.infer<typeof Repeat>;
export type AskResult = z.infer<typeof AskResult>;
export type RecommendationFollowUp = z.infer<typeof RecommendationFollowUp>;
export type ReportRef = z.infer<typeof ReportRef>;
export type StatusCounts = z.infer<typeof StatusCounts>;
export type FollowUp = z.infer<typeof FollowUp>;

/** The published JSON Schema of what `inspect follow-up --format json` prints (`inspect schema follow-up`). */
export function followUpJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(FollowUp, { target: 'draft-2020-12', io: 'output' }), title: 'inspect follow-up model' };
}
