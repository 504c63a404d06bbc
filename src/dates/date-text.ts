/**
 * Dates as reports write them ("23rd August 2010", "23/08/2010", "28 June –
 * 9th July 2010"), read day-first by chrono-node and returned as ISO dates.
 */
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import { formatIso, isValidDate } from './iso.js';

export interface DateTextOptions {
  /** The year to assume when the text gives none ("23 August"). */
  year?: number;
}

export interface IsoRange {
  start: string | null;
  end: string | null;
}

export interface YearMonth {
  year: number;
  month: number; // 1-12
}

/** A month name or its abbreviation, as a regular-expression source. */
export const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

let british: chrono.Chrono | undefined;

/**
 * Strict English: no "tomorrow" or "next Friday". Little-endian: 01/02/2010 is
 * 1 February. Loaded on first use from chrono's English-only build (the full
 * package loads every locale, about 100 ms at start-up).
 */
function reader(): chrono.Chrono {
  if (!british) {
    const en = createRequire(import.meta.url)('chrono-node/en') as typeof chrono.en & { Chrono: typeof chrono.Chrono };
    british = new en.Chrono(en.configuration.createConfiguration(true, true));
  }
  return british;
}

// chrono fills whatever the text leaves out from a reference date. We only use
// what it marks as certain, so a fixed reference keeps "today" out of it.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

// What may stand between the two ends of a range.
const JOINER = /^\s*(?:and|&|to|until|till|through|[-–—])\s*$/i;
const BARE_DAY_BEFORE = /\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|to|until|till|through|[-–—])\s*$/i;

/**
 * The first complete date in the text, or null. A date needs a day, a month
 * and a year: a missing year comes from `options.year` or nowhere, never from
 * today's date.
 */
export function parseDate(text: string, options: DateTextOptions = {}): string | null {
  const fast = plainRange(text);
  if (fast !== undefined) return fast?.start ?? null;
  for (const r of parse(text)) {
    // The start of a range such as "28 June – 9 July 2010" borrows its year.
    const end = r.end ? complete(r.end, { year: options.year }) : null;
    const start = startOf(r.start, end, options);
    if (start) return iso(start);
  }
  return null;
}

/**
 * The dates of a range such as "28 June – 9th July 2010" or "8 – 12 July
 * 2013". The start borrows the month and year it leaves out from the end. A
 * single date gives a range of one day. Null when the text holds no date.
 */
export function parseDateRange(text: string, options: DateTextOptions = {}): IsoRange | null {
  const fast = plainRange(text);
  return fast !== undefined ? fast : chronoDateRange(text, options);
}

/**
 * The ranges of an inspection carried out in two parts: "25 February to 1
 * March 2019 and 11 to 15 March 2019", "5 to 9 March and 19 to 23 March
 * 2018" (the first borrows the year of the last). Null unless the text is
 * two or more ranges joined by "and", so that "31 July and 1 August 2019"
 * stays one range of two days.
 */
export function parseDateRanges(text: string, options: DateTextOptions = {}): IsoRange[] | null {
  const pieces = text.split(/\s*(?:,\s*|\s)and\s+(?=\d)/);
  if (pieces.length < 2 || !pieces.every((piece) => /\d/.test(piece) && /\bto\b|[–—-]/.test(piece))) return null;
  const year = /\b(\d{4})\s*$/.exec(pieces.at(-1)!)?.[1];
  const ranges = pieces.map((piece) => parseDateRange(/\b\d{4}\b/.test(piece) || !year ? piece : `${piece} ${year}`, options));
  return ranges.every((range) => range?.start && range.end) ? (ranges as IsoRange[]) : null;
}

/** parseDateRange by chrono alone, for every form (exported for the test that holds the fast path to it). */
export function chronoDateRange(text: string, options: DateTextOptions = {}): IsoRange | null {
  const [first, next] = parse(text);
  if (!first) return null;
  const range = rangeOf(text, first, next, options);
  return range.start || range.end ? range : null;
}

