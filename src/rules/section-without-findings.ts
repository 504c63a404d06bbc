/**
 * A findings section (by its words, or because it names a CQC outcome) with
 * no numbered paragraph in it or in the sections below it, in a report that
 * numbers its findings. Reports that number no paragraph at all (Ofsted
 * letters, 2014 single inspections) are written in prose throughout and are
 * not checked. A table of graded judgements counts as the section's findings.
 */
import type { Report } from '../schema/report.js';
import type { Rule } from './rule.js';
import { sectionExtent } from './sections.js';

const rule: Rule<Report> = {
  id: 'section-without-findings',
  description: 'A findings or CQC outcome section holds no numbered paragraph',
  defaultSeverity: 'warning',
  check(report) {
    if (report.findings.length === 0) return [];
    return report.sections.flatMap((section, index) => {
      if (section.kind !== 'findings' && section.outcome === null) return [];
      const [start, end] = sectionExtent(report, index);
      const inside = (offset: number) => offset >= start && offset < end;
      if (report.findings.some((f) => inside(f.position.start.offset))) return [];
      if (report.judgements.some((j) => inside(j.position.start.offset))) return [];
      const name = section.number === null ? `\`${section.title}\`` : `${section.number} \`${section.title}\``;
      return [{ message: `Section ${name} has no numbered paragraphs`, position: section.position }];
    });
  },
};

export default rule;
