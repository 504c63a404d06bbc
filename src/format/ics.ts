/**
 * iCalendar output (RFC 5545) through the `ics` package: one all-day event
 * per dated row, with a UID the caller derives from stable facts, so that
 * importing the file again updates events instead of duplicating them.
 *
 * `ics` escapes TEXT values and ends lines with CRLF, but folds at 75
 * characters, not 75 octets, so a line with "’" or "–" can run past the
 * limit. The output is refolded here by octets, never inside a character.
 */
import { createEvents, type EventAttributes } from 'ics';
import { parseIso, shiftDays } from '../dates/iso.js';

export interface CalendarEvent {
  /** Globally unique and stable across runs: the same deadline always gets the same UID. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description?: string;
}

export interface CalendarOptions<Row> {
  /** The event for a row, or null for a row with no date. */
  event: (row: Row) => CalendarEvent | null;
  /** When the file was made (DTSTAMP); the caller passes the clock in. */
  stamp: Date;
  /** The calendar's display name (X-WR-CALNAME). */
  name?: string;
  productId?: string;
}

const PRODUCT_ID = '-//inspect//inspection report deadlines//EN';
const MAX_OCTETS = 75;

export function formatIcs(events: readonly CalendarEvent[], options: Omit<CalendarOptions<never>, 'event'>): string {
  const seen = new Set<string>();
  const unique = events.filter((e) => !seen.has(e.uid) && seen.add(e.uid));
  const header = { productId: options.productId ?? PRODUCT_ID, method: 'PUBLISH', ...(options.name && { calName: escapeText(options.name) }) };
  const { error, value } = createEvents(unique.map((e) => attributes(e, options.stamp)), header);
  if (error || value === null) throw new Error(`cannot write the calendar: ${error?.message ?? 'no output'}`);
  return refold(value);
}

// `ics` reads `timestamp` (DTSTAMP) but its types do not declare it.
function attributes(event: CalendarEvent, stamp: Date): EventAttributes & { timestamp: number } {
  return {
    uid: event.uid,
    start: dateArray(event.date),
    // An all-day event ends (exclusively) on the next day.
    end: dateArray(shiftDays(event.date, 1)),
    title: clean(event.summary),
    ...(event.description && { description: clean(event.description) }),
    timestamp: stamp.getTime(),
    transp: 'TRANSPARENT',
  };
}

function dateArray(iso: string): [number, number, number] {
  const { year, month, day } = parseIso(iso);
  return [year, month, day];
}

/** TEXT may hold no control characters but tab; line breaks become "\n" (ics escapes them). */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** RFC 5545 §3.3.11 escaping, for the header value that `ics` passes through as is. */
function escapeText(text: string): string {
  return clean(text).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

/** Unfold the content lines, then fold each at 75 octets (§3.1), continuing with a space. */
function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map(fold).join('\r\n') + '\r\n';
}

function fold(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}
