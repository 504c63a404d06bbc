/**
 * A timescale that is written but cannot be read ("within 3-6 months", "by
 * the end of the year"): in a recommendation, or in the heading, group label
 * or introduction of a recommendations section. Its due date is unknown.
 */
import type { Report } from '../schema/report.js';
import type { Problem, Rule } from './rule.js';
import { unreadableTimescales } from './timescale-text.js';

const rule: Rule<Report> = {
  id: 'timescale-unreadable',
  description: 'A timescale is written but cannot be read into a due date (`within 3-6 months`)',
  defaultSeverity: 'warning',
  check(report) {
    const problems: Problem[] = [];
    const say = (text: string, where: string, position: Problem['position']) => {
      for (const phrase of unreadableTimescales(text)) {
        problems.push({ message: `Cannot read the timescale \`${phrase}\` in ${where}`, position });
      }
    };
    for (const section of report.sections) {
      if (section.kind !== 'recommendations') continue;
      say(section.title, `the heading \`${section.title}\``, section.position);
      for (const paragraph of section.content) say(paragraph.text, 'the recommendations section', paragraph.position);
    }
    for (const rec of report.recommendations) say(rec.text, `recommendation ${rec.id}`, rec.position);
    return problems;
  },
};

export default rule;
