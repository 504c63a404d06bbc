#!/usr/bin/env -S npx tsx
/**
 * Write src/dates/data/holiday-table.json: what date-holidays computes for the
 * UK regions over a span of years, so that `inspect` need not load the
 * library (and its calendars for every country) at start-up for those years.
 * test/dates/holiday-table.test.ts fails when the table and the library part.
 * Run after upgrading date-holidays: npx tsx scripts/holiday-table.ts
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { libraryHolidays, REGIONS, TABLE_YEARS } from '../src/dates/holidays.js';

const version = createRequire(import.meta.url)('date-holidays/package.json').version as string;
const regions = Object.fromEntries(
  REGIONS.map((region) => {
    const years: Record<number, Array<[string, string]>> = {};
    for (let year = TABLE_YEARS[0]; year <= TABLE_YEARS[1]; year++) years[year] = libraryHolidays(year, region);
    return [region, years];
  }),
);
writeFileSync('src/dates/data/holiday-table.json', `${JSON.stringify({ source: `date-holidays@${version}`, years: TABLE_YEARS, regions })}\n`);
console.log(`wrote holidays ${TABLE_YEARS[0]}-${TABLE_YEARS[1]} from date-holidays@${version}`);
