/**
 * Timescales for recommendations ("Within 3 months", "Immediately", "by 31
 * March 2011", "Ongoing") found in a heading or a sentence, and the due date
 * each gives from a base date.
 */
import type { Timescale, TimescaleUnit } from '../schema/report.js';
import { MONTH_NAME, parseDate, parseMonth } from './date-text.js';
import type { Region } from './holidays.js';
import { daysInMonth, formatIso, parseIso } from './iso.js';
import { addCalendarDays, addMonthsClamped, addWeeks, addWorkingDays, addYears } from './working-days.js';

const WORDS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
const NUMBER = `\\d{1,3}|twenty(?:[-\\s](?:one|two|three|four))?|${[...WORDS].reverse().join('|')}|an?`;

// A number must be followed by a unit, so "within 3 of the 5 PCTs" and
// "within the health community" are not timescales. "six (6) months" is.
const WITHIN = new RegExp(
  `\\bwithin\\s+(?:the\\s+next\\s+)?(${NUMBER})(?:\\s*\\(\\d{1,3}\\))?\\s+((?:working|business|calendar)\\s+days?|days?|weeks?|months?|years?)\\b`,
  'gi',
);

const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const FULL_DATE = `${DAY}\\s+${MONTH_NAME},?\\s+\\d{4}|${MONTH_NAME}\\s+${DAY},?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}`;
// The date must follow "by" directly: "by the local authority" and "by 2 social workers" are not deadlines.
const BY = new RegExp(`\\bby\\s+(the\\s+end\\s+of\\s+)?(${FULL_DATE}|${MONTH_NAME},?\\s+\\d{4})(?![\\w/])`, 'gi');

// "Immediately" is a timescale wherever it stands ("the trust should
// immediately review…") unless negated. The adjective "immediate" ("the
// immediate area") and "ongoing" ("ongoing concerns") are too common in
// ordinary sentences: they count only alone, as a heading, or in set phrases.
const IMMEDIATELY = /(?<!\bnot\s+)\bimmediately\b|\bwith\s+immediate\s+effect\b|^\W*immediate(?=\W*$)/gi;
const ONGOING = /\bon\s+an\s+on-?going\s+basis\b|^\W*on-?going(?=\W*$)/gi;

/** The first timescale in the text, or null. */
export function parseTimescale(text: string): Timescale | null {
  const found = [...within(text), ...by(text), ...plain(text, IMMEDIATELY, 'immediately'), ...plain(text, ONGOING, 'ongoing')];
  found.sort((a, b) => a.index - b.index);
  return found[0]?.timescale ?? null;
}

/**
 * The date a timescale falls due, counted from `base` (usually the final
 * report date). Null for "ongoing", which has no end, and when a timescale
 * that counts from a start has none.
 */
export function dueDate(base: string | null, t: Timescale, region: Region): string | null {
  // A "by" date stands on its own; every other timescale needs a start.
  if (t.kind === 'by') return t.date;
  if (base === null) return null;
  parseIso(base);
  switch (t.kind) {
    case 'immediately':
      return base;
    case 'ongoing':
      return null;
    case 'within':
      return t.amount === null || t.unit === null ? null : ADD[t.unit](base, t.amount, region);
  }
}

const ADD: Record<TimescaleUnit, (base: string, n: number, region: Region) => string> = {
  days: addCalendarDays,
  'working-days': addWorkingDays,
  weeks: addWeeks,
  months: addMonthsClamped,
  years: addYears,
};

interface Found {
  index: number;
  timescale: Timescale;
}

function within(text: string): Found[] {
  return [...text.matchAll(WITHIN)].map((m) => ({
    index: m.index,
    timescale: { text: m[0], kind: 'within', amount: amountOf(m[1]!), unit: unitOf(m[2]!), date: null },
  }));
}

function by(text: string): Found[] {
  return [...text.matchAll(BY)].flatMap((m) => {
    const date = m[1] ? endOfMonth(m[2]!) ?? parseDate(m[2]!) : parseDate(m[2]!) ?? startOfMonth(m[2]!);
    return date ? [{ index: m.index, timescale: { text: m[0], kind: 'by', amount: null, unit: null, date } }] : [];
  });
}

function plain(text: string, pattern: RegExp, kind: 'immediately' | 'ongoing'): Found[] {
  return [...text.matchAll(pattern)].map((m) => {
    // Drop the punctuation that the heading forms let through ("Immediate:").
    const lead = /^\W*/.exec(m[0])![0].length;
    return { index: m.index + lead, timescale: { text: m[0].slice(lead), kind, amount: null, unit: null, date: null } };
  });
}

/**
 * "by April 2011" is read as 1 April 2011. The words allow any day in April;
 * taking the first never shows a deadline as later than the report meant, so
 * a late action is never reported as on time.
 */
function startOfMonth(text: string): string | null {
  const ym = parseMonth(text);
  return ym && formatIso(ym.year, ym.month, 1);
}

/** "by the end of April 2011" says it outright: 30 April 2011. */
function endOfMonth(text: string): string | null {
  const ym = parseMonth(text);
  return ym && formatIso(ym.year, ym.month, daysInMonth(ym.year, ym.month));
}

function amountOf(word: string): number {
  const w = word.toLowerCase().replace(/[-\s]+/, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  const [tens, unit] = w.split(' ');
  return tens === 'twenty' && unit ? 20 + WORDS.indexOf(unit) + 1 : WORDS.indexOf(w) + 1;
}

function unitOf(word: string): TimescaleUnit {
  const w = word.toLowerCase();
  if (/^(?:working|business)/.test(w)) return 'working-days';
  if (w.includes('day')) return 'days';
  if (w.startsWith('week')) return 'weeks';
  if (w.startsWith('month')) return 'months';
  return 'years';
}
