/**
 * Bound the nesting of markdown containers (blockquotes and list items)
 * before remark sees the text.
 *
 * micromark re-checks every open container on every line, and its work on a
 * deeply nested line grows faster than the line: 500 nested list levels take
 * remark about 8 s, 3,000 do not finish within minutes, 100,000 `>` on one
 * line take minutes. Real reports nest a few levels. So, beyond
 * MAX_NESTING levels, the container syntax of a line (its `>` markers, list
 * markers and indentation past that level) is removed and the text that
 * follows is kept whole: remark then reads it as text of the deepest kept
 * container. One pass over the line prefixes, so the work is linear in the
 * input; a text with no line nested that deep is returned as it is.
 *
 * The scan follows CommonMark's container rules closely enough to count
 * depth, and errs on the side of counting too deep (a lazy continuation line
 * keeps every container open; fenced code is not told apart): counting too
 * deep only flattens more of what is already far past any real report.
 *
 * Lines are never added or removed, so line numbers stay those of the
 * input; on a flattened line, columns and offsets count in the flattened
 * text, and the `nesting-flattened` diagnostic says which lines those are.
 */
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, Point } from '../schema/report.js';

/** Containers deeper than this are flattened. Documented in the README (What the parser reads). */
export const MAX_NESTING = 32;

export interface BoundedText {
  /** The text remark may parse: the input itself when nothing was nested too deep. */
  text: string;
  /** One `nesting-flattened` warning per run of consecutive flattened lines. */
  diagnostics: Diagnostic[];
}

type Container = { kind: 'quote' } | { kind: 'item'; content: number };

interface Run {
  start: Point;
  end: Point;
  deepest: number;
}

/** Flatten container nesting beyond `max` levels (default MAX_NESTING). */
export function boundNesting(text: string, max = MAX_NESTING): BoundedText {
  const stack: Container[] = [];
  const pieces: string[] = [];
  const runs: Run[] = [];
  let copied = 0; // input up to here is in `pieces` already
  let removed = 0; // characters removed before the current line
  let previousText = false;
  let line = 1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const cut = scanLine(text, lineStart, lineEnd, stack, max, previousText);
    previousText = cut.blank ? false : true;
    if (cut.depth > max) {
      pieces.push(text.slice(copied, cut.from));
      copied = cut.to;
      const outStart = lineStart - removed;
      removed += cut.to - cut.from;
      const outEnd = lineEnd - removed;
      const last = runs.at(-1);
      const end = { line, column: outEnd - outStart + 1, offset: outEnd };
      if (last && last.end.line === line - 1) {
        last.end = end;
        last.deepest = Math.max(last.deepest, cut.depth);
      } else runs.push({ start: { line, column: 1, offset: outStart }, end, deepest: cut.depth });
    }
    const next = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
    if (lineEnd >= text.length) break;
    lineStart = next;
    line++;
  }
  if (runs.length === 0) return { text, diagnostics: [] };
  pieces.push(text.slice(copied));
  return {
    text: pieces.join(''),
    diagnostics: runs.map((run) => {
      const where = run.start.line === run.end.line ? `line ${run.start.line}` : `lines ${run.start.line}–${run.end.line}`;
      const d = diagnostic(
        'nesting-flattened',
        'warning',
        `Nesting of ${run.deepest} levels flattened to ${max} on ${where}: the text is kept, the \`>\`, list markers and indentation past level ${max} are removed`,
        { start: run.start, end: run.end },
      );
      return { ...d, source: 'parser', actual: String(run.deepest), expected: [String(max)] };
    }),
  };
}

function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

interface LineCut {
  /** Containers this line is inside, its own markers included. */
  depth: number;
  /** Remove text[from, to) when depth > max: the container syntax past level max. */
  from: number;
  to: number;
  blank: boolean;
}

