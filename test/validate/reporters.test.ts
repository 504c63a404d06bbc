/** The text and SARIF reporters: pure functions from results to a string. */
import { describe, expect, it } from 'vitest';
import { formatLintText } from '../../src/format/lint-text.js';
import { formatSarif } from '../../src/format/sarif.js';
import type { Diagnostic } from '../../src/schema/report.js';

const problem = (rule: string, severity: Diagnostic['severity'], message: string, line: number, column: number, endColumn = column + 4): Diagnostic => ({
  rule,
  severity,
  message,
  position: { start: { line, column, offset: 0 }, end: { line, column: endColumn, offset: 4 } },
});

const seed = {
  path: 'reports/essex 2010.md',
  problems: [problem('numbering-gap', 'warning', 'Unexpected `3.13` after `3.11`, expected `3.12`', 130, 1, 365), problem('emphasis-stray', 'warning', 'Unmatched `*`', 262, 4, 5)],
};
const broken = { path: '-', problems: [problem('json-schema', 'error', 'judgements: missing (expected array)', 1, 1, 2)] };
const clean = { path: 'clean.md', problems: [] };

describe('formatLintText', () => {
  it('prints file:line:column, severity, message and rule id in aligned columns, then a summary', () => {
    expect(formatLintText([seed])).toBe(
      [
        'reports/essex 2010.md:130:1  warning  Unexpected `3.13` after `3.11`, expected `3.12`  numbering-gap',
        'reports/essex 2010.md:262:4  warning  Unmatched `*`                                    emphasis-stray',
        '',
        '2 problems (0 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('prints each file in turn, standard input as <stdin>, then one summary for all', () => {
    const lines = formatLintText([seed, clean, broken]).split('\n');
    expect(lines.map((line) => line.split(':')[0])).toEqual(['reports/essex 2010.md', 'reports/essex 2010.md', '<stdin>', '', '3 problems (1 error, 2 warnings) in 2 of 3 files', '']);
  });

  it('says there are no problems, and in how many files', () => {
    expect(formatLintText([clean])).toBe('no problems\n');
    expect(formatLintText([clean, clean])).toBe('no problems in 2 files\n');
  });

  it('says when the warnings are more than --max-warnings allows', () => {
    expect(formatLintText([seed], { maxWarnings: 1 })).toMatch(/^2 problems \(0 errors, 2 warnings\): more warnings than --max-warnings 1$/m);
    expect(formatLintText([seed], { maxWarnings: 2 })).not.toMatch(/max-warnings/);
  });

  it('prints hundreds of thousands of problems (JSON with a schema problem in every item)', () => {
    const many = { path: 'many.json', problems: Array.from({ length: 300_000 }, (_, i) => problem('json-schema', 'error', `findings[${i}].id: missing`, i + 1, 5)) };
    const lines = formatLintText([many]).split('\n');
    expect(lines).toHaveLength(300_003);
    expect(lines.at(-2)).toBe('300000 problems (300000 errors, 0 warnings)');
  });

  it('colours severities only when asked', () => {
    expect(formatLintText([seed, broken])).not.toMatch(/\u001b\[/);
    const coloured = formatLintText([seed, broken], { color: true });
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
  });
});

describe('formatSarif', () => {
  const rules = [
    { id: 'json-schema', description: 'JSON input does not match the report schema', defaultSeverity: 'error' as const },
    { id: 'numbering-gap', description: 'A numbered paragraph skips a number', defaultSeverity: 'warning' as const },
    { id: 'emphasis-stray', description: 'An emphasis marker opens or closes nothing', defaultSeverity: 'warning' as const },
  ];
  const sarif = JSON.parse(formatSarif([seed, broken, { path: '/tmp/a b.md', problems: [problem('numbering-gap', 'info', 'x', 2, 3)] }], { rules, version: '0.1.0' }));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with one run of the inspect tool', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'inspect', version: '0.1.0' });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('describes every rule with its default level', () => {
    expect(run.tool.driver.rules).toEqual([
      { id: 'json-schema', name: 'JsonSchema', shortDescription: { text: 'JSON input does not match the report schema' }, defaultConfiguration: { level: 'error' } },
      { id: 'numbering-gap', name: 'NumberingGap', shortDescription: { text: 'A numbered paragraph skips a number' }, defaultConfiguration: { level: 'warning' } },
      { id: 'emphasis-stray', name: 'EmphasisStray', shortDescription: { text: 'An emphasis marker opens or closes nothing' }, defaultConfiguration: { level: 'warning' } },
    ]);
  });

  it('gives each problem its rule, level, message and region in its file', () => {
    expect(run.results).toHaveLength(4);
    expect(run.results[0]).toEqual({
      ruleId: 'numbering-gap',
      ruleIndex: 1,
      level: 'warning',
      message: { text: 'Unexpected `3.13` after `3.11`, expected `3.12`' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'reports/essex%202010.md' },
            region: { startLine: 130, startColumn: 1, endLine: 130, endColumn: 365 },
          },
        },
      ],
    });
    expect(run.results.map((r: { ruleIndex: number; level: string }) => [r.ruleIndex, r.level])).toEqual([
      [1, 'warning'],
      [2, 'warning'],
      [0, 'error'],
      [1, 'note'],
    ]);
  });

  it('names standard input in words and an absolute path as a file URI', () => {
    expect(run.results[2].locations[0].physicalLocation.artifactLocation).toEqual({ description: { text: 'standard input' } });
    expect(run.results[3].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///tmp/a%20b.md' });
  });
});
