/**
 * The report model. These zod schemas are the single source of the public
 * types (`z.infer`) and of the published JSON Schema (`inspect schema`).
 * JSON keys are the public contract: add, never rename.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

/**
 * Versions whose JSON reads as this one: each added keys only, and every
 * added key has a default, so older JSON stays valid input.
 */
export const READABLE_VERSIONS = ['1.0.0', SCHEMA_VERSION] as const;

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)');

/**
 * A place in the input, as in unist: 1-based line and column, 0-based offset.
 * For a PDF, these point into the text rebuilt from it, and `page` and
 * `pageLine` say where that text is in the PDF.
 */
export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
  page: z.number().int().min(1).optional().describe('PDF input: the page of the PDF this point is on'),
  pageLine: z.number().int().min(1).optional().describe('PDF input: the line on that page, counting lines of text from the top'),
});

export const Position = z.object({
  start: Point,
  end: Point,
});

export const Severity = z.enum(['error', 'warning', 'info']);

/** A positioned problem, in the style of vfile-message and markdownlint. */
export const Diagnostic = z.object({
  rule: z.string(),
  severity: Severity,
  message: z.string(),
  position: Position,
  source: z.string().optional().describe('what found it: "pdf", "docx", "text" (a reader), "parser" or "validate"'),
  actual: z.string().optional().describe('the text as found, e.g. the number `3.13`'),
  expected: z.array(z.string()).optional().describe('what was expected instead, e.g. [`3.12`]'),
  url: z.string().optional().describe('where the rule is documented'),
});

export const InputFormat = z.enum(['markdown', 'html', 'docx', 'pdf', 'text-from-pdf']);

export const Source = z.object({
  path: z.string().describe('the file path as given, or "-" for standard input'),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: InputFormat,
});

export const DateSpan = z.object({
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
});

export const DateRange = z.object({
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  text: z.string().describe('the dates as written'),
  ranges: z
    .array(DateSpan)
    .optional()
    .describe('an inspection split in two ("5 to 9 March and 19 to 23 March 2018"): each range; start and end span them all'),
});

export const DateValue = z.object({
  date: IsoDate.nullable(),
  text: z.string().describe('the date as written'),
});

/** A label/value pair from the header, kept as written. */
export const Field = z.object({
  label: z.string(),
  value: z.string(),
  position: Position,
});

/** The family of a report, read from its words (never from its file name). */
export const ReportKind = z.enum([
  'cqc-safeguarding',
  'lac',
  'sif',
  'ilacs',
  'focused-visit',
  'area-send',
  'unknown',
]);

/** The three outcomes of the 2023 area SEND framework, by the sentence that states each. */
export const SendOutcome = z.object({
  category: z.enum(['positive', 'inconsistent', 'widespread-failings']),
  text: z.string().describe('the sentence as printed'),
});

export const Metadata = z.object({
  kind: ReportKind.default('unknown').describe(
    'the family: cqc-safeguarding (CQC 2009-10), lac (Ofsted looked after children 2012-13), sif (single inspection with LSCB review 2014-17), ilacs (2018 on), focused-visit (letter), area-send (joint Ofsted-CQC)',
  ),
  inspectionDates: DateRange.optional(),
  finalReportDate: DateValue.optional().describe('the final report date, or the publication or letter date: due dates count from it'),
  publicationDate: DateValue.optional().describe('the date printed as the publication ("Report published") or letter date'),
  chiefExecutive: z.string().optional(),
  organisation: z.string().optional().describe('the authority or partnership inspected, as the report names it'),
  authority: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .optional()
    .describe('a stable key of the authority inspected ("bury", "kingston-upon-hull"), to match inspections of one council'),
  address: z.string().optional(),
  inspector: z.string().optional().describe('the lead (or reporting) inspector'),
  team: z.array(z.string()).optional().describe('the other inspectors the report names'),
  outcome: SendOutcome.optional().describe('area SEND: the inspection outcome'),
  addressee: z.array(z.string()).optional().describe('the address block of a letter, line by line'),
  fields: z.array(Field),
});

export const GradeValue = z.enum(['outstanding', 'good', 'adequate', 'requires improvement', 'inadequate']);

export const Grade = z.object({
  value: GradeValue,
  number: z.number().int().nullable().describe('the numeric grade where written ("Grade 4")'),
  text: z.string(),
});

export const Outcome = z.object({
  number: z.number().int(),
  title: z.string().describe('the outcome as the heading words it'),
  standardTitle: z.string().optional().describe('the title in the CQC Essential Standards, when the number is known'),
});

/** The part of a report: the main inspection, or the review of the Local Safeguarding Children Board that single inspections (2014-17) carry. */
export const Part = z.enum(['main', 'lscb']);

export const SectionKind = z.enum([
  'preamble',
  'context',
  'findings',
  'recommendations',
  'next-steps',
  'organisations',
  'contents',
  'other',
]);

/** Text of the report that is neither a finding nor a recommendation. */
export const Paragraph = z.object({
  text: z.string(),
  position: Position,
});

