/**
 * Small report shapes seen in real transcriptions, each a few lines, each
 * with the behaviour it must have.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

const parse = (text: string) => parseReport(text);

describe('title block', () => {
  it('joins a top-level heading with the bold lines right under it', () => {
    const r = parse('# Inspection Report\n\n**Integrated Inspection of Safeguarding**\n\n**Mid Essex PCT**\n\nDate of Inspection: 1 July 2010\n\n## 1 General\n\n1.1 Text.\n');
    expect(r.title).toBe('Inspection Report Integrated Inspection of Safeguarding Mid Essex PCT');
    expect(r.sections.map((s) => s.title)).toEqual(['General']);
  });

  it('does not take a numbered heading into the title', () => {
    const r = parse('# Inspection Report\n\n# 1 General\n\n1.1 Text.\n');
    expect(r.title).toBe('Inspection Report');
    expect(r.sections.map((s) => [s.number, s.title])).toEqual([[1, 'General']]);
  });

  it('has no title when the report has no title block', () => {
    const r = parse('## 1 General\n\n1.1 Text.\n');
    expect(r.title).toBeNull();
  });
});

describe('recommendations', () => {
  it('reads a recommendations table, one recommendation per row, with the timescale from its cell', () => {
    const r = parse(
      [
        'Date of final report: 1 March 2011',
        '',
        '## 3 Recommendations',
        '',
        '| Recommendation | Timescale |',
        '|---|---|',
        '| The trust to review its safeguarding training. | Within 3 months |',
        '| *The PCT to appoint a named GP.* | Within 6 months |',
        '',
      ].join('\n'),
    );
    expect(r.recommendations.map((x) => [x.text, x.due, x.actor, x.jointReport])).toEqual([
      ['The trust to review its safeguarding training.', '2011-06-01', 'The trust', false],
      ['The PCT to appoint a named GP.', '2011-09-01', 'The PCT', true],
    ]);
    expect(r.sections[0]!.content.map((p) => p.text)).toEqual(['Recommendation | Timescale']);
  });

  it('reads timescale headings as groups, whatever their level', () => {
    const r = parse(
      'Date of final report: 1 March 2011\n\n## Recommendations\n\n### Within 3 months\n\n- Do one thing.\n\n#### Within 6 months\n\n- Do another.\n',
    );
    expect(r.recommendations.map((x) => [x.group, x.due])).toEqual([
      ['Within 3 months', '2011-06-01'],
      ['Within 6 months', '2011-09-01'],
    ]);
    expect(r.sections.map((s) => s.title)).toEqual(['Recommendations']);
  });

  it('reads numbered recommendation paragraphs as recommendations', () => {
    const r = parse('Date of final report: 1 March 2011\n\n## 5 Recommendations\n\n5.1 The trust to act within 3 months.\n\n5.2 The PCT to act within six weeks.\n');
    expect(r.findings).toEqual([]);
    expect(r.recommendations.map((x) => [x.actor, x.due])).toEqual([
      ['The trust', '2011-06-01'],
      ['The PCT', '2011-04-12'],
    ]);
  });

  it('reads a "by" date in the sentence itself', () => {
    const r = parse('## Recommendations\n\n- The board to publish its strategy by 31 March 2011.\n');
    expect(r.recommendations[0]).toMatchObject({ due: '2011-03-31', timescale: { kind: 'by', date: '2011-03-31' } });
  });
});

describe('findings', () => {
  it('reads findings inside a blockquote', () => {
    const r = parse('## 2 Outcome 1 Involving Users\n\n> 2.1 *An extract from the joint report, quoted at length here.*\n');
    expect(r.findings.map((f) => [f.id, f.jointReport, f.outcome])).toEqual([['2.1', true, 1]]);
  });

  it('reads a finding indented into a code block by accident', () => {
    const r = parse('## 2 Outcome 1 Involving Users\n\n    2.1 Indented by four spaces in the transcription.\n');
    expect(r.findings.map((f) => [f.id, f.text])).toEqual([['2.1', 'Indented by four spaces in the transcription.']]);
  });

  it('reads HTML italics as joint-report text', () => {
    const r = parse('## 1 General\n\n1.1 <i>The whole of this paragraph is an extract from the joint report.</i>\n');
    expect(r.findings[0]!.jointReport).toBe(true);
  });

  it('does not take a sentence opening with a number for a finding', () => {
    const r = parse('## 1 General\n\n1.5 million people live here.\n\n15 children were seen.\n');
    expect(r.findings).toEqual([]);
  });

  it('reports duplicates and numbers that go backwards', () => {
    const r = parse('## 1 General\n\n1.1 One.\n\n1.2 Two.\n\n1.2 Two again.\n\n1.1 Back.\n');
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['numbering-duplicate', 'numbering-duplicate']);
    const order = parse('## 1 General\n\n1.1 One.\n\n1.3 Three.\n\n1.2 Two.\n');
    expect(order.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['numbering-gap', 'Unexpected `1.3` after `1.1`, expected `1.2`'],
      ['numbering-order', 'Unexpected `1.2` after `1.3`: numbers go backwards'],
    ]);
  });

  it('reports a finding numbered for another section', () => {
    const r = parse('## 4 Outcome 6 Co-operating\n\n4.1 One.\n\n5.2 Misplaced.\n');
    expect(r.diagnostics.map((d) => d.rule)).toContain('finding-section-mismatch');
  });

  it('reports an outcome number the Essential Standards do not have', () => {
    const r = parse('## 2 Outcome 31 Something\n\n2.1 Text.\n');
    expect(r.sections[0]!.outcome).toEqual({ number: 31, title: 'Something' });
    expect(r.diagnostics.map((d) => d.rule)).toContain('outcome-unknown');
  });
});

describe('header', () => {
  it('keeps a field with an unknown label', () => {
    const r = parse('Date of Inspection\t1 July 2010\nLead Commissioner\tJane Doe\n\n## 1 General\n');
    expect(r.metadata.fields.map((f) => [f.label, f.value])).toEqual([
      ['Date of Inspection', '1 July 2010'],
      ['Lead Commissioner', 'Jane Doe'],
    ]);
    expect(r.metadata.inspectionDates).toEqual({ start: '2010-07-01', end: '2010-07-01', text: '1 July 2010' });
  });

  it('keeps a date it cannot read as text, with no date, and says so', () => {
    const r = parse('Date of final report: the end of summer\n\n## 1 General\n');
    expect(r.metadata.finalReportDate).toEqual({ date: null, text: 'the end of summer' });
    // A header with no framework named in it: the family is unknown, and that is said too.
    expect(r.diagnostics.map((d) => [d.rule, d.position.start.line])).toEqual([['header-date-unreadable', 1], ['kind-unknown', 1]]);
  });
});

describe('emphasis', () => {
  it('reports an emphasis marker opened mid-paragraph and never closed, and keeps the text as written', () => {
    const r = parse('## 1 General\n\n1.1 Users are *heard by the board of the trust.\n');
    expect(r.diagnostics.map((d) => [d.rule, d.position.start.column])).toEqual([['emphasis-unclosed', 15]]);
    expect(r.findings[0]!.text).toBe('Users are *heard by the board of the trust.');
  });

  it('does not take "A* to C" or snake_case for emphasis', () => {
    const r = parse('## 1 General\n\n1.1 Grades A* to C rose; see file_name here.\n');
    expect(r.diagnostics).toEqual([]);
  });

  it('reports a paragraph that continues a finding, but not a list or table that belongs to it', () => {
    const r = parse('## 1 General\n\n1.1 Evidence included:\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n\n1.2 Next.\n\ncontinued after a break.\n');
    expect(r.diagnostics.map((d) => [d.rule, d.position.start.line])).toEqual([['paragraph-continuation', 14]]);
  });
});

describe('bold header fields', () => {
  it('reads an all-bold "Label: value" line with a standard label as a field, not a heading', () => {
    const r = parse('# Inspection of services\n\n**Lead inspector: Dawn Godfrey**\n\n## 1 General\n\n1.1 Text.\n');
    expect(r.title).toBe('Inspection of services');
    expect(r.metadata.inspector).toBe('Dawn Godfrey');
    expect(r.sections.map((s) => s.title)).toEqual(['General']);
  });
});

describe('line endings and nesting', () => {
  it('reads header lines split by lone CR line endings', () => {
    const r = parse('Date of Inspection\t1 July 2010\rCQC Inspector name\tSue Eardley\r\r## 1 General\r\r1.1 Text.\r');
    expect(r.metadata.fields.map((f) => f.label)).toEqual(['Date of Inspection', 'CQC Inspector name']);
    expect(r.metadata.inspector).toBe('Sue Eardley');
  });

  it('walks 10,000 nested blockquotes without overflowing the stack', () => {
    const r = parse(`${'>'.repeat(10_000)} 1.1 Deep text.\n`);
    expect(r.findings.map((f) => [f.id, f.text])).toEqual([['1.1', 'Deep text.']]);
  });
});
