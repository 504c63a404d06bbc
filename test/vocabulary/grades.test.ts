/** The grade vocabulary: every phrasing found in the archive sample, one line each. */
import { describe, expect, it } from 'vitest';
import { gradeLine, gradeRun, gradeValue, trailingGrade } from '../../src/vocabulary/grades.js';

describe('gradeLine reads a text that is only a grade', () => {
  it.each([
    ['Outstanding', 'outstanding', null],
    ['Good', 'good', null],
    ['good', 'good', null],
    ['Adequate', 'adequate', null],
    ['Requires improvement', 'requires improvement', null],
    ['Requires Improvement', 'requires improvement', null],
    ['Requires improvement to be good', 'requires improvement', null],
    ['Requires improvement\nto be good', 'requires improvement', null],
    ['Inadequate', 'inadequate', null],
    ['Grade 1 (outstanding)', 'outstanding', 1],
    ['Grade 3 (adequate)', 'adequate', 3],
    ['Grade 4 (inadequate)', 'inadequate', 4],
    ['Grade 4', 'inadequate', 4],
    ['Grade 2', 'good', 2],
    ['Overall grade 3', 'adequate', 3],
  ])('%j → %s', (text, value, number) => {
    expect(gradeLine(text)).toMatchObject({ value, number });
  });

  it.each(['Grade', 'Judgement', '3', 'Good practice', 'to be good', 'The LSCB is good'])('%j is not a grade', (text) => {
    expect(gradeLine(text)).toBeNull();
  });
});

describe('trailingGrade reads the grade a heading or sentence ends with, from its words', () => {
  it.each([
    ['The experiences and progress of children in care: Inadequate', 'inadequate', 'The experiences and progress of children in care', true],
    ['Leadership – good', 'good', 'Leadership', true],
    ['The experiences and progress of children who need help and protection requires improvement to be good.', 'requires improvement', 'The experiences and progress of children who need help and protection', false],
    ['Children’s services in Newcastle Upon Tyne require improvement to be good', 'requires improvement', 'Children’s services in Newcastle Upon Tyne', false],
    ['The overall judgement is requires improvement', 'requires improvement', 'The overall judgement', false],
    ['The Local Safeguarding Children Board is good', 'good', 'The Local Safeguarding Children Board', false],
    ['Leadership, management and governance are judged to be outstanding', 'outstanding', 'Leadership, management and governance are', false],
  ])('%j → %s', (text, value, before, apart) => {
    expect(trailingGrade(text)).toMatchObject({ grade: { value }, before, apart });
  });

  it('keeps every word of the grade as printed', () => {
    expect(trailingGrade('The LSCB requires improvement to be good')?.grade.text).toBe('requires improvement to be good');
  });

  it.each(['This local authority requires improvement and is not yet good because', 'Previous Ofsted inspections'])('%j ends with no grade', (text) => {
    expect(trailingGrade(text)).toBeNull();
  });
});

describe('gradeRun reads the grades of a grid column run together', () => {
  it.each([
    ['Requires improvement to be good Requires improvement to be good', ['requires improvement', 'requires improvement']],
    ['Requires improvement to be good Requires improvement to be good Good', ['requires improvement', 'requires improvement', 'good']],
    ['Requires improvement Good Good Good Requires improvement', ['requires improvement', 'good', 'good', 'good', 'requires improvement']],
    ['Inadequate Inadequate', ['inadequate', 'inadequate']],
  ])('%j', (text, values) => {
    expect(gradeRun(text)?.map((g) => g.value)).toEqual(values);
  });

  it.each(['Good practice', 'Judgement Grade'])('%j is not a run of grades', (text) => {
    expect(gradeRun(text)).toBeNull();
  });
});

describe('gradeValue', () => {
  it.each([
    ['requires improvement to be good', 'requires improvement'],
    ['require improvement', 'requires improvement'],
    ['INADEQUATE', 'inadequate'],
  ])('%j → %s', (words, value) => expect(gradeValue(words)).toBe(value));
});