/** A month and year written alone: "April 2011", "Sept. 2012". */
export function parseMonth(text: string): YearMonth | null {
  const m = new RegExp(`^\\s*(${MONTH_NAME}),?\\s+(\\d{4})\\s*$`, 'i').exec(text);
  if (!m) return null;
  return { year: Number(m[2]), month: MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1 };
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const PLAIN = new RegExp(
  `^\\s*(?:${DAY}(?:\\s+(${MONTH_NAME}))?(?:,?\\s+(\\d{4}))?\\s*(?:[-–—]|to|until|and|&)\\s*)?${DAY}\\s+(${MONTH_NAME}),?\\s+(\\d{4})\\s*$`,
  'i',
);

/**
 * The two forms nearly every report uses, read without chrono: a whole text
 * that is "23rd August 2010" or a range "28 June – 9th July 2010", "8 – 12
 * July 2013". chrono's first parse costs more than parsing a report, and it
 * agrees with this on every such text (test/dates/date-text.test.ts).
 * Undefined when the text has another form.
 */
function plainRange(text: string): IsoRange | null | undefined {
  const m = PLAIN.exec(text);
  if (!m) return undefined;
  const end = valid({ year: Number(m[6]), month: monthOf(m[5]!), day: Number(m[4]) });
  if (!end) return null;
  if (!m[1]) return { start: iso(end), end: iso(end) };
  const month = m[2] ? monthOf(m[2]) : end.month;
  let year = m[3] ? Number(m[3]) : end.year;
  // "28 December – 3 January 2011": a start without a year falls in the year before.
  if (!m[3] && month > end.month) year -= 1;
  const start = valid({ year, month, day: Number(m[1]) });
  return start ? { start: iso(start), end: iso(end) } : null;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parse(text: string): chrono.ParsedResult[] {
  // "in 2 weeks" is relative to today; a report's dates never are.
  return reader().parse(text, REFERENCE).filter((r) => !r.tags().has('result/relativeDate'));
}

function rangeOf(text: string, first: chrono.ParsedResult, next: chrono.ParsedResult | undefined, options: DateTextOptions): IsoRange {
  // "31 July and 1 August 2019": chrono reads two dates, not one range.
  const joined = next && JOINER.test(text.slice(first.index + first.text.length, next.index));
  const endParts = first.end ?? (joined ? next.start : undefined);
  if (endParts) {
    const end = complete(endParts, { year: options.year });
    return { start: iso(startOf(first.start, end, options)), end: iso(end) };
  }
  const date = complete(first.start, { year: options.year });
  // "between 14 and 18 March 2011": chrono drops the bare first day.
  const bare = date && BARE_DAY_BEFORE.exec(text.slice(0, first.index));
  const start = bare ? valid({ ...date, day: Number(bare[1]) }) : date;
  return { start: iso(start), end: iso(date) };
}

function startOf(parts: chrono.ParsedComponents, end: Ymd | null, options: DateTextOptions): Ymd | null {
  const start = complete(parts, end ?? { year: options.year });
  if (!start || !end || parts.isCertain('year') || !parts.isCertain('month') || iso(start)! <= iso(end)!) return start;
  // "28 December – 3 January 2011": the start falls in the year before.
  return complete(parts, { year: end.year - 1 });
}

/** The date from what chrono is sure of, the rest borrowed from `fallback`. */
function complete(parts: chrono.ParsedComponents, fallback: Partial<Ymd>): Ymd | null {
  if (!parts.isCertain('day')) return null;
  const month = parts.isCertain('month') ? parts.get('month') : fallback.month;
  const year = parts.isCertain('year') ? parts.get('year') : fallback.year;
  const day = parts.get('day');
  return year == null || month == null || day == null ? null : valid({ year, month, day });
}

function valid(date: Ymd): Ymd | null {
  return isValidDate(date.year, date.month, date.day) ? date : null;
}

function iso(date: Ymd | null): string | null {
  return date && formatIso(date.year, date.month, date.day);
}
