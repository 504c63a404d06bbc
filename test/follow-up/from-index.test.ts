/**
 * Two inspections of one authority taken from the index: the last two, or
 * those on two dates, rebuilt whole, so that their follow-up is the one of
 * the files; and every way of asking for what the index does not hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followUp } from '../../src/follow-up/follow-up.js';
import { choosePair, inPeriod, inspectionPair, InspectionPairError, type IndexedInspection, type PairProblem, type Period } from '../../src/index-db/inspections.js';
import { openIndex } from '../../src/index-db/open.js';
import { parseDocument } from '../../src/parse-document.js';
import { areaIndex, BURY, followUpIndex, LATER, REVIEW, SEED } from './index-fixture.js';

const day = (text: string): Period => ({ text, from: text, to: text });
const year = (text: string): Period => ({ text, from: `${text}-01-01`, to: `${text}-12-31` });

const inspection = (reportId: number, start: string | null, end: string | null, published: string | null = null, kind = 'ilacs'): IndexedInspection => ({
  reportId,
  source: `r${reportId}.pdf`,
  date: start ?? end ?? published,
  start,
  end,
  published,
  kind,
});
/** Hull's 2022 inspection saved a second time, under another name. */
const HULL_AGAIN = inspection(4, '2022-11-14', '2022-11-25');
const HULL = [inspection(1, '2019-01-14', '2019-01-25', '2019-05-17'), inspection(2, '2022-11-14', '2022-11-25')];

function problemOf(run: () => unknown): PairProblem | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof InspectionPairError) return error.problem;
    throw error;
  }
}

describe('an inspection named by a date', () => {
  it('is the one whose days on site the date falls in, or that was published on it', () => {
    expect(inPeriod(HULL[0]!, day('2019-01-20'))).toBe(true);
    expect(inPeriod(HULL[0]!, day('2019-05-17'))).toBe(true);
    expect(inPeriod(HULL[0]!, day('2019-02-01'))).toBe(false);
  });
  it('is found by its year or month as well as its day', () => {
    expect(inPeriod(HULL[1]!, year('2022'))).toBe(true);
    expect(inPeriod(HULL[1]!, { text: '2022-11', from: '2022-11-01', to: '2022-11-30' })).toBe(true);
    expect(inPeriod(HULL[1]!, year('2023'))).toBe(false);
  });
});

describe('choosing the pair', () => {
  it('takes the last two dated inspections with --latest, earlier first', () => {
    const three = [inspection(7, '2014-05-20', '2014-06-11'), ...HULL, inspection(9, null, null)];
    expect(choosePair('hull', three, { latest: true }).map((i) => i.reportId)).toEqual([1, 2]);
  });
  it('says which two files hold one inspection, rather than follow a report up by itself', () => {
    expect(() => choosePair('hull', [...HULL, HULL_AGAIN], { latest: true })).toThrow(
      'the last two inspections of "hull" are one inspection (2022-11-14 to 2022-11-25) in two files, r2.pdf and r4.pdf: keep one of them in the index',
    );
    expect(() => choosePair('hull', [...HULL, HULL_AGAIN], { dates: [year('2019'), day('2022-11-20')] })).toThrow('2 files hold the inspection of "hull" of 2022-11-14 (r2.pdf, r4.pdf): keep one of them in the index');
  });
  it('takes two inspections on the same days of two families as two', () => {
    const send = inspection(5, '2022-11-14', '2022-11-25', null, 'area-send');
    expect(choosePair('hull', [...HULL, send], { latest: true }).map((i) => i.reportId)).toEqual([2, 5]);
  });
  it('puts the earlier first whichever order the dates are given in', () => {
    expect(choosePair('hull', HULL, { dates: [year('2022'), year('2019')] }).map((i) => i.reportId)).toEqual([1, 2]);
  });
  it.each<[string, IndexedInspection[], Parameters<typeof choosePair>[2], PairProblem]>([
    ['one inspection, --latest', [HULL[0]!], { latest: true }, 'too-few'],
    ['one inspection, two dates', [HULL[0]!], { dates: [year('2019'), year('2022')] }, 'too-few'],
    ['a date with no inspection', HULL, { dates: [year('2019'), year('2020')] }, 'no-inspection'],
    ['two dates of the same inspection', HULL, { dates: [day('2019-01-14'), day('2019-05-17')] }, 'several-inspections'],
    ['a year with two inspections', [...HULL, inspection(3, '2022-02-01', '2022-02-03')], { dates: [year('2019'), year('2022')] }, 'several-inspections'],
    ['the last two, one inspection in two files', [...HULL, HULL_AGAIN], { latest: true }, 'one-inspection-twice'],
    ['a date whose inspection is in two files', [...HULL, HULL_AGAIN], { dates: [year('2019'), year('2022')] }, 'one-inspection-twice'],
  ])('refuses %s', (_name, list, selector, problem) => expect(problemOf(() => choosePair('hull', list, selector))).toBe(problem));
});

