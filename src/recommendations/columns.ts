/**
 * How recommendation rows print: the columns every format shares, and the
 * calendar event of a dated row.
 */
import type { CalendarEvent, Column, Tone } from '../format/index.js';
import type { RecommendationRow, Status } from './list.js';

export interface ColumnOptions {
  /** Put the due date and status first (`--due`). */
  dueFirst?: boolean;
  /** Show the source column in the table (several reports). JSON and CSV always carry it. */
  showSource?: boolean;
}

const TONES: Record<Status, Tone> = {
  overdue: 'red',
  due: 'yellow',
  upcoming: 'green',
  'no deadline': 'dim',
};

const JOINT: Record<string, string> = { true: 'yes', false: '', partial: 'partial' };

export function recommendationColumns(options: ColumnOptions = {}): Column<RecommendationRow>[] {
  const source: Column<RecommendationRow> = { key: 'source', header: 'Source', value: (r) => r.source, maxWidth: 24, table: options.showSource ?? false };
  const id: Column<RecommendationRow>[] = [
    { key: 'id', header: 'Id', value: (r) => r.id, display: (r) => (r.kind === 'action-plan' ? 'action plan' : r.id) },
    { key: 'kind', header: 'Kind', value: (r) => r.kind, table: false },
    { key: 'group', header: 'Group', value: (r) => r.group, table: false },
    { key: 'timescale', header: 'Timescale', value: (r) => r.timescale, display: (r) => r.timescale ?? r.group ?? 'none', maxWidth: 16 },
  ];
  const due: Column<RecommendationRow>[] = [
    { key: 'due', header: 'Due', value: (r) => r.due, display: (r) => r.due ?? 'none' },
    { key: 'status', header: 'Status', value: (r) => r.status, tone: (r) => TONES[r.status] },
    { key: 'daysLeft', header: 'Days left', value: (r) => r.daysLeft, table: false },
  ];
  const rest: Column<RecommendationRow>[] = [
    { key: 'actor', header: 'Who', value: (r) => r.actor, display: (r) => r.actor ?? '', maxWidth: 20 },
    { key: 'jointReport', header: 'Joint', value: (r) => r.jointReport, display: (r) => JOINT[String(r.jointReport)]! },
    { key: 'text', header: 'Recommendation', value: (r) => r.text, wrap: true },
    { key: 'line', header: 'Line', value: (r) => r.position.start.line, table: false },
    { key: 'column', header: 'Column', value: (r) => r.position.start.column, table: false },
  ];
  return options.dueFirst ? [source, ...due, ...id, ...rest] : [source, ...id, ...due, ...rest];
}

const SUMMARY_LENGTH = 60;

/**
 * One all-day event on the due date; none for a row without one. The UID is
 * the report's sha256 (its first 128 bits, so the UID line needs no folding)
 * and the row id: the same deadline of the same report always has the same UID.
 */
export function recommendationEvent(row: RecommendationRow): CalendarEvent | null {
  if (row.due === null) return null;
  const summary = row.kind === 'action-plan' ? `Action plan due (${row.timescale})` : `${row.id} due: ${shorten(row.text, SUMMARY_LENGTH)}`;
  const facts = [
    (row.timescale ?? row.group) && `Timescale: ${row.timescale ?? row.group}`,
    row.actor && `Who: ${row.actor}`,
    row.title && `Report: ${row.title}`,
    `Source: ${row.source}, line ${row.position.start.line}`,
  ].filter(Boolean);
  return {
    uid: `${row.sha256.slice(0, 32)}-${row.id}@inspect`,
    date: row.due,
    summary,
    description: `${row.text}\n\n${facts.join('\n')}`,
  };
}

/** Cut at a word boundary and mark the cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