/** Read one line's container prefix against the open containers, and update them. */
function scanLine(text: string, start: number, end: number, stack: Container[], max: number, previousText: boolean): LineCut {
  let i = start;
  let column = 0;
  let from = -1;
  let matched = 0;
  // A blank line continues every open container and opens none.
  if (isBlank(text, start, end)) return { depth: 0, from: start, to: start, blank: true };

  for (; matched < stack.length; matched++) {
    const container = stack[matched]!;
    if (container.kind === 'quote') {
      const ws = whitespace(text, i, end, column, 4);
      if (ws.column - column > 3 || text[ws.index] !== '>') break;
      ({ index: i, column } = afterQuoteMarker(text, ws.index + 1, end, ws.column + 1));
    } else {
      // Only the columns the item needs are read, so a line costs its own length, not depth × length.
      const reached = whitespace(text, i, end, column, container.content - column);
      if (reached.column < container.content) break;
      ({ index: i, column } = reached);
    }
    if (matched + 1 === max) from = i;
  }

  let opened = 0;
  const fresh: Container[] = [];
  const rule = thematicBreakRange(text, start, end);
  for (;;) {
    const ws = whitespace(text, i, end, column, 4);
    if (ws.column - column > 3 || ws.index >= end) break;
    const c = text[ws.index]!;
    if (c === '>') {
      ({ index: i, column } = afterQuoteMarker(text, ws.index + 1, end, ws.column + 1));
      fresh.push({ kind: 'quote' });
    } else {
      const width = listMarker(text, ws.index, end);
      if (width === 0 || (ws.index >= rule.from && ws.index <= rule.to)) break;
      const markerEnd = ws.index + width;
      const markerColumn = ws.column + width;
      const after = whitespace(text, markerEnd, end, markerColumn, 5);
      const gap = after.column - markerColumn;
      // Content starts after 1–4 spaces; more make indented code, whose column is one past the marker.
      const content = after.index >= end || gap > 4 ? markerColumn + 1 : after.column;
      fresh.push({ kind: 'item', content });
      ({ index: i, column } = after.index >= end ? after : gap > 4 ? whitespace(text, markerEnd, end, markerColumn, content - markerColumn) : after);
    }
    opened++;
    if (matched + opened === max) from = i;
  }

  // A line that opens nothing and stops matching may be a lazy continuation of a paragraph: keep everything open.
  const lazy = opened === 0 && matched < stack.length && previousText;
  if (!lazy) stack.length = matched;
  for (const container of fresh) stack.push(container);
  return { depth: matched + opened, from, to: i, blank: false };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** Spaces and tabs from `index` until `limit` columns are passed: where they end, and the column reached (tabs stop every 4 columns; a tab that passes the limit is taken whole). */
function whitespace(text: string, index: number, end: number, column: number, limit: number): { index: number; column: number } {
  const stop = column + limit;
  while (index < end && column < stop) {
    const c = text[index];
    if (c === ' ') column++;
    else if (c === '\t') column += 4 - (column % 4);
    else break;
    index++;
  }
  return { index, column };
}

/** After `>`: one optional space belongs to the marker. */
function afterQuoteMarker(text: string, index: number, end: number, column: number): { index: number; column: number } {
  if (index < end && text[index] === ' ') return { index: index + 1, column: column + 1 };
  return { index, column };
}

/** The width of a list marker at `index` (`-`, `+`, `*`, or up to nine digits and `.` or `)`), followed by whitespace or the line end; else 0. */
function listMarker(text: string, index: number, end: number): number {
  const c = text[index]!;
  let width = 0;
  if (c === '-' || c === '+' || c === '*') width = 1;
  else {
    let digits = 0;
    while (digits < 10 && index + digits < end && text.charCodeAt(index + digits) >= 48 && text.charCodeAt(index + digits) <= 57) digits++;
    if (digits === 0 || digits > 9) return 0;
    const mark = text[index + digits];
    if (mark !== '.' && mark !== ')') return 0;
    width = digits + 1;
  }
  const next = index + width;
  return next >= end || text[next] === ' ' || text[next] === '\t' ? width : 0;
}

/**
 * `- - -`, `***`: three or more of one of `-`, `*`, `_` and nothing else but
 * spaces is a rule, not a list item. The starts at which the rest of the line
 * is such a rule form one range [from, to] (empty when from > to), found in
 * one backward pass, so that `- - - … x` costs its length and not its square.
 */
function thematicBreakRange(text: string, start: number, end: number): { from: number; to: number } {
  let mark = '';
  let count = 0;
  let from = end;
  let to = -1;
  for (let i = end - 1; i >= start; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') continue;
    if (mark === '' && (c === '-' || c === '*' || c === '_')) mark = c;
    if (c !== mark) break;
    count++;
    if (count === 3) to = i;
    from = i;
  }
  return to < 0 ? { from: end, to: -1 } : { from, to };
}
