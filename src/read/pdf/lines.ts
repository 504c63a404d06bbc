/**
 * Text items of one page → lines. Items on one baseline form a line (a
 * raised, smaller item joins the line it sits on as a superscript); inside
 * a line, items are joined with a space where the gap between them is a
 * word space, and split into segments where it is wide: a tab stop, a table
 * column, the gap after a list marker, or the gutter between two columns.
 */
import type { PdfItem } from './text.js';
import { LINE } from './thresholds.js';

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Font family without style words ("Tahoma", "DejaVuSerif"). */
  family: string;
  size: number;
}

export interface Segment {
  x0: number;
  x1: number;
  runs: Run[];
  /** Text copied out of a PDF: the offset in that text of the segment's first character. */
  source?: number;
}

export interface Line {
  page: number;
  /** 1-based position of the line on its page, top to bottom (before anything is removed). */
  index: number;
  /** Baseline, in points from the top of the page. */
  y: number;
  /** The font size most of its characters have. */
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
}

export function linesOfPage(page: number, items: PdfItem[], familyOf: (font: string) => string): Line[] {
  const kept = dropOverprint(items.filter((item) => item.text.length > 0));
  const clusters = clusterByBaseline(kept);
  mergeSuperscripts(clusters);
  const built = clusters.filter((c) => c.items.some((item) => item.text.trim())).map((c) => buildLine(page, c, familyOf));
  const lines = resolveTabs(built);
  lines.forEach((line, index) => (line.index = index + 1));
  return lines;
}

interface Cluster {
  y: number;
  size: number;
  items: PdfItem[];
}

/**
 * Bold faked by printing the same text twice, a hair apart: keep one copy,
 * marked bold.
 */
function dropOverprint(items: PdfItem[]): PdfItem[] {
  const out: PdfItem[] = [];
  const recent: PdfItem[] = [];
  for (const item of items) {
    const twin = recent.find(
      (other) => other.text === item.text && Math.abs(other.x - item.x) < LINE.overprintDistance && Math.abs(other.y - item.y) < LINE.overprintDistance && item.text.trim(),
    );
    if (twin) {
      twin.bold = true;
      continue;
    }
    out.push(item);
    recent.push(item);
    if (recent.length > LINE.overprintWindow) recent.shift();
  }
  return out;
}

function clusterByBaseline(items: PdfItem[]): Cluster[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const clusters: Cluster[] = [];
  for (const item of sorted) {
    const last = clusters.at(-1);
    const blank = !item.text.trim();
    if (last && Math.abs(item.y - last.y) <= LINE.baseline * Math.max(Math.min(item.size, last.size), 1)) {
      last.items.push(item);
      if (!blank && item.size > last.size) last.size = item.size;
    } else if (last && blank && Math.abs(item.y - last.y) <= LINE.blankBaseline * last.size) {
      last.items.push(item);
    } else {
      clusters.push({ y: item.y, size: blank ? 0 : item.size, items: [item] });
    }
  }
  for (const c of clusters) if (c.size === 0) c.size = Math.max(...c.items.map((i) => i.size));
  return clusters;
}

/**
 * A line of small text raised a little above (or dropped below) a line of
 * larger text, without overlapping it, is a superscript (or subscript) of
 * that line: "9th", "services¹".
 */
function mergeSuperscripts(clusters: Cluster[]): void {
  for (let i = 0; i < clusters.length; i++) {
    const small = clusters[i]!;
    const textual = small.items.filter((item) => item.text.trim());
    if (textual.length === 0 || textual.reduce((n, item) => n + item.text.trim().length, 0) > LINE.superscriptChars) continue;
    for (const j of [i + 1, i - 1]) {
      const big = clusters[j];
      if (!big || small.size > big.size * LINE.superscriptSize) continue;
      const raised = big.y - small.y;
      if (raised < -LINE.subscriptDrop * big.size || raised > LINE.superscriptRaise * big.size) continue;
      const overlaps = textual.some((s) =>
        big.items.some((b) => b.text.trim() && s.x < b.x + b.width - LINE.overlapSlack && b.x < s.x + s.width - LINE.overlapSlack),
      );
      if (overlaps) continue;
      big.items.push(...small.items.map((item) => ({ ...item, y: big.y })));
      clusters.splice(i, 1);
      i--;
      break;
    }
  }
}

interface Piece {
  x0: number;
  x1: number;
  runs: Run[];
  /** Whether the gap before this piece might be a tab (tabGap ≤ gap < wideGap) rather than a wide space. */
  tabBefore: boolean;
}

interface Built {
  line: Line;
  /** Per segment: whether it is split from the one before only by a middling gap. */
  maybeTab: boolean[];
}

