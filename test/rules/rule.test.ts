/** The one wrapper that runs rules: ids and severities are stamped there, and settings read there. */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { parserRule } from '../../src/rules/from-parser.js';
import { readRuleOption, readSetting, runRules, severityOf, type Rule } from '../../src/rules/rule.js';

const at = (line: number, offset: number) => ({ start: { line, column: 1, offset }, end: { line, column: 5, offset: offset + 4 } });

const late: Rule<string> = { id: 'late', description: 'fires late', defaultSeverity: 'warning', check: () => [{ message: 'b', position: at(9, 90) }] };
const early: Rule<string> = {
  id: 'early',
  description: 'fires early, twice',
  defaultSeverity: 'error',
  check: () => [
    { message: 'a2', position: at(3, 30) },
    { message: 'a1', position: at(1, 0) },
  ],
};

describe('runRules', () => {
  it('stamps each problem with its rule id and default severity, in document order', () => {
    expect(runRules([late, early], 'input').map((d) => [d.rule, d.severity, d.message, d.position.start.line])).toEqual([
      ['early', 'error', 'a1', 1],
      ['early', 'error', 'a2', 3],
      ['late', 'warning', 'b', 9],
    ]);
  });

  it('skips a rule set to off and applies the level a rule is set to', () => {
    const problems = runRules([late, early], 'input', { early: 'off', late: 'error' });
    expect(problems.map((d) => [d.rule, d.severity])).toEqual([['late', 'error']]);
  });

  it('does not run a rule that is off', () => {
    let ran = false;
    const watched: Rule<null> = { ...late, check: () => ((ran = true), []) };
    runRules([watched], null, { late: 'off' });
    expect(ran).toBe(false);
  });
});

describe('settings', () => {
  it('reads RULE=off|warning|error', () => {
    expect(readRuleOption('numbering-gap=error')).toEqual(['numbering-gap', 'error']);
    expect(readRuleOption(' header-missing-chief-executive = off ')).toEqual(['header-missing-chief-executive', 'off']);
    expect(severityOf(late, { late: 'off' })).toBeNull();
    expect(severityOf(late, {})).toBe('warning');
  });

  it('refuses other levels and other shapes', () => {
    expect(() => readRuleOption('numbering-gap=fatal')).toThrow('"fatal" is not a level for numbering-gap: expected off, warning, error');
    expect(() => readRuleOption('numbering-gap')).toThrow('expected RULE=off|warning|error, got "numbering-gap"');
    expect(() => readSetting('info', 'x')).toThrow(/not a level/);
  });
});

describe('parserRule', () => {
  it("selects the parser's diagnostics with its own id and no others", () => {
    const report = parseReport('## 1 Findings\n\n1.1 One.\n\n1.3 Three.\n\n1.3 Three again.\n');
    expect(report.diagnostics.map((d) => d.rule).sort()).toEqual(['numbering-duplicate', 'numbering-gap']);
    const gap = parserRule({ id: 'numbering-gap', description: '', defaultSeverity: 'warning' });
    // The number found and the one expected travel as data, as in vfile-message.
    expect(gap.check(report)).toEqual([{ message: expect.stringContaining('`1.3`'), position: report.findings[1]!.position, actual: '1.3', expected: ['1.2'] }]);
  });
});

describe('emphasis-stray', () => {
  it('also reports the parser’s emphasis-unclosed diagnostics, under its own id', async () => {
    const { default: rule } = await import('../../src/rules/emphasis-stray.js');
    const report = parseReport('## 1 Findings\n\n1.1 One.\n');
    const position = report.findings[0]!.position;
    report.diagnostics.push({ rule: 'emphasis-unclosed', severity: 'warning', message: 'Unclosed `*`', position });
    expect(runRules([rule], report).map((d) => [d.rule, d.message])).toEqual([['emphasis-stray', 'Unclosed `*`']]);
  });
});
