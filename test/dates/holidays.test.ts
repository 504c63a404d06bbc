import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import official from '../../src/dates/data/gov-uk-bank-holidays.json' with { type: 'json' };
import { bankHolidays, isBankHoliday, OVERRIDES, REGIONS, type Region } from '../../src/dates/index.js';

const ALL = REGIONS;
const EW: Region = 'england-and-wales';
const SCT: Region = 'scotland';
const NI: Region = 'northern-ireland';

// Proclaimed after our copy of the gov.uk file was taken (src/dates/data/README.md).
const PROCLAIMED_LATER = [{ date: '2022-09-19', regions: ALL }];

function officialDates(year: number, region: Region): string[] {
  const listed = official[region].events.map((e) => e.date);
  const later = PROCLAIMED_LATER.filter((h) => h.regions.includes(region)).map((h) => h.date);
  return [...listed, ...later].filter((d) => d.startsWith(`${year}-`)).sort();
}

const years = [...new Set(REGIONS.flatMap((r) => official[r].events.map((e) => Number(e.date.slice(0, 4)))))].sort();

describe('bankHolidays', () => {
  it('covers the years of the gov.uk file', () => {
    expect(years[0]).toBe(2012);
    expect(years.at(-1)).toBe(2022);
  });

  describe.each(REGIONS)('in %s', (region) => {
    it.each(years)('gives exactly the gov.uk bank holidays of %i', (year) => {
      expect(bankHolidays(year, region).map((h) => h.date)).toEqual(officialDates(year, region));
    });
  });

  it('names each holiday', () => {
    expect(bankHolidays(2012, EW)).toContainEqual({ date: '2012-06-04', name: 'Spring bank holiday' });
    expect(bankHolidays(2010, EW)[0]).toEqual({ date: '2010-01-01', name: "New Year's Day" });
  });

  it('returns the cached, frozen list on a second call', () => {
    const first = bankHolidays(2015, SCT);
    expect(bankHolidays(2015, SCT)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('one-off bank holidays since 2010', () => {
  it.each([
    ['2011-04-29', true, 'royal wedding'],
    ['2012-05-28', false, 'spring bank holiday moved to 4 June'],
    ['2012-06-04', true, 'spring bank holiday, moved'],
    ['2012-06-05', true, 'Diamond Jubilee'],
    ['2020-05-04', false, 'early May bank holiday moved to 8 May'],
    ['2020-05-08', true, 'early May bank holiday on VE Day'],
    ['2022-05-30', false, 'spring bank holiday moved to 2 June'],
    ['2022-06-02', true, 'spring bank holiday, moved'],
    ['2022-06-03', true, 'Platinum Jubilee'],
    ['2022-09-19', true, 'State Funeral of Queen Elizabeth II'],
    ['2023-05-08', true, 'coronation of King Charles III'],
  ])('%s is %s in every region (%s)', (date, expected) => {
    for (const region of ALL) expect(isBankHoliday(date, region), region).toBe(expected);
  });
});

describe('the override table', () => {
  it('corrects only what date-holidays gets wrong', () => {
    for (const o of OVERRIDES) {
      for (const region of o.regions) {
        const state = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' }[region];
        const raw = new Holidays('GB', state).getHolidays(Number(o.date.slice(0, 4)));
        const listed = raw.some((h) => h.type === 'public' && h.date.startsWith(o.date));
        expect(listed, `${o.date} ${region}`).toBe(o.action === 'remove');
      }
    }
  });

  it('cites a proclamation for every entry', () => {
    for (const o of OVERRIDES) expect(o.source).toMatch(/Proclamation.*London Gazette/);
  });
});

describe('isBankHoliday', () => {
  it.each<[string, string, Region[], Region[]]>([
    ['2 January', '2013-01-02', [SCT], [EW, NI]],
    ['2 January, on a Saturday, moved to Monday', '2016-01-04', [SCT], [EW, NI]],
    ["St Andrew's Day", '2012-11-30', [SCT], [EW, NI]],
    ["St Andrew's Day, on a Saturday, moved to Monday", '2013-12-02', [SCT], [EW, NI]],
    ["St Andrew's Day, on a Sunday, moved to Monday", '2014-12-01', [SCT], [EW, NI]],
    ["St Patrick's Day", '2014-03-17', [NI], [EW, SCT]],
    ["St Patrick's Day, on a Saturday, moved to Monday", '2012-03-19', [NI], [EW, SCT]],
    ['Battle of the Boyne', '2013-07-12', [NI], [EW, SCT]],
    ['Battle of the Boyne, on a Saturday, moved to Monday', '2014-07-14', [NI], [EW, SCT]],
    ['Battle of the Boyne, on a Sunday, moved to Monday', '2020-07-13', [NI], [EW, SCT]],
    ['Easter Monday, not in Scotland', '2013-04-01', [EW, NI], [SCT]],
    ['summer bank holiday in Scotland: first Monday of August', '2010-08-02', [SCT], [EW, NI]],
    ['summer bank holiday elsewhere: last Monday of August', '2010-08-30', [EW, NI], [SCT]],
  ])('%s (%s)', (_, date, yes, no) => {
    for (const region of yes) expect(isBankHoliday(date, region), region).toBe(true);
    for (const region of no) expect(isBankHoliday(date, region), region).toBe(false);
  });

  it('counts the substitute weekday, not a holiday that falls at the weekend', () => {
    expect(isBankHoliday('2010-12-25', EW)).toBe(false);
    expect(isBankHoliday('2010-12-27', EW)).toBe(true);
    expect(isBankHoliday('2010-12-28', EW)).toBe(true);
  });

  it('rejects a date that does not exist', () => {
    expect(() => isBankHoliday('2011-02-29', EW)).toThrow(RangeError);
  });
});
