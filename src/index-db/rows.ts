/**
 * A report as table rows, and back. Pure: no database here. Each item keeps
 * its scalar fields in columns (what people query) and whatever else it has
 * in an `extra` JSON column, so that the report comes back whole, fields the
 * model gains later included; positions become ten integer columns.
 */
import {
  Diagnostic as DiagnosticSchema,
  Finding as FindingSchema,
  Judgement as JudgementSchema,
  Recommendation as RecommendationSchema,
  Report as ReportSchema,
  Section as SectionSchema,
  type Diagnostic,
  type Finding,
  type Judgement,
  type JointReport,
  type Point,
  type Position,
  type Recommendation,
  type Report,
  type Section,
} from '../schema/report.js';
import { PART_ITEMS } from '../schema/parts.js';
import type { ItemTable } from './schema.js';
import type { SqlRow, SqlValue } from './sqlite.js';

/** The columns of each table that the writer fills, in order (the ids are SQLite's). */
export const COLUMNS = {
  files: ['path', 'sha256', 'bytes', 'reports'],
  reports: [
    'file_id', 'ordinal', 'path', 'sha256', 'bytes', 'format', 'schema_version', 'title', 'kind', 'authority', 'organisation', 'inspector',
    'inspection_start', 'inspection_end', 'published', 'action_plan_due', 'metadata', 'extra',
  ],
  parts: ['report_id', 'part', 'sections', 'judgements', 'findings', 'recommendations', 'start_line'],
  sections: ['report_id', 'ordinal', 'part', 'number', 'title', 'kind', 'depth', 'outcome', 'grade', ...positionColumns(), 'extra'],
  judgements: ['report_id', 'ordinal', 'part', 'area', 'grade', 'grade_number', 'grade_text', 'read_from', ...positionColumns(), 'extra'],
  findings: ['report_id', 'ordinal', 'part', 'id', 'section', 'heading', 'outcome', 'joint_report', 'paragraphs', 'text', ...positionColumns(), 'extra'],
  recommendations: [
    'report_id', 'ordinal', 'part', 'id', 'group_label', 'timescale', 'due', 'joint_report', 'actor', 'heading', 'text', ...positionColumns(), 'extra',
  ],
  diagnostics: ['report_id', 'ordinal', 'rule', 'severity', 'message', ...positionColumns(), 'extra'],
} as const;

function positionColumns() {
  return [
    'start_line', 'start_column', 'start_offset', 'end_line', 'end_column', 'end_offset',
    'start_page', 'start_page_line', 'end_page', 'end_page_line',
  ] as const;
}

/** A report's rows; the writer puts the file id and ordinal first in the report row, the report id first in the others. */
export interface ReportRows {
  report: SqlValue[];
  /** Per part: part name, then the counts and the line it starts at. */
  parts: SqlValue[][];
  sections: SqlValue[][];
  judgements: SqlValue[][];
  findings: SqlValue[][];
  recommendations: SqlValue[][];
  diagnostics: SqlValue[][];
}

/** The report, flattened into rows (item rows without their report id). */
export function reportRows(report: Report): ReportRows {
  const metadata = report.metadata;
  const { schemaVersion, source, title, metadata: _m, sections, findings, recommendations, judgements, diagnostics, ...extra } = report;
  return {
    report: [
      source.path,
      source.sha256,
      source.bytes,
      source.format,
      schemaVersion,
      title,
      metadata.kind ?? null,
      metadata.authority ?? null,
      metadata.organisation ?? null,
      metadata.inspector ?? null,
      metadata.inspectionDates?.start ?? null,
      metadata.inspectionDates?.end ?? null,
      metadata.publicationDate?.date ?? metadata.finalReportDate?.date ?? null,
      report.nextSteps?.actionPlan?.due ?? null,
      JSON.stringify(metadata),
      JSON.stringify(extra),
    ],
    parts: partRows(report),
    sections: sections.map((s, i) => {
      const { number, title: heading, kind, depth, position, part: _p, ...rest } = s;
      return [i + 1, partOf(s), number, heading, kind, depth, s.outcome?.number ?? null, s.grade?.value ?? null, ...positionValues(position), json(rest)];
    }),
    judgements: judgements.map((j, i) => {
      const { area, grade, position, part: _p, from, ...rest } = j;
      return [i + 1, partOf(j), area, grade.value, grade.number, grade.text, from ?? null, ...positionValues(position), json(rest)];
    }),
    findings: findings.map((f, i) => {
      const { id, section, heading, outcome, jointReport, paragraphs, text, position, part: _p, ...rest } = f;
      return [i + 1, partOf(f), id, section, heading, outcome, jointName(jointReport), paragraphs, text, ...positionValues(position), json(rest)];
    }),
    recommendations: recommendations.map((r, i) => {
      const { id, group, due, jointReport, actor, heading, text, position, part: _p, ...rest } = r;
      return [i + 1, partOf(r), id, group, r.timescale?.text ?? null, due, jointName(jointReport), actor, heading, text, ...positionValues(position), json(rest)];
    }),
    diagnostics: diagnostics.map((d, i) => {
      const { rule, severity, message, position, ...rest } = d;
      return [i + 1, rule, severity, message, ...positionValues(position), json(rest)];
    }),
  };
}

/** Rows of each table for one report, as the database gives them back (ordered by ordinal). */
export interface StoredReport {
  report: SqlRow;
  items: Record<ItemTable, SqlRow[]>;
}

