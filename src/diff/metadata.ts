/** The header: the title, the standard metadata keys and every other labelled field, value by value. */
import { standardKey } from '../extract/fields.js';
import type { Field, Report } from '../schema/report.js';
import { Alignment } from './align.js';
import type { MetadataChange, MetadataKey, MetadataValue } from './schema.js';

const STANDARD_KEYS = ['inspectionDates', 'finalReportDate', 'chiefExecutive', 'organisation', 'address', 'inspector'] as const;

export function diffMetadata(oldReport: Report, newReport: Report): MetadataChange[] {
  const changes: MetadataChange[] = [];
  const add = (key: MetadataKey, old: MetadataValue | null, next: MetadataValue | null) => {
    if (!old && !next) return;
    if (old && next && old.text === next.text && sameDates(old, next)) return;
    changes.push({ key, change: !old ? 'added' : !next ? 'removed' : 'changed', old, new: next });
  };

  add('title', titleOf(oldReport), titleOf(newReport));
  for (const key of STANDARD_KEYS) add(key, standardValue(oldReport, key), standardValue(newReport, key));
  add('addressee', addresseeOf(oldReport), addresseeOf(newReport));

  const oldFields = otherFields(oldReport);
  const newFields = otherFields(newReport);
  const alignment = new Alignment(oldFields.length, newFields.length).byKey(oldFields.map(labelKey), newFields.map(labelKey));
  for (const { old, new: next } of alignment.merged()) {
    add('field', old === null ? null : fieldValue(oldFields[old]!), next === null ? null : fieldValue(newFields[next]!));
  }
  return changes;
}

function titleOf(report: Report): MetadataValue | null {
  return report.title === null ? null : { label: null, text: report.title, dates: null, line: null };
}

function addresseeOf(report: Report): MetadataValue | null {
  const lines = report.metadata.addressee;
  return lines && lines.length > 0 ? { label: null, text: lines.join('\n'), dates: null, line: null } : null;
}

function standardValue(report: Report, key: (typeof STANDARD_KEYS)[number]): MetadataValue | null {
  const { metadata } = report;
  const field = metadata.fields.find((f) => standardKey(f.label) === key);
  const value = (text: string, dates: MetadataValue['dates']): MetadataValue => ({
    label: field?.label ?? null,
    text,
    dates,
    line: field?.position.start.line ?? null,
  });
  if (key === 'inspectionDates') {
    const range = metadata.inspectionDates;
    return range ? value(range.text, { start: range.start, end: range.end }) : null;
  }
  if (key === 'finalReportDate') {
    const date = metadata.finalReportDate;
    return date ? value(date.text, { start: date.date, end: date.date }) : null;
  }
  const text = metadata[key];
  return text === undefined ? null : value(text, null);
}

/** The fields not read into a standard key: other labels, and repeats of a standard one. */
function otherFields(report: Report): Field[] {
  const seen = new Set<string>();
  return report.metadata.fields.filter((field) => {
    const key = standardKey(field.label);
    if (key === null || seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

function labelKey(field: Field): string {
  return field.label.replace(/[:\s]+$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function fieldValue(field: Field): MetadataValue {
  return { label: field.label, text: field.value, dates: null, line: field.position.start.line };
}

function sameDates(a: MetadataValue, b: MetadataValue): boolean {
  return a.dates?.start === b.dates?.start && a.dates?.end === b.dates?.end;
}
