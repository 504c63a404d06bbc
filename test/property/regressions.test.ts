/**
 * Problems the property tests found, each as the smallest report-like input
 * that shows it, with the answer worked out by hand from the input. The
 * grammar and the position checks step around these (see
 * KNOWN_POSITION_ISSUES in test/helpers/report-checks.ts and the comments in
 * test/helpers/report-grammar.ts) so that the properties keep looking for new
 * problems; when a test here passes, remove its workaround there.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, type Position } from '../../src/index.js';
import { reportProblems } from '../helpers/report-checks.js';

const at = (text: string, position: Position) => text.slice(position.start.offset, position.end.offset);

describe('a finding that ends in a bracketed note', () => {
  it('is finished, so the capitalised paragraph after it is the section’s own', () => {
    const text = [
      '## 8 Outcome 13 Staffing numbers',
      '8.2 Capacity issues remain and this is an important weakness. [Note: Designated nurse capacity in Mid Essex, at 1WTE, is adequate]',
      'The team met the trust board afterwards.',
    ].join('\n\n');
    const report = parseReport(text);
    expect(report.findings.map((f) => [f.id, f.paragraphs])).toEqual([['8.2', 1]]);
    expect(report.sections[0]!.content.map((p) => p.text)).toEqual(['The team met the trust board afterwards.']);
  });

  it('is finished when it ends in a citation number, too', () => {
    const text = ['## 8 Outcome 13 Staffing numbers', '8.2 Capacity issues remain.[12]', 'The team met the trust board afterwards.'].join('\n\n');
    const report = parseReport(text);
    expect(report.findings.map((f) => [f.id, f.paragraphs, f.text])).toEqual([['8.2', 1, 'Capacity issues remain.[12]']]);
    expect(report.sections[0]!.content.map((p) => p.text)).toEqual(['The team met the trust board afterwards.']);
  });
});

describe('an insertion', () => {
  it('is found when a line break falls inside its brackets', () => {
    const text = '## 8 Outcome 13 Staffing numbers\n\n8.2 This is an important weakness [Note: Designated\nnurse capacity in Mid Essex is adequate].\n';
    const [insertion] = parseReport(text).findings[0]!.insertions;
    expect(insertion?.text).toBe('[Note: Designated nurse capacity in Mid Essex is adequate]');
    expect(at(text, insertion!.position)).toBe('[Note: Designated\nnurse capacity in Mid Essex is adequate]');
  });

  it('ends at its closing bracket when an HTML tag follows it', () => {
    const text = '## 1 General\n\n1.8 <i>[However]</i> within the health community, risks remain.\n';
    const [insertion] = parseReport(text).findings[0]!.insertions;
    expect(at(text, insertion!.position)).toBe('[However]');
  });

  it('ends at its closing bracket when a space ends its line', () => {
    const text = '## 1 General\n\n1.8 [However] \nwithin the health community, risks remain.\n';
    const [insertion] = parseReport(text).findings[0]!.insertions;
    expect(at(text, insertion!.position)).toBe('[However]');
  });

  it('is placed at its own text after a character reference such as &nbsp;', () => {
    const text = '## 1 General\n\n1.1 The service&nbsp;is good [However] in places.\n';
    const [insertion] = parseReport(text).findings[0]!.insertions;
    expect(at(text, insertion!.position)).toBe('[However]');
  });

  it('is placed at its own text after a numeric character reference', () => {
    const text = '## 1 General\n\n1.1 The council&#8217;s team is good [However] in places.\n';
    const [insertion] = parseReport(text).findings[0]!.insertions;
    expect(at(text, insertion!.position)).toBe('[However]');
  });
});

describe('text in HTML and indented blocks', () => {
  it('keeps the span of an HTML paragraph over all of its text', () => {
    const text = '## 1 General\n\n<p><b>1.1</b> The service is good [However] in places.</p>\n';
    const finding = parseReport(text).findings[0]!;
    expect(finding.text).toBe('The service is good [However] in places.');
    expect(at(text, finding.position)).toContain('<b>1.1</b> The service is good [However] in places.');
    expect(at(text, finding.insertions[0]!.position)).toBe('[However]');
  });

  it('keeps the span of an indented paragraph over all of its lines', () => {
    const text = '## 1 General\n\n    1.1 The service is good [However] in\n    places and improving.\n';
    const finding = parseReport(text).findings[0]!;
    expect(finding.text).toBe('The service is good [However] in places and improving.');
    expect(at(text, finding.position)).toBe('1.1 The service is good [However] in\n    places and improving.');
  });
});

describe('text in an HTML block inside a blockquote or list item', () => {
  it('keeps its own place on lines after the first, past each line’s `> ` or indent', () => {
    for (const text of [
      '## 1 General\n\n> <div>\n> 1.1 The service is good [However] in places.\n> </div>\n',
      '## 1 General\n\n- <div>\n  1.1 The service is good [However] in places.\n  </div>\n',
    ]) {
      const [finding] = parseReport(text).findings;
      expect(finding?.text).toBe('The service is good [However] in places.');
      expect(at(text, finding!.insertions[0]!.position)).toBe('[However]');
    }
  });
});

describe('text in a code block', () => {
  it('places each paragraph at its own text, even when an earlier one starts with the same words', () => {
    const text = [
      '## 1 General',
      '    1.1 The local authority must strengthen its plans. The local authority must strengthen training.',
      '    The local authority must strengthen training for staff.',
    ].join('\n\n');
    const [paragraph] = parseReport(text).sections[0]!.content;
    expect(paragraph?.text).toBe('The local authority must strengthen training for staff.');
    expect(at(text, paragraph!.position)).toBe('The local authority must strengthen training for staff.');
  });
});

describe('lone CR line endings', () => {
  it('end the lines of a paragraph, as LF does', () => {
    const text = 'Date of Inspection: 28 June 2010\rCQC Inspector name: Sue Eardley\r\r## 1 General\r\r1.1 The service is good.\r';
    const report = parseReport(text);
    expect(report.metadata.fields.map((f) => [f.label, f.value])).toEqual([
      ['Date of Inspection', '28 June 2010'],
      ['CQC Inspector name', 'Sue Eardley'],
    ]);
    expect(report.metadata.inspector).toBe('Sue Eardley');
  });
});

describe('byte-order marks', () => {
  it('are all left out of the text, so that positions stay at their text (a counterexample fast-check found)', () => {
    const text = '\uFEFF\uFEFF<b>Date of Inspection</b>\t<b>1 July 2010</b>\n\n# 1 General\n\n1.1 Text.\n';
    const report = parseReport(text);
    const body = text.replace(/^\uFEFF+/, '');
    const section = report.sections[0]!;
    expect(body.slice(section.position.start.offset, section.position.end.offset)).toBe('# 1 General');
  });
});

describe('a code span', () => {
  it('keeps its characters at their places when it wraps a line (a counterexample fast-check found)', () => {
    const text = '*`*<b>Date of Inspection</b>\t<b>28 June 2010</b>\n`<b>Date of final Report</b>\t<b>23rd August 2010</b>\n\n# 1 General\n\nThe health.\n';
    expect(reportProblems(text, parseReport(text))).toEqual([]);
  });
});

describe('an escaped character reference', () => {
  it('stays as written, with the paragraph at its own place (the counterexample of a 100,000-run fuzz)', () => {
    const text = '\\&#65;&#65;\n';
    const report = parseReport(text);
    expect(report.preamble.map((p) => p.text)).toEqual(['&#65;A']);
    expect(reportProblems(text, report)).toEqual([]);
  });
});
