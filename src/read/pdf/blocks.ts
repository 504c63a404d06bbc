/**
 * Lines in reading order → blocks: headings (by font size, by bold, or by a
 * family of their own), paragraphs (by line spacing and indentation), list
 * items (a bullet or a number set apart from the text), and tables (lines
 * whose segments line up in columns). Paragraphs split across a page or
 * column break are joined again.
 */
import type { PlacedLine } from './layout.js';
import { lineText, segmentText, type Run, type Segment } from './lines.js';
import { BLOCK, LINE } from './thresholds.js';

export type PdfBlockKind = 'heading' | 'paragraph' | 'bullet' | 'numbered' | 'table';

export interface PdfBlock {
  kind: PdfBlockKind;
  /** Heading level (1 for the largest type), for headings set larger than the text. */
  level?: number;
  /** The number of a numbered item, as written without its dot ("17", "4.17"). */
  number?: string;
  /** The marker of a list item, which the text leaves out. */
  marker?: PdfMarker;
  lines: PlacedLine[];
  /** For tables: rows of cells, each cell the pieces of lines it holds. */
  rows?: PdfCell[][];
  /** For tables: whether the first row is a header row. */
  header?: boolean;
}

export interface PdfCell {
  pieces: Array<{ line: PlacedLine; segment: Segment; runs: Run[] }>;
}

export interface BodyStats {
  /** The size of the body text, in points. */
  body: number;
  /** Baseline-to-baseline distance of body lines, as a multiple of the font size. */
  leading: number;
  /** The font family of the body text. */
  family: string;
}

export const BULLET = /^(?:[•●○◦▪■□◼◻◾▫‣⁃∙·➢➤►▶▸✓✔❖♦◆\u2022\u25a0-\u25ff\ue000-\uf8ff]|[-–—*o])$/u;
const NUMBER = /^\(?(\d{1,3}(?:\.\d{1,3}){0,3})[.)]?$/;
export const LETTER = /^\(?(?:[a-z]|[ivx]{1,4})[.)]$/i;
const SENTENCE_END = /[.!?:;…]["'”’)\]]*$/;

export function statsOf(pages: Array<{ lines: PlacedLine[] }>): BodyStats {
  const sizes = new Map<number, number>();
  const families = new Map<string, number>();
  for (const line of pages.flatMap((p) => p.lines)) {
    for (const run of line.segments.flatMap((s) => s.runs)) {
      const n = run.text.replace(/\s/g, '').length;
      const key = Math.round(run.size * 2) / 2;
      sizes.set(key, (sizes.get(key) ?? 0) + n);
    }
  }
  const body = mode(sizes) ?? BLOCK.body;
  const ratios = new Map<number, number>();
  for (const { lines } of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (a.column !== b.column || Math.abs(a.size - body) > BLOCK.bodySize || Math.abs(b.size - body) > BLOCK.bodySize) continue;
      const ratio = (b.y - a.y) / body;
      if (ratio >= BLOCK.leadingRange[0] && ratio <= BLOCK.leadingRange[1]) {
        const key = Math.round(ratio * 20) / 20;
        ratios.set(key, (ratios.get(key) ?? 0) + 1);
      }
    }
    for (const line of lines) {
      if (Math.abs(line.size - body) > BLOCK.bodySize) continue;
      for (const run of line.segments.flatMap((s) => s.runs)) {
        if (run.bold) continue;
        families.set(run.family, (families.get(run.family) ?? 0) + run.text.length);
      }
    }
  }
  return { body, leading: mode(ratios) ?? BLOCK.leading, family: modeKey(families) ?? '' };
}

function mode(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let count = -1;
  for (const [key, n] of counts) {
    if (n > count || (n === count && best !== null && key < best)) {
      best = key;
      count = n;
    }
  }
  return best;
}

function modeKey(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let count = -1;
  for (const [key, n] of counts) if (n > count) [best, count] = [key, n];
  return best;
}

export interface BlockOptions {
  /**
   * Decide what the fonts cannot: called with the blocks once they are
   * classified and leveled, before blocks split by a page or column break are joined
   * (text copied out of a PDF has no sizes or bold to find headings by).
   */
  classify?: (blocks: PdfBlock[], stats: BodyStats) => void;
}

