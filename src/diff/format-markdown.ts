/**
 * A diff as markdown, for pasting into a briefing: the counts, the header
 * changes as a table, then the changes grouped by section. Deleted words are
 * struck through (~~old~~), inserted words bold (**new**). A pure function.
 */
import type { Diff } from './schema.js';
import { elide, linesText, marked, viewOf, type ViewItem } from './view.js';

export interface DiffMarkdownOptions {
  /** Unchanged words kept on each side of a change in a word diff (default 8). */
  context?: number;
}

export function formatDiffMarkdown(diff: Diff, options: DiffMarkdownOptions = {}): string {
  const context = options.context ?? 8;
  const names = `\`${code(diff.old.path)}\` → \`${code(diff.new.path)}\``;
  if (diff.identical) return `# No differences: ${names}\n`;

  const view = viewOf(diff);
  const out: string[] = [`# Differences: ${names}`, '', `**${diff.differences} ${diff.differences === 1 ? 'difference' : 'differences'}.**`, ''];
  out.push('| Part | Count |', '| --- | --- |', ...view.counts.map(({ part, counts }) => `| ${part} | ${counts} |`));

  if (view.header.length > 0) {
    out.push('', '## Header', '', '| Field | Old | New | Lines |', '| --- | --- | --- | --- |');
    for (const row of view.header) {
      out.push(`| ${cell(row.label)} | ${row.old === null ? '' : cell(row.old)} | ${row.new === null ? '' : cell(row.new)} | ${linesText(row.lines)} |`);
    }
  }

  for (const group of view.groups) {
    out.push('', `## ${escape(group.title)}`, '');
    const items = group.heading ? [group.heading, ...group.items] : group.items;
    for (const item of items) out.push(...itemLines(item, context));
  }
  return `${out.join('\n')}\n`;
}

function itemLines(item: ViewItem, context: number): string[] {
  const head = [`**${escape(item.name)}** ${item.status}`, ...item.details.map(escape)].join(' · ');
  const where = linesText(item.lines);
  const lines = [`- ${head}${where ? ` (${where})` : ''}`];
  if (item.words) {
    lines.push(`  ${marked(elide(item.words, context), (op, text) => (op === 'delete' ? `~~${text}~~` : `**${text}**`), escape)}`);
  } else if (item.text !== null) {
    lines.push(`  ${escape(item.text)}`);
  }
  // A line break inside the list item: two trailing spaces on the head line.
  if (lines.length > 1) lines[0] += '  ';
  return lines;
}

/** Escape the characters that markdown would read as syntax inside running text. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

function cell(text: string): string {
  return escape(text).replace(/\n/g, ' ');
}

function code(text: string): string {
  return text.replace(/`/g, "'");
}
