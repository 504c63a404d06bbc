/**
 * listRecommendations on the real reports and small fixtures. Expected dates
 * are counted by hand from each report's date and timescales.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { listRecommendations, type ListOptions, type RecommendationRow } from '../../src/recommendations/index.js';
import { Report } from '../../src/schema/report.js';
import { fixturePath, readFixture } from '../helpers/fixtures.js';

const SEED = 'essex-2010-cqc-safeguarding-lac';
const NORFOLK = 'ofsted-norfolk-lac-2013';

function report(name: string, file = 'input.md'): Report {
  return parseReport(readFixture(name, file), { path: fixturePath(name, file) });
}
/** A report as `inspect parse` printed it and `inspect recommendations -` reads it back. */
function viaJson(r: Report): Report {
  return Report.parse(JSON.parse(JSON.stringify(r)));
}
const seed = report(SEED);
const list = (reports: Report[], options: Partial<ListOptions> = {}) => listRecommendations(reports, { asOf: '2010-12-01', ...options });
const ids = (rows: RecommendationRow[]) => rows.map((r) => r.id);
const byId = (rows: RecommendationRow[]) => Object.fromEntries(rows.map((r) => [r.id, r]));

describe('the seed (final report 23 August 2010)', () => {
  const { rows, warnings } = list([seed]);

  it('lists the eleven recommendations and then the action plan, in document order', () => {
    expect(ids(rows)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'action-plan']);
    expect(warnings).toEqual([]);
  });

  it('gives three recommendations due 2010-11-23 (3 months) and eight due 2011-02-23 (6 months)', () => {
    expect(rows.filter((r) => r.due === '2010-11-23').map((r) => r.id)).toEqual(['R1', 'R2', 'R3']);
    expect(rows.filter((r) => r.due === '2011-02-23').map((r) => r.id)).toEqual(['R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11']);
    expect(rows.filter((r) => r.kind === 'recommendation').every((r) => r.group === 'Within 3 months' || r.group === 'Within 6 months')).toBe(true);
  });

  it('marks the action plan, due 20 working days later on 2010-09-21 (30 August was a bank holiday)', () => {
    const plan = byId(rows)['action-plan']!;
    expect(plan).toMatchObject({
      kind: 'action-plan',
      group: null,
      timescale: 'within 20 working days',
      due: '2010-09-21',
      text: 'An action plan is required within 20 working days of receipt of this report.',
    });
    expect(plan.position.start.line).toBe(264);
  });

  it('keeps owner, joint-report flag, source and position of each recommendation', () => {
    expect(byId(rows).R1).toMatchObject({ actor: 'Essex PCTs', jointReport: true, source: fixturePath(SEED), sha256: seed.source.sha256 });
    expect(byId(rows).R3).toMatchObject({ actor: 'Essex PCTs', jointReport: false });
    expect(byId(rows).R9!.actor).toBe('Mid Essex Hospitals');
    expect(byId(rows).R1!.position.start.line).toBe(248);
  });

  it('as of 2010-12-01, --overdue lists exactly the action plan and the three 3-month recommendations', () => {
    expect(ids(list([seed], { overdue: true }).rows)).toEqual(['R1', 'R2', 'R3', 'action-plan']);
    expect(ids(list([seed], { overdue: true, sortByDue: true }).rows)).toEqual(['action-plan', 'R1', 'R2', 'R3']);
  });

  it('counts days left from the reference date, negative when overdue', () => {
    expect(byId(rows).R1!.daysLeft).toBe(-8);
    expect(byId(rows).R4!.daysLeft).toBe(84);
    expect(byId(rows)['action-plan']!.daysLeft).toBe(-71);
  });
});

describe('status against --as-of and --soon', () => {
  const status = (asOf: string, soon?: number) => byId(list([seed], { asOf, ...(soon !== undefined && { soon }) }).rows).R1!.status;

  it.each<[string, number | undefined, string, string]>([
    ['2010-11-08', undefined, 'upcoming', '15 days before 23 November is beyond the default 14'],
    ['2010-11-09', undefined, 'due', '14 days before is within it'],
    ['2010-11-23', undefined, 'due', 'due today is not yet overdue'],
    ['2010-11-24', undefined, 'overdue', 'the day after is overdue'],
    ['2010-11-20', 0, 'upcoming', '--soon 0 marks only today as due'],
    ['2010-11-23', 0, 'due', '--soon 0 on the day'],
    ['2010-10-24', 30, 'due', '--soon 30 reaches 30 days ahead'],
  ])('as of %s (soon %s): %s (%s)', (asOf, soon, expected) => {
    expect(status(asOf, soon)).toBe(expected);
  });
});

