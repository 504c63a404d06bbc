/**
 * The finishing steps, run in order once the walk has seen every block:
 * each settles one thing that needs the whole document (a section's kind,
 * the findings' numbering, the dates that due dates count from).
 */
import { compareDiagnostics, NO_REPORT_DATE } from '../diagnostics.js';
import type { Metadata, SendOutcome } from '../schema/report.js';
import { buildFinding, checkNumbering } from './findings.js';
import { trailingGrade } from '../vocabulary/grades.js';
import { judgedArea, partOfArea, sameArea } from './grid.js';
import { inspectorName, proseInspectionDates, proseInspectors, signOffInspector } from './letter.js';
import { areaOfTitle, authorityKey, isCouncilName, kindOf, organisationOfTitle } from './family.js';
import { textOf } from './inline.js';
import { parseDate } from '../dates/index.js';
import { nextStepsOf } from './next-steps.js';
import { buildRecommendation } from './recommendations.js';
import { positionOf, warn, type Walk } from './walk.js';

export type FinishStep = (walk: Walk) => void;

/** Sections whose words name no kind are findings sections when they hold findings. */
const settleSections: FinishStep = (walk) => {
  for (const draft of walk.sections) {
    if (draft.namedKind === null) draft.section.kind = draft.findings > 0 ? 'findings' : 'other';
    if (draft.namedKind === 'organisations') walk.report.organisations.push(...draft.lines.map(organisationName).filter(Boolean));
  }
};

/**
 * Graded headings are judgements too, unless the grid already gave that
 * area (a heading often repeats the grid's grade in other words): then a
 * different grade is a conflict worth a look, never a second judgement.
 */
const judgementsOfHeadings: FinishStep = (walk) => {
  const { judgements } = walk.report;
  const fromGrid = [...judgements];
  for (const draft of walk.sections) {
    const { grade, title, part, position } = draft.section;
    if (!grade) continue;
    const area = judgedArea(trailingGrade(title)?.before ?? title);
    const same = fromGrid.find((j) => j.part === partOfArea(area, part) && sameArea(j.area, area));
    if (!same) {
      judgements.push({ part: partOfArea(area, part), area, grade, from: 'heading', position });
      continue;
    }
    if (same.grade.value !== grade.value) {
      warn(walk, 'judgement-conflict', 'warning', `The heading grades \`${area}\` ${grade.value}, the grid ${same.grade.value}`, position);
    }
  }
};

const buildFindings: FinishStep = (walk) => {
  const { report, locate } = walk;
  report.findings = walk.findings.map((draft) => buildFinding(draft.id, draft.parts, draft.section?.section ?? null, locate, draft.part));
  // A paragraph continuing a finding is worth a look (a page break, or a lost
  // number); a list or table that belongs to it is not.
  for (const draft of walk.findings) {
    for (const { block } of draft.parts.slice(1)) {
      if (block.list || block.cells) continue;
      warn(walk, 'paragraph-continuation', 'info', `Paragraph continues finding \`${draft.id}\` across a break`, positionOf(walk, block));
    }
  }
  // Single inspections number their recommendations in the findings' sequence: one run, checked as one.
  const numbered = [
    ...walk.findings.map((d, index) => ({ id: d.id, sectionNumber: d.section?.section.number ?? null, at: d.parts[0]!.block.inline.start, position: () => report.findings[index]!.position })),
    ...walk.recs.flatMap((d) => (d.number ? [{ id: d.number, sectionNumber: null, at: d.parts[0]!.block.inline.start, position: () => positionOf(walk, d.parts[0]!.block) }] : [])),
  ].sort((a, b) => a.at - b.at);
  for (const problem of checkNumbering(numbered)) {
    const data = { actual: problem.actual, ...(problem.expected && { expected: problem.expected }) };
    warn(walk, problem.rule, 'warning', problem.message, numbered[problem.index]!.position(), data);
  }
};

