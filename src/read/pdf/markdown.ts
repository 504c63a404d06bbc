/**
 * Blocks → markdown text, with a map from offsets in that text back to the
 * page and line of the PDF they came from. Italic and bold runs become `*`
 * and `**`; everything else that markdown would read as markup is escaped,
 * so that the text means exactly what the PDF says.
 */
import { standardKey } from '../../vocabulary/header-fields.js';
import type { PageMark } from '../pages.js';
import type { PdfBlock, PdfCell } from './blocks.js';
import { allBold } from './blocks.js';
import type { PlacedLine } from './layout.js';
import { segmentText, type Run } from './lines.js';
import { RENDER } from './thresholds.js';

export interface Rendered {
  markdown: string;
  /** In offset order. */
  marks: PageMark[];
}

interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
  /** The PDF line whose text starts with this piece. */
  line?: PlacedLine;
  /** Text copied out of a PDF: where in that text the piece starts. */
  source?: number;
}

type LineStart = { at: number; line: PlacedLine; source?: number };

export function renderMarkdown(blocks: PdfBlock[]): Rendered {
  let markdown = '';
  const marks: PageMark[] = [];
  const emit = (text: string, lines: LineStart[]) => {
    if (markdown) markdown += '\n\n';
    for (const { at, line, source } of lines) marks.push({ offset: markdown.length + at, page: line.page, line: line.index, ...(source !== undefined && { source }) });
    markdown += text;
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      const table = renderTable(block);
      emit(table.text, table.lines);
      continue;
    }
    const pieces = piecesOf(block);
    let prefix = '';
    if (block.kind === 'heading') {
      prefix = `${'#'.repeat(block.level ?? 1)} `;
      for (const p of pieces) p.bold = p.italic = false;
    } else if (block.kind === 'bullet') prefix = '- ';
    else if (block.kind === 'numbered' && /^\d+$/.test(block.number!)) prefix = `${block.number}. `;
    else if (block.kind === 'numbered') prefix = `${block.number} `;
    if (block.kind !== 'heading' && isFieldLine(pieces)) for (const p of pieces) p.bold = false;
    const body = inline(pieces, block.kind === 'heading' ? ' ' : null);
    // After a list marker the first line cannot start a block; every other line could.
    const text = prefix + escapeLineStarts(body.text, prefix ? 1 : 0);
    // Escapes only add characters: a line's mark moves by at most the few added before it.
    const shift = text.length - body.text.length;
    emit(
      text,
      body.lines.map((start, k) => ({ ...start, at: k === 0 ? 0 : Math.min(start.at + shift, text.length) })),
    );
  }
  return { markdown: `${markdown}\n`, marks };
}

/**
 * The pieces of a block's text: its lines joined with a space where the
 * text wrapped, with nothing after a hyphen at a line end ("mid-" + "2012"),
 * and with a line break where a line ended early (an address, a field).
 * Segments of one line are joined with a tab, as in tab-separated fields.
 */
function piecesOf(block: PdfBlock): Piece[] {
  const pieces: Piece[] = [];
  block.lines.forEach((line, k) => {
    let segments = line.segments;
    if (k === 0 && block.marker) {
      const first = segments[0]!;
      segments = block.marker.apart
        ? segments.slice(1)
        : [{ ...first, runs: dropChars(first.runs, block.marker.length), ...(first.source !== undefined && { source: first.source + block.marker.length }) }, ...segments.slice(1)];
    }
    if (k > 0) {
      const prev = block.lines[k - 1]!;
      const marked = k === 1 && block.marker?.apart === true;
      const sep = separator(marked ? { ...prev, segments: prev.segments.slice(1) } : prev, line, block.kind === 'heading');
      if (sep) pieces.push({ text: sep, bold: false, italic: false });
    }
    segments.forEach((segment, s) => {
      if (s > 0) pieces.push({ text: block.kind === 'heading' ? ' ' : '\t', bold: false, italic: false });
      // Every segment of a line of text is marked with where it came from; a PDF's line once.
      const start = s === 0 || segment.source !== undefined;
      segment.runs.forEach((run, r) =>
        pieces.push({ text: run.text, bold: run.bold, italic: run.italic, ...(start && r === 0 && { line, ...(segment.source !== undefined && { source: segment.source }) }) }),
      );
    });
  });
  return pieces;
}

