/**
 * The terminal summary of a diff: the counts first, then the header changes,
 * then the other changes grouped by section, with the lines in both files.
 * A pure function; colour is an option (tests render without it).
 */
import { Chalk } from 'chalk';
import type { Diff, WordChange } from './schema.js';
import { elide, linesText, marked, viewOf, type Mark, type ViewItem } from './view.js';

export interface DiffTextOptions {
  /** ANSI colours (default false). */
  color?: boolean;
  /** Unchanged words kept on each side of a change in a word diff (default 8). */
  context?: number;
}

export function formatDiffText(diff: Diff, options: DiffTextOptions = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const context = options.context ?? 8;
  const color = options.color ?? false;
  const names = `${diff.old.path} → ${diff.new.path}`;
  if (diff.identical) return `No differences: ${names}\n`;

  const view = viewOf(diff);
  const out: string[] = [chalk.bold(`${diff.differences} ${diff.differences === 1 ? 'difference' : 'differences'}: ${names}`)];
  const width = Math.max(...view.counts.map((c) => c.part.length));
  for (const { part, counts } of view.counts) out.push(`  ${`${part}:`.padEnd(width + 1)}  ${counts}`);

  const paint: Record<Mark, (text: string) => string> = { '+': chalk.green, '-': chalk.red, '~': chalk.yellow, '>': chalk.cyan };
  const where = (lines: ViewItem['lines']) => chalk.dim(linesText(lines));

  if (view.header.length > 0) {
    out.push('', chalk.bold('Header'));
    const labelWidth = Math.max(...view.header.map((row) => row.label.length));
    for (const row of view.header) {
      const mark: Mark = row.change === 'added' ? '+' : row.change === 'removed' ? '-' : '~';
      const value = row.change === 'changed' ? `${row.old} → ${row.new}` : (row.new ?? row.old);
      out.push(`  ${paint[mark](mark)} ${row.label.padEnd(labelWidth)}  ${value}  ${where(row.lines)}`.trimEnd());
    }
  }

  for (const group of view.groups) {
    out.push('', chalk.bold(group.title));
    const items = group.heading ? [group.heading, ...group.items] : group.items;
    for (const item of items) {
      const head = [paint[item.mark](item.mark), chalk.bold(item.name), paint[item.mark](item.status), ...item.details.map((d) => `· ${d}`)].join(' ');
      out.push(`  ${head}  ${where(item.lines)}`);
      if (item.words) out.push(`      ${wordsText(elide(item.words, context), chalk, color)}`);
      else if (item.text !== null) out.push(`      ${paint[item.mark](item.text)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function wordsText(words: WordChange[], chalk: InstanceType<typeof Chalk>, color: boolean): string {
  return marked(words, (op, text) => {
    if (color) return op === 'delete' ? chalk.red.strikethrough(text) : chalk.green.underline(text);
    return op === 'delete' ? `[-${text}-]` : `{+${text}+}`;
  });
}
