import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonthsClamped,
  addWeeks,
  addWorkingDays,
  addYears,
  isWorkingDay,
  type Region,
} from '../../src/dates/index.js';

const EW: Region = 'england-and-wales';
const SCT: Region = 'scotland';
const NI: Region = 'northern-ireland';

describe('isWorkingDay', () => {
  it.each<[string, Region, boolean]>([
    ['2010-08-23', EW, true],
    ['2010-08-28', EW, false], // Saturday
    ['2010-08-29', EW, false], // Sunday
    ['2010-08-30', EW, false], // summer bank holiday
    ['2010-08-30', SCT, true],
    ['2010-07-12', NI, false], // Battle of the Boyne
    ['2010-07-12', EW, true],
  ])('%s in %s: %s', (date, region, expected) => {
    expect(isWorkingDay(date, region)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it('skips the 30 August 2010 bank holiday: 20 working days from 23 August 2010 is 21 September', () => {
    expect(addWorkingDays('2010-08-23', 20, EW)).toBe('2010-09-21');
  });

  it('counts 30 August 2010 in Scotland, whose summer holiday was 2 August', () => {
    expect(addWorkingDays('2010-08-23', 20, SCT)).toBe('2010-09-20');
  });

  it.each<[string, number, Region, string, string]>([
    ['2010-08-28', 0, EW, '2010-08-28', 'n = 0 is the date itself, even at a weekend'],
    ['2010-08-27', 1, EW, '2010-08-31', 'Friday + 1 skips the weekend and the bank holiday'],
    ['2010-08-28', 1, SCT, '2010-08-30', 'counting starts the day after a Saturday'],
    ['2010-12-20', 5, EW, '2010-12-29', 'Christmas 2010: 27 and 28 December are substitute days'],
    ['2010-12-20', 5, SCT, '2010-12-29', 'the same in Scotland up to New Year'],
    ['2010-12-20', 8, EW, '2011-01-04', 'New Year 2011: 3 January is a substitute day'],
    ['2010-12-20', 8, SCT, '2011-01-05', 'Scotland also has 4 January 2011 for 2 January'],
    ['2010-12-20', 8, NI, '2011-01-04', 'Northern Ireland follows England at New Year'],
    ['2011-04-21', 1, EW, '2011-04-26', 'Good Friday and Easter Monday 2011'],
    ['2011-04-21', 1, SCT, '2011-04-25', 'Easter Monday is a working day in Scotland'],
    ['2011-04-28', 1, EW, '2011-05-03', 'royal wedding on 29 April, early May holiday on 2 May'],
    ['2010-07-09', 1, NI, '2010-07-13', 'the Boyne holiday on 12 July 2010'],
    ['2010-07-09', 1, EW, '2010-07-12', 'no Boyne holiday in England'],
    ['2010-03-16', 1, NI, '2010-03-18', "St Patrick's Day 2010"],
    ['2012-11-29', 1, SCT, '2012-12-03', "St Andrew's Day 2012, a Friday"],
    ['2012-05-25', 1, EW, '2012-05-28', '28 May 2012 was a working day: the holiday moved'],
    ['2012-06-01', 1, EW, '2012-06-06', 'Diamond Jubilee weekend, 4 and 5 June 2012'],
    ['2010-09-21', -20, EW, '2010-08-23', 'a negative count goes back'],
  ])('%s + %i in %s = %s (%s)', (date, n, region, expected) => {
    expect(addWorkingDays(date, n, region)).toBe(expected);
  });

  it('rejects a date that does not exist, or a fractional count', () => {
    expect(() => addWorkingDays('2010-02-30', 0, EW)).toThrow(RangeError);
    expect(() => addWorkingDays('2010-08-23', 1.5, EW)).toThrow(RangeError);
  });
});

describe('addCalendarDays and addWeeks', () => {
  it.each([
    ['2010-12-30', 3, '2011-01-02'],
    ['2012-02-28', 1, '2012-02-29'],
    ['2011-02-28', 1, '2011-03-01'],
    ['2010-03-27', 2, '2010-03-29'], // across the clocks going forward in the UK
    ['2010-03-13', 2, '2010-03-15'], // and in the US
    ['2010-10-30', 2, '2010-11-01'], // across the clocks going back
    ['2010-08-23', -23, '2010-07-31'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected);
  });

  it('adds weeks as 7 days each', () => {
    expect(addWeeks('2010-08-23', 6)).toBe('2010-10-04');
    expect(addWeeks('2010-12-27', 1)).toBe('2011-01-03');
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2010-08-23', 3, '2010-11-23'],
    ['2010-08-23', 6, '2011-02-23'],
    ['2010-08-31', 6, '2011-02-28'],
    ['2011-08-31', 6, '2012-02-29'],
    ['2011-01-31', 1, '2011-02-28'],
    ['2012-01-31', 1, '2012-02-29'],
    ['2010-05-31', 1, '2010-06-30'],
    ['2010-12-15', 1, '2011-01-15'],
    ['2010-03-31', -1, '2010-02-28'],
    ['2011-01-15', -1, '2010-12-15'],
    ['2010-01-15', 0, '2010-01-15'],
    ['2010-02-28', 12, '2011-02-28'],
  ])('%s + %i months = %s', (date, n, expected) => {
    expect(addMonthsClamped(date, n)).toBe(expected);
  });
});

describe('addYears', () => {
  it.each([
    ['2012-02-29', 1, '2013-02-28'],
    ['2012-02-29', 4, '2016-02-29'],
    ['2010-08-23', 1, '2011-08-23'],
    ['2011-03-01', -1, '2010-03-01'],
  ])('%s + %i years = %s', (date, n, expected) => {
    expect(addYears(date, n)).toBe(expected);
  });
});