/** The runs without their first `n` characters (an item's marker). */
function dropChars(runs: Run[], n: number): Run[] {
  const out: Run[] = [];
  let left = n;
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

function separator(prev: PlacedLine, line: PlacedLine, heading: boolean): string {
  const before = prev.segments.map(segmentText).join(' ');
  const after = line.segments.map(segmentText).join(' ');
  if (/[\p{L}\p{N}]-$/u.test(before) && /^[\p{L}\p{N}]/u.test(after)) return '';
  // Text that a page or column break split goes on where it stopped.
  if (heading || prev.page !== line.page || prev.column !== line.column) return ' ';
  if (prev.segments.length > 1 || line.segments.length > 1) return '\n';
  return wrapped(prev, line) ? ' ' : '\n';
}

/** Whether the line ended because the next word would not fit (a wrap), not because the author broke it. */
function wrapped(prev: PlacedLine, line: PlacedLine): boolean {
  const first = line.segments[0]!;
  const text = segmentText(first);
  const word = /^\S+/.exec(text)?.[0] ?? '';
  const charWidth = (first.x1 - first.x0) / Math.max(1, text.length);
  const room = prev.box.x1 - prev.x1;
  return room < prev.size || room < (word.length + 1) * charWidth * RENDER.wrapRoom + prev.size * RENDER.wrapSlack;
}

/** "Inspection dates: 8 July 2013" set in bold is a header field, not a heading. */
function isFieldLine(pieces: Piece[]): boolean {
  const text = pieces.map((p) => p.text).join('');
  if (!allBold(pieces.map((p) => ({ text: p.text, bold: p.bold, italic: p.italic, family: '', size: 0 })))) return false;
  const first = text.split('\n')[0]!;
  const field = /^([^:\t\n]{2,60}?)\s*(?::\s+|\t)\S/.exec(first);
  return field !== null && standardKey(field[1]!) !== null;
}

/**
 * Runs → markdown. Spaces between two runs of one style take that style, so
 * that an italic sentence is one emphasis; spaces at the edges of a styled
 * run go outside its markers, as markdown requires. So does punctuation
 * alone (a bold comma after a name): markdown cannot open emphasis on it.
 */
function inline(pieces: Piece[], breakAs: string | null): { text: string; lines: LineStart[] } {
  const styled = pieces.map((p) => ({ ...p }));
  const worded = (q: Piece) => /[\p{L}\p{N}]/u.test(q.text);
  styled.forEach((p, i) => {
    if (worded(p)) return;
    const before = styled.slice(0, i).reverse().find(worded);
    const after = styled.slice(i + 1).find(worded);
    p.bold = Boolean(before?.bold && after?.bold);
    p.italic = Boolean(before?.italic && after?.italic);
  });
  let text = '';
  const lines: LineStart[] = [];
  let k = 0;
  while (k < styled.length) {
    const { bold, italic } = styled[k]!;
    let j = k;
    let value = '';
    const starts: LineStart[] = [];
    while (j < styled.length && styled[j]!.bold === bold && styled[j]!.italic === italic) {
      const p = styled[j]!;
      if (p.line) starts.push({ at: value.length, line: p.line, ...(p.source !== undefined && { source: p.source }) });
      value += breakAs && p.text === '\n' ? breakAs : p.text;
      j++;
    }
    const marker = bold && italic ? '***' : bold ? '**' : italic ? '*' : '';
    const lead = /^\s*/.exec(value)![0];
    const trail = value.trim() ? /\s*$/.exec(value)![0] : '';
    const core = value.slice(lead.length, value.length - trail.length);
    if (!marker || !core) {
      const escaped = escapeWithMap(value);
      for (const s of starts) lines.push({ ...s, at: text.length + escaped.map(s.at) });
      text += escaped.text;
    } else {
      const escaped = escapeWithMap(core);
      const base = text.length + lead.length + marker.length;
      for (const s of starts) lines.push({ ...s, at: Math.max(text.length, base + escaped.map(s.at - lead.length)) });
      text += `${lead}${marker}${escaped.text}${marker}${trail}`;
    }
    k = j;
  }
  return { text, lines };
}

const SPECIAL = /[\\`*_[\]<>&|]/g;

function escapeWithMap(value: string): { text: string; map: (index: number) => number } {
  const positions: number[] = [];
  let text = '';
  for (let i = 0; i < value.length; i++) {
    positions.push(text.length);
    const ch = value[i]!;
    SPECIAL.lastIndex = 0;
    text += SPECIAL.test(ch) ? `\\${ch}` : ch;
  }
  positions.push(text.length);
  return { text, map: (index) => positions[Math.max(0, Math.min(index, value.length))]! };
}

/**
 * Escape what would start a block at the start of a line: a heading (`#`),
 * a quote (`>`), a list item (`-`, `+`, `1.`), a setext underline.
 */
function escapeLineStarts(text: string, fromLine: number): string {
  return text
    .split('\n')
    .map((line, k) => {
      if (k < fromLine) return line;
      const m = /^(\s*)(.*)$/s.exec(line)!;
      const rest = m[2]!;
      if (/^(?:#{1,6}(?:\s|$)|>|[-+](?:\s|$)|=+\s*$|-+\s*$)/.test(rest)) return `${m[1]}\\${rest}`;
      const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(rest);
      if (ordered) return `${m[1]}${ordered[1]}\\${rest.slice(ordered[1]!.length)}`;
      return line;
    })
    .join('\n');
}

function renderTable(block: PdfBlock): { text: string; lines: LineStart[] } {
  const rows = block.rows!;
  const width = Math.max(...rows.map((r) => r.length));
  const lines: LineStart[] = [];
  let text = '';
  const row = (cells: Array<PdfCell | null>) => {
    text += '|';
    for (const cell of cells) {
      text += ' ';
      if (cell) {
        const pieces: Piece[] = [];
        cell.pieces.forEach((p, k) => {
          if (k > 0) pieces.push({ text: ' ', bold: false, italic: false });
          p.runs.forEach((run, r) =>
            pieces.push({ text: run.text, bold: run.bold, italic: run.italic, ...(r === 0 && { line: p.line, ...(p.segment.source !== undefined && { source: p.segment.source }) }) }),
          );
        });
        const body = inline(pieces, ' ');
        for (const l of body.lines) lines.push({ ...l, at: text.length + l.at });
        text += body.text.replace(/\n/g, ' ');
      }
      text += ' |';
    }
    text += '\n';
  };
  const [first, ...rest] = rows;
  if (block.header) row(first!);
  else row(new Array<PdfCell | null>(width).fill(null));
  text += `|${' --- |'.repeat(width)}\n`;
  for (const r of block.header ? rest : rows) row(r);
  // Only the first mark of each PDF line matters (a line of text is marked at each of its cells).
  const seen = new Set<PlacedLine>();
  return { text: text.trimEnd(), lines: lines.filter((l) => l.source !== undefined || (!seen.has(l.line) && seen.add(l.line))) };
}
