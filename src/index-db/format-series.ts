/**
 * `inspect series` as rows: for the table, one row per fact and per judged
 * area with the inspections across (grades that rose marked ↑, fell ↓); for
 * CSV and NDJSON, one row per inspection with a column per area.
 */
import type { Series, SeriesFollowUp, SeriesGrade, SeriesInspection } from './series.js';
import type { Cell, Column } from '../format/index.js';
import type { Tone } from '../format/table.js';

type Line = { label: string; cells: Cell[]; grades?: Array<SeriesGrade | undefined> };

const MARK: Record<NonNullable<SeriesGrade['change']>, string> = { rose: ' ↑', fell: ' ↓', same: '' };

export function gradeLabel(grade: SeriesGrade | undefined): string {
  return grade ? `${grade.grade}${grade.change ? MARK[grade.change] : ''}` : '';
}

/** The table: facts and areas down, inspections across. */
export function seriesTable(series: Series): { rows: Line[]; columns: Column<Line>[] } {
  const facts: Array<[string, (i: SeriesInspection) => Cell]> = [
    ['Kind', (i) => i.kind],
    ['Inspection', (i) => (i.start && i.end && i.start !== i.end ? `${i.start} to ${i.end}` : (i.start ?? i.end))],
    ['Published', (i) => i.published],
    ['Lead inspector', (i) => i.inspector],
    ['Months since previous', (i) => i.monthsSincePrevious],
    ['Recommendations', (i) => i.recommendations],
  ];
  // Only where some file repeats an inspection listed before it: a row that would be empty otherwise.
  if (series.inspections.some((i) => i.sameAs !== null)) facts.push(['Same inspection as', (i) => i.sameAs]);
  // With --follow-up: what each inspection said of the one before's recommendations, and which it made again.
  if (series.recurrences) {
    facts.push(
      ['Previous recommendations', (i) => followUpCell(i.followUp ?? null)],
      ['Recommended again', (i) => repeatsCell(i.followUp ?? null, series.inspections.find((x) => x.source === i.followUp?.of)?.date ?? null)],
    );
  }
  const rows: Line[] = [
    ...facts.map(([label, value]) => ({ label, cells: series.inspections.map(value) })),
    ...series.areas.map(({ key, area }) => {
      const grades = series.inspections.map((i) => i.grades[key]);
      return { label: area, cells: grades.map((g) => gradeLabel(g) || null), grades };
    }),
  ];
  const columns: Column<Line>[] = [
    { key: 'label', header: '', value: (line) => line.label, maxWidth: 34 },
    ...series.inspections.map((inspection, at) => ({
      key: inspection.source,
      header: inspection.date ?? '(no date)',
      value: (line: Line) => line.cells[at] ?? null,
      display: (line: Line) => (line.cells[at] === null || line.cells[at] === undefined ? '' : String(line.cells[at])),
      tone: (line: Line): Tone | null => {
        const change = line.grades?.[at]?.change;
        return change === 'rose' ? 'green' : change === 'fell' ? 'red' : null;
      },
      maxWidth: 22,
    })),
  ];
  return { rows, columns };
}

/** CSV and NDJSON: one row per inspection, a column per area (its grade). */
export function seriesRows(series: Series): { rows: SeriesInspection[]; columns: Column<SeriesInspection>[] } {
  const columns: Column<SeriesInspection>[] = [
    { key: 'source', header: 'Report', value: (i) => i.source },
    { key: 'date', header: 'Date', value: (i) => i.date },
    { key: 'kind', header: 'Kind', value: (i) => i.kind },
    { key: 'start', header: 'Start', value: (i) => i.start },
    { key: 'end', header: 'End', value: (i) => i.end },
    { key: 'published', header: 'Published', value: (i) => i.published },
    { key: 'inspector', header: 'Lead inspector', value: (i) => i.inspector },
    { key: 'monthsSincePrevious', header: 'Months since previous', value: (i) => i.monthsSincePrevious },
    { key: 'recommendations', header: 'Recommendations', value: (i) => i.recommendations },
    { key: 'sameAs', header: 'Same inspection as', value: (i) => i.sameAs },
    ...(series.recurrences
      ? [
          { key: 'followUp', header: 'Previous recommendations', value: (i: SeriesInspection) => i.followUp?.summary ?? null },
          { key: 'stillOpen', header: 'Still open', value: (i: SeriesInspection) => i.followUp?.open ?? null },
          { key: 'repeated', header: 'Recommended again', value: (i: SeriesInspection) => i.followUp?.counts.repeated ?? null },
        ]
      : []),
    ...series.areas.map(({ key, area }) => ({ key: area, header: area, value: (i: SeriesInspection) => i.grades[key]?.grade ?? null })),
  ];
  return { rows: series.inspections, columns };
}

/** "3 met, 1 repeated; 2 still open" for a table cell. */
export function followUpCell(f: SeriesFollowUp | null): string | null {
  return f ? `${f.summary}${f.open ? `; ${f.open} still open` : ''}` : null;
}

/** "R2 (2019 R5)": the later recommendations that make an earlier one again, with the earlier one's year and id. */
export function repeatsCell(f: SeriesFollowUp | null, earlierDate: string | null): string | null {
  if (!f) return null;
  const year = earlierDate?.slice(0, 4) ?? 'earlier';
  return f.repeats.map((r) => `${r.later ?? '?'} (${year} ${r.earlier})`).join(', ');
}
