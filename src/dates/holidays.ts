/**
 * UK bank holidays per region, as gov.uk lists them: the weekdays that are
 * days off. date-holidays supplies the rules; `OVERRIDES` fixes its one-offs.
 *
 * date-holidays loads the calendars of every country (about 100 ms), so its
 * answers for TABLE_YEARS are kept in a generated table
 * (scripts/holiday-table.ts, checked against the library by a test) and the
 * library is loaded only for years outside it.
 */
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import table from './data/holiday-table.json' with { type: 'json' };
import { isWeekend, parseIso } from './iso.js';
import { OVERRIDES } from './overrides.js';
import { compareCodeUnits } from '../compare.js';

export type Region = 'england-and-wales' | 'scotland' | 'northern-ireland';

export const REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export interface BankHoliday {
  date: string;
  name: string;
}

// Wales has the same bank holidays as England (date-holidays' WLS equals ENG).
const STATES: Record<Region, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

const calendars = new Map<Region, Holidays>();
const byYear = new Map<string, readonly BankHoliday[]>();
const dateSets = new Map<string, ReadonlySet<string>>();

/** The bank holidays of one year in one region, in date order. */
export function bankHolidays(year: number, region: Region): readonly BankHoliday[] {
  const key = `${year}:${region}`;
  let list = byYear.get(key);
  if (!list) {
    list = Object.freeze(compute(year, region));
    byYear.set(key, list);
  }
  return list;
}

export function isBankHoliday(iso: string, region: Region): boolean {
  const { year } = parseIso(iso);
  const key = `${year}:${region}`;
  let dates = dateSets.get(key);
  if (!dates) {
    dates = new Set(bankHolidays(year, region).map((h) => h.date));
    dateSets.set(key, dates);
  }
  return dates.has(iso);
}

/** The years the generated table covers. */
export const TABLE_YEARS: readonly [number, number] = [1990, 2080];

const TABLE = table.regions as unknown as Record<Region, Record<string, Array<[string, string]>>>;

function compute(year: number, region: Region): BankHoliday[] {
  const found = new Map<string, string>(TABLE[region]?.[year] ?? libraryHolidays(year, region));
  for (const o of OVERRIDES) {
    if (!o.date.startsWith(`${year}-`) || !o.regions.includes(region)) continue;
    if (o.action === 'add') found.set(o.date, o.name);
    else found.delete(o.date);
  }
  return [...found].map(([date, name]) => ({ date, name })).sort((a, b) => compareCodeUnits(a.date, b.date));
}

/** The weekday holidays date-holidays computes, before overrides: [date, name] in date order. */
export function libraryHolidays(year: number, region: Region): Array<[string, string]> {
  const found = new Map<string, string>();
  for (const h of calendar(region).getHolidays(year)) {
    // date-holidays gives "YYYY-MM-DD hh:mm:ss" in the UK's own time, so the
    // machine's time zone plays no part. A holiday that falls at a weekend is
    // listed alongside its substitute weekday; gov.uk lists only the substitute.
    const date = h.date.slice(0, 10);
    if (!isWeekend(date) && !found.has(date)) found.set(date, h.name);
  }
  return [...found].sort((a, b) => compareCodeUnits(a[0], b[0]));
}

function calendar(region: Region): Holidays {
  let hd = calendars.get(region);
  if (!hd) {
    // Loaded on first need, synchronously (its CommonJS build), to keep start-up fast.
    const Library = createRequire(import.meta.url)('date-holidays') as typeof Holidays;
    // Only days off: not observances such as Mother's Day.
    hd = new Library('GB', STATES[region], { types: ['public', 'bank'] });
    calendars.set(region, hd);
  }
  return hd;
}
