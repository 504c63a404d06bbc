/**
 * The seed in other shapes (fixtures/variants, written by
 * scripts/make-variants.js) reads as the seed does: heading syntax, italic
 * syntax, line endings, a byte-order mark and the header form must not
 * change the model. The seed's own facts are checked by hand in seed.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { readFixture } from './helpers/fixtures.js';

const seed = parseReport(readFixture('essex-2010-cqc-safeguarding-lac'));

/** What must not change between shapes of one report. */
function essence(report: Report) {
  return {
    title: report.title,
    standard: { ...report.metadata, fields: report.metadata.fields.map((f) => [f.label, f.value]) },
    sections: report.sections.map((s) => [s.number, s.title, s.kind, s.outcome?.number ?? null]),
    findings: report.findings.map((f) => [f.id, f.section, f.jointReport, f.paragraphs, f.insertions.map((i) => i.text), f.text]),
    recommendations: report.recommendations.map((r) => [r.group, r.due, r.actor, r.jointReport, r.text]),
    actionPlan: report.nextSteps?.actionPlan,
    organisations: report.organisations,
    rules: report.diagnostics.map((d) => d.rule),
  };
}

const same = essence(seed);
const variant = (name: string) => parseReport(readFixture(`variants/${name}`));

describe('variants of the seed read as the seed does', () => {
  for (const name of ['heading-levels', 'underscore', 'crlf', 'bom', 'pipe-table-header', 'colon-header', 'split-italics']) {
    it(`reads the ${name} variant identically`, () => {
      expect(essence(variant(name))).toEqual(same);
    });
  }

  it('gives the same positions for CRLF line endings, line for line', () => {
    const crlf = variant('crlf');
    expect(crlf.findings.map((f) => f.position.start.line)).toEqual(seed.findings.map((f) => f.position.start.line));
    expect(crlf.findings.map((f) => f.position.start.column)).toEqual(seed.findings.map((f) => f.position.start.column));
  });

  it('gives the same lines and columns after a byte-order mark', () => {
    const bom = variant('bom');
    expect(bom.findings.map((f) => f.position.start)).toEqual(seed.findings.map((f) => f.position.start));
  });

  it('reads "1.1." numbering with a trailing dot as "1.1"', () => {
    const dotted = essence(variant('trailing-dot-numbers'));
    expect(dotted.findings).toEqual(same.findings);
  });

  it('without a header, reads no header fields and computes no dates, and says why', () => {
    const report = variant('no-header');
    // The family and the area are read from the title, which the variant keeps.
    expect(report.metadata).toEqual({ kind: 'cqc-safeguarding', authority: 'essex', fields: [] });
    expect(report.findings.map((f) => f.id)).toEqual(seed.findings.map((f) => f.id));
    expect(report.recommendations.map((r) => r.due)).toEqual(Array(11).fill(null));
    expect(report.recommendations.map((r) => r.group)).toEqual(seed.recommendations.map((r) => r.group));
    expect(report.nextSteps?.actionPlan).toMatchObject({ workingDays: 20, due: null });
    expect(report.diagnostics.map((d) => d.rule)).toContain('no-report-date');
  });

  it('without a recommendations section, has no recommendations and keeps everything else', () => {
    const report = variant('no-recommendations');
    expect(report.recommendations).toEqual([]);
    expect(report.findings).toHaveLength(82);
    expect(report.nextSteps?.actionPlan?.due).toBe('2010-09-21');
    expect(report.sections.map((s) => s.number).filter((n) => n !== null)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
  });

  it('gives a date to a --from override instead of the final report date', () => {
    const report = parseReport(readFixture('essex-2010-cqc-safeguarding-lac'), { from: '2010-09-01' });
    expect(report.recommendations[0]!.due).toBe('2010-12-01');
    expect(report.nextSteps?.actionPlan?.due).toBe('2010-09-29');
  });
});
