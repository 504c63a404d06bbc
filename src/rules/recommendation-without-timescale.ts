/**
 * A recommendation with no timescale: none in its text, its group label or
 * a table column. One whose timescale is written but unreadable is left to
 * `timescale-unreadable`. Ofsted reports from 2014 on give none at all.
 */
import type { Report } from '../schema/report.js';
import type { Rule } from './rule.js';
import { sectionAt } from './sections.js';
import { unreadableTimescales } from './timescale-text.js';

const rule: Rule<Report> = {
  id: 'recommendation-without-timescale',
  description: 'A recommendation gives no timescale, so it has no due date',
  defaultSeverity: 'warning',
  check(report) {
    return report.recommendations.flatMap((rec) => {
      if (rec.timescale !== null) return [];
      const said = [rec.text, rec.group ?? '', ...labelsBefore(report, rec.position.start.offset)].some(
        (text) => unreadableTimescales(text).length > 0,
      );
      return said ? [] : [{ message: `Recommendation ${rec.id} gives no timescale`, position: rec.position }];
    });
  },
};

export default rule;

/** The heading over a recommendation and the section text right before it: where a group label would be. */
function labelsBefore(report: Report, offset: number): string[] {
  const section = report.sections[sectionAt(report, offset)];
  if (!section) return [];
  const before = section.content.filter((p) => p.position.start.offset < offset).at(-1);
  return before ? [section.title, before.text] : [section.title];
}