function buildLine(page: number, cluster: Cluster, familyOf: (font: string) => string): Built {
  const items = [...cluster.items].sort((a, b) => a.x - b.x);
  const pieces: Piece[] = [];
  let right = -Infinity;
  let pendingSpace = false;
  for (const item of items) {
    if (!item.text.trim()) {
      pendingSpace = true;
      continue;
    }
    const em = Math.max(item.size, 1);
    const gap = (item.x - right) / em;
    const run: Run = { text: item.text, bold: item.bold, italic: item.italic, family: familyOf(item.font), size: item.size };
    const last = pieces.at(-1);
    if (!last || gap >= LINE.wideGap || (gap >= LINE.tabGap && !/^\s/.test(item.text))) {
      pieces.push({ x0: item.x, x1: item.x + item.width, runs: [run], tabBefore: Boolean(last) && gap < LINE.wideGap });
    } else {
      const prev = last.runs.at(-1)!;
      const space = (pendingSpace || gap > LINE.spaceGap) && !/\s$/.test(prev.text) && !/^\s/.test(item.text);
      if (space) last.runs.push({ ...run, text: ' ', bold: prev.bold && run.bold, italic: prev.italic && run.italic });
      last.runs.push(run);
      last.x1 = Math.max(last.x1, item.x + item.width);
    }
    right = Math.max(right, item.x + item.width);
    pendingSpace = /\s$/.test(item.text);
  }
  if (isSpreadOut(pieces)) {
    // One word per piece, evenly spread: a justified line with a forced break, not columns.
    const [first, ...rest] = pieces;
    for (const piece of rest) {
      first!.runs.push({ ...piece.runs[0]!, text: ' ' }, ...piece.runs);
      first!.x1 = piece.x1;
    }
    pieces.length = 1;
  }
  const segments = pieces.map(({ x0, x1, runs }) => ({ x0, x1, runs: trimRuns(runs) }));
  return {
    line: { page, index: 0, y: cluster.y, size: sizeOf(segments) ?? cluster.size, x0: segments[0]!.x0, x1: segments.at(-1)!.x1, segments },
    maybeTab: pieces.map((p) => p.tabBefore),
  };
}

/** Three or more pieces, each one word (mostly of letters), with gaps of about the same width. */
function isSpreadOut(pieces: Piece[]): boolean {
  if (pieces.length < LINE.spreadPieces) return false;
  const words = pieces.map((p) => p.runs.map((r) => r.text).join('').trim());
  if (words.some((w) => /\s/.test(w)) || words.filter((w) => /\p{L}/u.test(w)).length < words.length / 2) return false;
  const gaps = pieces.slice(1).map((p, k) => p.x0 - pieces[k]!.x1);
  return Math.max(...gaps) <= Math.min(...gaps) * LINE.spreadRatio + LINE.spreadSlack;
}

/**
 * A middling gap is a tab only where the text after it starts where a
 * segment of the line above or below starts (a value column), or where a
 * segment after a wide gap starts a few lines away (the next row of a
 * table whose first cell wraps); elsewhere it is a wide word space of
 * justified text, and the pieces are joined again.
 */
function resolveTabs(built: Built[]): Line[] {
  const starts = built.map(({ line }) => line.segments.map((s) => s.x0));
  const wideStarts = built.map(({ line, maybeTab }) => line.segments.filter((_, k) => k > 0 && !maybeTab[k]).map((s) => s.x0));
  return built.map(({ line, maybeTab }, i) => {
    if (!maybeTab.some(Boolean)) return line;
    const near = [
      ...(starts[i - 1] ?? []),
      ...(starts[i + 1] ?? []),
      ...[i - 3, i - 2, i + 2, i + 3].flatMap((j) => wideStarts[j] ?? []),
    ];
    const merged: Segment[] = [];
    line.segments.forEach((segment, k) => {
      const prev = merged.at(-1);
      if (prev && maybeTab[k] && !near.some((x) => Math.abs(x - segment.x0) < LINE.align)) {
        const a = prev.runs.at(-1)!;
        const b = segment.runs[0]!;
        prev.runs.push({ ...b, text: ' ', bold: a.bold && b.bold, italic: a.italic && b.italic }, ...segment.runs);
        prev.x1 = segment.x1;
      } else merged.push(segment);
    });
    return { ...line, segments: merged, x1: merged.at(-1)!.x1 };
  });
}

/** Drop spaces at the ends of a segment. */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((run) => ({ ...run }));
  while (out.length > 0 && !out[0]!.text.trim()) out.shift();
  while (out.length > 0 && !out.at(-1)!.text.trim()) out.pop();
  if (out.length > 0) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, '');
    out.at(-1)!.text = out.at(-1)!.text.replace(/\s+$/, '');
  }
  return out;
}

/** The font size most characters of the segments have (the larger one on a tie). */
export function sizeOf(segments: Segment[]): number | null {
  const sizes = new Map<number, number>();
  for (const run of segments.flatMap((s) => s.runs)) {
    const key = Math.round(run.size * 2) / 2;
    sizes.set(key, (sizes.get(key) ?? 0) + run.text.trim().length);
  }
  return [...sizes.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

/** The plain text of a segment, or of a line with its segments joined by tabs. */
export function segmentText(segment: Segment): string {
  return segment.runs.map((run) => run.text).join('');
}

export function lineText(line: Line, separator = '\t'): string {
  return line.segments.map(segmentText).join(separator);
}
