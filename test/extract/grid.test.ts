/** Judgement grids read as streams of areas and grades, one case a line. */
import { describe, expect, it } from 'vitest';
import { areaKey, gridLine, isGridHeader, judgedArea, pairGrid, partOfArea, sameArea } from '../../src/extract/grid.js';

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const piece = (area: string, grade: string) => ({ area, grade, position: at });

describe('gridLine', () => {
  it.each([
    ['Overall effectiveness\tGood', { area: 'Overall effectiveness', grade: 'Good', numbered: false }],
    ['Leadership, management and governance Good', { area: 'Leadership, management and governance', grade: 'Good', numbered: false }],
    ['2.1 Adoption performance Good', { area: 'Adoption performance', grade: 'Good', numbered: true }],
    ['1. Children who need help and protection Requires improvement', { area: 'Children who need help and protection', grade: 'Requires improvement', numbered: true }],
    ['2. Children looked after and achieving', { area: 'Children looked after and achieving', grade: '', numbered: true }],
    ['Requires', { area: '', grade: 'Requires', numbered: false }],
    ['to be good', { area: '', grade: 'to be good', numbered: false }],
    ['permanence', { area: 'permanence', grade: '', numbered: false }],
    ['Requires improvement protection', { area: 'protection', grade: 'Requires improvement', numbered: false }],
  ])('%j', (line, read) => expect(gridLine(line)).toEqual(read));

  it.each(['1. Although the council has continued to develop its responses, there remain weaknesses.', '1.1 Evidence included:', 'Inspection dates: 8 April 2019', 'The impact of leaders on social work practice with children'])(
    '%j is no grid line',
    (line) => expect(gridLine(line)).toBeNull(),
  );

  it('takes an area alone on its line under a grid header', () => {
    expect(gridLine('The impact of leaders on social work practice with children', true)).toEqual({ area: 'The impact of leaders on social work practice with children', grade: '', numbered: false });
  });
});

describe('pairGrid', () => {
  it('pairs a grade column whose last grade slid into the row below', () => {
    const rows = pairGrid([
      piece('The experiences and progress of children in care and care leavers', 'Requires improvement to be good Requires improvement'),
      piece('Overall effectiveness', 'to be good'),
    ]);
    expect(rows?.map((r) => [r.area, r.grade.value, r.grade.text])).toEqual([
      ['The experiences and progress of children in care and care leavers', 'requires improvement', 'Requires improvement to be good'],
      ['Overall effectiveness', 'requires improvement', 'Requires improvement to be good'],
    ]);
  });

  it('pairs areas wrapped over two lines with the grades between them', () => {
    const rows = pairGrid([piece('The experiences and progress of children in care and care', ''), piece('', 'Good'), piece('leavers', ''), piece('Overall effectiveness', 'Outstanding')]);
    expect(rows?.map((r) => [r.area, r.grade.value])).toEqual([
      ['The experiences and progress of children in care and care leavers', 'good'],
      ['Overall effectiveness', 'outstanding'],
    ]);
  });

  it('pairs a grade printed around its area', () => {
    const rows = pairGrid([piece('', 'Requires'), piece('Children who need help and protection', ''), piece('', 'improvement'), piece('Adoption performance', 'Good')]);
    expect(rows?.map((r) => r.grade.value)).toEqual(['requires improvement', 'good']);
  });

  it('gives nothing rather than a guess when the counts differ', () => {
    expect(pairGrid([piece('Judgement', ''), piece('Overall effectiveness', 'Good')])).toBeNull();
  });
});

describe('areas', () => {
  it.each([
    ['Judgement Grade', true],
    ['Key judgement Judgement grade', true],
    ['Judgement', false],
  ])('isGridHeader(%j) is %s', (text, header) => expect(isGridHeader(text)).toBe(header));

  it.each([
    ['The graded judgement about the experience and progress of care leavers', 'Experiences and progress of care leavers', true],
    ['The effectiveness of the LSCB', 'The effectiveness of the Local Safeguarding Children Board (LSCB)', true],
    ['The experiences and progress of children in care', 'The experiences and progress of care leavers', false],
  ])('sameArea(%j, %j) is %s', (a, b, same) => expect(sameArea(a, b)).toBe(same));

  it.each([
    ['The overall judgement is that children’s services require', 'The overall judgement'],
    ['The LSCB is', 'The LSCB'],
  ])('judgedArea(%j) is %j', (before, area) => expect(judgedArea(before)).toBe(area));

  it('gives the LSCB its own part', () => {
    expect([partOfArea('The Local Safeguarding Children Board', 'main'), partOfArea('Overall effectiveness', 'main')]).toEqual(['lscb', 'main']);
  });

  it('compares areas without numbering, case or quotes', () => {
    expect(areaKey('2.1 Adoption Performance')).toBe(areaKey('adoption performance'));
  });
});
