import { describe, expect, it } from 'vitest';
import { openIndex } from '../../src/index-db/open.js';
import { areaKey, monthsBetween, series } from '../../src/index-db/series.js';
import { formatSeriesHtml } from '../../src/index-db/format-series-html.js';
import { runCases } from '../helpers/cli.js';
import { ENGINES } from './helpers.js';
import { INSPECTIONS, seriesIndex } from './series-fixture.js';

describe('months between inspections', () => {
  it.each([
    ['2014-03-04', '2018-06-11', 51],
    ['2018-06-11', '2023-01-09', 54],
    ['2020-01-31', '2020-02-29', 0],
    ['2020-01-15', '2020-02-15', 1],
  ])('%s → %s: %i', (from, to, months) => expect(monthsBetween(from, to)).toBe(months));
});

describe('areas across reports', () => {
  it('are the same area whatever the case, punctuation or spacing', () => {
    expect(areaKey('The impact of leaders on social work practice with children and families')).toBe(areaKey('the impact of leaders on social-work practice with children and families '));
  });
  it("take the single inspection framework's overall judgement for overall effectiveness", () => {
    expect(areaKey('The overall judgement')).toBe(areaKey('Overall effectiveness'));
  });
});

describe.each(ENGINES)('a series on %s', (engine) => {
  it('gives the inspections in date order, with dates, kinds, months between, recommendations and grades marked as they rose or fell', async () => {
    const db = await openIndex(await seriesIndex(engine), { engine });
    const result = series(db, 'testshire');
    db.close();
    expect(result.inspections.map((i) => [i.source, i.kind, i.start, i.monthsSincePrevious])).toEqual([
      ['reports/testshire-2014.md', 'sif', '2014-03-04', null],
      ['reports/testshire-2018.md', 'ilacs', '2018-06-11', 51],
      ['reports/testshire-2023.md', 'ilacs', '2023-01-09', 54],
    ]);
    expect(result.areas.map((a) => a.area)).toEqual(['Overall effectiveness', 'The impact of leaders on social work practice with children and families', 'The experiences and progress of children in care and care leavers']);
    const overall = areaKey('Overall effectiveness');
    expect(result.inspections.map((i) => [i.grades[overall]!.grade, i.grades[overall]!.change])).toEqual([
      ['inadequate', null],
      ['requires improvement', 'rose'],
      ['good', 'rose'],
    ]);
    const care = result.areas[2]!.key;
    expect(result.inspections.map((i) => i.grades[care]!.change)).toEqual([null, 'same', 'fell']);
    expect(result.inspections.every((i) => i.recommendations === 11)).toBe(true);
  });
});

describe('the series page', () => {
  it('is self-contained: no script, no link or source that fetches, the chart inline as SVG with a line per area', async () => {
    const db = await openIndex(await seriesIndex());
    const html = formatSeriesHtml(series(db, 'testshire'));
    db.close();
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html.match(/class="area-line"/g)).toHaveLength(3);
    expect(html.match(/class="grade"/g)).toHaveLength(9);
    expect(html).toContain('<title>Overall effectiveness, 2018-06-11: requires improvement ↑</title>');
  });
});

const db = await seriesIndex();
runCases('inspect series', [
  {
    name: 'prints the grades across inspections as a table, rises and falls marked',
    args: ['series', 'testshire', '--db', db, '--format', 'table'],
    code: 0,
    stdout: (out) => {
      expect(out).toMatch(/│ 2014-03-04\s+│ 2018-06-11\s+│ 2023-01-09\s+│/);
      expect(out).toMatch(/Overall effectiveness\s+│ inadequate\s+│ requires improvement ↑\s+│ good ↑/);
      expect(out).toMatch(/Months since previous\s+│\s+│ 51\s+│ 54\s+│/);
    },
  },
  {
    name: 'prints one CSV row per inspection, a column per area',
    args: ['series', 'testshire', '--db', db, '--format', 'csv'],
    code: 0,
    stdout: (out) => {
      const lines = out.trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'source,date,kind,start,end,published,inspector,monthsSincePrevious,recommendations,sameAs,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children in care and care leavers',
      );
      expect(lines).toHaveLength(1 + INSPECTIONS.length);
      expect(lines[2]).toMatch(/^reports\/testshire-2018\.md,2018-06-11,ilacs,2018-06-11,2018-06-22,.*,51,11,,requires improvement,good,requires improvement$/);
    },
  },
  {
    name: 'prints the series model as JSON',
    args: ['series', 'testshire', '--db', db, '--format', 'json'],
    code: 0,
    stdout: (out) => expect(JSON.parse(out).inspections).toHaveLength(3),
  },
  {
    name: 'names the authorities it holds when asked for one it does not',
    args: ['series', 'nowhere', '--db', db],
    code: 2,
    stderr: /no reports of the authority "nowhere" \(it holds norfolk, testshire\)/,
  },
]);