describe('Norfolk 2013 (published 16 August 2013)', () => {
  const { rows } = listRecommendations([report(NORFOLK)], { asOf: '2013-12-01' });

  it('lists 17 recommendations in three groups, from the publication date', () => {
    expect(rows.filter((r) => r.kind === 'recommendation')).toHaveLength(17);
    const groups = (group: string) => rows.filter((r) => r.group === group);
    expect(groups('Immediately').map((r) => r.due)).toEqual(Array(6).fill('2013-08-16'));
    expect(groups('Within three months').map((r) => r.due)).toEqual(Array(4).fill('2013-11-16'));
    expect(groups('Within six months').map((r) => r.due)).toEqual(Array(7).fill('2014-02-16'));
  });

  it('names the local authority as the owner, from "the local authority should take the following action"', () => {
    expect(rows.every((r) => r.actor === 'the local authority')).toBe(true);
    expect(listRecommendations([report(NORFOLK)], { asOf: '2013-12-01', actor: 'LOCAL AUTHORITY' }).rows).toHaveLength(17);
  });

  it('as of 2013-12-01: ten overdue, seven upcoming', () => {
    expect(rows.filter((r) => r.status === 'overdue')).toHaveLength(10);
    expect(rows.filter((r) => r.status === 'upcoming')).toHaveLength(7);
  });
});

describe.each([
  ['ofsted-derbyshire-sif-2014', 16],
  ['ofsted-newham-ilacs-2019', 11],
  ['ofsted-bury-focused-visit-2019', 4],
])('%s: recommendations without timescales', (name, count) => {
  it(`lists ${count}, each with due null and status "no deadline", and no warning`, () => {
    const { rows, warnings } = listRecommendations([report(name)], { asOf: '2020-01-01' });
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r.due === null && r.daysLeft === null && r.status === 'no deadline')).toBe(true);
    expect(warnings).toEqual([]);
  });
});

describe('filters and order', () => {
  it('--actor matches part of the owner, ignoring case, and never a row without one', () => {
    expect(ids(list([seed], { actor: 'ESSEX pcts' }).rows)).toEqual(['R1', 'R2', 'R3', 'R4', 'R6', 'R8', 'R11']);
    expect(ids(list([seed], { actor: 'hospitals' }).rows)).toEqual(['R9']);
    expect(list([seed], { actor: 'nobody' }).rows).toEqual([]);
  });

  it('--before keeps deadlines strictly before the date, and drops rows with none', () => {
    expect(ids(list([seed], { before: '2010-11-23' }).rows)).toEqual(['action-plan']);
    expect(ids(list([seed], { before: '2010-11-24' }).rows)).toEqual(['R1', 'R2', 'R3', 'action-plan']);
    const fixture = report('recommendations', 'timescales.md');
    expect(ids(listRecommendations([fixture], { asOf: '2011-09-01', before: '2099-01-01' }).rows)).not.toContain('R4');
  });

  it('combines filters', () => {
    expect(ids(list([seed], { overdue: true, actor: 'essex pcts', before: '2011-01-01' }).rows)).toEqual(['R1', 'R2', 'R3']);
  });

  it('--due sorts earliest first, keeps document order for equal dates and puts no deadline last', () => {
    const fixture = report('recommendations', 'timescales.md');
    const { rows } = listRecommendations([fixture], { asOf: '2011-09-01', sortByDue: true });
    expect(rows.map((r) => [r.id, r.due])).toEqual([
      ['R1', '2011-08-31'],
      ['action-plan', '2011-09-28'],
      ['R5', '2011-10-12'],
      ['R2', '2012-02-29'],
      ['R3', '2012-03-31'],
      ['R4', null],
    ]);
  });
});

describe('several reports', () => {
  it('lists them in input order, each row carrying its source and the report’s sha256', () => {
    const norfolk = report(NORFOLK);
    const { rows } = listRecommendations([seed, norfolk], { asOf: '2013-12-01' });
    expect(rows).toHaveLength(12 + 17);
    expect(rows.slice(0, 12).every((r) => r.source === fixturePath(SEED) && r.sha256 === seed.source.sha256)).toBe(true);
    expect(rows.slice(12).every((r) => r.source === fixturePath(NORFOLK) && r.sha256 === norfolk.source.sha256)).toBe(true);
  });

  it('sorts across reports with --due', () => {
    const { rows } = listRecommendations([report(NORFOLK), seed], { asOf: '2013-12-01', sortByDue: true });
    expect(rows[0]!.id).toBe('action-plan');
    expect(rows[0]!.source).toBe(fixturePath(SEED));
    expect(rows.at(-1)!.due).toBe('2014-02-16');
  });
});

