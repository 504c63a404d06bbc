/**
 * The action plan as Markdown: the cover as a heading block and a list, then
 * the plan as a GFM table with the columns of the workbook (the user's
 * columns empty), due dates as YYYY-MM-DD.
 */
import { coverLines, PLAN_COLUMNS } from './columns.js';
import type { ActionPlan } from './plan.js';

export function planToMarkdown(plan: ActionPlan): string {
  const lines = ['# Action plan', '', `## ${inline(plan.cover.title ?? 'Inspection report')}`, ''];
  for (const [label, value] of coverLines(plan.cover)) lines.push(`- **${label}:** ${inline(value)}`);
  lines.push('', `Status is one of: Not started, On track, At risk, Overdue, Complete.`, '');
  lines.push(row(PLAN_COLUMNS.map((c) => c.header)));
  lines.push(row(PLAN_COLUMNS.map(() => '---')));
  for (const r of plan.rows) lines.push(row(PLAN_COLUMNS.map((c) => inline(c.text(r)))));
  return `${lines.join('\n')}\n`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Text that Markdown shows as written: its syntax characters escaped, on one line (a table cell cannot break). */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}
