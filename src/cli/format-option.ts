/**
 * `--format`, declared once for every command that lists things, and the
 * terminal facts the table needs (colour, width), read from the command's
 * own streams and environment rather than the process's.
 */
import { Option } from 'commander';
import { FORMATS, type ColorLevel, type Format } from '../format/index.js';
import type { Io } from './io.js';

export { FORMATS, type Format };

/** `--format`, offering only the formats the command can produce (`ics` needs dates: only recommendations have them). */
export function formatOption(choices: readonly Format[] = FORMATS): Option {
  return new Option('--format <format>', 'output format (default: table on a terminal, json when piped)').choices(choices);
}

/** The formats of a command that lists rows with no dates. */
export const ROW_FORMATS = FORMATS.filter((format) => format !== 'ics');

/** The format asked for, else a table for a person at a terminal and JSON for a program. */
export function outputFormat(flag: Format | undefined, io: Io): Format {
  return flag ?? (io.stdout.isTTY ? 'table' : 'json');
}

/**
 * How much colour the table may use on stdout: FORCE_COLOR wins (as in Node
 * and chalk: "0"/"false" off, "1"/"true"/"" basic, "2" 256 colours, "3" true
 * colour), then NO_COLOR (any non-empty value) turns colour off, then only a
 * terminal that is not "dumb" gets colour.
 */
export function colorLevel(io: Io): ColorLevel {
  const env = io.env ?? {};
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number.parseInt(force, 10);
    return Number.isNaN(level) ? 1 : (Math.min(Math.max(level, 0), 3) as ColorLevel);
  }
  if (env.NO_COLOR) return 0;
  if (!io.stdout.isTTY || env.TERM === 'dumb') return 0;
  const depth = (io.stdout as { getColorDepth?: (env?: object) => number }).getColorDepth?.(env) ?? 4;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

/** The terminal's width, else COLUMNS, else nothing (the table's default). */
export function terminalWidth(io: Io): number | undefined {
  const columns = (io.stdout as { columns?: number }).columns ?? Number(io.env?.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}
