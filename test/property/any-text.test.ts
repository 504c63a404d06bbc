/**
 * Properties of any text at all: every code point, strings made of the
 * characters and words that mean something to markdown or to the extractor,
 * and report-shaped documents with such debris dropped into them. Nothing is
 * promised about what is found in them, only that the parser never throws,
 * gives JSON that passes the schema, loses no text, places every position
 * inside the input at the text it claims, and gives the same bytes every time.
 */
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseReport } from '../../src/index.js';
import { boundNesting, MAX_NESTING } from '../../src/read/nesting.js';
import { reportProblems, schemaProblems } from '../helpers/report-checks.js';
import { anyText, damagedReport, deeplyNested, markdownish } from '../helpers/report-grammar.js';

describe('any text', () => {
  test.prop([anyText], { numRuns: 400 })('parses without throwing into JSON that passes the schema', (text) => {
    expect(schemaProblems(JSON.parse(JSON.stringify(parseReport(text))))).toEqual([]);
  });

  test.prop([markdownish], { numRuns: 400 })('keeps its text, with positions at the text they claim', (text) => {
    expect(reportProblems(text, parseReport(text))).toEqual([]);
  });

  test.prop([anyText], { numRuns: 200 })('gives byte-identical JSON every time', (text) => {
    expect(JSON.stringify(parseReport(text))).toBe(JSON.stringify(parseReport(text)));
  });
});

describe('a report with debris dropped into it', () => {
  test.prop([damagedReport], { numRuns: 150 })('keeps its text, with positions at the text they claim', (text) => {
    expect(reportProblems(text, parseReport(text))).toEqual([]);
  });
});

/** The words of a text without container syntax (`>`, list markers, indentation): what flattening must keep. */
const words = (text: string) => text.replace(/\d{1,9}[.)](?=[ \t]|$)/gm, ' ').replace(/[\s>*+-]+/g, ' ').trim();

describe(`containers nested past ${MAX_NESTING} levels`, () => {
  test.prop([deeplyNested], { numRuns: 60 })(
    'are flattened before remark with a nesting-flattened warning, keeping every word, with positions at the text remark read',
    (text) => {
      const report = parseReport(text);
      // Positions count from after a byte-order mark, as parseReport reads the text.
      const body = text.replace(/^\uFEFF+/, '');
      const bounded = boundNesting(body);
      expect(words(bounded.text)).toBe(words(body));
      expect(bounded.text.split(/\r\n|\r|\n/)).toHaveLength(body.split(/\r\n|\r|\n/).length);
      expect(report.diagnostics.some((d) => d.rule === 'nesting-flattened')).toBe(bounded.text !== body);
      expect(reportProblems(bounded.text, report)).toEqual([]);
    },
  );
});
