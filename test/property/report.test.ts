/**
 * Properties of report-shaped documents from a small grammar
 * (test/helpers/report-grammar.ts): whatever the title block, header form,
 * heading syntax, numbering, italics, insertions, page breaks, recommendation
 * groups, line endings or byte-order mark, the parser never throws, the JSON
 * passes the schema, no text is lost, every position points at the text it
 * claims, the output is deterministic, and every numbered paragraph is found
 * with the facts its writing promises. A failure prints the seed and the
 * shrunk document; `npm run fuzz` runs the same checks 100,000 times.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseReport, Report } from '../../src/index.js';
import { actualView, claimProblems, expectedView, positionProblems } from '../helpers/report-checks.js';
import { reportDocument } from '../helpers/report-grammar.js';
import { lostLines } from '../helpers/text-lost.js';

const runs = { numRuns: 250 };

describe('a report-shaped document', () => {
  test.prop([reportDocument], runs)('parses without throwing into JSON that passes the schema', (doc) => {
    const json = JSON.stringify(parseReport(doc.text));
    const result = Report.safeParse(JSON.parse(json));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test.prop([reportDocument], runs)('keeps every line of its text somewhere in the report', (doc) => {
    expect(lostLines(doc.text, parseReport(doc.text))).toEqual([]);
  });

  test.prop([reportDocument], runs)('gives positions inside the input whose lines, columns and text match', (doc) => {
    const report = parseReport(doc.text);
    expect([...positionProblems(doc.text, report), ...claimProblems(doc.text, report)]).toEqual([]);
  });

  test.prop([reportDocument], { numRuns: 100 })('gives byte-identical JSON every time', (doc) => {
    expect(JSON.stringify(parseReport(doc.text))).toBe(JSON.stringify(parseReport(doc.text)));
  });

  test.prop([reportDocument], runs)(
    'finds every numbered paragraph with its id, section, joint-report flag, insertions and paragraph count',
    (doc) => {
      const report = parseReport(doc.text);
      expect(actualView(doc, report).findings).toEqual(expectedView(doc).findings);
    },
  );

  test.prop([reportDocument], runs)('reads the title, header fields, recommendation groups and action plan as written', (doc) => {
    const { findings: _f, ...actual } = actualView(doc, parseReport(doc.text));
    const { findings: _e, ...expected } = expectedView(doc);
    expect(actual).toEqual(expected);
  });
});

describe('the grammar itself', () => {
  // A guard against a grammar that quietly stops writing what the properties rely on.
  const docs = fc.sample(reportDocument, { numRuns: 300, seed: 7 });
  const findings = docs.flatMap((d) => d.findings);

  test('writes every joint-report flag, page-break continuations, insertions, gaps and duplicates', () => {
    expect(new Set(findings.map((f) => f.jointReport))).toEqual(new Set([true, false, 'partial', null]));
    expect(new Set(findings.map((f) => f.paragraphs))).toEqual(new Set([1, 2, 3]));
    expect(findings.some((f) => f.insertions.length > 1)).toBe(true);
    const ids = docs.map((d) => d.findings.map((f) => f.id));
    expect(ids.some((list) => new Set(list).size < list.length)).toBe(true);
    expect(ids.some((list) => list.some((id) => !id.includes('.')))).toBe(true);
  });

  test('writes every header form, recommendation groups, line ending and byte-order mark', () => {
    expect(docs.some((d) => d.text.includes('<b>Date') || d.text.includes('<b>Chief'))).toBe(true);
    expect(docs.some((d) => /^\| /m.test(d.text))).toBe(true);
    expect(docs.some((d) => d.fields.length > 0 && !d.text.includes('\t') && !d.text.includes('|'))).toBe(true);
    expect(new Set(docs.flatMap((d) => d.recommendations.map((r) => r.timescale.kind)))).toEqual(new Set(['within', 'immediately', 'by']));
    expect(docs.some((d) => d.text.includes('\r\n'))).toBe(true);
    expect(docs.some((d) => /\r(?!\n)/.test(d.text))).toBe(true);
    expect(docs.some((d) => d.text.startsWith('\uFEFF'))).toBe(true);
  });
});
