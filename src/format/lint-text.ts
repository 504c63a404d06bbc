/**
 * Problems as lines, like markdownlint and vfile-reporter:
 *
 *     report.md:130:1  warning  Unexpected `3.13` after `3.11`, expected `3.12`  numbering-gap
 *
 * columns aligned, then one summary line. Pure: colour is an option.
 */
import type { Diagnostic } from '../schema/report.js';

export interface LintFile {
  /** The path as given; "-" is standard input. */
  path: string;
  problems: readonly Diagnostic[];
}

export interface LintTextOptions {
  /** ANSI colours for severities and the summary (default false). */
  color?: boolean;
  /** The `--max-warnings` limit, named in the summary when it is exceeded. */
  maxWarnings?: number;
}

const STYLE = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22] } as const;
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue' } as const;

export function formatLintText(files: readonly LintFile[], options: LintTextOptions = {}): string {
  const paint = (style: keyof typeof STYLE, text: string) =>
    options.color ? `\u001b[${STYLE[style][0]}m${text}\u001b[${STYLE[style][1]}m` : text;
  const rows = files.flatMap((file) =>
    file.problems.map((p) => ({
      place: `${displayName(file.path)}:${p.position.start.line}:${p.position.start.column}`,
      severity: p.severity,
      message: p.message,
      rule: p.rule,
    })),
  );
  const width = (key: 'place' | 'severity' | 'message') => rows.reduce((max, row) => Math.max(max, row[key].length), 0);
  const [place, severity, message] = [width('place'), width('severity'), width('message')];
  const lines = rows.map(
    (row) =>
      `${row.place.padEnd(place)}  ${paint(SEVERITY_STYLE[row.severity], row.severity.padEnd(severity))}  ${row.message.padEnd(message)}  ${paint('dim', row.rule)}`,
  );
  const summary = summaryLine(files, options, paint);
  return `${lines.join('\n')}${lines.length > 0 ? '\n\n' : ''}${summary}\n`;
}

/** How a path is shown: standard input as `<stdin>`. */
export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

function summaryLine(
  files: readonly LintFile[],
  options: LintTextOptions,
  paint: (style: keyof typeof STYLE, text: string) => string,
): string {
  const all = files.flatMap((file) => file.problems);
  const errors = all.filter((p) => p.severity === 'error').length;
  const warnings = all.filter((p) => p.severity === 'warning').length;
  const infos = all.length - errors - warnings;
  const where = files.length > 1 ? ` in ${files.filter((f) => f.problems.length > 0).length} of ${plural(files.length, 'file')}` : '';
  if (all.length === 0) return paint('bold', `no problems${files.length > 1 ? ` in ${plural(files.length, 'file')}` : ''}`);
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [plural(infos, 'note')] : [])].join(', ');
  const over =
    options.maxWarnings !== undefined && warnings > options.maxWarnings ? `: more warnings than --max-warnings ${options.maxWarnings}` : '';
  const line = `${plural(all.length, 'problem')} (${counts})${where}${over}`;
  return paint('bold', errors > 0 ? paint('red', line) : paint('yellow', line));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