export const Section = z.object({
  part: Part.default('main'),
  number: z.number().int().nullable(),
  title: z.string(),
  kind: SectionKind,
  depth: z.number().int().min(1).max(6).nullable().describe('markdown heading depth; null for a bold-only heading'),
  outcome: Outcome.nullable(),
  grade: Grade.nullable(),
  content: z.array(Paragraph),
  position: Position,
});

export const JointReport = z.union([z.boolean(), z.literal('partial')]);

export const Insertion = z.object({
  text: z.string().describe('the editorial insertion with its brackets, e.g. "[However]"'),
  position: Position,
});

export const Finding = z.object({
  part: Part.default('main'),
  id: z.string().describe('the number as written, without a trailing dot: "4.17" or "17"'),
  section: z.number().int().nullable().describe('the section number: the prefix of the id, else the enclosing numbered section'),
  heading: z.string().nullable().describe('the title of the enclosing section'),
  outcome: z.number().int().nullable().describe('the CQC outcome of the enclosing section'),
  text: z.string(),
  jointReport: JointReport,
  insertions: z.array(Insertion),
  paragraphs: z.number().int().min(1).describe('how many source paragraphs make up the finding (more than 1: continued across a break)'),
  position: Position,
});

export const TimescaleUnit = z.enum(['days', 'working-days', 'weeks', 'months', 'years']);

export const Timescale = z.object({
  text: z.string().describe('the timescale as written'),
  kind: z.enum(['within', 'immediately', 'by', 'ongoing']),
  amount: z.number().int().min(0).nullable(),
  unit: TimescaleUnit.nullable(),
  date: IsoDate.nullable().describe('the date of a "by <date>" timescale'),
});

export const Recommendation = z.object({
  part: Part.default('main'),
  id: z.string(),
  number: z.string().nullable().default(null).describe('the paragraph number printed before it, when recommendations are numbered with the findings ("12")'),
  group: z.string().nullable().describe('the timescale group label as written, e.g. "Within 3 months"'),
  timescale: Timescale.nullable(),
  due: IsoDate.nullable(),
  jointReport: JointReport,
  actor: z.string().nullable(),
  text: z.string(),
  heading: z.string().nullable(),
  insertions: z.array(Insertion),
  position: Position,
});

export const ActionPlan = z.object({
  workingDays: z.number().int().min(0),
  due: IsoDate.nullable(),
  text: z.string(),
});

export const NextSteps = z.object({
  text: z.string(),
  actionPlan: ActionPlan.nullable(),
  position: Position,
});

export const Judgement = z.object({
  part: Part.default('main'),
  area: z.string().describe('the area judged, as printed'),
  grade: Grade,
  from: z.enum(['grid', 'heading', 'sentence']).default('grid').describe('a row of a judgement grid, a graded heading, or a graded sentence of the cover'),
  position: Position,
});

export const Report = z.object({
  schemaVersion: z.enum(READABLE_VERSIONS).describe(`${SCHEMA_VERSION} when written; JSON of an earlier version reads as this one`),
  source: Source,
  title: z.string().nullable(),
  metadata: Metadata,
  preamble: z.array(Paragraph).describe('text before the first heading that is neither title nor header'),
  sections: z.array(Section),
  findings: z.array(Finding),
  recommendations: z.array(Recommendation),
  nextSteps: NextSteps.nullable(),
  organisations: z.array(z.string()),
  judgements: z.array(Judgement),
  diagnostics: z.array(Diagnostic),
});

export type Point = z.infer<typeof Point>;
export type Position = z.infer<typeof Position>;
export type Severity = z.infer<typeof Severity>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type InputFormat = z.infer<typeof InputFormat>;
export type Source = z.infer<typeof Source>;
export type DateSpan = z.infer<typeof DateSpan>;
export type DateRange = z.infer<typeof DateRange>;
export type ReportKind = z.infer<typeof ReportKind>;
export type SendOutcome = z.infer<typeof SendOutcome>;
export type Part = z.infer<typeof Part>;
export type DateValue = z.infer<typeof DateValue>;
export type Field = z.infer<typeof Field>;
export type Metadata = z.infer<typeof Metadata>;
export type GradeValue = z.infer<typeof GradeValue>;
export type Grade = z.infer<typeof Grade>;
export type Outcome = z.infer<typeof Outcome>;
export type SectionKind = z.infer<typeof SectionKind>;
export type Paragraph = z.infer<typeof Paragraph>;
export type Section = z.infer<typeof Section>;
export type JointReport = z.infer<typeof JointReport>;
export type Insertion = z.infer<typeof Insertion>;
export type Finding = z.infer<typeof Finding>;
export type TimescaleUnit = z.infer<typeof TimescaleUnit>;
export type Timescale = z.infer<typeof Timescale>;
export type Recommendation = z.infer<typeof Recommendation>;
export type ActionPlan = z.infer<typeof ActionPlan>;
export type NextSteps = z.infer<typeof NextSteps>;
export type Judgement = z.infer<typeof Judgement>;
export type Report = z.infer<typeof Report>;
