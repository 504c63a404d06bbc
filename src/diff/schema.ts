/**
 * The diff model: what `inspect diff --format json` prints. These zod schemas
 * are the single source of its types (`z.infer`) and of its published JSON
 * Schema (`diffJsonSchema()`). JSON keys are the public contract: add, never
 * rename; `diffVersion` changes when they do.
 *
 * Every part lists every item of both reports, aligned, with a `status`; an
 * item "differs" when its status is not `unchanged` or its `changes` is not
 * empty. Line numbers are shown but never compared: an item that only moved
 * lines because text above it grew is `unchanged`.
 */
import { z } from 'zod';
import { GradeValue, IsoDate, JointReport, Outcome, SectionKind, Timescale } from '../schema/report.js';

export const DIFF_VERSION = '1.0.0';

/** The parts of a report that `diff` compares, and that `--only` selects. */
export const DiffPart = z.enum(['metadata', 'sections', 'findings', 'recommendations']);

/** One run of a word-level diff (jsdiff `diffWords`). */
export const WordChange = z
  .object({
    op: z.enum(['equal', 'delete', 'insert']),
    text: z.string(),
  })
  .describe('a run of the word diff: the old text is the equal and delete runs in order, the new text the equal and insert runs (up to spacing: a kept run carries the new text\'s spaces)');

const WordDiff = z.array(WordChange).nullable().describe('the word diff from the old text to the new, when the texts differ');

const Similarity = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .describe('share of the tokens (words and punctuation) the word diff keeps: 2 × kept / (old + new); null when unmatched');

const Line = z.number().int().min(1).nullable().describe('the line where it starts in its file');

/** The heading an item sits under: the new file's, else (for an item only in the old file) the old file's. */
export const Under = z
  .object({
    number: z.number().int().nullable(),
    title: z.string(),
  })
  .nullable()
  .describe('the section the item sits under (the new file\'s when it has one, else the old file\'s); null before the first heading');

/** The side of the input: which file, never compared. */
export const DiffInput = z.object({
  path: z.string().describe('the file path as given, or "-" for standard input'),
  sha256: z.string(),
});

// Metadata -----------------------------------------------------------------

export const MetadataKey = z.enum([
  'title',
  'inspectionDates',
  'finalReportDate',
  'chiefExecutive',
  'organisation',
  'address',
  'inspector',
  'addressee',
  'field',
]);

export const MetadataValue = z.object({
  label: z.string().nullable().describe('the header label as written, e.g. "Date of final Report"; null when the value was not read from a labelled field'),
  text: z.string().describe('the value as written (addressee lines joined by newlines)'),
  dates: z
    .object({ start: IsoDate.nullable(), end: IsoDate.nullable() })
    .nullable()
    .describe('the dates read from a date field (a single date has start = end); null for other fields'),
  line: Line,
});

export const MetadataChange = z.object({
  key: MetadataKey.describe('the model key; "field" for another labelled header field, named by its label'),
  change: z.enum(['added', 'removed', 'changed']),
  old: MetadataValue.nullable(),
  new: MetadataValue.nullable(),
});

// Sections -----------------------------------------------------------------

export const SectionStatus = z.enum(['unchanged', 'renamed', 'renumbered', 'changed', 'added', 'removed']);
export const SectionChange = z.enum(['number', 'title', 'outcome', 'grade']);

export const SectionRef = z.object({
  number: z.number().int().nullable(),
  title: z.string(),
  kind: SectionKind,
  outcome: Outcome.nullable(),
  grade: GradeValue.nullable(),
  line: Line,
});

export const SectionEntry = z.object({
  status: SectionStatus.describe('renamed: same number, new title; renumbered: same title, new number; changed: outcome or grade only'),
  changes: z.array(SectionChange),
  old: SectionRef.nullable(),
  new: SectionRef.nullable(),
});

export const ParagraphStatus = z.enum(['unchanged', 'changed', 'moved', 'added', 'removed']);
export const ParagraphChange = z.enum(['text', 'place']);

export const ParagraphRef = z.object({
  text: z.string(),
  line: Line,
});

export const ParagraphEntry = z.object({
  status: ParagraphStatus.describe('moved: its place among the other paragraphs changed (another section, or another order)'),
  changes: z.array(ParagraphChange),
  under: Under,
  similarity: Similarity,
  old: ParagraphRef.nullable(),
  new: ParagraphRef.nullable(),
  words: WordDiff,
});

export const JudgementStatus = z.enum(['unchanged', 'changed', 'added', 'removed']);

export const JudgementRef = z.object({
  area: z.string(),
  grade: GradeValue,
  text: z.string().describe('the grade as written'),
  line: Line,
});

export const JudgementEntry = z.object({
  status: JudgementStatus,
  under: Under,
  old: JudgementRef.nullable(),
  new: JudgementRef.nullable(),
});

// Findings -----------------------------------------------------------------

export const FindingStatus = z.enum(['unchanged', 'changed', 'moved', 'added', 'removed']);
export const FindingChange = z.enum(['id', 'section', 'text', 'jointReport']);

export const FindingRef = z.object({
  id: z.string(),
  section: z.number().int().nullable(),
  jointReport: JointReport,
  text: z.string(),
  line: Line,
});

export const FindingEntry = z.object({
  status: FindingStatus.describe('moved: matched under another id (renumbered or moved to another section), with or without a change of text'),
  changes: z.array(FindingChange),
  under: Under,
  similarity: Similarity,
  old: FindingRef.nullable(),
  new: FindingRef.nullable(),
  words: WordDiff,
});

