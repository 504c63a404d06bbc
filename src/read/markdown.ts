/**
 * Markdown text → mdast. One frozen processor, reused: building it costs more
 * than parsing a small report.
 */
import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Only GFM tables: reports put header fields and judgement grids in pipe
// tables, while the rest of GFM (autolinks, `~` strikethrough) would rewrite
// ordinary report text such as "~50 children".
function remarkGfmTable(this: { data(): Record<string, unknown[] | undefined> }) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const plain = unified().use(remarkParse).freeze();
const withTables = unified().use(remarkParse).use(remarkGfmTable as never).freeze();

// A GFM table needs a delimiter row, which holds a pipe next to a run of
// hyphens ("|---|", "--- |"). Text without one cannot hold a table, so it is
// spared the table extension's cost on every line.
const DELIMITER = /\|[ \t]*:?-|-:?[ \t]*\|/;

export function parseMarkdown(text: string): Root {
  return (DELIMITER.test(text) ? withTables : plain).parse(text);
}