const SEND_OUTCOMES: ReadonlyArray<[SendOutcome['category'], RegExp]> = [
  ['positive', /\btypically lead to positive experiences and outcomes\b/i],
  ['inconsistent', /\blead to inconsistent experiences and outcomes\b/i],
  ['widespread-failings', /\bwidespread and\/or systemic failings\b/i],
];

/**
 * What the cover says the report is and whom it inspected: its family, the
 * authority (a header field first, then the title, then the cover or the
 * letter's address block), when it was published, and (area SEND) its outcome.
 */
const readCover: FinishStep = (walk) => {
  const { report } = walk;
  const meta = report.metadata;
  // The title names the family; the cover's headings, then its text, only when the title does not.
  const cover = walk.blocks.slice(0, COVER_BLOCKS);
  const headings = cover.filter((_, i) => walk.headingLike[i]).map((b) => textOf(b.inline));
  meta.kind = [report.title ?? '', headings.join('\n'), cover.map((b) => textOf(b.inline)).join('\n')].map(kindOf).find((kind) => kind !== 'unknown') ?? 'unknown';
  // Only a document with a cover (a title or header fields) is a report whose family can be unknown.
  if (meta.kind === 'unknown' && (report.title !== null || meta.fields.length > 0)) {
    warn(walk, 'kind-unknown', 'info', 'The cover names no inspection framework this parser knows: its family is unknown', walk.locate.position(0, 0));
  }
  const named = report.title ? organisationOfTitle(report.title) : null;
  const organisation = meta.organisation ?? named ?? walk.coverOrganisation;
  // A cover line that named the organisation, when a field or the title named it instead, is text again.
  if (walk.coverLine && organisation !== walk.coverOrganisation) {
    const line = walk.coverLine;
    const at = report.preamble.findIndex((p) => p.position.start.offset > line.position.start.offset);
    report.preamble.splice(at < 0 ? report.preamble.length : at, 0, line);
  }
  if (organisation) {
    meta.organisation = organisation;
    const key = organisation === meta.organisation && (named !== null || isCouncilName(organisation)) ? authorityKey(organisation) : null;
    if (key) meta.authority = key;
  }
  // A CQC report is of health bodies, not a council: its authority is the area its title names.
  if (meta.authority === undefined && meta.kind === 'cqc-safeguarding' && report.title) {
    const area = areaOfTitle(report.title, meta.organisation ?? null);
    const key = area ? authorityKey(area) : null;
    if (key) meta.authority = key;
  }
  const published = meta.fields.find((field) => PUBLISHED.test(field.label));
  if (published) meta.publicationDate = { date: parseDate(published.value), text: published.value };
  else if (walk.letterDate) meta.publicationDate = walk.letterDate;
  if (meta.inspector !== undefined) meta.inspector = inspectorName(meta.inspector);
  if (meta.kind === 'area-send') {
    for (const paragraph of [...report.preamble, ...report.sections.flatMap((s) => s.content)]) {
      const outcome = SEND_OUTCOMES.find(([, pattern]) => pattern.test(paragraph.text.replace(/\s+/g, ' ')));
      if (outcome) {
        meta.outcome = { category: outcome[0], text: firstSentence(paragraph.text) };
        break;
      }
    }
  }
};

/** How far into a document its cover may reach, in blocks. */
const COVER_BLOCKS = 15;
const PUBLISHED = /\bpubli(?:shed|cation)\b/i;

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](?:\s|$)/);
  return end >= 0 ? flat.slice(0, end + 1) : flat;
}

/** A letter states who signed it and when the visit was in prose, not in a header. */
const readLetter: FinishStep = (walk) => {
  const meta = walk.report.metadata;
  if (meta.inspector === undefined) {
    const inspector = signOffInspector(walk.blocks);
    if (inspector) meta.inspector = inspector;
  }
  const opening = [...walk.report.preamble, ...walk.report.sections.slice(0, 3).flatMap((s) => s.content)];
  if (meta.inspectionDates === undefined) {
    const dates = proseInspectionDates(opening);
    if (dates) meta.inspectionDates = dates;
  }
  const named = proseInspectors(opening);
  if (named && meta.team === undefined) {
    const lead = meta.inspector !== undefined ? inspectorName(meta.inspector) : null;
    meta.team = named.filter((name) => name !== lead);
  }
};

