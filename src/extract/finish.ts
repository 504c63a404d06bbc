/**
 * The finishing steps, run in order once the walk has seen every block:
 * each settles one thing that needs the whole document (a section's kind,
 * the findings' numbering, the dates that due dates count from).
 */
import { compareDiagnostics, NO_REPORT_DATE } from '../diagnostics.js';
import type { Metadata } from '../schema/report.js';
import { buildFinding, checkNumbering } from './findings.js';
import { proseInspectionDates, signOffInspector } from './letter.js';
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

const buildFindings: FinishStep = (walk) => {
  const { report, locate } = walk;
  report.findings = walk.findings.map((draft) => buildFinding(draft.id, draft.parts, draft.section?.section ?? null, locate));
  // A paragraph continuing a finding is worth a look (a page break, or a lost
  // number); a list or table that belongs to it is not.
  for (const draft of walk.findings) {
    for (const { block } of draft.parts.slice(1)) {
      if (block.list || block.cells) continue;
      warn(walk, 'paragraph-continuation', 'info', `Paragraph continues finding \`${draft.id}\` across a break`, positionOf(walk, block));
    }
  }
  const numbering = walk.findings.map((d) => ({ id: d.id, sectionNumber: d.section?.section.number ?? null }));
  for (const problem of checkNumbering(numbering)) {
    warn(walk, problem.rule, 'warning', problem.message, report.findings[problem.index]!.position);
  }
};

/** A letter states who signed it and when the visit was in prose, not in a header. */
const readLetter: FinishStep = (walk) => {
  const meta = walk.report.metadata;
  if (meta.inspector === undefined) {
    const inspector = signOffInspector(walk.blocks);
    if (inspector) meta.inspector = inspector;
  }
  if (meta.inspectionDates === undefined) {
    const dates = proseInspectionDates(walk.report.preamble);
    if (dates) meta.inspectionDates = dates;
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

const notAReport: FinishStep = (walk) => {
  const { report } = walk;
  if (report.sections.length === 0 && report.findings.length === 0 && report.metadata.fields.length === 0) {
    warn(walk, 'not-a-report', 'warning', 'No headings, numbered paragraphs or header fields: this does not look like an inspection report', walk.locate.position(0, 0));
  }
};

const METADATA_KEYS = ['inspectionDates', 'finalReportDate', 'chiefExecutive', 'organisation', 'address', 'inspector', 'addressee', 'fields'] as const;

/** Header fields arrive in the report's order; print them in one fixed order whatever the report. */
const tidy: FinishStep = (walk) => {
  walk.report.diagnostics.sort(compareDiagnostics);
  const ordered: Record<string, unknown> = {};
  for (const key of METADATA_KEYS) if (walk.report.metadata[key] !== undefined) ordered[key] = walk.report.metadata[key];
  walk.report.metadata = ordered as Metadata;
};

export const FINISH: readonly FinishStep[] = [settleSections, buildFindings, readLetter, buildActions, notAReport, tidy];

function organisationName(line: string): string {
  return line.replace(/[\s.,;]+$/, '').trim();
}
