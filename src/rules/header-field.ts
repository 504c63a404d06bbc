/**
 * One rule per standard header field, so that each can be set on its own:
 * Ofsted reports name no chief executive, and a user checking them turns
 * that one rule off (`--rule header-missing-chief-executive=off`) and keeps
 * the other five. A field written but unreadable is `header-date-unreadable`.
 */
import type { StandardKey } from '../extract/fields.js';
import type { Position, Report } from '../schema/report.js';
import { DOCUMENT_START, type Rule } from './rule.js';

export interface HeaderField {
  id: string;
  key: StandardKey;
  /** The field in words, for messages. */
  name: string;
  /** Ends the description, e.g. when the field is often absent for a good reason. */
  note?: string;
}

export function headerFieldRule({ id, key, name, note }: HeaderField): Rule<Report> {
  return {
    id,
    description: `The header gives no ${name}${note ? ` (${note})` : ''}`,
    defaultSeverity: 'warning',
    check: (report) =>
      report.metadata[key] === undefined ? [{ message: `The header gives no ${name}`, position: headerPlace(report) }] : [],
  };
}

/** Where the header is (the start of its first field), else the start of the document. */
function headerPlace(report: Report): Position {
  const first = report.metadata.fields[0]?.position.start;
  return first ? { start: first, end: first } : DOCUMENT_START;
}