/** The blocks of the whole document, in reading order. */
export function pdfBlocks(pages: Array<{ page: number; lines: PlacedLine[] }>, stats: BodyStats, options: BlockOptions = {}): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  for (const { lines } of pages) {
    let i = 0;
    while (i < lines.length) {
      const table = tableAt(lines, i, stats);
      if (table) {
        blocks.push(table.block);
        i = table.end;
        continue;
      }
      const end = paragraphEnd(lines, i, stats);
      blocks.push(classify(lines.slice(i, end), stats));
      i = end;
    }
  }
  // Where the headings of a size are bold, a line of that size that is not bold is display text
  // (an organisation's name under a title), not a heading.
  const boldSizes = new Set(blocks.filter((b) => b.kind === 'heading' && allBold(b.lines.flatMap(runsOf))).map((b) => sizeKey(b.lines[0]!.size)));
  for (const b of blocks) {
    if (b.kind === 'heading' && isLarger(b.lines[0]!, stats) && boldSizes.has(sizeKey(b.lines[0]!.size)) && !allBold(b.lines.flatMap(runsOf))) {
      b.kind = 'paragraph';
    }
  }
  // Heading levels by size, largest first; headings set at the text's size come after them.
  const sizes = [...new Set(blocks.filter((b) => b.kind === 'heading' && isLarger(b.lines[0]!, stats)).map((b) => sizeKey(b.lines[0]!.size)))];
  sizes.sort((a, b) => b - a);
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const at = sizes.indexOf(sizeKey(b.lines[0]!.size));
    b.level = Math.min(6, at >= 0 ? at + 1 : sizes.length + 1);
  }
  options.classify?.(blocks, stats);
  return joinAcrossBreaks(blocks);
}

function sizeKey(size: number): number {
  return Math.round(size * 2) / 2;
}

function isLarger(line: PlacedLine, stats: BodyStats): boolean {
  return line.size >= stats.body + BLOCK.largerBy && line.size >= stats.body * BLOCK.largerTimes;
}

/** Whether every letter of the runs is bold. */
export function allBold(runs: Run[]): boolean {
  let letters = 0;
  for (const run of runs) {
    const n = (run.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    if (n > 0 && !run.bold) return false;
    letters += n;
  }
  return letters > 0;
}

function runsOf(line: PlacedLine): Run[] {
  return line.segments.flatMap((s) => s.runs);
}

export interface PdfMarker {
  kind: 'bullet' | 'numbered' | 'letter';
  /** The number of a numbered item, as written without its dot. */
  number?: string;
  /** Whether the marker is a segment of its own (set apart by a tab); else it opens the first segment. */
  apart: boolean;
  /** Characters of the first segment the marker takes, with the space after it, when not apart. */
  length: number;
}

const INLINE_BULLET = /^[•●○◦▪■◼◾‣⁃∙➢➤►▶▸❖\u2022\ue000-\uf8ff]\s+(?=\S)/u;
// A dotted number needs no dot after it ("4.17 The"); a bare one does ("17. The"), so that
// "15 children were seen" is prose. The text after it must not start in lower case ("1.5 million").
const INLINE_NUMBER = /^(?:(\d{1,3}(?:\.\d{1,3}){1,3})\.?|(\d{1,3})\.)\s+(?=[^\p{Ll}\s])/u;

/** The list marker a line starts with: a bullet, or a paragraph number. */
export function markerOf(line: PlacedLine): PdfMarker | null {
  const first = segmentText(line.segments[0]!);
  if (line.segments.length > 1) {
    const trimmed = first.trim();
    if (BULLET.test(trimmed)) return { kind: 'bullet', apart: true, length: first.length };
    const number = NUMBER.exec(trimmed);
    if (number) return { kind: 'numbered', number: number[1]!, apart: true, length: first.length };
    if (LETTER.test(trimmed)) return { kind: 'letter', apart: true, length: first.length };
  }
  const bullet = INLINE_BULLET.exec(first);
  if (bullet) return { kind: 'bullet', apart: false, length: bullet[0].length };
  const number = INLINE_NUMBER.exec(first);
  if (number) return { kind: 'numbered', number: (number[1] ?? number[2])!, apart: false, length: number[0].length };
  return null;
}

/** Where the text of the line starts: after its marker, if it has one (estimated within a segment). */
function textX(line: PlacedLine): number {
  const marker = markerOf(line);
  if (!marker) return line.x0;
  if (marker.apart) return line.segments[1]!.x0;
  const first = line.segments[0]!;
  return first.x0 + ((first.x1 - first.x0) * marker.length) / Math.max(1, segmentText(first).length);
}

/** Larger than the text, or bold throughout (a bulleted line in bold is an item, not a heading). */
function isHeadingLine(line: PlacedLine, stats: BodyStats): boolean {
  return isLarger(line, stats) || (allBold(runsOf(line)) && markerOf(line)?.kind !== 'bullet');
}

/** The index after the last line of the paragraph (or heading, or item) starting at `start`. */
function paragraphEnd(lines: PlacedLine[], start: number, stats: BodyStats): number {
  const first = lines[start]!;
  const item = markerOf(first);
  // Lines of an item hang at its text, when its marker is set apart; else they may return to the margin.
  const indent = item?.apart ? textX(first) : first.x0;
  let prev = first;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.column !== prev.column) break;
    const step = stats.leading * Math.max(prev.size, line.size);
    const gap = line.y - prev.y;
    if (gap <= 0 || gap > step * BLOCK.paragraphGap) break;
    if (Math.abs(line.size - prev.size) >= BLOCK.sizeChange) break;
    if (isHeadingLine(line, stats) !== isHeadingLine(prev, stats)) break;
    const marker = markerOf(line);
    // A marker set apart, a bullet, or a number where the item above had its own: a new item.
    if (marker && (marker.apart || marker.kind === 'bullet' || (item && Math.abs(line.x0 - first.x0) < BLOCK.itemAlign))) break;
    const em = line.size;
    const aligned = prev.segments.some((s) => Math.abs(s.x0 - line.x0) < LINE.align);
    if (line.x0 > textX(prev) + em && !aligned) break;
    if (item && line.x0 < indent - em) break;
    if (startsTable(lines, i, stats)) break;
    prev = line;
  }
  return i;
}

