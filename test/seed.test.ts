/**
 * The report that defines the format: every fact below was read off
 * fixtures/essex-2010-cqc-safeguarding-lac/input.md by hand, not copied from
 * the parser's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

const path = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const report = parseReport(readFileSync(path, 'utf8'), { path });

const SECTION_IDS: Record<number, number> = { 1: 20, 2: 6, 3: 12, 4: 20, 5: 7, 6: 3, 7: 1, 8: 5, 9: 5, 10: 2, 11: 1 };
const JOINT = [
  '1.5', '1.6', '1.8', '1.19', '1.20', '2.4', '2.5', '3.10', '3.11', '3.13', '4.2', '4.5', '4.7', '4.11', '4.14',
  '4.16', '4.18', '4.19', '4.20', '5.7', '6.1', '8.1', '8.2', '9.2', '9.5', '10.2',
];

describe('the seed report (Essex 2010, CQC)', () => {
  it('reads the title block as one line', () => {
    expect(report.title).toBe(
      "Inspection Report Integrated Inspection of Safeguarding and Looked After Children's Services in Essex – Mid Essex PCT and Mid Essex NHS Trust And North Essex Partnership NHS Foundation trust",
    );
  });

  it('reads the six header fields from tab-separated lines with HTML tags', () => {
    const m = report.metadata;
    expect(m.inspectionDates).toEqual({ start: '2010-06-28', end: '2010-07-09', text: '28 June – 9th July 2010' });
    expect(m.finalReportDate).toEqual({ date: '2010-08-23', text: '23rd August 2010' });
    expect(m.chiefExecutive).toBe('Ms Sheila Bremner');
    expect(m.organisation).toBe('Mid Essex PCT (plus mid Essex NHS Trust)');
    expect(m.address).toBe('Swift House, Hedgerows Business park, Chelmsford');
    expect(m.inspector).toBe('Sue Eardley');
    expect(m.fields.map((f) => f.label)).toEqual([
      'Date of Inspection',
      'Date of final Report',
      'Chief Executive',
      'Organisation Name',
      'Organisation Address',
      'CQC Inspector name',
    ]);
    expect(m.fields[0]!.position.start.line).toBe(9);
  });

  it('finds 13 numbered sections: general, ten CQC outcomes, recommendations, next steps', () => {
    const numbered = report.sections.filter((s) => s.number !== null);
    expect(numbered.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(numbered.map((s) => s.outcome?.number ?? null)).toEqual([null, 1, 4, 6, 7, 11, 12, 13, 14, 16, 21, null, null]);
    expect(numbered.map((s) => s.kind)).toEqual([...Array(11).fill('findings'), 'recommendations', 'next-steps']);
    expect(numbered[1]!.outcome).toEqual({
      number: 1,
      title: 'Involving Users',
      standardTitle: 'Respecting and involving people who use services',
    });
    expect(numbered[0]!.title).toBe('General – leadership and management');
  });

  it('keeps the unnumbered headings, whatever their level', () => {
    const unnumbered = report.sections.filter((s) => s.number === null);
    expect(unnumbered.map((s) => [s.title, s.kind])).toEqual([
      ['The Inspection Process', 'preamble'],
      ['The Context', 'context'],
      ['Other organisations involved in this inspection', 'organisations'],
    ]);
  });

  it('finds all 82 numbered findings, section by section, without 3.12', () => {
    expect(report.findings).toHaveLength(82);
    for (const [section, count] of Object.entries(SECTION_IDS)) {
      expect(report.findings.filter((f) => f.section === Number(section)), `section ${section}`).toHaveLength(count);
    }
    const ids = report.findings.map((f) => f.id);
    expect(ids).not.toContain('3.12');
    expect(ids).toContain('3.13');
    expect(ids).toContain('4.19');
    expect(ids.slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
    expect(ids.at(-1)).toBe('11.1');
  });

  it('marks 26 findings as wholly from the joint report and 4.17 as partly', () => {
    expect(report.findings.filter((f) => f.jointReport === true).map((f) => f.id)).toEqual(JOINT);
    expect(report.findings.filter((f) => f.jointReport === 'partial').map((f) => f.id)).toEqual(['4.17']);
  });

  it('joins the five paragraphs continued across page breaks to their findings', () => {
    const continued = report.findings.filter((f) => f.paragraphs > 1);
    expect(continued.map((f) => f.id)).toEqual(['2.4', '3.13', '4.17', '8.1', '9.4']);
    const f24 = report.findings.find((f) => f.id === '2.4')!;
    expect(f24.text).toMatch(/service planning and delivery to meet more appropriately the needs/);
    const f417 = report.findings.find((f) => f.id === '4.17')!;
    expect(f417.text).toMatch(/appropriately identified and delivered\.\n\nConsistency of agency practice/);
  });

  it('strips the number and the markup from finding text', () => {
    const f = report.findings.find((x) => x.id === '1.5')!;
    expect(f.text).toMatch(/^Currently, not all members of the ESCB executive board/);
    expect(f.text).not.toMatch(/\*/);
    expect(report.findings.find((x) => x.id === '4.19')!.text).toMatch(/^The 'Think Family'/);
  });

  it('lists editorial insertions with their positions', () => {
    const insertions = report.findings.flatMap((f) => f.insertions.map((i) => [f.id, i.text]));
    expect(insertions).toEqual([
      ['1.8', '[However]'],
      ['2.5', '[Young carers]'],
      ['4.2', '[Previously]'],
      ['4.14', '[Similarly]'],
      ['8.2', '[Note: Designated nurse capacity in Mid Essex, at 1WTE, is adequate]'],
    ]);
    const however = report.findings.find((f) => f.id === '1.8')!.insertions[0]!;
    expect(however.position.start).toMatchObject({ line: 64, column: 6 });
  });

  it('reads 11 recommendations: 3 due in 3 months, 8 in 6 months, from the final report date', () => {
    const recs = report.recommendations;
    expect(recs).toHaveLength(11);
    expect(recs.map((r) => r.group)).toEqual([...Array(3).fill('Within 3 months'), ...Array(8).fill('Within 6 months')]);
    expect(recs.map((r) => r.due)).toEqual([...Array(3).fill('2010-11-23'), ...Array(8).fill('2011-02-23')]);
    expect(recs[0]!.timescale).toMatchObject({ kind: 'within', amount: 3, unit: 'months' });
    expect(recs.map((r) => r.jointReport)).toEqual([true, true, false, true, true, true, true, true, false, false, false]);
  });

  it('names who must act where the sentence does', () => {
    expect(report.recommendations.map((r) => r.actor)).toEqual([
      'Essex PCTs',
      'Essex PCTs',
      'Essex PCTs',
      'The Boards of Essex PCTs',
      'Essex Safeguarding Children Board and health partners',
      'Essex PCTs',
      null,
      'Essex PCTs',
      'Mid Essex Hospitals',
      'Mid - Essex PCT',
      'Essex PCTs',
    ]);
  });

  it('cleans the stray escaped asterisk from the last recommendation and reports it', () => {
    const last = report.recommendations.at(-1)!;
    expect(last.text).toMatch(/^Essex PCTs to ensure that there is an integrated/);
    const stray = report.diagnostics.filter((d) => d.rule === 'emphasis-stray');
    expect(stray).toHaveLength(1);
    expect(stray[0]!.position.start.line).toBe(last.position.start.line);
  });

  it('computes the action plan deadline: 20 working days after 23 August 2010, skipping the 30 August bank holiday', () => {
    expect(report.nextSteps?.actionPlan).toMatchObject({ workingDays: 20, due: '2010-09-21' });
    expect(report.nextSteps?.text).toMatch(/^An action plan is required within 20 working days/);
  });

  it('lists the 10 other organisations, one per entry', () => {
    expect(report.organisations).toHaveLength(10);
    expect(report.organisations[0]).toBe('North East Essex Primary Care Trust');
    expect(report.organisations).toContain('Mid Essex Hospitals NHS Trust');
    expect(report.organisations.at(-1)).toBe('Essex County Council');
  });

  it('reports the missing 3.12 and nothing else about numbering', () => {
    const numbering = report.diagnostics.filter((d) => d.rule.startsWith('numbering') || d.rule === 'finding-section-mismatch');
    expect(numbering).toHaveLength(1);
    expect(numbering[0]).toMatchObject({ rule: 'numbering-gap', severity: 'warning' });
    expect(numbering[0]!.message).toBe('Unexpected `3.13` after `3.11`, expected `3.12`');
  });

  it('reports each page-break continuation as information, and no other problems', () => {
    const rules = report.diagnostics.map((d) => d.rule).sort();
    expect(rules).toEqual(['emphasis-stray', 'numbering-gap', ...Array(5).fill('paragraph-continuation')].sort());
  });
});
