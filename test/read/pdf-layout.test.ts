/**
 * The PDF reader after pdfjs: positioned text items → markdown. Each case
 * sets out items as a PDF would place them (left edge, baseline from the top
 * of the page, font size; width from a fixed character width) and states the
 * markdown a reader of that page would write.
 */
import { describe, expect, it } from 'vitest';
import { rebuildPdf, type PdfItem, type PdfText } from '../../src/read/pdf/read.js';
import { DocumentError } from '../../src/read/detect.js';

interface Style {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  font?: string;
}

/** A text item; every character is half the font size wide. */
function item(text: string, x: number, y: number, style: Style = {}): PdfItem {
  const size = style.size ?? 10;
  const font = style.font ?? (style.bold && style.italic ? 'bi' : style.bold ? 'b' : style.italic ? 'i' : 'r');
  return { text, x, y, width: text.length * size * 0.5, size, bold: Boolean(style.bold), italic: Boolean(style.italic), font };
}

/** Lines of one paragraph: one item per line, 12 points apart. */
function lines(texts: string[], x: number, y: number, style: Style = {}): PdfItem[] {
  return texts.map((text, i) => item(text, x, y + i * 12, style));
}

const FONTS = [
  { id: 'r', name: 'ABCDEE+Tahoma', bold: false, italic: false, known: true },
  { id: 'b', name: 'ABCDEE+Tahoma,Bold', bold: true, italic: false, known: true },
  { id: 'i', name: 'ABCDEE+Tahoma,Italic', bold: false, italic: true, known: true },
  { id: 'bi', name: 'ABCDEE+Tahoma,BoldItalic', bold: true, italic: true, known: true },
  { id: 's', name: 'ABCDEE+Verdana', bold: false, italic: false, known: true },
];

function pdf(pages: PdfItem[][]): PdfText {
  return {
    pages: pages.map((items, i) => ({ number: i + 1, width: 600, height: 800, items })),
    pageCount: pages.length,
    fonts: FONTS,
    rotated: 0,
  };
}

const markdownOf = (pages: PdfItem[][]) => rebuildPdf(pdf(pages)).markdown;

// A text column from x = 100 to x = 400: 60 characters of 10-point text fill a line.
const FULL = 'a'.repeat(59);

describe('lines', () => {
  it('joins pieces of one word without a space and words with one', () => {
    const page = [item('benc', 100, 100), item('hmark', 120, 100), item('well', 150, 100)];
    expect(markdownOf([page])).toBe('benchmark well\n');
  });

  it('keeps a raised small item on its line as a superscript', () => {
    const page = [item('28 June – 9', 100, 100), item('th', 155, 97, { size: 6 }), item('July 2010', 165, 100)];
    expect(markdownOf([page])).toBe('28 June – 9th July 2010\n');
  });

  it('joins wrapped lines with a space, and a word broken at a hyphen without one', () => {
    const page = [
      item(`${FULL.slice(0, 50)} mid-`, 100, 100),
      item(`2012 estimates, ${FULL.slice(0, 40)}`, 100, 112),
      item('the end.', 100, 124),
    ];
    expect(markdownOf([page])).toBe(`${FULL.slice(0, 50)} mid-2012 estimates, ${FULL.slice(0, 40)} the end.\n`);
  });

  it('keeps the line breaks of short lines (an address), which are not wraps', () => {
    const page = [...lines([FULL], 100, 60), ...lines(['Norfolk County Council', 'County Hall', 'Martineau Lane', 'Norwich'], 100, 100)];
    expect(markdownOf([page])).toBe(`${FULL}\n\nNorfolk County Council\nCounty Hall\nMartineau Lane\nNorwich\n`);
  });

  it('reads labels and values set in two columns as a table, one row per line', () => {
    // Rows 16 points apart, where the lines of the text are 12 apart: more than the lines of a wrapped cell.
    const page = [
      ...lines([FULL, FULL, 'Text ends.'], 100, 40),
      item('Inspection dates:', 100, 100),
      item('8 – 12 July 2013', 250, 100),
      item('Lead inspector', 100, 116),
      item('Gary Lamb HMI', 250, 116),
    ];
    expect(markdownOf([page])).toBe(
      `${FULL} ${FULL} Text ends.\n\n|  |  |\n| --- | --- |\n| Inspection dates: | 8 – 12 July 2013 |\n| Lead inspector | Gary Lamb HMI |\n`,
    );
  });

  it('reads a middling gap as a tab where the line below starts at the same place', () => {
    // 7 points (0.7 em) after "Reporting inspector": a tab stop, as the second line shows.
    const page = [item('Reporting inspector', 100, 100), item('Gary Lamb HMI', 202, 100), item('Her Majesty’s Inspector', 202, 112)];
    expect(markdownOf([page])).toBe('Reporting inspector\tGary Lamb HMI\nHer Majesty’s Inspector\n');
  });

  it('reads the same middling gap as a space in running text', () => {
    const page = [item('services for older children are under-developed.', 100, 100), item('Although', 347, 100)];
    expect(markdownOf([page])).toBe('services for older children are under-developed. Although\n');
  });
});