// Recommendations ----------------------------------------------------------

export const RecommendationStatus = z.enum(['unchanged', 'reworded', 'new', 'dropped']);
export const RecommendationChange = z.enum(['text', 'timescale', 'due', 'jointReport', 'actor']);

export const RecommendationRef = z.object({
  id: z.string(),
  group: z.string().nullable(),
  timescale: Timescale.nullable(),
  due: IsoDate.nullable(),
  jointReport: JointReport,
  actor: z.string().nullable(),
  text: z.string(),
  line: Line,
});

export const RecommendationEntry = z.object({
  status: RecommendationStatus.describe('about the words only: an unchanged recommendation can still have a new timescale or due date (see changes)'),
  changes: z.array(RecommendationChange),
  under: Under,
  similarity: Similarity,
  old: RecommendationRef.nullable(),
  new: RecommendationRef.nullable(),
  words: WordDiff,
});

export const ActionPlanRef = z.object({
  workingDays: z.number().int().min(0),
  due: IsoDate.nullable(),
  line: Line,
});

export const ActionPlanChange = z
  .object({
    changes: z.array(z.enum(['workingDays', 'due'])),
    under: Under,
    old: ActionPlanRef.nullable(),
    new: ActionPlanRef.nullable(),
  })
  .nullable()
  .describe('the action plan deadline of the next steps, when it changed');

// The whole diff -----------------------------------------------------------

const counts = <T extends string>(statuses: readonly T[]) =>
  z.object(Object.fromEntries(statuses.map((s) => [s, z.number().int().min(0)])) as Record<T, z.ZodNumber>);

export const DiffSummary = z.object({
  metadata: z.number().int().min(0).describe('header values that changed'),
  sections: counts(SectionStatus.options),
  paragraphs: counts(ParagraphStatus.options),
  judgements: counts(JudgementStatus.options),
  findings: counts(FindingStatus.options),
  recommendations: counts(RecommendationStatus.options).extend({
    timescaleChanged: z.number().int().min(0),
    dueChanged: z.number().int().min(0),
  }),
  actionPlan: z.boolean().describe('whether the action plan deadline changed'),
});

export const Diff = z.object({
  diffVersion: z.literal(DIFF_VERSION),
  old: DiffInput,
  new: DiffInput,
  threshold: z.number().gt(0).max(1).describe('the similarity needed to pair a finding, paragraph or recommendation with a different text'),
  only: z.array(DiffPart).describe('the parts compared; the others are left empty'),
  identical: z.boolean().describe('no differences in the parts compared'),
  differences: z.number().int().min(0).describe('how many items differ'),
  summary: DiffSummary,
  metadata: z.array(MetadataChange).describe('header values that changed: the title, the standard keys in model order, then other labelled fields in header order'),
  sections: z.array(SectionEntry),
  paragraphs: z.array(ParagraphEntry).describe('text of the report that is neither a finding nor a recommendation'),
  judgements: z.array(JudgementEntry),
  findings: z.array(FindingEntry),
  recommendations: z.array(RecommendationEntry),
  actionPlan: ActionPlanChange,
});

/** The JSON Schema (draft 2020-12) of `inspect diff --format json` output, generated from the zod schema. */
export function diffJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Diff, { target: 'draft-2020-12', io: 'output' }),
    title: `inspect diff model, diff version ${DIFF_VERSION}`,
  };
}

export type DiffPart = z.infer<typeof DiffPart>;
export type WordChange = z.infer<typeof WordChange>;
export type Under = z.infer<typeof Under>;
export type DiffInput = z.infer<typeof DiffInput>;
export type MetadataKey = z.infer<typeof MetadataKey>;
export type MetadataValue = z.infer<typeof MetadataValue>;
export type MetadataChange = z.infer<typeof MetadataChange>;
export type SectionStatus = z.infer<typeof SectionStatus>;
export type SectionChange = z.infer<typeof SectionChange>;
export type SectionRef = z.infer<typeof SectionRef>;
export type SectionEntry = z.infer<typeof SectionEntry>;
export type ParagraphStatus = z.infer<typeof ParagraphStatus>;
export type ParagraphChange = z.infer<typeof ParagraphChange>;
export type ParagraphRef = z.infer<typeof ParagraphRef>;
export type ParagraphEntry = z.infer<typeof ParagraphEntry>;
export type JudgementStatus = z.infer<typeof JudgementStatus>;
export type JudgementRef = z.infer<typeof JudgementRef>;
export type JudgementEntry = z.infer<typeof JudgementEntry>;
export type FindingStatus = z.infer<typeof FindingStatus>;
export type FindingChange = z.infer<typeof FindingChange>;
export type FindingRef = z.infer<typeof FindingRef>;
export type FindingEntry = z.infer<typeof FindingEntry>;
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;
export type RecommendationChange = z.infer<typeof RecommendationChange>;
export type RecommendationRef = z.infer<typeof RecommendationRef>;
export type RecommendationEntry = z.infer<typeof RecommendationEntry>;
export type ActionPlanRef = z.infer<typeof ActionPlanRef>;
export type ActionPlanChange = z.infer<typeof ActionPlanChange>;
export type DiffSummary = z.infer<typeof DiffSummary>;
export type Diff = z.infer<typeof Diff>;
