/**
 * Lines of every page → lines in reading order: running headers, footers and
 * page numbers removed, and two-column pages read column by column.
 */
import { lineText, sizeOf, type Line, type Segment } from './lines.js';
import { LAYOUT } from './thresholds.js';

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: Line[];
}

/** A line in reading order, with the text box it was set in (its column, or the page's text area). */
export interface PlacedLine extends Line {
  box: { x0: number; x1: number };
  /** 0 for the page's full width, 1 and 2 for the left and right column. */
  column: 0 | 1 | 2;
}

export interface Layout {
  pages: Array<{ page: number; lines: PlacedLine[] }>;
  /** Lines removed as running headers, footers or page numbers. */
  removed: Line[];
  /** Pages read as two columns. */
  twoColumnPages: number[];
}

export function layout(pages: PageLines[]): Layout {
  const removed = runningLines(pages);
  const docRight = typicalRight(pages);
  const kept = pages.map((p) => p.lines.filter((line) => !removed.has(line)));
  const gutters = pages.map((p, i) => findGutter(kept[i]!, p.width));
  // A column's right edge is the one it has on most pages: a short last page does not narrow it.
  const edges = { left: [] as number[], right: [] as number[] };
  gutters.forEach((gutter, i) => {
    if (!gutter) return;
    const segments = kept[i]!.flatMap((line) => line.segments);
    edges.left.push(Math.max(...segments.filter((s) => s.x1 <= gutter.from + 1).map((s) => s.x1)));
    edges.right.push(Math.max(...segments.filter((s) => s.x0 >= gutter.to - 1).map((s) => s.x1)));
  });
  const typical = { left: median(edges.left), right: median(edges.right) };
  const out = pages.map((p, i) => {
    const gutter = gutters[i];
    return { page: p.page, lines: gutter ? byColumns(kept[i]!, gutter, typical) : single(kept[i]!, docRight) };
  });
  const twoColumnPages = pages.filter((_, i) => gutters[i]).map((p) => p.page);
  return { pages: out, removed: pages.flatMap((p) => p.lines.filter((line) => removed.has(line))), twoColumnPages };
}

const PAGE_NUMBER = /^(?:page\s*)?#{1,4}(?:\s*(?:of|\/)\s*#{1,4})?$|^[-–—]\s*#{1,4}\s*[-–—]$|^#{1,4}\s*\|\s*page$|^page\s*\|\s*#{1,4}$/;

/**
 * Lines at the top or bottom of a page that recur, digits aside, at about
 * the same height on many pages (running headers and footers), and lone
 * page numbers there.
 */
function runningLines(pages: PageLines[]): Set<Line> {
  const candidates: Array<{ line: Line; key: string; outermost: boolean; fromEdge: number }> = [];
  for (const p of pages) {
    const n = p.lines.length;
    p.lines.forEach((line, i) => {
      // Among the first or last lines of the page, and in its top or bottom fifth.
      const top = line.y < p.height * LAYOUT.margin;
      const margin = top || line.y > p.height * (1 - LAYOUT.margin);
      // The very first or last line, in the top or bottom sixth: where a lone page number stands.
      const outermost = (i === 0 && line.y < p.height / LAYOUT.pageNumberParts) || (i === n - 1 && line.y > (p.height * (LAYOUT.pageNumberParts - 1)) / LAYOUT.pageNumberParts);
      // Measured from the page's edge it is near, so that a footer recurs on pages of different heights
      // (the pages of text copied out of a PDF are as long as their text).
      const fromEdge = top ? line.y : -(p.height - line.y);
      if ((i < LAYOUT.edgeLines || i >= n - LAYOUT.edgeLines) && margin) candidates.push({ line, key: keyOf(line), outermost, fromEdge });
    });
  }
  const textPages = pages.filter((p) => p.lines.length > 0).length;
  const needed = Math.max(2, Math.ceil(textPages * LAYOUT.recurShare));
  const out = new Set<Line>();
  const byKey = new Map<string, Array<{ line: Line; fromEdge: number }>>();
  for (const c of candidates) {
    if (!c.key) continue;
    if (PAGE_NUMBER.test(c.key) && c.outermost) {
      out.add(c.line);
      continue;
    }
    const list = byKey.get(c.key) ?? [];
    list.push(c);
    byKey.set(c.key, list);
  }
  if (textPages < 2) return out;
  for (const list of byKey.values()) {
    for (const { line, fromEdge } of list) {
      const same = new Set(list.filter((o) => Math.abs(o.fromEdge - fromEdge) < LAYOUT.recurHeight).map((o) => o.line.page));
      if (same.size >= needed) out.add(line);
    }
  }
  return out;
}

