/**
 * A numbered paragraph that no numbered section holds, in a report that
 * numbers its sections ("1.1" under "The Context", or before the first
 * heading). Reports numbered straight through under unnumbered headings
 * (Ofsted's "17.") have no numbered sections to be outside of.
 */
import type { Report } from '../schema/report.js';
import type { Rule } from './rule.js';
import { enclosingSections } from './sections.js';

const rule: Rule<Report> = {
  id: 'finding-outside-section',
  description: 'A numbered paragraph sits outside every numbered section of a report that numbers its sections',
  defaultSeverity: 'warning',
  check(report) {
    const numbersSections = report.sections.some((s) => s.number !== null) || report.findings.some((f) => f.id.includes('.'));
    if (!numbersSections) return [];
    return report.findings.flatMap((finding) => {
      const enclosing = enclosingSections(report, finding.position.start.offset);
      if (enclosing.some((s) => s.number !== null)) return [];
      const where = enclosing[0] ? `under \`${enclosing[0].title}\`` : 'before the first heading';
      return [{ message: `Paragraph \`${finding.id}\` is outside any numbered section (${where})`, position: finding.position }];
    });
  },
};

export default rule;