describe('timescales of every kind (fixtures/recommendations/timescales.md, final report 31 August 2011)', () => {
  const fixture = report('recommendations', 'timescales.md');

  it('reads each timescale: immediately, 6 months to a leap day, a "by" date, ongoing, 6 weeks, and the action plan', () => {
    const rows = byId(listRecommendations([fixture], { asOf: '2011-09-20' }).rows);
    expect(rows.R1).toMatchObject({ timescale: 'Immediately', due: '2011-08-31', status: 'overdue' });
    expect(rows.R2).toMatchObject({ timescale: 'Within 6 months', due: '2012-02-29', status: 'upcoming' });
    expect(rows.R3).toMatchObject({ group: 'Within 6 months', timescale: 'by 31 March 2012', due: '2012-03-31' });
    expect(rows.R4).toMatchObject({ timescale: 'on an ongoing basis', due: null, status: 'no deadline' });
    expect(rows.R5).toMatchObject({ timescale: 'Within 6 weeks', due: '2011-10-12', actor: 'Testshire Health Trust' });
    expect(rows['action-plan']).toMatchObject({ due: '2011-09-28', status: 'due', daysLeft: 8 });
  });

  it('keeps a "by" date and an ongoing timescale when --from moves the others', () => {
    const rows = byId(listRecommendations([viaJson(fixture)], { asOf: '2011-09-20', from: '2011-10-03' }).rows);
    expect(rows.R1!.due).toBe('2011-10-03');
    expect(rows.R2!.due).toBe('2012-04-03');
    expect(rows.R3!.due).toBe('2012-03-31');
    expect(rows.R4!.due).toBeNull();
  });
});

describe('a report without a readable date (fixtures/recommendations/no-date.md)', () => {
  const undated = report('recommendations', 'no-date.md');

  it('gives null dues and a positioned no-report-date warning, guessing nothing', () => {
    const { rows, warnings } = list([undated]);
    expect(rows.map((r) => [r.id, r.due, r.status])).toEqual([
      ['R1', null, 'no deadline'],
      ['R2', null, 'no deadline'],
      ['action-plan', null, 'no deadline'],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ source: fixturePath('recommendations', 'no-date.md'), diagnostic: { rule: 'no-report-date', severity: 'warning' } });
    expect(warnings[0]!.diagnostic.position.start).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('still warns when only --region is given', () => {
    expect(list([viaJson(undated)], { region: 'scotland' }).warnings.map((w) => w.diagnostic.rule)).toEqual(['no-report-date']);
  });

  it('computes the dues from --from, also for JSON input, and then has nothing to warn about', () => {
    const { rows, warnings } = list([viaJson(undated)], { from: '2012-01-10' });
    // 20 working days from Tuesday 10 January 2012: 11 January … 7 February.
    expect(rows.map((r) => r.due)).toEqual(['2012-04-10', '2012-07-10', '2012-02-07']);
    expect(warnings).toEqual([]);
  });
});

describe('a report with no recommendations (fixtures/recommendations/none.md)', () => {
  it('gives an empty list and no warning', () => {
    expect(list([report('recommendations', 'none.md')])).toEqual({ rows: [], warnings: [] });
  });
});

describe('bad options', () => {
  it.each<[string, Partial<ListOptions>]>([
    ['asOf', { asOf: '2010-02-30' }],
    ['from', { from: '23/08/2010' }],
    ['before', { before: 'tomorrow' }],
    ['soon', { soon: -1 }],
    ['soon', { soon: 1.5 }],
  ])('throws a RangeError naming %s', (name, options) => {
    expect(() => list([seed], options)).toThrow(new RegExp(`^${name}:`));
    expect(() => list([seed], options)).toThrow(RangeError);
  });
});

describe('--actor matching', () => {
  it('ignores case, spaces and hyphens, so "mid essex" finds "Mid Essex Hospitals" and "Mid - Essex PCT"', () => {
    expect(ids(list([seed], { actor: 'mid essex' }).rows)).toEqual(['R9', 'R10']);
    expect(ids(list([seed], { actor: 'MID-ESSEX pct' }).rows)).toEqual(['R10']);
  });

  it('never matches a recommendation that names no one', () => {
    expect(ids(list([seed], { actor: 'to ensure' }).rows)).toEqual([]);
  });
});
