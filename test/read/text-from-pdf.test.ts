/** Text copied out of a PDF: told from markdown and prose by the marks of a page layout, and rebuilt as a PDF is. */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { looksLikePageText } from '../../src/read/text-from-pdf.js';

const PAGE = (body: string) => `Inspection of Anytown local authority children’s services\n\n${body}\f`;

describe('looksLikePageText', () => {
  it.each([
    ['a form feed between pages', 'One page.\fAnother page.\n', true],
    ['bullets as a PDF sets them', 'Findings\n• One thing.\n• Another thing.\n', true],
    ['paragraph numbers alone on their lines', '1.\n\nOne.\n\n2.\n\nTwo.\n\n3.\n\nThree.\n', true],
    ['ordinary prose', 'The council has improved.\n\nChildren are seen quickly.\n', false],
    ['markdown with a heading, form feed or not', '# Report\n\nOne page.\fAnother page.\n', false],
    ['markdown bullets', '- One thing.\n- Another thing.\n', false],
  ])('%s: %s', (_what, text, expected) => {
    expect(looksLikePageText(text)).toBe(expected);
  });
});

describe('text copied out of a PDF', () => {
  it('never starts a finding at a year or a count that opens a line inside a paragraph', () => {
    const report = parseReport(
      PAGE('1.\n\nThe council has improved its services since the inspection in\n2014. Overall absence has fallen, and most young people aged\n16 to 25 years old are in work.\n\n2.\n\nChildren are seen quickly.\n'),
    );
    expect(report.source.format).toBe('text-from-pdf');
    expect(report.findings.map((f) => f.id)).toEqual(['1', '2']);
  });

  it('reads a letter\'s date, addressee and salutation as the PDF sets them', () => {
    const report = parseReport(
      'Ofsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n\n13 January 2025\nJane Smith\nDirector of Children’s Services\nAnytown Borough Council\nTown Hall\nAnytown AB1 2CD\nDear Ms Smith\nFocused visit to Anytown Borough Council children’s services\n' +
        'This letter summarises the findings of the focused visit to Anytown Borough Council\nchildren’s services on 4 and 5 December 2024. His Majesty’s Inspectors for this\nvisit were Ann Lee and Bob Kay. Inspectors looked at the arrangements for care\nleavers, with a particular focus on:\n' +
        '◼ The quality of support for the most vulnerable care leavers.\n◼ Staying close and in touch.\n' +
        'Inspectors considered a broad range of evidence, including care leavers’ records\nand discussions with their personal advisers, social workers and their managers.\n' +
        // A letter is mostly its body text, wrapped at the margin: that sets the line spacing its breaks are told by.
        'Headline findings\n' +
        'Care leavers are supported well into adulthood. Trusting relationships with their\nsocial workers and personal advisers help young people to make progress and to\nfeel safe. Leaders know their services well and have plans to improve them further\nwhere practice is not yet consistently strong, and they act on what they learn.\n'.repeat(4) +
        '\f',
    );
    expect(report.metadata.publicationDate?.date).toBe('2025-01-13');
    expect(report.metadata.addressee).toEqual(['Jane Smith', 'Director of Children’s Services', 'Anytown Borough Council', 'Town Hall', 'Anytown AB1 2CD']);
    expect([report.metadata.inspectionDates?.start, report.metadata.inspectionDates?.end]).toEqual(['2024-12-04', '2024-12-05']);
  });

  it('reads a graded heading among headings (it once looped for ever there)', () => {
    const report = parseReport(PAGE('What needs to improve?\n• The quality of plans.\n• Oversight of visits.\n\nThe experiences and progress of children who need help and\nprotection: good\n1.\n\nChildren are seen quickly and their needs are met.\n'));
    expect(report.findings.map((f) => f.id)).toEqual(['1']);
  });
});
