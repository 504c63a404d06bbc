/**
 * Long texts are parsed in pieces to bound memory; the tree must be exactly
 * the tree of the whole text, positions included. Pieces here are made tiny
 * (a few characters) so that every heading that can start one does.
 */
import { fc, test } from '@fast-check/vitest';
import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { pieceStarts } from '../../src/read/markdown-pieces.js';
import { loadTables, parseMarkdown } from '../../src/read/markdown.js';
import { markdownFixtures, readFixture } from '../helpers/fixtures.js';
import { damagedReport, markdownish, reportDocument } from '../helpers/report-grammar.js';

await loadTables();

// The reference: one whole parse with GFM tables, built here apart from the
// code under test. Text without a delimiter row parses the same without the
// table extension, which is what lets sections without a table skip it.
const reference = unified()
  .use(remarkParse)
  .use(function tables(this: { data(): Record<string, unknown[] | undefined> }) {
    (this.data().micromarkExtensions ??= []).push(gfmTable());
    (this.data().fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  } as never)
  .freeze();
const whole = (text: string) => reference.parse(text) as Root;
const inPieces = (text: string, size = 1) => parseMarkdown(text, size);

describe('pieceStarts', () => {
  it('starts pieces only at a column-0 ATX heading after a blank line, at least `size` characters apart', () => {
    const text = 'Intro.\n\n# One\nText.\n# Not after a blank line\n\n  # Indented\n\n## Two\n\n#Not a heading\n\n### Three\n';
    const starts = pieceStarts(text, 1).map(({ offset, line }) => ({ line, text: text.slice(offset, text.indexOf('\n', offset)) }));
    expect(starts).toEqual([
      { line: 3, text: '# One' },
      { line: 9, text: '## Two' },
      { line: 13, text: '### Three' },
    ]);
    expect(pieceStarts(text, 40).map(({ line }) => line)).toEqual([9]);
  });

  it('counts CRLF and lone CR as line endings, as micromark does', () => {
    expect(pieceStarts('A\r\n\r\n# B\r\rText\r\r# C', 1)).toEqual([
      { offset: 5, line: 3 },
      { offset: 16, line: 7 },
    ]);
  });

  it.each([
    ['at the start of a line', 'See [the report][r].\n\n# Later\n\n[r]: https://example.org\n'],
    ['in a list item', 'See [r].\n\n# Later\n\n- [r]: https://example.org\n'],
    ['with its label over two lines', 'See [a b].\n\n# Later\n\n[a\nb]: https://example.org\n'],
  ])('gives no pieces when a link reference definition %s could apply anywhere in the text', (_where, text) => {
    expect(pieceStarts(text, 1)).toEqual([]);
    expect(parseMarkdown(text, 1)).toEqual(whole(text));
  });
});

describe('parsing in pieces', () => {
  it('gives the tree of the whole text for every fixture, at every piece size and at the default', () => {
    for (const name of markdownFixtures()) {
      const text = readFixture(name).replace(/^\uFEFF+/, '');
      const expected = whole(text);
      for (const size of [1, 500, 5000, undefined]) expect(parseMarkdown(text, size), `${name} in pieces of ${size ?? 'default size'}`).toEqual(expected);
    }
  });

  it('gives the tree of the whole text for a real report with tables, which is parsed section by section', () => {
    const text = readFixture('ofsted-norfolk-lac-2013');
    expect(pieceStarts(text, 4096).length).toBeGreaterThan(3);
    expect(parseMarkdown(text)).toEqual(whole(text));
  });

  it.each([
    ['a fenced code block that holds a heading', '# A\n\n```\ncode\n\n# not a heading\n\nmore\n```\n\n# B\n\ntext\n'],
    ['a fence left open to the end', '# A\n\n~~~\ncode\n\n# inside\n\n# still inside\n'],
    ['an HTML comment that holds a heading', '# A\n\n<!--\n\n# inside the comment\n\n-->\n\n# B\n'],
    ['a comment left open in a list item', '- <!--\n\n# A\n\ntext\n'],
    ['a fence left open in a list item, and in a quote', '- ```\n\n# A\n\n> ```\n\n# B\n'],
    ['a <pre> block that holds a heading', '# A\n\n<pre>\n\n# inside\n\n</pre>\n\n# B\n'],
    ['a loose list before a heading', '# A\n\n1. one\n\n2. two\n\n# B\n\n- three\n\n- four\n'],
    ['a quote and indented code before a heading', '# A\n\n> quoted\n> text\n\n    code\n\n# B\n\n> more\n'],
    ['a table before and after a heading', '# A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n# B\n\n| c |\n|---|\n| 3 |\n'],
    ['CRLF and lone CR line endings', '# A\r\n\r\nText\r\n\r\n# B\r\rMore\r\r## C\rEnd'],
    ['a byte-order mark at the start (read whole)', '\uFEFF# A\n\ntext\n\n# B\n'],
    ['a setext heading and a thematic break', 'Title\n=====\n\n# A\n\n---\n\n# B\n\n***\n'],
  ])('gives the tree of the whole text for %s', (_name, text) => {
    // Each case is cut into pieces (but for the byte-order mark, which is read whole).
    expect(pieceStarts(text, 1).length > 0).toBe(!text.startsWith('\uFEFF'));
    expect(inPieces(text)).toEqual(whole(text));
  });

  test.prop([reportDocument], { numRuns: 100 })('gives the tree of the whole text for generated reports', (report) => {
    const text = report.text.replace(/^\uFEFF+/, '');
    expect(inPieces(text, 200)).toEqual(whole(text));
  });

  const table = fc.constantFrom('| a | b |\n|---|---|\n| 1 | `x \\| y` |', 'x | y\n--- | ---\n', '|---|\n- | -\n', '> | q |\n> |---|');
  test.prop([fc.array(fc.oneof(markdownish, damagedReport, table), { minLength: 1, maxLength: 6 })], { numRuns: 150 })(
    'gives the tree of the whole text for markdown debris between headings',
    (parts) => {
      const text = parts.join('\n\n# Heading\n\n');
      expect(inPieces(text, 1)).toEqual(whole(text));
    },
  );
});
