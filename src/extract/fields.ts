/**
 * Header fields: label/value pairs written as tab-separated lines (often with
 * HTML tags), as `Label: value` lines, or as rows of a two-column table. Every
 * pair is kept as written in `metadata.fields`; the six standard ones are also
 * read into their own keys.
 */
import { parseDate, parseDateRange, parseDateRanges } from '../dates/index.js';
import type { Metadata } from '../schema/report.js';
import { standardKey } from '../vocabulary/header-fields.js';
import { linesOf, textOf, type InlineText } from './inline.js';

export interface FieldDraft {
  label: string;
  value: string;
  /** [from, to) in the block's raw text. */
  from: number;
  to: number;
}

export { standardKey, type StandardKey } from '../vocabulary/header-fields.js';

// A label is a short noun phrase before a colon: at most five words, no
// sentence punctuation, so that prose ("Two areas stood out: …") rarely matches.
const COLON_FIELD = /^([A-Z][\w’'()/&-]*(?:\s+[\w’'()/&-]+){0,4})\s*:\s+(\S.{0,200})$/;

/**
 * The fields of a paragraph whose first line is a field, or null. Lines that
 * are not fields are returned in `rest` so that their text is not lost.
 */
export function fieldsOfParagraph(t: InlineText): { fields: FieldDraft[]; rest: Array<[number, number]> } | null {
  const fields: FieldDraft[] = [];
  const rest: Array<[number, number]> = [];
  let leading = 0;
  for (const [from, to] of linesOf(t)) {
    const field = tabField(t, from, to) ?? colonField(t, from, to);
    if (field) fields.push(field);
    else if (fields.length === 0) leading++;
    rest.push(...(field ? [] : [[from, to] as [number, number]]));
  }
  if (fields.length === 0) return null;
  // Lines before the first field (a cover's title, run into its date lines by a PDF) are allowed
  // only when the fields are standard ones: otherwise this is prose with a colon in it.
  if (leading > 0 && !fields.every((field) => standardKey(field.label) !== null)) return null;
  return { fields, rest };
}

function tabField(t: InlineText, from: number, to: number): FieldDraft | null {
  const line = t.raw.slice(from, to);
  const tab = line.search(/\t| {4,}/);
  if (tab < 0) return null;
  const label = textOf(t, from, from + tab).replace(/:$/, '');
  const value = textOf(t, from + tab, to);
  if (!label || !value || label.length > 60) return null;
  return { label, value, from, to };
}

// Labels are noun phrases; a verb or an opening pronoun means prose ("This is a list: …").
const PROSE_LABEL = /^(?:this|these|that|those|it|there|we|you|i|they|he|she|our|my)\b|\b(?:is|are|was|were|has|have|had|be|been|will|would|can|could|should|must|do|does|did|include[sd]?)\b/i;

function colonField(t: InlineText, from: number, to: number): FieldDraft | null {
  const match = COLON_FIELD.exec(textOf(t, from, to));
  if (!match || PROSE_LABEL.test(match[1]!)) return null;
  return { label: match[1]!, value: match[2]!, from, to };
}

/** A field from a table row: first cell the label, the rest the value. */
export function fieldOfRow(cells: InlineText[]): { label: string; value: string } | null {
  const label = cells[0] ? textOf(cells[0]).replace(/\s*:$/, '') : '';
  const value = cells
    .slice(1)
    .map((cell) => textOf(cell))
    .filter(Boolean)
    .join(' ');
  return label && value ? { label, value } : null;
}

/** Whether a two-column table holds header fields rather than prose or grades. */
export function isFieldTable(rows: InlineText[][]): boolean {
  const labelled = rows.map((cells) => {
    const first = cells[0] ? textOf(cells[0]) : '';
    return cells.length >= 2 && first.length > 0 && first.length <= 60 && (/:$/.test(first) || standardKey(first) !== null);
  });
  // A header row alone ("Local authority | Integrated care board" over rows of names) heads columns, not fields.
  if (rows.length > 2 && labelled[0] && !labelled.slice(1).some(Boolean)) return false;
  return labelled.some(Boolean);
}

export interface FieldProblem {
  rule: 'header-date-unreadable';
  message: string;
}

/**
 * Read a field into the standard keys of `metadata` (the first of each wins:
 * later repeats stay in `fields` only). Returns a problem when a date field
 * cannot be read.
 */
export function applyField(metadata: Metadata, label: string, value: string): FieldProblem | null {
  const key = standardKey(label);
  // The first of each key wins, but a team is listed over several fields (deputy, team, shadow inspectors).
  if (!key || (metadata[key] !== undefined && key !== 'team')) return null;
  switch (key) {
    case 'inspectionDates': {
      const split = parseDateRanges(value);
      if (split) {
        const ranges = split.map(({ start, end }) => ({ start, end }));
        metadata.inspectionDates = { start: ranges[0]!.start, end: ranges.at(-1)!.end, text: value, ranges };
        return null;
      }
      const range = parseDateRange(value);
      metadata.inspectionDates = { start: range?.start ?? null, end: range?.end ?? null, text: value };
      return range?.start ? null : unreadable(label, value);
    }
    case 'finalReportDate': {
      const date = parseDate(value);
      metadata.finalReportDate = { date, text: value };
      return date ? null : unreadable(label, value);
    }
    case 'inspector':
      metadata.inspector = value;
      return null;
    case 'team':
      metadata.team = [...(metadata.team ?? []), ...namesOf(value).filter((name) => !metadata.team?.includes(name))];
      return null;
    default:
      metadata[key] = value;
      return null;
  }
}

/**
 * The names in a list of inspectors: "Janet Fraser HMI, Ty Yousaf (Seconded
 * Inspector) and Ian Young HMI. Shadow inspector: Anne-Marie Born" → four
 * names; roles, titles and "N/A" are not names.
 */
export function namesOf(value: string): string[] {
  return value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b[A-Z][a-z]+(?:\s+[a-z]+)*\s+inspectors?:/g, ',')
    .split(/\s*[,;]\s*|\.\s+|\s+and\s+/)
    .map((part) => part.replace(/\.$/, '').replace(/\s+(?:HMI|(?:Her|His)\s+Majesty['’]s\s+Inspector)$/i, '').replace(/\s+/g, ' ').trim())
    .filter((name) => /^[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*)+$/.test(name) && !/\b(?:inspectors?|HMI)\b/i.test(name));
}

function unreadable(label: string, value: string): FieldProblem {
  return { rule: 'header-date-unreadable', message: `Cannot read a date in \`${label}\`: \`${value}\`` };
}
