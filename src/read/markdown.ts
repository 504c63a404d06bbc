/**
 * Markdown text → mdast. Frozen processors, reused: building one costs more
 * than parsing a small report. Long texts, and texts with a table, are parsed
 * in pieces cut at headings (markdown-pieces.ts), to the same tree.
 *
 * GFM tables need mdast-util-gfm-table, whose import pulls in all of
 * mdast-util-to-markdown (about 65 modules, 15–18 ms of a 200 ms cold start).
 * Most reports hold no table, so it is loaded only for text that could hold
 * one: async callers `await readyToParse(text)` first; the package entry
 * loads it up front, so the public, synchronous parseReport always has it.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { parseInPieces } from './markdown-pieces.js';

const plain = unified().use(remarkParse).freeze();
let withTables: Processor<Root> | undefined;

// A GFM table needs a delimiter row, which holds a pipe next to a run of
// hyphens ("|---|", "--- |"). Text without one cannot hold a table, so it is
// spared the table extension's cost on every line, and its loading.
const DELIMITER = /\|[ \t]*:?-|-:?[ \t]*\|/;

/** Load table support once; later calls return at once. */
export async function loadTables(): Promise<void> {
  if (withTables) return;
  const [{ gfmTableFromMarkdown }, { gfmTable }] = await Promise.all([
    import('mdast-util-gfm-table'),
    import('micromark-extension-gfm-table'),
  ]);
  // Only GFM tables: reports put header fields and judgement grids in pipe
  // tables, while the rest of GFM (autolinks, `~` strikethrough) would rewrite
  // ordinary report text such as "~50 children".
  function remarkGfmTable(this: { data(): Record<string, unknown[] | undefined> }) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  }
  withTables ??= unified().use(remarkParse).use(remarkGfmTable as never).freeze() as unknown as Processor<Root>;
}

/** Make parseMarkdown ready for `text`: load table support if it could hold a table. */
export async function readyToParse(text: string): Promise<void> {
  if (mayHoldTable(text)) await loadTables();
}

function mayHoldTable(text: string): boolean {
  // includes() is a fast search; most reports have no pipe at all.
  return text.includes('|') && DELIMITER.test(text);
}

/** Longer texts are parsed in pieces of about this many characters, to bound memory (see markdown-pieces.ts). */
const PIECE_SIZE = 1 << 20;

/**
 * The table extension slows micromark on every line of a text (by a fifth
 * to a half on the real reports that have tables), so a text with a table
 * is cut at its headings into pieces of about this size, and only the
 * pieces that hold a delimiter row are parsed with it.
 */
const TABLE_PIECE_SIZE = 4096;

export function parseMarkdown(text: string, pieceSize = PIECE_SIZE): Root {
  const tables = mayHoldTable(text);
  // A programming error, never the user's: every async entry awaits readyToParse.
  if (tables && !withTables) throw new Error('parseMarkdown: table support is not loaded (await readyToParse(text) first)');
  const size = tables ? Math.min(pieceSize, TABLE_PIECE_SIZE) : pieceSize;
  const parse = (piece: string) => (piece === text ? tables : mayHoldTable(piece)) ? withTables!.parse(piece) : plain.parse(piece);
  return text.length > size ? parseInPieces(text, parse, size) : parse(text);
}
