/** Deadline arithmetic on ISO dates: calendar days, weeks, months, years and working days. */
import { isBankHoliday, type Region } from './holidays.js';
import { daysInMonth, formatIso, isWeekend, parseIso, shiftDays } from './iso.js';

/** A weekday that is not a bank holiday in the region. */
export function isWorkingDay(iso: string, region: Region): boolean {
  return !isWeekend(iso) && !isBankHoliday(iso, region);
}

/**
 * The date `n` working days after `iso`: counting starts the day after, so
 * "20 working days from 23 August" is the 20th working day after it. A
 * negative `n` counts back. `n = 0` returns `iso` itself, working day or not.
 */
export function addWorkingDays(iso: string, n: number, region: Region): string {
  assertInteger(n);
  parseIso(iso); // reject a bad date even when n = 0
  const step = Math.sign(n);
  let date = iso;
  for (let left = Math.abs(n); left > 0; ) {
    date = shiftDays(date, step);
    if (isWorkingDay(date, region)) left--;
  }
  return date;
}

export function addCalendarDays(iso: string, n: number): string {
  assertInteger(n);
  return shiftDays(iso, n);
}

export function addWeeks(iso: string, n: number): string {
  assertInteger(n);
  return shiftDays(iso, 7 * n);
}

/**
 * Add calendar months, keeping the day of the month where it exists and
 * otherwise taking the month's last day: 31 August + 6 months = 28 February
 * (29 in a leap year), never a date in March.
 */
export function addMonthsClamped(iso: string, n: number): string {
  assertInteger(n);
  const { year, month, day } = parseIso(iso);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIso(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Add years; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, n: number): string {
  assertInteger(n);
  return addMonthsClamped(iso, 12 * n);
}

function assertInteger(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Expected a whole number, got ${n}`);
}
