/**
 * Parse a long markdown text in pieces, to the same tree as parsing it whole.
 *
 * micromark keeps every event of a document until it builds the tree, so a
 * whole parse peaks near 58 times the input size (600 MB for a 10 MB
 * report) although the tree it leaves is a twentieth of that. Pieces of
 * about a megabyte bound that peak; the trees are joined and their positions
 * moved to where each piece starts.
 *
 * A piece starts only where nothing can run on from the text before it: at a
 * column-0 ATX heading ("# …") after a blank line. That line closes every
 * list, quote, paragraph, table and indented code before it. Two things can
 * still run on, and both are handled:
 * - a fenced code block or an HTML block of kinds 1–5 (`<pre>`, `<!--`…)
 *   left open, at the top or inside a list item: it then runs to the end of
 *   its piece, which is seen in the piece's tree, and the piece is joined to
 *   the next and parsed again;
 * - link reference definitions, which hold for the whole document: text
 *   that may hold one (any "]:") is parsed whole.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';

const LINE_END = /\r\n|\r|\n/g;
const ATX_HEADING = /^#{1,6}(?:[ \t\r\n]|$)/;

/** Offsets and line numbers (1-based) where pieces of about `size` characters may start. */
export function pieceStarts(text: string, size: number): Array<{ offset: number; line: number }> {
  const starts: Array<{ offset: number; line: number }> = [];
  // A link reference definition ("[id]: url", also in a list item or over two lines) always holds "]:": any text
  // with one is read whole, rather than tell definitions from prose. So is a text that keeps a byte-order mark, as
  // micromark counts offsets after it (callers strip it).
  if (text.includes(']:') || text.charCodeAt(0) === 0xfeff) return starts;
  let line = 1;
  let lineStart = 0;
  let previousBlank = false;
  let pieceStart = 0;
  LINE_END.lastIndex = 0;
  for (;;) {
    const match = LINE_END.exec(text);
    const lineEnd = match ? match.index : text.length;
    const content = text.slice(lineStart, Math.min(lineEnd, lineStart + 8));
    if (previousBlank && lineStart - pieceStart >= size && ATX_HEADING.test(content)) {
      starts.push({ offset: lineStart, line });
      pieceStart = lineStart;
    }
    previousBlank = isBlank(text, lineStart, lineEnd);
    if (!match) break;
    lineStart = match.index + match[0].length;
    line++;
  }
  return starts;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Parse `text` with `parse` in pieces of about `size` characters (see the
 * module comment); the tree equals `parse(text)`.
 */
export function parseInPieces(text: string, parse: (text: string) => Root, size: number): Root {
  const starts = pieceStarts(text, size);
  if (starts.length === 0) return parse(text);
  const bounds = [{ offset: 0, line: 1 }, ...starts, { offset: text.length, line: -1 }];
  const children: RootContent[] = [];
  let from = 0;
  let last: Root | null = null;
  for (let k = 1; k < bounds.length; k++) {
    const to = bounds[k]!.offset;
    const tree = parse(text.slice(bounds[from]!.offset, to));
    // A fenced code or HTML block still open at the end of a piece would run on: read on to the next start.
    if (k < bounds.length - 1 && runsToEnd(tree)) continue;
    shift(tree, bounds[from]!.offset, bounds[from]!.line - 1);
    children.push(...tree.children);
    last = tree;
    from = k;
  }
  const end = last!.position!.end;
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/**
 * Whether the tree ends in a code or HTML block left open, at any depth (a
 * list item can hold one). A piece ends with the blank line before the next
 * heading, so a block that was closed ends before the piece does; one left
 * open runs to its very end, blank line included.
 */
function runsToEnd(tree: Root): boolean {
  const end = tree.position?.end.offset ?? 0;
  let node: Nodes | undefined = tree.children.at(-1);
  while (node) {
    if ((node.type === 'code' || node.type === 'html') && (node.position?.end.offset ?? 0) >= end) return true;
    node = 'children' in node ? (node.children.at(-1) as Nodes | undefined) : undefined;
  }
  return false;
}

/** Move every position in the tree by `offset` characters and `lines` lines (pieces start at a line start, so columns stay). */
function shift(tree: Root, offset: number, lines: number): void {
  if (offset === 0) return;
  // New points rather than changed ones: nothing then depends on whether nodes share them.
  const move = (point: Point): Point => ({ line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset });
  // An explicit stack, not recursion: transcripts can nest quotes and lists thousands deep.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}
