/**
 * The filters of `inspect query`, combined with AND. Each is a predicate on a
 * row; building them checks the flags, so a bad regular expression or field
 * name is a usage error before any file is read.
 */
import type { Row, RowKind } from './rows.js';
import { DEFAULT_FIELDS, FIELDS } from './rows.js';

export interface FilterOptions {
  section?: number;
  outcome?: number;
  /** true: joint-report text (wholly or in part); false: none. */
  joint?: boolean;
  grep?: string;
  caseSensitive?: boolean;
  id?: string;
  org?: string;
  where?: string[];
}

export class QueryError extends Error {
  override name = 'QueryError';
}

export function buildFilter(kind: RowKind, options: FilterOptions): (row: Row) => boolean {
  const tests: Array<(row: Row) => boolean> = [];
  if (options.section !== undefined) tests.push((row) => row.section === options.section);
  if (options.outcome !== undefined) tests.push((row) => row.outcome === options.outcome);
  if (options.joint !== undefined) tests.push((row) => (row.jointReport !== false) === options.joint);
  if (options.id !== undefined) tests.push((row) => row.id === options.id);
  if (options.org !== undefined) {
    const org = options.org.toLowerCase();
    tests.push((row) => typeof row.organisation === 'string' && row.organisation.toLowerCase().includes(org));
  }
  if (options.grep !== undefined) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(options.grep, options.caseSensitive ? 'u' : 'iu');
    } catch (error) {
      throw new QueryError(`--grep: not a valid regular expression: ${(error as Error).message}`);
    }
    tests.push((row) => typeof row.text === 'string' && pattern.test(row.text));
  }
  for (const clause of options.where ?? []) tests.push(whereTest(kind, clause));
  return (row) => tests.every((test) => test(row));
}

/** `FIELD=VALUE`: the field's value, printed as text, equals VALUE ("null" matches a missing value). */
function whereTest(kind: RowKind, clause: string): (row: Row) => boolean {
  const at = clause.indexOf('=');
  if (at <= 0) throw new QueryError(`--where: expected FIELD=VALUE, got "${clause}"`);
  const field = clause.slice(0, at).trim();
  const value = clause.slice(at + 1);
  if (!FIELDS[kind].includes(field)) {
    throw new QueryError(`--where: ${kind} have no field "${field}" (fields: ${FIELDS[kind].join(', ')})`);
  }
  return (row) => String(row[field] ?? null) === value;
}

/** The fields asked for with --fields, checked against the kind of row. */
export function chooseFields(kind: RowKind, list: string | undefined): readonly string[] {
  if (!list) return DEFAULT_FIELDS[kind];
  const fields = list.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = fields.filter((f) => !FIELDS[kind].includes(f));
  if (unknown.length > 0 || fields.length === 0) {
    throw new QueryError(`--fields: ${kind} have no field ${unknown.map((f) => `"${f}"`).join(', ') || '(none given)'} (fields: ${FIELDS[kind].join(', ')})`);
  }
  return fields;
}

export const COUNT_KEYS = ['outcome', 'section', 'report', 'jointReport', 'grade', 'area', 'year', 'kind', 'authority', 'group', 'actor'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** The row field each --by key counts: "report" is the source, "kind" the kind of report (ilacs, sif…). */
const COUNT_FIELD: Partial<Record<CountKey, string>> = { report: 'source', kind: 'reportKind' };

/** Counts of rows, overall or grouped by a field, added one row at a time; groups in order of first appearance. */
export function createCounter(by: CountKey | undefined) {
  const counts = new Map<string, { key: string | number | boolean | null; count: number }>();
  return {
    add(row: Row): void {
      const key = by === undefined ? 'all' : (row[COUNT_FIELD[by] ?? by] ?? null);
      const name = JSON.stringify(key);
      const entry = counts.get(name);
      if (entry) entry.count++;
      else counts.set(name, { key, count: 1 });
    },
    result(): Array<{ key: string | number | boolean | null; count: number }> {
      return [...counts.values()];
    },
  };
}