describe('the pair from an index', { timeout: 60_000 }, () => {
  it('is the two reports rebuilt whole: their follow-up is the follow-up of the files', async () => {
    const db = await openIndex(await followUpIndex());
    const { earlier, later, inspections } = inspectionPair(db, 'essex', { dates: [year('2010'), year('2012')] });
    db.close();
    expect(inspections.map((i) => i.source)).toEqual([SEED, LATER]);
    const files = followUp(await parseDocument(readFileSync(SEED), { path: SEED }), await parseDocument(readFileSync(LATER), { path: LATER }));
    expect(followUp(earlier, later)).toEqual(files);
  });
  it('is the last two inspections with --latest', async () => {
    const db = await openIndex(await followUpIndex());
    const { inspections } = inspectionPair(db, 'essex', { latest: true });
    db.close();
    expect(inspections.map((i) => [i.source, i.date])).toEqual([
      [REVIEW, '2011-04-11'],
      [LATER, '2012-05-07'],
    ]);
  });
  it('names the authorities it holds when asked for one it does not', async () => {
    const db = await openIndex(await followUpIndex());
    try {
      expect(() => inspectionPair(db, 'haringey', { latest: true })).toThrow('no reports of the authority "haringey" (it holds bury, essex)');
    } finally {
      db.close();
    }
  });
  it('finds the CQC reports by the area their titles name', async () => {
    const db = await openIndex(await followUpIndex());
    const { inspections } = inspectionPair(db, 'essex', { dates: [year('2010'), year('2011')] });
    db.close();
    expect(inspections.map((i) => i.source)).toEqual([SEED, REVIEW]);
  });
});

describe('the pair of one kind, from an index of both inspectorates', { timeout: 60_000 }, () => {
  it('is the last two inspections of any kind without --kind', async () => {
    const db = await openIndex(await areaIndex());
    const { inspections } = inspectionPair(db, 'essex', { latest: true });
    db.close();
    expect(inspections.map((i) => i.source)).toEqual([LATER, BURY]);
  });
  it('is the last two of that kind with --kind', async () => {
    const db = await openIndex(await areaIndex());
    const { inspections } = inspectionPair(db, 'essex', { latest: true }, 'cqc-safeguarding');
    db.close();
    expect(inspections.map((i) => i.source)).toEqual([REVIEW, LATER]);
  });
  it('says how many of that kind it holds when there are too few', async () => {
    const db = await openIndex(await areaIndex());
    try {
      expect(() => inspectionPair(db, 'essex', { latest: true }, 'focused-visit')).toThrow('the index holds 1 dated focused-visit inspection of "essex"; a follow-up needs two');
      expect(() => inspectionPair(db, 'essex', { dates: [year('2010'), year('2019')] }, 'cqc-safeguarding')).toThrow(
        'no cqc-safeguarding inspection of "essex" in 2019 (the index holds 2010-06-28, 2011-04-11, 2012-05-07)',
      );
    } finally {
      db.close();
    }
  });
});