function classify(lines: PlacedLine[], stats: BodyStats): PdfBlock {
  const first = lines[0]!;
  const marker = markerOf(first);
  const runs = lines.flatMap(runsOf);
  if (marker?.kind === 'bullet') return { kind: 'bullet', lines, marker };
  if (lines.every((line) => isLarger(line, stats))) return { kind: 'heading', lines };
  // A numbered heading ("3 Outcome 4 …" in bold) keeps its number as text.
  if (marker?.kind === 'numbered' && !allBold(runs)) return { kind: 'numbered', number: marker.number!, lines, marker };
  const text = lines.map((l) => lineText(l, ' ')).join(' ');
  // A short line or two in a family of its own (a sans-serif heading over serif text, say).
  if (
    lines.length <= BLOCK.familyHeadingLines &&
    !allBold(runs) &&
    stats.family &&
    familyOf(runs) !== stats.family &&
    text.length <= BLOCK.familyHeadingChars &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[.,;]$/.test(text)
  ) {
    return { kind: 'heading', lines };
  }
  return { kind: 'paragraph', lines };
}

function familyOf(runs: Run[]): string {
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(run.family, (counts.get(run.family) ?? 0) + run.text.length);
  return modeKey(counts) ?? '';
}

// ---------------------------------------------------------------------------
// Tables

interface TableColumn {
  x0: number;
  x1: number;
}

/** A line of two or more segments that is not a list item (a marker set apart from its text). */
function isMulti(line: PlacedLine): boolean {
  return line.segments.length >= 2 && !markerOf(line)?.apart;
}

function startsTable(lines: PlacedLine[], i: number, stats: BodyStats): boolean {
  return isMulti(lines[i]!) && tableAt(lines, i, stats) !== null;
}

/**
 * A table starting at line `start`: at least two lines whose segments fall
 * into the same two or more columns, with the lines between and just after
 * them that hold text in one of those columns (a cell that wraps).
 */
function tableAt(lines: PlacedLine[], start: number, stats: BodyStats): { block: PdfBlock; end: number } | null {
  const first = lines[start]!;
  if (!isMulti(first)) return null;
  let columns: TableColumn[] = first.segments.map((s) => ({ x0: s.x0, x1: s.x1 }));
  const members: PlacedLine[] = [first];
  let multis = 1;
  let lastMulti = 0;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = members.at(-1)!;
    const step = stats.leading * Math.max(prev.size, line.size);
    if (line.column !== prev.column || line.y - prev.y <= 0 || line.y - prev.y > step * BLOCK.tableGap) break;
    if (isMulti(line)) {
      const merged = mergeColumns(columns, line.segments);
      if (!merged) break;
      columns = merged;
      multis++;
      lastMulti = members.length;
      members.push(line);
      continue;
    }
    if (line.segments.length !== 1 || columnOf(columns, line.segments[0]!) < 0) break;
    members.push(line);
  }
  if (multis < 2 || columns.length < 2) return null;
  // Keep single lines after the last full row only where they continue a cell.
  let end = lastMulti + 1;
  while (end < members.length) {
    const line = members[end]!;
    const prev = members[end - 1]!;
    const col = columnOf(columns, line.segments[0]!);
    if (col === 0 && line.y - prev.y > stats.leading * line.size * BLOCK.paragraphGap) break;
    end++;
  }
  const used = members.slice(0, end);
  const rows = rowsOf(used, columns, stats);
  if (rows.length < 2 && used.length < 3) return null;
  const header = rows.length > 1 && allBold(rows[0]!.flatMap(cellRuns)) && rows.slice(1).some((row) => !allBold(row.flatMap(cellRuns)));
  return { block: { kind: 'table', lines: used, rows, header }, end: start + used.length };
}

function cellRuns(cell: PdfCell): Run[] {
  return cell.pieces.flatMap((p) => p.runs);
}

