import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { boundNesting, MAX_NESTING } from '../../src/read/nesting.js';

const indentedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('');
const quoteLines = (depth: number) => Array.from({ length: depth }, (_, i) => `${'>'.repeat(i + 1)} quote ${i}\n`).join('');
/** The words of a text, without container syntax: what flattening must keep. */
const words = (text: string) => text.replace(/\d{1,9}[.)](?=[ \t]|$)/gm, ' ').replace(/[\s>*+-]+/g, ' ').trim();

describe('boundNesting', () => {
  it(`returns a text nested ${MAX_NESTING} levels deep as it is, with no diagnostic`, () => {
    for (const text of [indentedList(MAX_NESTING), quoteLines(MAX_NESTING), `${'- '.repeat(MAX_NESTING)}x\n`, `${'>'.repeat(MAX_NESTING)} x\n`]) {
      expect(boundNesting(text)).toEqual({ text, diagnostics: [] });
    }
  });

  it('cuts a line of 100,000 `>` to 32 and keeps its text', () => {
    const { text, diagnostics } = boundNesting(`${'>'.repeat(100_000)} text\n`);
    expect(text).toBe(`${'>'.repeat(32)}text\n`);
    expect(diagnostics.map((d) => [d.rule, d.severity, d.actual, d.expected, d.position.start.line])).toEqual([['nesting-flattened', 'warning', '100000', ['32'], 1]]);
  });

  it('cuts a line of nested list markers to 32 markers', () => {
    expect(boundNesting(`${'- '.repeat(1000)}text\n`).text).toBe(`${'- '.repeat(32)}text\n`);
    expect(boundNesting(`${'1. '.repeat(40)}text\n`).text).toBe(`${'1. '.repeat(32)}text\n`);
  });

  it('flattens an indented list past level 32 to the indentation of level 32, line for line, one diagnostic for the run', () => {
    const input = `# Title\n\n${indentedList(100)}\nafter\n`;
    const { text, diagnostics } = boundNesting(input);
    const lines = text.split('\n');
    expect(lines).toHaveLength(input.split('\n').length);
    expect(lines[2 + 31]).toBe(`${'  '.repeat(31)}- item 31`);
    expect(lines[2 + 40]).toBe(`${'  '.repeat(32)}item 40`);
    expect(lines.at(-2)).toBe('after');
    expect(words(text)).toBe(words(input));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toBe(
      'Nesting of 100 levels flattened to 32 on lines 35–102: the text is kept, the `>`, list markers and indentation past level 32 are removed',
    );
    // The diagnostic's place is in the text that remark reads.
    const { start, end } = diagnostics[0]!.position;
    expect(text.slice(start.offset, end.offset).split('\n')).toHaveLength(102 - 35 + 1);
    expect(text.slice(start.offset).startsWith(`${'  '.repeat(32)}item 32`)).toBe(true);
  });

  it('keeps CRLF line ends and the lines of nested blockquotes', () => {
    const input = quoteLines(40).replace(/\n/g, '\r\n');
    const { text } = boundNesting(input);
    expect(text.split('\r\n')).toHaveLength(41);
    expect(text.split('\r\n')[39]).toBe(`${'>'.repeat(32)}quote 39`);
  });

  it('reads `- - -` as a rule and not as nested lists', () => {
    const text = `${'- '.repeat(100)}\n`;
    expect(boundNesting(text)).toEqual({ text, diagnostics: [] });
  });

  it('cuts 100,000 list levels on one line to 32 (the hostile-input table times it)', () => {
    const big = `${'- '.repeat(100_000)}x\n`;
    expect(boundNesting(big).text).toHaveLength(32 * 2 + 2);
  });
});

describe('parseReport on deep nesting', () => {
  it('reads a 3,000-level nested list: the text of every item kept, a nesting-flattened warning on the lines past 32', () => {
    const text = indentedList(3000);
    const report = parseReport(text);
    const flattened = report.diagnostics.filter((d) => d.rule === 'nesting-flattened');
    expect(flattened.map((d) => [d.position.start.line, d.position.end.line])).toEqual([[33, 3000]]);
    const all = report.preamble.map((p) => p.text).join(' ');
    for (const i of [0, 31, 32, 1000, 2999]) expect(all).toContain(`item ${i}`);
  });

  it('reads 100,000 blockquote levels as the text they hold', () => {
    const report = parseReport(`${'>'.repeat(100_000)} text\n`);
    expect(report.preamble.map((p) => p.text)).toEqual(['text']);
    expect(report.diagnostics.map((d) => d.rule).sort()).toEqual(['nesting-flattened', 'not-a-report']);
  });

  it('changes nothing in a real report', () => {
    expect(parseReport('# 1 General\n\n- a\n  - b\n    > c\n').diagnostics.map((d) => d.rule)).not.toContain('nesting-flattened');
  });
});
