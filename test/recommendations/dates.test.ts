/**
 * Date rules through the recommendations path: the seed (3- and 6-month
 * recommendations, an action plan in 20 working days) read back from JSON and
 * given --from and --region, as `inspect parse r.md | inspect recommendations
 * --from … --region … -` does. The rules themselves are tested in test/dates;
 * these cases check that the command applies them. Every date is counted by
 * hand on a calendar with the gov.uk bank holidays of the region.
 */
import { describe, expect, it } from 'vitest';
import type { Region } from '../../src/dates/index.js';
import { parseReport } from '../../src/index.js';
import { listRecommendations } from '../../src/recommendations/index.js';
import { Report } from '../../src/schema/report.js';
import { readFixture } from '../helpers/fixtures.js';

const seed = Report.parse(JSON.parse(JSON.stringify(parseReport(readFixture('essex-2010-cqc-safeguarding-lac')))));

function dues(from: string | undefined, region: Region | undefined) {
  const { rows } = listRecommendations([seed], { asOf: '2010-01-01', ...(from && { from }), ...(region && { region }) });
  const due = (id: string) => rows.find((r) => r.id === id)!.due;
  return { plan: due('action-plan'), threeMonths: due('R1'), sixMonths: due('R4') };
}

const EW = 'england-and-wales';
const SCT = 'scotland';
const NI = 'northern-ireland';

describe('due dates of the seed by --from and --region', () => {
  it.each<[string | undefined, Region | undefined, string, string, string, string]>([
    [undefined, undefined, '2010-09-21', '2010-11-23', '2011-02-23', 'the report date, 23 August 2010; 30 August is the summer holiday'],
    [undefined, SCT, '2010-09-20', '2010-11-23', '2011-02-23', "Scotland's summer holiday was 2 August, so 30 August counts"],
    [undefined, NI, '2010-09-21', '2010-11-23', '2011-02-23', 'Northern Ireland keeps 30 August, as England'],
    ['2010-12-20', EW, '2011-01-20', '2011-03-20', '2011-06-20', 'Christmas and New Year: 27, 28 December and 3 January'],
    ['2010-12-20', SCT, '2011-01-21', '2011-03-20', '2011-06-20', 'Scotland also has 4 January 2011 for 2 January'],
    ['2010-12-20', NI, '2011-01-20', '2011-03-20', '2011-06-20', 'no 2 January holiday in Northern Ireland'],
    ['2010-11-26', EW, '2010-12-24', '2011-02-26', '2011-05-26', 'St Andrew’s Day is a working day in England'],
    ['2010-11-26', SCT, '2010-12-29', '2011-02-26', '2011-05-26', 'St Andrew’s Day (Tuesday 30 November) and Christmas in Scotland'],
    ['2010-11-30', EW, '2010-12-30', '2011-02-28', '2011-05-30', 'month end: 30 November + 3 months is 28 February'],
    ['2011-08-31', EW, '2011-09-28', '2011-11-30', '2012-02-29', 'leap year: 31 August 2011 + 6 months is 29 February 2012'],
    ['2012-02-29', EW, '2012-03-28', '2012-05-29', '2012-08-29', 'from a leap day'],
    ['2011-03-28', EW, '2011-04-27', '2011-06-28', '2011-09-28', 'Easter 2011: Good Friday 22 April and Easter Monday 25 April'],
    ['2011-03-28', SCT, '2011-04-26', '2011-06-28', '2011-09-28', 'Easter Monday is a working day in Scotland'],
    ['2011-03-28', NI, '2011-04-27', '2011-06-28', '2011-09-28', 'Easter Monday is a holiday in Northern Ireland'],
    ['2011-03-01', EW, '2011-03-29', '2011-06-01', '2011-09-01', 'St Patrick’s Day is a working day in England'],
    ['2011-03-01', NI, '2011-03-30', '2011-06-01', '2011-09-01', 'St Patrick’s Day, Thursday 17 March 2011, in Northern Ireland'],
    ['2011-06-14', EW, '2011-07-12', '2011-09-14', '2011-12-14', '12 July is a working day in England'],
    ['2011-06-14', NI, '2011-07-13', '2011-09-14', '2011-12-14', 'the Battle of the Boyne, Tuesday 12 July 2011, in Northern Ireland'],
  ])('from %s in %s: action plan %s, 3 months %s, 6 months %s (%s)', (from, region, plan, threeMonths, sixMonths) => {
    expect(dues(from, region)).toEqual({ plan, threeMonths, sixMonths });
  });
});