/** Add a line's segments to the columns; null when two of its segments fall into one column. */
function mergeColumns(columns: TableColumn[], segments: Segment[]): TableColumn[] | null {
  const out = columns.map((c) => ({ ...c }));
  const hit = new Set<number>();
  for (const s of segments) {
    // A column's cells line up on their left edge (text) or their right edge (numbers).
    const at = out.findIndex((c) => s.x0 < c.x1 + BLOCK.cellSlack && c.x0 < s.x1 + BLOCK.cellSlack && (Math.abs(s.x0 - c.x0) < BLOCK.cellAlign || Math.abs(s.x1 - c.x1) < BLOCK.cellAlign));
    if (at >= 0) {
      if (hit.has(at)) return null;
      hit.add(at);
      out[at] = { x0: Math.min(out[at]!.x0, s.x0), x1: Math.max(out[at]!.x1, s.x1) };
    } else {
      if (out.some((c) => s.x0 < c.x1 && c.x0 < s.x1)) return null;
      out.push({ x0: s.x0, x1: s.x1 });
    }
  }
  out.sort((a, b) => a.x0 - b.x0);
  for (let k = 1; k < out.length; k++) if (out[k]!.x0 < out[k - 1]!.x1) return null;
  return out;
}

function columnOf(columns: TableColumn[], s: Segment): number {
  return columns.findIndex((c, k) => s.x0 >= c.x0 - BLOCK.cellAlign && s.x0 < (columns[k + 1]?.x0 ?? Infinity) - BLOCK.cellSlack && s.x1 <= (columns[k + 1]?.x0 ?? Infinity));
}

/**
 * Rows: a line with text in the first column starts one, unless it is set
 * as close as the lines of a paragraph and each of its cells continues the
 * text above it in that column (its first word would not have fitted there:
 * the cell wrapped). A line with nothing in the first column continues the
 * row.
 */
function rowsOf(lines: PlacedLine[], columns: TableColumn[], stats: BodyStats): PdfCell[][] {
  const rows: PdfCell[][] = [];
  let prev: PlacedLine | null = null;
  for (const line of lines) {
    const cols = line.segments.map((s) => Math.max(0, columnOf(columns, s)));
    const row = rows.at(-1);
    const close = prev !== null && line.y - prev.y <= stats.leading * line.size * BLOCK.rowClose;
    const wraps = line.segments.every((s, k) => {
      const c = cols[k]!;
      const above = row?.[c]!.pieces.at(-1);
      // How wide a cell may be is not drawn in the text: the widest text of its column stands in for it.
      // (So a table set solid whose cells all reach that width reads its rows as one.)
      return !above || wouldNotFit(above.segment, s, columns[c]!.x1);
    });
    if (!row || (cols.includes(0) && !(close && wraps))) rows.push(columns.map(() => ({ pieces: [] })));
    line.segments.forEach((s, k) => rows.at(-1)![cols[k]!]!.pieces.push({ line, segment: s, runs: s.runs }));
    prev = line;
  }
  return rows;
}

/** Whether the first word of `next` would not have fitted after `above` before `limit`. */
function wouldNotFit(above: { x1: number; runs: Run[] }, next: Segment, limit: number): boolean {
  const text = segmentText(next);
  const word = /^\S+/.exec(text)?.[0] ?? '';
  const charWidth = (next.x1 - next.x0) / Math.max(1, text.length);
  return limit - above.x1 < (word.length + 1) * charWidth;
}

// ---------------------------------------------------------------------------
// Joins across page and column breaks

function joinAcrossBreaks(blocks: PdfBlock[]): PdfBlock[] {
  const out: PdfBlock[] = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    if (prev && continuesAcrossBreak(prev, block)) {
      prev.lines.push(...block.lines);
      continue;
    }
    out.push(block);
  }
  return out;
}

function continuesAcrossBreak(prev: PdfBlock, next: PdfBlock): boolean {
  const a = prev.lines.at(-1)!;
  const b = next.lines[0]!;
  if (a.page === b.page && a.column === b.column) return false;
  if (prev.kind === 'heading' && next.kind === 'heading') {
    return Math.abs(a.size - b.size) < BLOCK.headingSize && !SENTENCE_END.test(lineText(a, ' ').trim());
  }
  if (next.kind !== 'paragraph' || !['paragraph', 'bullet', 'numbered'].includes(prev.kind)) return false;
  if (Math.abs(a.size - b.size) >= BLOCK.sizeChange || allBold(runsOf(b)) !== allBold(runsOf(a))) return false;
  const before = lineText(a, ' ').trim();
  const after = lineText(b, ' ').trim();
  // A paragraph that opens with its own number ("4.3 …", "12. …") starts afresh.
  if (/^[*_]?\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s/.test(after)) return false;
  return !SENTENCE_END.test(before) || /^[\p{Ll}(]/u.test(after) || /\p{L}-$/u.test(before);
}
