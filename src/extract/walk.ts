/**
 * The extractor's state: one `Walk` over the flat blocks of a document, read
 * by a table of small handlers (src/extract/handle/), in the way
 * mdast-util-from-markdown compiles a document with `enter`/`exit` handlers
 * over one typed context. Everything a handler may change lives here.
 */
import { type Region } from '../dates/index.js';
import { diagnostic } from '../diagnostics.js';
import type { DateValue, Diagnostic, Paragraph, Part as ReportPart, Position, Report, Section, SectionKind, Severity, Timescale } from '../schema/report.js';
import type { RuleId } from '../rules/ids.js';
import type { Block } from './blocks.js';
import { partText, type Part } from './findings.js';
import type { Locator } from '../location.js';
import type { GroupLabel } from './recommendations.js';

export interface ExtractOptions {
  /** The date the clock starts from (ISO); defaults to the report's final report date. */
  from?: string;
  /** Bank-holiday region for working days. */
  region?: Region;
}

export type Extracted = Omit<Report, 'schemaVersion' | 'source'>;

export interface SectionDraft {
  section: Section;
  /** The kind its words name; null until its content decides (findings or other). */
  namedKind: SectionKind | null;
  findings: number;
  /** Who the section's introduction says must act on the items after it. */
  actor: string | null;
  group: GroupLabel | null;
  /** Whether plain paragraphs are items (true after a group label). */
  itemsAsParagraphs: boolean;
  lines: string[];
}

export interface FindingDraft {
  id: string;
  part: ReportPart;
  parts: Part[];
  section: SectionDraft | null;
}

export interface RecDraft {
  parts: Part[];
  part: ReportPart;
  /** The paragraph number printed before it (single inspections number recommendations with the findings). */
  number: string | null;
  /** A timescale given apart from the text (a table's timescale column). */
  timescale?: Timescale;
  section: SectionDraft;
  group: GroupLabel | null;
  actor: string | null;
}

export interface Walk {
  readonly blocks: readonly Block[];
  /** headingLike[i]: block i reads as a heading (a heading, or a short all-bold line). */
  readonly headingLike: readonly boolean[];
  /** numberedAhead[i]: a numbered paragraph follows block i before the next heading. */
  readonly numberedAhead: readonly boolean[];
  readonly locate: Locator;
  readonly region: Region;
  readonly from: string | undefined;
  readonly report: Extracted;

  /** The part being read: the main report, or the LSCB review that follows it in single inspections. */
  part: ReportPart;
  /** The section being read, and the kind of the last markdown heading (bold headings inherit it). */
  section: SectionDraft | null;
  parentKind: SectionKind | null;
  /** The finding or recommendation that unnumbered blocks may continue. */
  finding: FindingDraft | null;
  rec: RecDraft | null;

  readonly sections: SectionDraft[];
  readonly findings: FindingDraft[];
  readonly recs: RecDraft[];

  /** The date a letter is dated, on a line of its own above the address. */
  letterDate: DateValue | null;
  /** An organisation the cover or a letter's address block names; the title's and a header field's come first. */
  coverOrganisation: string | null;
  /** The cover line it was read from, when that line is nothing else: text again if it is not used. */
  coverLine: Paragraph | null;
  /** The index after the last judgement grid read: its last row may be printed apart, just below it. */
  gridEnd: number;
  /** The title's lines so far, and the index of its last block. */
  readonly titleParts: string[];
  lastTitle: number;
  /** Ordered lists whose items continue a finding rather than start new ones. */
  readonly subLists: Set<number>;
  /** The highest bare paragraph number so far ("17."), to tell a new run from a numbered list inside a finding. */
  lastBare: number;
}

/**
 * A handler reads the construct that starts at block `i`: it returns the
 * index after the last block it took, or `undefined` when block `i` is not
 * its construct, and the next handler is asked.
 */
export interface Handler {
  readonly name: string;
  enter(walk: Walk, i: number): number | undefined;
}

export function positionOf(walk: Walk, b: Block): Position {
  return walk.locate.position(b.inline.start, b.inline.end);
}

export function warn(walk: Walk, rule: RuleId, severity: Severity, message: string, position: Position, data: Pick<Diagnostic, 'actual' | 'expected'> = {}): void {
  walk.report.diagnostics.push({ ...diagnostic(rule, severity, message, position), ...data });
}

/** Text that nothing else claims is the current section's own (or the preamble's): never lost. */
export function content(walk: Walk, paragraph: Paragraph): void {
  (walk.section ? walk.section.section.content : walk.report.preamble).push(paragraph);
}

export function keep(walk: Walk, b: Block): void {
  content(walk, { text: blockText(b), position: positionOf(walk, b) });
}

/** A new construct ends the open finding or recommendation. */
export function closeItems(walk: Walk): void {
  walk.finding = null;
  walk.rec = null;
}

export function blockText(b: Block): string {
  return partText({ block: b, from: 0 });
}
