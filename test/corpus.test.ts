/**
 * Four real Ofsted reports of other shapes (fixtures/ofsted-*, see
 * fixtures/CORPUS-SOURCES.md). Each fact was read off the report by hand;
 * fields a report does not have must be absent, never guessed.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { readFixture } from './helpers/fixtures.js';

const parse = (name: string): Report => parseReport(readFixture(name), { path: name });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const standardKeys = (r: Report) => Object.keys(r.metadata).filter((k) => k !== 'fields').sort();

describe('Norfolk 2013: looked after children, numbered paragraphs, grouped recommendations', () => {
  const r = parse('ofsted-norfolk-lac-2013');

  it('reads the header table and nothing it lacks', () => {
    expect(r.title).toBe('Inspection of looked after children services');
    expect(r.metadata.inspectionDates).toEqual({ start: '2013-07-08', end: '2013-07-12', text: '8 – 12 July 2013' });
    expect(r.metadata.finalReportDate).toEqual({ date: '2013-08-16', text: '16 August 2013' });
    // Printed "Gary Lamb HMI": the name, without the title after it.
    expect(r.metadata.inspector).toBe('Gary Lamb');
    expect(r.metadata.organisation).toBe('Norfolk County Council');
    expect(r.metadata.authority).toBe('norfolk');
    expect(r.metadata.kind).toBe('lac');
    // "Published: | 16 August 2013" is both the publication date and the date the clock starts from.
    expect(r.metadata.publicationDate).toEqual({ date: '2013-08-16', text: '16 August 2013' });
    expect(standardKeys(r)).toEqual(['authority', 'finalReportDate', 'inspectionDates', 'inspector', 'kind', 'organisation', 'publicationDate']);
    expect(r.metadata.fields.find((f) => f.label === 'Age group')?.value).toBe('All');
  });

  it('finds the 72 numbered paragraphs, with ids and no section prefix', () => {
    expect(r.findings.map((f) => f.id)).toEqual(range(1, 72));
    expect(r.findings.every((f) => f.section === null)).toBe(true);
    expect(r.findings.find((f) => f.id === '17')!.heading).toBe('Outcomes for looked after children and young people');
  });

  it('keeps the bullets after paragraph 2 with it', () => {
    expect(r.findings[1]!.text).toMatch(/^The evidence evaluated by inspectors included:\ndiscussions with children/);
  });

  it('reads the grade under each graded heading', () => {
    const graded = r.sections.filter((s) => s.grade).map((s) => [s.title, s.grade!.value, s.grade!.number]);
    expect(graded).toEqual([
      ['Overall effectiveness of services for looked after children and young people', 'inadequate', 4],
      ['Capacity to improve', 'inadequate', 4],
      ['Outcomes for looked after children and young people', 'inadequate', 4],
      ['Quality of provision', 'inadequate', 4],
      ['Leadership and management', 'inadequate', 4],
    ]);
  });

  it('reads 17 recommendations in three timescale groups, counted from publication', () => {
    const groups = r.recommendations.map((x) => `${x.group}|${x.due}`);
    expect(groups).toEqual([
      ...Array(6).fill('Immediately|2013-08-16'),
      ...Array(4).fill('Within three months|2013-11-16'),
      ...Array(7).fill('Within six months|2014-02-16'),
    ]);
    expect(r.recommendations[0]!.text).toMatch(/^ensure all elected members understand/);
    expect(new Set(r.recommendations.map((x) => x.actor))).toEqual(new Set(['the local authority']));
  });

  it('keeps paragraph 15, which introduces the recommendations, as a finding', () => {
    expect(r.findings.find((f) => f.id === '15')!.text).toMatch(/should take the following action\.$/);
  });

  it('reads the record of main findings as judgements', () => {
    expect(r.judgements.map((j) => [j.area, j.grade.value])).toEqual([
      ['Overall effectiveness', 'inadequate'],
      ['Capacity to improve', 'inadequate'],
      ['Outcomes for looked after children and young people', 'inadequate'],
      ['Quality of provision', 'inadequate'],
      ['Leadership and management', 'inadequate'],
    ]);
  });

  it('reports no numbering problems', () => {
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('Derbyshire 2014: single inspection, bullets, no numbered paragraphs', () => {
  const r = parse('ofsted-derbyshire-sif-2014');

  it('reads the fields it has and invents none', () => {
    expect(r.metadata.inspectionDates).toEqual({
      start: '2013-11-19',
      end: '2013-12-11',
      text: '19 November 2013 – 11 December 2013',
    });
    expect(r.metadata.organisation).toBe('Derbyshire County Council');
    expect(r.metadata.inspector).toBe('Fiona J Millns');
    expect(standardKeys(r)).toEqual(['authority', 'inspectionDates', 'inspector', 'kind', 'organisation', 'team']);
    expect([r.metadata.kind, r.metadata.authority]).toEqual(['sif', 'derbyshire']);
    // "Team inspectors: Linda Steele, …, Carolyn Spray and Christine Williams." (line 93)
    expect(r.metadata.team).toEqual(['Linda Steele', 'Wendy Ghaffar', 'Shirley Bailey', 'Robert Pyner', 'John Mitchell', 'Carolyn Spray', 'Christine Williams']);
  });

  it('joins the two title headings, without the footnote mark glued to the last word', () => {
    expect(r.title).toBe(
      'Inspection of services for children in need of help and protection, children looked after and Care Leavers and Review of the effectiveness of the Local Safeguarding Children Board',
    );
  });

  it('has no findings, since no paragraph is numbered', () => {
    expect(r.findings).toEqual([]);
  });

  it('reads both "Areas for improvement" lists as recommendations without deadlines', () => {
    expect(r.recommendations).toHaveLength(16);
    expect(r.recommendations.every((x) => x.timescale === null && x.due === null)).toBe(true);
    expect(r.recommendations[0]!.text).toMatch(/^Ensure that management oversight and decisions/);
    expect(r.recommendations[9]!.text).toMatch(/^Ensure that the DSCB membership/);
    expect(r.recommendations.map((x) => x.actor)).toEqual(Array(16).fill(null));
  });

  it('reads grades written as sentences in bold headings', () => {
    const grades = r.sections.filter((s) => s.grade).map((s) => s.grade!.value);
    expect(grades).toEqual(['good', 'good', 'good', 'good', 'good', 'requires improvement']);
    // "The overall judgement is good.", the grid's five rows, then the LSCB's sentence under the grid.
    expect(r.judgements.map((j) => [j.part, j.from, j.grade.value])).toEqual([
      ['main', 'sentence', 'good'],
      ...Array(5).fill(['main', 'grid', 'good']),
      ['lscb', 'sentence', 'requires improvement'],
    ]);
    expect(r.judgements[1]!.area).toBe('Children who need help and protection');
  });
});

describe('Newham 2019: ILACS, grades in headings', () => {
  const r = parse('ofsted-newham-ilacs-2019');

  it('reads the "Label: value" header lines', () => {
    expect(r.metadata.inspectionDates).toEqual({
      start: '2019-02-11',
      end: '2019-02-22',
      text: '11 February 2019 to 22 February 2019',
    });
    expect(r.metadata.inspector).toBe('Dawn Godfrey');
    expect(r.metadata.organisation).toBe('London Borough of Newham');
    expect(standardKeys(r)).toEqual(['authority', 'inspectionDates', 'inspector', 'kind', 'organisation']);
    expect([r.metadata.kind, r.metadata.authority]).toEqual(['ilacs', 'newham']);
  });

  it('finds the 44 numbered paragraphs and leaves the publisher footer out of the last', () => {
    expect(r.findings.map((f) => f.id)).toEqual(range(1, 44));
    expect(r.findings.at(-1)!.paragraphs).toBe(1);
    expect(r.findings.at(-1)!.text).not.toMatch(/Ofsted/);
  });

  it('splits the grade off each graded heading', () => {
    expect(r.sections.filter((s) => s.grade).map((s) => [s.title, s.grade!.value])).toEqual([
      ['The experiences and progress of children who need help and protection', 'requires improvement'],
      ['The experiences and progress of children in care and care leavers', 'inadequate'],
      ['The impact of leaders on social work practice with children and families', 'inadequate'],
    ]);
  });

  it('reads the 11 "What needs to improve" bullets as recommendations without deadlines or invented actors', () => {
    expect(r.recommendations).toHaveLength(11);
    expect(r.recommendations.map((x) => x.due)).toEqual(Array(11).fill(null));
    expect(r.recommendations.map((x) => x.actor)).toEqual(Array(11).fill(null));
  });

  it('reads the judgement grid', () => {
    expect(r.judgements.map((j) => j.grade.value)).toEqual(['inadequate', 'requires improvement', 'inadequate', 'inadequate']);
  });
});

describe('Bury 2019: a focused visit letter', () => {
  const r = parse('ofsted-bury-focused-visit-2019');

  it('reads the letter date, the addressee block, the visit dates and the signing inspector', () => {
    expect(r.metadata.finalReportDate).toEqual({ date: '2019-08-23', text: '23 August 2019' });
    expect(r.metadata.addressee).toEqual([
      'Karen Dolton',
      'Executive Director, Children, Young People and Culture',
      'Bury Council',
      '3 Knowsley Place',
      'Duke Street',
      'Bury',
      'BL9 0EJ',
    ]);
    // The title names the authority inspected ("Focused visit to Bury local authority children’s services");
    // the address block's "Bury Council" is where the letter went.
    expect(r.metadata.organisation).toBe('Bury');
    expect(r.metadata.authority).toBe('bury');
    expect(r.metadata.publicationDate).toEqual({ date: '2019-08-23', text: '23 August 2019' });
    expect(r.metadata.team).toEqual(['Mandy Nightingale']);
    expect(r.metadata.address).toBe('3 Knowsley Place, Duke Street, Bury, BL9 0EJ');
    expect(r.metadata.inspectionDates).toEqual({ start: '2019-07-31', end: '2019-08-01', text: '31 July and 1 August 2019' });
    expect(r.metadata.inspector).toBe('Paula Thomson-Jones');
    expect(r.metadata.chiefExecutive).toBeUndefined();
  });

  it('takes the letter heading as the title and keeps the salutation', () => {
    expect(r.title).toBe('Focused visit to Bury local authority children’s services');
    expect(r.preamble[0]!.text).toBe('Dear Ms Dolton');
  });

  it('reads the four "What needs to improve" bullets as recommendations', () => {
    expect(r.recommendations).toHaveLength(4);
    expect(r.recommendations.every((x) => x.due === null)).toBe(true);
  });

  it('keeps the 18 findings bullets as the text of the Findings section (they are not numbered)', () => {
    const findings = r.sections.find((s) => s.title === 'Findings')!;
    expect(findings.kind).toBe('findings');
    expect(findings.content.filter((p) => !/^(Ofsted will|Yours|Paula)/.test(p.text))).toHaveLength(18);
    expect(r.findings).toEqual([]);
  });
});