describe('paragraphs, headings and lists', () => {
  it('starts a paragraph where the space between lines grows', () => {
    const page = [...lines([FULL, 'first ends.'], 100, 100), ...lines(['Second paragraph.'], 100, 138)];
    expect(markdownOf([page])).toBe(`${FULL} first ends.\n\nSecond paragraph.\n`);
  });

  it('starts a paragraph at a first-line indent when paragraphs are set solid', () => {
    const page = [item(FULL.slice(0, 55), 115, 100), item('first ends.', 100, 112), item('Second paragraph.', 115, 124)];
    expect(markdownOf([page])).toBe(`${FULL.slice(0, 55)} first ends.\n\nSecond paragraph.\n`);
  });

  it('gives larger type heading levels by size, and writes a bold line as bold', () => {
    const page = [
      item('Inspection of services', 100, 60, { size: 20 }),
      item('Capacity to improve', 100, 100, { size: 14, bold: true }),
      item('Grade 4 (inadequate)', 100, 130, { bold: true }),
      item('Text of the section.', 100, 160),
    ];
    expect(markdownOf([page])).toBe('# Inspection of services\n\n## Capacity to improve\n\n**Grade 4 (inadequate)**\n\nText of the section.\n');
  });

  it('treats a short line in a font family of its own as a heading', () => {
    const page = [
      ...lines([FULL, 'body text ends.'], 100, 60),
      item('Other organisations involved', 100, 100, { font: 's' }),
      ...lines(['Essex County Council'], 100, 130),
    ];
    expect(markdownOf([page])).toBe(`${FULL} body text ends.\n\n# Other organisations involved\n\nEssex County Council\n`);
  });

  it('writes a bullet set apart from its text as a list item, and a paragraph number as an ordered item', () => {
    const page = [
      item('15.', 100, 100),
      item('In order to improve, the local authority should:', 130, 100),
      item('•', 130, 130),
      item('ensure all children have a plan', 145, 130),
      item('•', 130, 150),
      item('review the plans', 145, 150),
    ];
    expect(markdownOf([page])).toBe('15. In order to improve, the local authority should:\n\n- ensure all children have a plan\n\n- review the plans\n');
  });

  it('keeps the hanging lines of a numbered paragraph with it', () => {
    const page = [item('8.', 100, 100), item(FULL.slice(0, 50), 130, 100), item('second line.', 130, 112), item('9.', 100, 140), item('Next.', 130, 140)];
    expect(markdownOf([page])).toBe(`8. ${FULL.slice(0, 50)} second line.\n\n9. Next.\n`);
  });

  it('writes a dotted paragraph number as text, where the extractor reads it', () => {
    const page = [item('4.17 Partnership working is satisfactory.', 100, 100)];
    expect(markdownOf([page])).toBe('4.17 Partnership working is satisfactory.\n');
  });
});

describe('styles and escaping', () => {
  it('marks italic runs with * and bold with **, spaces outside the markers', () => {
    const page = [item('within ', 100, 100, { italic: true }), item('20 working days', 135, 100, { italic: true, bold: true }), item(' of receipt.', 210, 100, { italic: true })];
    expect(markdownOf([page])).toBe('*within* ***20 working days*** *of receipt.*\n');
  });

  it('keeps one emphasis over an italic sentence that wraps', () => {
    const page = lines([FULL, 'the extract ends.'], 100, 100, { italic: true });
    expect(markdownOf([page])).toBe(`*${FULL} the extract ends.*\n`);
  });

  it('escapes what markdown would read as markup', () => {
    const page = [item('2010. A year with *stars*, _lines_, [brackets] and <tags> & more', 100, 100)];
    expect(markdownOf([page])).toBe('2010\\. A year with \\*stars\\*, \\_lines\\_, \\[brackets\\] and \\<tags\\> \\& more\n');
  });

  it('escapes a line that would start a heading or a list', () => {
    const page = [item('# not a heading', 100, 100), item('- not a bullet', 100, 130)];
    expect(markdownOf([page])).toBe('\\# not a heading\n\n\\- not a bullet\n');
  });
});