/** Recommendations and next steps, with due dates counted from the report's date (or --from). */
const buildActions: FinishStep = (walk) => {
  const { report, region, locate } = walk;
  const base = walk.from ?? report.metadata.finalReportDate?.date ?? null;
  report.recommendations = walk.recs.map((draft, index) =>
    buildRecommendation({ ...draft, id: `R${index + 1}`, heading: draft.section.section.title, group: draft.group }, { base, region, locate }),
  );
  const nextSection = walk.sections.find((d) => d.namedKind === 'next-steps')?.section ?? null;
  const everything = [...report.preamble, ...report.sections.flatMap((s) => s.content)];
  report.nextSteps = nextStepsOf(nextSection, everything, { base, region, locate });
  const needsBase =
    report.recommendations.some((r) => r.timescale && r.timescale.kind !== 'ongoing' && r.timescale.kind !== 'by') ||
    report.nextSteps?.actionPlan;
  if (needsBase && base === null) warn(walk, 'no-report-date', 'warning', NO_REPORT_DATE, locate.position(0, 0));
};

/** A numbered item that states something: a sentence (a citation mark may follow its end), not a label of a list of links ("Home", "Report not found"). */
const STATEMENT = /[.!?:;…]["'”’)\]]*(?:\[\d{1,3}\])?(?:\s|$)/;
/** A label has at most this many words. */
const LABEL_WORDS = 8;

const isLabel = (text: string) => text.trim().split(/\s+/).length <= LABEL_WORDS && !STATEMENT.test(text.trim());

const notAReport: FinishStep = (walk) => {
  const { report } = walk;
  // Headings alone ("Home", "Report not found": a saved web page) are not a report either, nor is a numbered
  // list of labels in a text of no report family (a web page's breadcrumb trail): such "findings" are dropped.
  const labelsOnly = report.metadata.kind === 'unknown' && report.findings.every((f) => isLabel(f.text));
  const nothingRead =
    (report.findings.length === 0 || labelsOnly) && report.recommendations.length === 0 && report.judgements.length === 0 && report.metadata.fields.length === 0;
  if (nothingRead && (report.sections.length === 0 || report.metadata.kind === 'unknown')) {
    // The labels stay as text (no text is lost), in the order they stood.
    if (report.findings.length > 0) {
      report.preamble = [...report.preamble, ...report.findings.map((f) => ({ text: f.text, position: f.position }))].sort(
        (a, b) => a.position.start.offset - b.position.start.offset,
      );
      report.findings = [];
    }
    // A family read from the words of what is no report (a README that names "focused visit letters") is no family.
    report.metadata.kind = 'unknown';
    warn(walk, 'not-a-report', 'warning', 'No headings, numbered paragraphs or header fields: this does not look like an inspection report', walk.locate.position(0, 0));
  }
};

const METADATA_KEYS = [
  'kind',
  'inspectionDates',
  'finalReportDate',
  'publicationDate',
  'chiefExecutive',
  'organisation',
  'authority',
  'address',
  'inspector',
  'team',
  'outcome',
  'addressee',
  'fields',
] as const satisfies ReadonlyArray<keyof Metadata>;

/** Header fields arrive in the report's order; print them in one fixed order whatever the report. */
const tidy: FinishStep = (walk) => {
  walk.report.diagnostics.sort(compareDiagnostics);
  const ordered: Record<string, unknown> = {};
  for (const key of METADATA_KEYS) if (walk.report.metadata[key] !== undefined) ordered[key] = walk.report.metadata[key];
  walk.report.metadata = ordered as Metadata;
};

export const FINISH: readonly FinishStep[] = [settleSections, judgementsOfHeadings, buildFindings, readLetter, readCover, buildActions, notAReport, tidy];

function organisationName(line: string): string {
  return line.replace(/[\s.,;]+$/, '').trim();
}
