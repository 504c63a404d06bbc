/**
 * The rows `inspect query` selects from: findings, recommendations or
 * sections, flattened with the report they came from and the line where they
 * start, so a user can jump there.
 */
import type { Column } from '../format/index.js';
import type { JointReport, Report } from '../schema/report.js';

export type RowKind = 'findings' | 'recommendations' | 'sections' | 'judgements';

/** A row: scalar fields only, so that every format can print it and --where can match any field. */
export type Row = Record<string, string | number | boolean | null>;

function common(report: Report) {
  const { metadata } = report;
  const date = metadata.inspectionDates?.start ?? metadata.inspectionDates?.end ?? metadata.publicationDate?.date ?? metadata.finalReportDate?.date ?? null;
  return {
    source: report.source.path,
    organisation: metadata.organisation ?? null,
    authority: metadata.authority ?? null,
    reportKind: metadata.kind ?? null,
    year: date ? Number(date.slice(0, 4)) : null,
  };
}

export function rowsOf(report: Report, kind: RowKind): Row[] {
  switch (kind) {
    case 'findings':
      return report.findings.map((f) => ({
        ...common(report),
        line: f.position.start.line,
        id: f.id,
        section: f.section,
        heading: f.heading,
        outcome: f.outcome,
        jointReport: f.jointReport,
        insertions: f.insertions.map((i) => i.text).join(' ') || null,
        text: f.text,
      }));
    case 'recommendations':
      return report.recommendations.map((r) => ({
        ...common(report),
        line: r.position.start.line,
        id: r.id,
        heading: r.heading,
        group: r.group,
        timescale: r.timescale?.text ?? null,
        due: r.due,
        actor: r.actor,
        jointReport: r.jointReport,
        text: r.text,
      }));
    case 'judgements':
      return report.judgements.map((j, index) => ({
        ...common(report),
        line: j.position.start.line,
        id: String(index + 1),
        area: j.area,
        grade: j.grade.value,
        gradeText: j.grade.text,
        part: j.part,
      }));
    case 'sections': {
      const counts = findingsPerSection(report);
      return report.sections.map((s, index) => ({
        ...common(report),
        line: s.position.start.line,
        id: String(index + 1),
        section: s.number,
        title: s.title,
        kind: s.kind,
        outcome: s.outcome?.number ?? null,
        grade: s.grade?.value ?? null,
        findings: counts[index]!,
        text: s.content.map((p) => p.text).join('\n\n'),
      }));
    }
  }
}

/** How many findings fall under each section: those between its heading and the next. */
function findingsPerSection(report: Report): number[] {
  const counts = report.sections.map(() => 0);
  let at = -1;
  for (const finding of report.findings) {
    while (at + 1 < report.sections.length && report.sections[at + 1]!.position.start.offset <= finding.position.start.offset) at++;
    if (at >= 0) counts[at]!++;
  }
  return counts;
}

/** The fields each kind of row prints unless --fields says otherwise, in order. */
export const DEFAULT_FIELDS: Record<RowKind, readonly string[]> = {
  findings: ['source', 'line', 'organisation', 'id', 'section', 'heading', 'outcome', 'jointReport', 'insertions', 'text'],
  recommendations: ['source', 'line', 'organisation', 'id', 'heading', 'group', 'timescale', 'due', 'actor', 'jointReport', 'text'],
  sections: ['source', 'line', 'organisation', 'id', 'section', 'title', 'kind', 'outcome', 'grade', 'findings', 'text'],
  judgements: ['source', 'line', 'organisation', 'id', 'area', 'grade', 'gradeText', 'part'],
};

/** Fields of the report every row also has, for --where, --fields and --count --by. */
export const REPORT_FIELDS = ['authority', 'reportKind', 'year'] as const;

/** Every field of each kind of row. */
export const FIELDS: Record<RowKind, readonly string[]> = {
  findings: [...DEFAULT_FIELDS.findings, ...REPORT_FIELDS],
  recommendations: [...DEFAULT_FIELDS.recommendations, ...REPORT_FIELDS],
  sections: [...DEFAULT_FIELDS.sections, ...REPORT_FIELDS],
  judgements: [...DEFAULT_FIELDS.judgements, ...REPORT_FIELDS],
};

const HEADERS: Record<string, string> = {
  source: 'Source',
  line: 'Line',
  organisation: 'Organisation',
  id: 'Id',
  section: 'Section',
  heading: 'Heading',
  outcome: 'Outcome',
  jointReport: 'Joint',
  insertions: 'Insertions',
  text: 'Text',
  group: 'Group',
  timescale: 'Timescale',
  due: 'Due',
  actor: 'Who',
  title: 'Title',
  kind: 'Kind',
  grade: 'Grade',
  findings: 'Findings',
  area: 'Area',
  gradeText: 'As written',
  part: 'Part',
  authority: 'Authority',
  reportKind: 'Report kind',
  year: 'Year',
};

const JOINT: Record<string, string> = { true: 'yes', false: '', partial: 'partial' };

/** Columns for the chosen fields; the table leaves out the organisation and wraps the text. */
export function columnsFor(fields: readonly string[], options: { showSource: boolean }): Column<Row>[] {
  return fields.map((key) => ({
    key,
    header: HEADERS[key] ?? key,
    value: (row: Row) => row[key] ?? null,
    ...(key === 'jointReport' && { display: (row: Row) => JOINT[String(row[key] as JointReport)] ?? '' }),
    ...(key === 'text' && { wrap: true }),
    ...((key === 'heading' || key === 'title') && { maxWidth: 28 }),
    ...(key === 'source' && { maxWidth: 28, table: options.showSource }),
    ...(key === 'organisation' && { table: false }),
  }));
}
