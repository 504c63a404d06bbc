/** The generated holiday table is exactly what date-holidays computes (rerun scripts/holiday-table.ts after upgrading it). */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import table from '../../src/dates/data/holiday-table.json' with { type: 'json' };
import { libraryHolidays, REGIONS, TABLE_YEARS } from '../../src/dates/holidays.js';

describe('the generated holiday table', () => {
  it('was generated from the installed date-holidays', () => {
    const version = createRequire(import.meta.url)('date-holidays/package.json').version;
    expect(table.source).toBe(`date-holidays@${version}`);
    expect(table.years).toEqual([...TABLE_YEARS]);
  });

  it.each(REGIONS)('matches the library for every year it covers in %s', (region) => {
    const years = (table.regions as Record<string, Record<string, unknown>>)[region]!;
    for (let year = TABLE_YEARS[0]; year <= TABLE_YEARS[1]; year++) {
      expect(years[year], `${region} ${year}`).toEqual(libraryHolidays(year, region));
    }
  });
});