/** The report the rows were made from. */
export function reportFromRows({ report: row, items }: StoredReport): Report {
  const report = {
    schemaVersion: row.schema_version,
    source: { path: row.path, bytes: row.bytes, sha256: row.sha256, format: row.format },
    title: row.title,
    metadata: JSON.parse(row.metadata as string),
    sections: items.sections.map(sectionFromRow),
    findings: items.findings.map(findingFromRow),
    recommendations: items.recommendations.map(recommendationFromRow),
    judgements: items.judgements.map(judgementFromRow),
    diagnostics: items.diagnostics.map(diagnosticFromRow),
    ...JSON.parse(row.extra as string),
  };
  return ordered(report, ReportSchema.shape) as Report;
}

function sectionFromRow(row: SqlRow): Section {
  const rest = JSON.parse(row.extra as string);
  return ordered(
    { number: row.number, title: row.title, kind: row.kind, depth: row.depth, ...rest, ...part(row), position: positionFrom(row) },
    SectionSchema.shape,
  ) as Section;
}

function judgementFromRow(row: SqlRow): Judgement {
  const rest = JSON.parse(row.extra as string);
  return ordered(
    {
      area: row.area,
      grade: { value: row.grade, number: row.grade_number, text: row.grade_text },
      ...part(row),
      ...(row.read_from !== null && { from: row.read_from }),
      ...rest,
      position: positionFrom(row),
    },
    JudgementSchema.shape,
  ) as Judgement;
}

function findingFromRow(row: SqlRow): Finding {
  const rest = JSON.parse(row.extra as string);
  return ordered(
    {
      id: row.id,
      section: row.section,
      heading: row.heading,
      outcome: row.outcome,
      text: row.text,
      jointReport: jointValue(row.joint_report as string),
      paragraphs: row.paragraphs,
      ...part(row),
      ...rest,
      position: positionFrom(row),
    },
    FindingSchema.shape,
  ) as Finding;
}

function recommendationFromRow(row: SqlRow): Recommendation {
  const rest = JSON.parse(row.extra as string);
  return ordered(
    {
      id: row.id,
      group: row.group_label,
      due: row.due,
      jointReport: jointValue(row.joint_report as string),
      actor: row.actor,
      text: row.text,
      heading: row.heading,
      ...part(row),
      ...rest,
      position: positionFrom(row),
    },
    RecommendationSchema.shape,
  ) as Recommendation;
}

function diagnosticFromRow(row: SqlRow): Diagnostic {
  const rest = JSON.parse(row.extra as string);
  return ordered({ rule: row.rule, severity: row.severity, message: row.message, ...rest, position: positionFrom(row) }, DiagnosticSchema.shape) as Diagnostic;
}

/** Keys in the schema's order, then any the schema does not know yet, in the order they came. */
function ordered(object: Record<string, unknown>, shape: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) if (key in object) out[key] = object[key];
  for (const key of Object.keys(object)) if (!(key in out)) out[key] = object[key];
  return out;
}

function part(row: SqlRow): { part?: SqlValue } {
  return row.part === null || row.part === undefined ? {} : { part: row.part };
}

function partOf(item: object): string | null {
  return (item as { part?: string }).part ?? null;
}

/** The report's parts ("main", and "lscb" where a report has a safeguarding board review): what each holds. */
function partRows(report: Report): SqlValue[][] {
  const parts = new Map<string, { sections: number; judgements: number; findings: number; recommendations: number; line: number | null }>();
  const add = (item: { position: Position }, key: (typeof PART_ITEMS)[number]) => {
    const name = partOf(item) ?? 'main';
    const entry = parts.get(name) ?? { sections: 0, judgements: 0, findings: 0, recommendations: 0, line: null };
    entry[key]++;
    entry.line = entry.line === null ? item.position.start.line : Math.min(entry.line, item.position.start.line);
    parts.set(name, entry);
  };
  for (const key of PART_ITEMS) for (const item of report[key]) add(item, key);
  if (parts.size === 0) parts.set('main', { sections: 0, judgements: 0, findings: 0, recommendations: 0, line: null });
  return [...parts].map(([name, p]) => [name, p.sections, p.judgements, p.findings, p.recommendations, p.line]);
}

function positionValues({ start, end }: Position): SqlValue[] {
  return [start.line, start.column, start.offset, end.line, end.column, end.offset, start.page ?? null, start.pageLine ?? null, end.page ?? null, end.pageLine ?? null];
}

function positionFrom(row: SqlRow): Position {
  return {
    start: point(row.start_line!, row.start_column!, row.start_offset!, row.start_page ?? null, row.start_page_line ?? null),
    end: point(row.end_line!, row.end_column!, row.end_offset!, row.end_page ?? null, row.end_page_line ?? null),
  };
}

function point(line: SqlValue, column: SqlValue, offset: SqlValue, page: SqlValue, pageLine: SqlValue): Point {
  return {
    line: line as number,
    column: column as number,
    offset: offset as number,
    ...(page !== null && page !== undefined && { page: page as number }),
    ...(pageLine !== null && pageLine !== undefined && { pageLine: pageLine as number }),
  };
}

/** `extra`: what the columns do not hold, as JSON ("{}" when nothing). */
function json(rest: object): string {
  return JSON.stringify(rest);
}

/** Joint-report flags as words a SQL user can compare: yes, no, partial. */
function jointName(value: JointReport): string {
  return value === true ? 'yes' : value === false ? 'no' : 'partial';
}

function jointValue(name: string): JointReport {
  return name === 'yes' ? true : name === 'no' ? false : 'partial';
}