function keyOf(line: Line): string {
  return lineText(line, ' ').toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** The right edge of the text area: the median over pages of their rightmost line end. */
function typicalRight(pages: PageLines[]): number {
  const rights = pages.filter((p) => p.lines.length >= LAYOUT.typicalRightLines).map((p) => Math.max(...p.lines.map((l) => l.x1)));
  return rights.length > 0 ? median(rights) : Math.max(0, ...pages.flatMap((p) => p.lines.map((l) => l.x1)));
}

function median(values: number[]): number {
  if (values.length === 0) return -Infinity;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function single(lines: Line[], docRight: number): PlacedLine[] {
  const x0 = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(docRight, ...lines.map((l) => l.x1));
  return lines.map((line) => ({ ...line, box: { x0, x1: right }, column: 0 }));
}

interface Gutter {
  from: number;
  to: number;
}

/**
 * The gutter of a two-column page: a vertical strip in the middle half of
 * the page that (almost) no line crosses, with full lines of text on both
 * sides of it. Two columns of a table fail the "full lines" test: their left
 * cells are short labels.
 */
function findGutter(lines: Line[], width: number): Gutter | null {
  if (lines.length < LAYOUT.gutterMinLines || width <= 0) return null;
  const bins = new Array<number>(Math.ceil(width) + 1).fill(0);
  for (const line of lines) {
    for (const s of line.segments) {
      for (let x = Math.max(0, Math.floor(s.x0)); x <= Math.min(bins.length - 1, Math.ceil(s.x1)); x++) bins[x]!++;
    }
  }
  const allowed = Math.floor(lines.length * LAYOUT.gutterCrossing);
  let best: Gutter | null = null;
  const last = Math.ceil(width * (1 - LAYOUT.gutterFrom));
  for (let x = Math.floor(width * LAYOUT.gutterFrom), start = -1; x <= last; x++) {
    const free = bins[x]! <= allowed;
    if (free && start < 0) start = x;
    if ((!free || x === last) && start >= 0) {
      if (!best || x - start > best.to - best.from) best = { from: start, to: x };
      start = -1;
    }
  }
  if (!best || best.to - best.from < LAYOUT.gutterWidth) return null;
  const left = lines.flatMap((l) => l.segments.filter((s) => s.x1 <= best.from + 1));
  const right = lines.flatMap((l) => l.segments.filter((s) => s.x0 >= best.to - 1));
  const leftLines = lines.filter((l) => l.segments.some((s) => s.x1 <= best.from + 1)).length;
  const rightLines = lines.filter((l) => l.segments.some((s) => s.x0 >= best.to - 1)).length;
  if (leftLines < lines.length * LAYOUT.columnLines || rightLines < lines.length * LAYOUT.columnLines) return null;
  if (fullShare(left) < LAYOUT.fullSegments || fullShare(right) < LAYOUT.fullSegments) return null;
  return wrapsIn(lines, (s) => s.x1 <= best.from + 1) && wrapsIn(lines, (s) => s.x0 >= best.to - 1) ? best : null;
}

/**
 * Whether a column holds running text: at least three times, a line is
 * followed closely by the next line of its paragraph. The cells of a table
 * set in two columns are spaced apart instead.
 */
function wrapsIn(lines: Line[], inColumn: (s: Segment) => boolean): boolean {
  let wraps = 0;
  let prev: Line | null = null;
  for (const line of lines) {
    if (!line.segments.some(inColumn)) continue;
    if (prev && line.y - prev.y > 0 && line.y - prev.y <= LAYOUT.wrapLeading * Math.max(line.size, prev.size)) wraps++;
    prev = line;
  }
  return wraps >= LAYOUT.columnWraps;
}

/** The share of segments that fill most of the width their side of the gutter spans. */
function fullShare(segments: Segment[]): number {
  if (segments.length === 0) return 0;
  const x0 = Math.min(...segments.map((s) => s.x0));
  const x1 = Math.max(...segments.map((s) => s.x1));
  return segments.filter((s) => s.x1 - s.x0 >= (x1 - x0) * LAYOUT.fullWidth).length / segments.length;
}

/**
 * Read a two-column page: lines that cross the gutter (a title, a wide
 * table) are read where they stand; between them, the left column is read
 * before the right one.
 */
function byColumns(lines: Line[], gutter: Gutter, typical: { left: number; right: number }): PlacedLine[] {
  const mid = (gutter.from + gutter.to) / 2;
  const crosses = (line: Line) => line.segments.some((s) => s.x0 < mid && s.x1 > mid);
  const out: PlacedLine[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const leftBox = { x0: Infinity, x1: -Infinity };
  const rightBox = { x0: Infinity, x1: -Infinity };
  for (const line of lines) {
    if (crosses(line)) continue;
    for (const s of line.segments) {
      const box = s.x1 <= mid ? leftBox : rightBox;
      box.x0 = Math.min(box.x0, s.x0);
      box.x1 = Math.max(box.x1, s.x1);
    }
  }
  leftBox.x1 = Math.max(leftBox.x1, typical.left);
  rightBox.x1 = Math.max(rightBox.x1, typical.right);
  const flush = () => {
    out.push(...left.map((l) => ({ ...l, box: leftBox, column: 1 as const })));
    out.push(...right.map((l) => ({ ...l, box: rightBox, column: 2 as const })));
    left = [];
    right = [];
  };
  for (const line of lines) {
    if (crosses(line)) {
      flush();
      out.push({ ...line, box: { x0: line.x0, x1: Math.max(line.x1, rightBox.x1) }, column: 0 });
      continue;
    }
    const l = line.segments.filter((s) => s.x1 <= mid);
    const r = line.segments.filter((s) => s.x0 >= mid);
    if (l.length > 0) left.push(part(line, l));
    if (r.length > 0) right.push(part(line, r));
  }
  flush();
  return out;
}

function part(line: Line, segments: Segment[]): Line {
  return { ...line, segments, x0: segments[0]!.x0, x1: segments.at(-1)!.x1, size: sizeOf(segments) ?? line.size };
}