describe('pages', () => {
  const header = (n: number) => item(`Norfolk County Council Inspection of looked after children services ${n}`, 100, 30, { size: 8, bold: true });
  const footer = (n: number) => item(`Page ${n} of 3`, 280, 780, { size: 8 });

  const BODY = ['The first page.', 'A second page.', 'The last page.'];

  it('drops running headers and footers that recur on the pages, digits aside', () => {
    const pages = [1, 2, 3].map((n) => [header(n), ...lines([BODY[n - 1]!], 100, 100), footer(n)]);
    const doc = rebuildPdf(pdf(pages));
    expect(doc.markdown).toBe('The first page.\n\nA second page.\n\nThe last page.\n');
    expect(doc.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['pdf-running-lines', 'info']]);
  });

  it('keeps a line that recurs on every page in the middle of the page', () => {
    const pages = [1, 2, 3].map((n) => [header(n), ...lines([BODY[n - 1]!], 100, 400), item('See the table below.', 100, 430), footer(n)]);
    expect(markdownOf(pages)).toBe(
      'The first page.\n\nSee the table below.\n\nA second page.\n\nSee the table below.\n\nThe last page.\n\nSee the table below.\n',
    );
  });

  it('drops a lone page number at the foot of a page', () => {
    const pages = [[...lines(['Only page.'], 100, 100), item('1', 300, 770)]];
    expect(markdownOf(pages)).toBe('Only page.\n');
  });

  it('joins a paragraph that a page break splits mid-sentence', () => {
    const pages = [
      [header(1), ...lines([FULL, 'The early help offer is as yet'], 100, 700)],
      [header(2), ...lines(['unclear. The inspection found little.'], 100, 60)],
      [header(3), ...lines(['Last page.'], 100, 60)],
    ];
    expect(markdownOf(pages)).toBe(`${FULL} The early help offer is as yet unclear. The inspection found little.\n\nLast page.\n`);
  });

  it('does not join across a page break when the next page opens a numbered paragraph', () => {
    const pages = [
      [header(1), ...lines(['4.2 There was little evidence of joint working'], 100, 700)],
      [header(2), ...lines(['4.3 The board can navigate the committees.'], 100, 60)],
      [header(3), ...lines(['Last page.'], 100, 60)],
    ];
    expect(markdownOf(pages)).toBe('4.2 There was little evidence of joint working\n\n4.3 The board can navigate the committees.\n\nLast page.\n');
  });

  it('maps each line of the markdown back to its page and line', () => {
    const pages = [[header(1), ...lines(['First page.'], 100, 100)], [header(2), ...lines(['Second page.'], 100, 100)]];
    const doc = rebuildPdf(pdf(pages));
    expect(doc.marks).toEqual([
      { offset: 0, page: 1, line: 2 },
      { offset: doc.markdown.indexOf('Second'), page: 2, line: 2 },
    ]);
  });

  it('reads a two-column page left column first', () => {
    const left = Array.from({ length: 10 }, (_, i) => item(i === 9 ? 'left ends.' : `Left column line ${i} ${'x'.repeat(18)}`, 60, 100 + i * 12));
    const right = Array.from({ length: 10 }, (_, i) => item(i === 9 ? 'right ends.' : `Right column line ${i} ${'y'.repeat(17)}`, 320, 100 + i * 12));
    const doc = rebuildPdf(pdf([[...left, ...right]]));
    expect(doc.markdown.indexOf('left ends.')).toBeLessThan(doc.markdown.indexOf('Right column line 0'));
    expect(doc.markdown.split('\n\n')).toHaveLength(2);
    expect(doc.diagnostics.map((d) => d.rule)).toEqual(['pdf-two-columns']);
  });

  it('reads a table whose first cells wrap as one row per entry', () => {
    const page = [
      item('Judgement', 100, 100, { bold: true }),
      item('Grade', 400, 100, { bold: true }),
      item('The impact of leaders on social work practice', 100, 130),
      item('Inadequate', 400, 136),
      item('with children and families', 100, 142),
      item('Overall effectiveness', 100, 172),
      item('Inadequate', 400, 172),
    ];
    expect(markdownOf([page])).toBe(
      '| **Judgement** | **Grade** |\n| --- | --- |\n| The impact of leaders on social work practice with children and families | Inadequate |\n| Overall effectiveness | Inadequate |\n',
    );
  });
});

describe('what cannot be read', () => {
  it('refuses a PDF with no text at all', () => {
    expect(() => rebuildPdf(pdf([[], []]), 'scan.pdf')).toThrowError(DocumentError);
    expect(() => rebuildPdf(pdf([[], []]), 'scan.pdf')).toThrow('scan.pdf: is a PDF with no text layer (2 pages of images?); run OCR on it first');
  });

  it('warns about pages without text among pages with text', () => {
    const doc = rebuildPdf(pdf([lines(['Text.'], 100, 100), []]));
    expect(doc.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['pdf-page-no-text', 'warning']]);
    expect(doc.diagnostics[0]!.message).toMatch(/^1 page has no text .*: 2;/);
  });

  it('warns when the fonts carry no style, so italics cannot be told apart', () => {
    const text = pdf([lines(['Text in a font called F1.', 'More of it.'], 100, 100, { font: 'f1' })]);
    text.fonts = [...FONTS, { id: 'f1', name: 'F1', bold: false, italic: false, known: false }];
    expect(rebuildPdf(text).diagnostics.map((d) => d.rule)).toEqual(['pdf-font-style-unknown']);
  });
});
