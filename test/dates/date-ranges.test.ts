/** Inspections carried out in two parts: the dates of each, one case a line. */
import { describe, expect, it } from 'vitest';
import { parseDateRanges } from '../../src/dates/index.js';
import { parseReport } from '../../src/index.js';

describe('parseDateRanges', () => {
  it.each([
    ['5 to 9 March and 19 to 23 March 2018', [['2018-03-05', '2018-03-09'], ['2018-03-19', '2018-03-23']]],
    ['25 February to 1 March 2019 and 11 to 15 March 2019', [['2019-02-25', '2019-03-01'], ['2019-03-11', '2019-03-15']]],
    ['2 – 6 July and 16 – 20 July 2018', [['2018-07-02', '2018-07-06'], ['2018-07-16', '2018-07-20']]],
  ])('%j', (text, ranges) => expect(parseDateRanges(text)?.map((r) => [r.start, r.end])).toEqual(ranges));

  it.each(['31 July and 1 August 2019', '13 and 14 July 2021', '8 to 12 July 2013', 'the end of summer'])('%j is not a split inspection', (text) => {
    expect(parseDateRanges(text)).toBeNull();
  });
});

describe('a split inspection in the header', () => {
  it('spans both parts and keeps each', () => {
    const r = parseReport('Inspection dates: 25 February to 1 March 2019 and 11 to 15 March 2019\n\n## Findings\n\n1. Text.\n');
    expect(r.metadata.inspectionDates).toEqual({
      start: '2019-02-25',
      end: '2019-03-15',
      text: '25 February to 1 March 2019 and 11 to 15 March 2019',
      ranges: [
        { start: '2019-02-25', end: '2019-03-01' },
        { start: '2019-03-11', end: '2019-03-15' },
      ],
    });
  });
});
