import { PassThrough, Readable } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { colorLevel, formatOption, outputFormat, terminalWidth } from '../../src/cli/format-option.js';
import type { Io } from '../../src/cli/io.js';

function io(options: { tty?: boolean; depth?: number; columns?: number; env?: Record<string, string> } = {}): Io {
  const stdout = Object.assign(new PassThrough(), {
    isTTY: options.tty,
    columns: options.columns,
    getColorDepth: () => options.depth ?? 8,
  });
  return { stdin: Readable.from([]), stdout, stderr: new PassThrough(), env: options.env ?? {} };
}

describe('outputFormat', () => {
  it('defaults to a table on a terminal and JSON when piped', () => {
    expect(outputFormat(undefined, io({ tty: true }))).toBe('table');
    expect(outputFormat(undefined, io({ tty: false }))).toBe('json');
    expect(outputFormat(undefined, io())).toBe('json');
  });

  it('takes the format asked for either way', () => {
    expect(outputFormat('csv', io({ tty: true }))).toBe('csv');
    expect(outputFormat('table', io({ tty: false }))).toBe('table');
  });
});

describe('formatOption', () => {
  it('accepts exactly table, json, ndjson, csv and ics', () => {
    const option = formatOption();
    expect(option.argChoices).toEqual(['table', 'json', 'ndjson', 'csv', 'ics']);
    const command = new Command().exitOverride().configureOutput({ writeErr: () => undefined }).addOption(option);
    expect(() => command.parse(['--format', 'xml'], { from: 'user' })).toThrow(/Allowed choices are table, json, ndjson, csv, ics/);
  });
});

describe('colorLevel', () => {
  it.each<[string, Parameters<typeof io>[0], number]>([
    ['a terminal with 256 colours', { tty: true, depth: 8 }, 2],
    ['a true-colour terminal', { tty: true, depth: 24 }, 3],
    ['a 16-colour terminal', { tty: true, depth: 4 }, 1],
    ['a pipe', { tty: false }, 0],
    ['NO_COLOR on a terminal', { tty: true, env: { NO_COLOR: '1' } }, 0],
    ['an empty NO_COLOR, which does not count', { tty: true, depth: 4, env: { NO_COLOR: '' } }, 1],
    ['TERM=dumb', { tty: true, env: { TERM: 'dumb' } }, 0],
    ['FORCE_COLOR=1 on a pipe', { tty: false, env: { FORCE_COLOR: '1' } }, 1],
    ['FORCE_COLOR=3 on a pipe', { tty: false, env: { FORCE_COLOR: '3' } }, 3],
    ['FORCE_COLOR= (empty) on a pipe', { tty: false, env: { FORCE_COLOR: '' } }, 1],
    ['FORCE_COLOR=true on a pipe', { tty: false, env: { FORCE_COLOR: 'true' } }, 1],
    ['FORCE_COLOR=0 on a terminal', { tty: true, env: { FORCE_COLOR: '0' } }, 0],
    ['FORCE_COLOR=false on a terminal', { tty: true, env: { FORCE_COLOR: 'false' } }, 0],
    ['FORCE_COLOR over NO_COLOR', { tty: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, 1],
  ])('%s → level %i', (_, options, level) => {
    expect(colorLevel(io(options))).toBe(level);
  });
});

describe('terminalWidth', () => {
  it('takes the stream’s columns, then COLUMNS, else nothing', () => {
    expect(terminalWidth(io({ tty: true, columns: 132 }))).toBe(132);
    expect(terminalWidth(io({ env: { COLUMNS: '90' } }))).toBe(90);
    expect(terminalWidth(io({ env: { COLUMNS: 'wide' } }))).toBeUndefined();
    expect(terminalWidth(io())).toBeUndefined();
  });
});
