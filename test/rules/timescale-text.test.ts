/** Which written timescales cannot be read: what `timescale-unreadable` reports. */
import { describe, expect, it } from 'vitest';
import { unreadableTimescales } from '../../src/rules/timescale-text.js';

describe('unreadableTimescales', () => {
  it.each([
    ['a range of months', 'Review staffing within 3-6 months.', ['within 3-6 months']],
    ['a vague period', 'Report on progress within a reasonable period.', ['within a reasonable period']],
    ['a season', 'Publish the strategy by the end of the summer.', ['by the end of the summer']],
    ['a month with no year', 'Appoint a named GP by March.', ['by March']],
    ['the year', 'Complete the audit by the end of the year.', ['by the end of the year']],
    ['one readable and one not', 'Within 3 months agree a plan, and implement it within three to six months.', ['within three to six months']],
  ])('reports %s', (_name, text, phrases) => expect(unreadableTimescales(text)).toEqual(phrases));

  it.each([
    ['a number of months', 'Within 3 months'],
    ['words and a number in brackets', 'Ensure this within six (6) months.'],
    ['working days', 'Submit an action plan within 20 working days of receipt.'],
    ['a date', 'Open the centre by 31 March 2011.'],
    ['the end of a month', 'Review it by the end of March 2011.'],
    ['a place, not a time', 'Ensure capacity within health visiting and within the health community.'],
    ['a count of things', 'Within 3 of the 5 PCTs there is a named nurse.'],
    ['a period that has passed', 'Referrals within the last two years have doubled.'],
    ['immediately', 'Immediately review all care plans.'],
  ])('accepts %s', (_name, text) => expect(unreadableTimescales(text)).toEqual([]));
});
