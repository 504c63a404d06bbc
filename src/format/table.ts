/**
 * A table for people at a terminal (cli-table3). Colour is an option, never
 * read from the process: chalk's own default looks at the real stdout, which
 * is wrong for a command that writes elsewhere and for tests.
 */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Column, FormatOptions } from './index.js';

export type ColorLevel = 0 | 1 | 2 | 3;
export type Tone = 'red' | 'yellow' | 'green' | 'cyan' | 'dim';

const DEFAULT_WIDTH = 100;
/** The narrowest the wrapping column may get, however many columns there are. */
const MIN_WRAP = 24;
/** One space either side of each cell. */
const PADDING = 2;

export function formatTable<Row>(rows: readonly Row[], allColumns: readonly Column<Row>[], options: FormatOptions<Row> = {}): string {
  const color = options.color ?? 0;
  const width = options.width ?? DEFAULT_WIDTH;
  const chalk = new Chalk({ level: color });
  const columns = allColumns.filter((c) => c.table !== false);
  const cells = rows.map((row) => columns.map((c) => displayOf(c, row)));
  const table = new Table({
    head: columns.map((c) => chalk.bold(c.header)),
    // cli-table3 colours its head and borders through its own colour library by default.
    style: { head: [], border: [] },
    colWidths: widths(columns, cells, width),
    wordWrap: true,
    wrapOnWordBoundary: true,
  });
  rows.forEach((row, r) => {
    table.push(
      columns.map((c, i) => {
        const tone = c.tone?.(row);
        return tone ? chalk[tone](cells[r]![i]!) : cells[r]![i]!;
      }),
    );
  });
  return `${table.toString()}\n`;
}

function displayOf<Row>(column: Column<Row>, row: Row): string {
  if (column.display) return column.display(row);
  const value = column.value(row);
  return value === null ? '—' : String(value);
}

/**
 * Fixed columns get their natural width (at most their `maxWidth`); the wrapping column gets what is
 * left of the width (never less than MIN_WRAP), or its natural width if that
 * is smaller.
 */
function widths<Row>(columns: readonly Column<Row>[], cells: string[][], total: number): (number | null)[] {
  const natural = columns.map((c, i) => {
    const content = Math.max(length(c.header), ...cells.map((row) => longestLine(row[i]!)));
    return Math.min(content, c.maxWidth ?? Infinity) + PADDING;
  });
  const flex = columns.findIndex((c) => c.wrap);
  if (flex < 0) return natural;
  const borders = columns.length + 1;
  const fixed = natural.reduce((sum, w, i) => (i === flex ? sum : sum + w), 0);
  const room = Math.max(MIN_WRAP, total - fixed - borders);
  return natural.map((w, i) => (i === flex ? Math.min(w, room) : w));
}

function longestLine(text: string): number {
  return Math.max(...text.split('\n').map(length));
}

/** Width in terminal cells, counting each code point as one. */
function length(text: string): number {
  return [...text].length;
}
