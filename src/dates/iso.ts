/**
 * Plain calendar dates as `YYYY-MM-DD` strings. All arithmetic runs in UTC so
 * that the machine's time zone (and its daylight-saving jumps) can never move a
 * date by a day.
 */

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether the numbers name a real day (no 30 February, no 29 February 2011). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  return m !== null && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Split an ISO date; throws `RangeError` for anything that is not a real day. */
export function parseIso(iso: string): CalendarDate {
  const m = ISO.exec(iso);
  const date = m && { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!date || !isValidDate(date.year, date.month, date.day)) throw new RangeError(`Not an ISO date: ${JSON.stringify(iso)}`);
  return date;
}

export function formatIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return new Date(toEpochDay(iso) * DAY_MS).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const d = dayOfWeek(iso);
  return d === 0 || d === 6;
}

export function shiftDays(iso: string, n: number): string {
  const date = new Date((toEpochDay(iso) + n) * DAY_MS);
  return formatIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function toEpochDay(iso: string): number {
  const { year, month, day } = parseIso(iso);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
