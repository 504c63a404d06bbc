import { expect, expectTypeOf, it } from 'vitest';
import * as dates from '../../src/dates/index.js';
import type { Timescale } from '../../src/schema/report.js';

it('exports exactly the public date functions', () => {
  expect(Object.keys(dates).sort()).toEqual([
    'OVERRIDES',
    'REGIONS',
    'addCalendarDays',
    'addMonthsClamped',
    'addWeeks',
    'addWorkingDays',
    'addYears',
    'bankHolidays',
    'dueDate',
    'isBankHoliday',
    'isIsoDate',
    'isWorkingDay',
    'parseDate',
    'parseDateRange',
    'parseDateRanges',
    'parseMonth',
    'parseTimescale',
  ]);
});

it('returns the schema types', () => {
  expectTypeOf(dates.parseTimescale).returns.toEqualTypeOf<Timescale | null>();
  expectTypeOf(dates.parseDate).returns.toEqualTypeOf<string | null>();
  expectTypeOf(dates.REGIONS).toEqualTypeOf<readonly dates.Region[]>();
});
