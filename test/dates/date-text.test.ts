import { describe, expect, it } from 'vitest';
import { parseDate, parseDateRange, parseMonth } from '../../src/dates/index.js';
import { chronoDateRange } from '../../src/dates/date-text.js';

describe('parseDate', () => {
  it.each([
    ['23rd August 2010', '2010-08-23'],
    ['23 August 2010', '2010-08-23'],
    ['16 August 2013', '2013-08-16'],
    ['16th August 2013', '2013-08-16'],
    ['23/08/2010', '2010-08-23'],
    ['01/02/2010', '2010-02-01'], // day first
    ['23.08.2010', '2010-08-23'],
    ['August 23, 2010', '2010-08-23'],
    ['23 Aug 2010', '2010-08-23'],
    ['23 Sept 2010', '2010-09-23'],
    ['Monday 23 August 2010', '2010-08-23'],
    ['2010-08-23', '2010-08-23'],
    ['29 February 2012', '2012-02-29'],
    ['Date of final report: 23 August 2010', '2010-08-23'],
    ['28 June – 9th July 2010', '2010-06-28'], // the start of a range
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each([
    ['Sue Eardley'],
    [''],
    ['tomorrow'],
    ['today'],
    ['in 2 weeks'],
    ['within 3 months'],
    ['32 June 2010'],
    ['29 February 2011'],
    ['31 April 2011'],
    ['August 2010'],
    ['23 August'],
    ['the 5 PCTs'],
  ])('%j is not a complete date', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('takes a missing year only from the options, never from today', () => {
    expect(parseDate('23 August')).toBeNull();
    expect(parseDate('23 August', { year: 2010 })).toBe('2010-08-23');
    expect(parseDate('23 August 2011', { year: 2010 })).toBe('2011-08-23');
  });
});

describe('parseDateRange', () => {
  it.each([
    ['28 June – 9th July 2010', '2010-06-28', '2010-07-09'],
    ['28 June - 9 July 2010', '2010-06-28', '2010-07-09'],
    ['28 June — 9 July 2010', '2010-06-28', '2010-07-09'],
    ['28 June until 9 July 2010', '2010-06-28', '2010-07-09'],
    ['8 – 12 July 2013', '2013-07-08', '2013-07-12'],
    ['8-12 July 2013', '2013-07-08', '2013-07-12'],
    ['14-18 March 2011', '2011-03-14', '2011-03-18'],
    ['11 February 2019 to 22 February 2019', '2019-02-11', '2019-02-22'],
    ['19 November 2013 – 11 December 2013', '2013-11-19', '2013-12-11'],
    ['31 July and 1 August 2019', '2019-07-31', '2019-08-01'],
    ['31 July to 1 August 2019', '2019-07-31', '2019-08-01'],
    ['between 14 and 18 March 2011', '2011-03-14', '2011-03-18'],
    ['28 December – 3 January 2011', '2010-12-28', '2011-01-03'],
    ['28 December 2010 - 3 January 2011', '2010-12-28', '2011-01-03'],
    ['16 August 2013', '2013-08-16', '2013-08-16'],
  ])('%s → %s to %s', (text, start, end) => {
    expect(parseDateRange(text)).toEqual({ start, end });
  });

  it.each([['Sue Eardley'], [''], ['tomorrow'], ['32 June 2010'], ['29 February 2011'], ['28 June – 9 July']])(
    '%j is not a date',
    (text) => {
      expect(parseDateRange(text)).toBeNull();
    },
  );

  it('takes a missing year from the options', () => {
    expect(parseDateRange('28 June – 9 July', { year: 2010 })).toEqual({ start: '2010-06-28', end: '2010-07-09' });
  });
});

describe('parseMonth', () => {
  it.each([
    ['April 2011', { year: 2011, month: 4 }],
    ['april 2011', { year: 2011, month: 4 }],
    ['Sept. 2012', { year: 2012, month: 9 }],
    ['December, 2010', { year: 2010, month: 12 }],
  ])('%s → %j', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });

  it.each([['23 April 2011'], ['April'], ['2011'], [''], ['Sue Eardley']])('%j is not a month and year', (text) => {
    expect(parseMonth(text)).toBeNull();
  });
});

describe('the fast path for plain dates and ranges', () => {
  const plain = [
    '23rd August 2010',
    '23 August 2010',
    ' 1 Sept 2012 ',
    '28 June – 9th July 2010',
    '28 June - 9 July 2010',
    '8 – 12 July 2013',
    '11 February 2019 to 22 February 2019',
    '19 November 2013 – 11 December 2013',
    '31 July and 1 August 2019',
    '28 December – 3 January 2011',
    '14-18 March 2011',
    '29 February 2012',
  ];
  it.each(plain)('agrees with chrono on "%s"', (text) => {
    expect(parseDateRange(text)).toEqual(chronoDateRange(text));
    expect(parseDateRange(text)?.start).toBeTruthy();
  });

  it.each(['32 June 2010', '29 February 2011', '31 April 2011 – 2 May 2011'])('refuses the impossible date in "%s"', (text) => {
    expect(parseDateRange(text)).toBeNull();
    expect(parseDate(text)).toBeNull();
  });
});
