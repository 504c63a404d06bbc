/**
 * Text copied out of a PDF (pdftotext, or a viewer's copy) → the page lines
 * the layout passes read, as if the text had been set in one monospaced
 * font: a character `TEXT.char` wide, each line `TEXT.leading` below the
 * one above, a blank line one leading more. What the geometry of a PDF
 * says and the text lost is decided here from the text and written into
 * that geometry, so that the passes after need no second set of rules:
 *
 * - a paragraph number or bullet alone on its line ("1.", blank, then the
 *   text) is set on one line with its text, as the PDF set it, hanging in
 *   the margin;
 * - a paragraph that starts with no blank line before it (after a line that
 *   ends a sentence short of the margin, a header field, an item's marker)
 *   is given the space a blank line would;
 * - a line that ran to the margin and wrapped is stretched to it, so that
 *   the renderer joins it to the next with a space.
 *
 * A number at the start of a line is a paragraph number only when it comes
 * next in the numbering ("17." after "16."): a sentence that ends "… in
 * 2014." or a line that starts "16 to 25 year-olds" is text.
 */
import { standardKey } from '../../vocabulary/header-fields.js';
import { BULLET, LETTER } from './blocks.js';
import type { PageLines } from './layout.js';
import type { Line, Segment } from './lines.js';
import { TEXT } from './thresholds.js';

/** One line of the text as given, with where it is. */
export interface SourceLine {
  text: string;
  /** Offset of its first character in the text. */
  offset: number;
  /** 1-based page: pages end at form feeds. */
  page: number;
  /** 1-based line on its page, blank lines counted. */
  index: number;
}

/** The lines of a text, with their pages (a form feed starts a page) and their offsets. */
export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let page = 1;
  let index = 0;
  const pattern = /([^\r\n\f]*)(\r\n|\r|\n|\f|$)/gy;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    index++;
    out.push({ text: m[1]!, offset: m.index, page, index });
    if (m[2] === '\f') {
      page++;
      index = 0;
    }
    if (m[2] === '' || pattern.lastIndex >= text.length) break;
  }
  return out;
}

/** A marker alone on its line: a bullet, a paragraph number with its dot or bracket ("17.", "4.17", "(3)"), a letter ("a)"). */
const LONE_NUMBER = /^\(?(\d{1,3}(?:\.\d{1,3}){0,3})[.)]$|^(\d{1,3}(?:\.\d{1,3}){1,3})$/;
/** A line that opens with a bullet or a paragraph number and goes on with its text. */
const OPENING_BULLET = /^([•●○◦▪■◼◾‣⁃∙➢➤►▶▸❖\u2022\ue000-\uf8ff])\s+(?=\S)/u;
const OPENING_NUMBER = /^(?:(\d{1,3}(?:\.\d{1,3}){1,3})\.?|(\d{1,3})\.)\s+(?=[^\p{Ll}\s])/u;
const SENTENCE_END = /[.!?:;…]["'”’)\]]*$/;
const FIELD = /^([^:\t]{2,60}?)\s*(?::\s+|\t)\S/;

/**
 * Paragraph numbers in reading order. A number comes next when it follows
 * the last one ("5" after "4", "3.2" after "3.1"), starts a section ("4.1"
 * after "3.9"), or starts afresh ("1", "1.1"); it is near when it skips a
 * few (up to `TEXT.numberSkip`), as a report may.
 */
export class Numbering {
  private last: number[] | null = null;

  /** 'next' for the very next number ("17" after "16", "4.1" after "3.9"), 'near' for one a few on, else null. */
  follows(number: string): 'next' | 'near' | null {
    const parts = number.split('.').map(Number);
    const n = parts.at(-1)!;
    const last = this.last;
    const step = (from: number) => (n === from + 1 ? 'next' : n > from && n <= from + TEXT.numberSkip ? 'near' : null);
    // "1" or "3.1": a list or a section starts afresh.
    if (n === 1) return 'next';
    if (!last) return step(0);
    if (parts.length === last.length) return parts.slice(0, -1).join('.') === last.slice(0, -1).join('.') ? step(last.at(-1)!) : null;
    // One level shallower: "3.4" then "4".
    if (parts.length < last.length) return step(last[parts.length - 1]!);
    return null;
  }

  take(number: string): void {
    this.last = number.split('.').map(Number);
  }
}

interface Pending {
  source: SourceLine;
  /** The text without its indent. */
  body: string;
  indent: number;
  /** Blank lines before it on its page. */
  blanks: number;
}

/** The page lines of a text, laid out as described above. */
export function textPageLines(lines: readonly SourceLine[]): PageLines[] {
  const pending: Pending[][] = [];
  /** Blank lines at the end of each page. */
  const trailing: number[] = [];
  let blanks = 0;
  for (const source of lines) {
    const page = (pending[source.page - 1] ??= []);
    if (source.index === 1) blanks = 0;
    const body = source.text.replace(/\s+$/, '');
    trailing[source.page - 1] = blanks + (body.trim() ? 0 : 1);
    if (!body.trim()) {
      blanks++;
      continue;
    }
    const indent = /^[ \t]*/.exec(body)![0];
    page.push({ source, body: body.slice(indent.length), indent: indent.replace(/\t/g, '    ').length, blanks });
    blanks = 0;
  }
  for (let p = 0; p < pending.length; p++) pending[p] ??= [];
  const all = pending.flat();
  const right = typicalLength(all);
  // A line that ran to the margin is stretched to the longest line's end, where every margin is.
  const margin = Math.max(right, ...all.map((l) => l.indent + l.body.length)) * TEXT.char;
  const numbering = new Numbering();
  return pending.map((page, p) => {
    const built = buildPage(page, p + 1, right, margin, numbering);
    // As deep as its lines and the blank lines after them: a footer stands as far from the bottom on every page.
    return { page: p + 1, width: margin, height: (built.slots + (trailing[p] ?? 0)) * TEXT.leading, lines: built.lines };
  });
}

/** The length of a full line: most lines that wrapped reach about this far. */
function typicalLength(lines: readonly Pending[]): number {
  const lengths = lines.map((l) => l.indent + l.body.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * TEXT.fullLineRank)] ?? 1;
}

function buildPage(page: readonly Pending[], number: number, right: number, margin: number, numbering: Numbering): { lines: Line[]; slots: number } {
  const out: Line[] = [];
  let slot = 0;
  let prev: { pending: Pending; line: Line; marked: boolean } | null = null;
  // Bullets printed as a column of their own, before the items they mark: each waits for the next paragraph.
  const queued: Array<{ marker: string; offset: number }> = [];
  for (let i = 0; i < page.length; i++) {
    const cur = page[i]!;
    slot += cur.blanks + 1;
    let segments: Segment[];
    let opensItem = false;
    const lone = loneMarker(cur.body, numbering, prev?.pending ?? null, cur.blanks > 0);
    const next = page[i + 1];
    if (lone && !lone.number && next && isLoneBullet(next.body)) {
      // "•", "•", "•", then three items: a column of bullets.
      let end = i;
      while (end < page.length && isLoneBullet(page[end]!.body)) queued.push({ marker: page[end]!.body.trim(), offset: page[end]!.source.offset + page[end]!.indent }), end++;
      slot += page.slice(i + 1, end).reduce((n, l) => n + l.blanks + 1, 0);
      i = end - 1;
      continue;
    }
    if (isLabel(cur.body) && next && next.blanks <= TEXT.labelBlanks && !isField(next.body) && !isLabel(next.body)) {
      // "Inspection dates:" then its value on the next line: one field, as the PDF set it.
      segments = [segment(cur.body, cur.source.offset + cur.indent, cur.indent), ...segmentsOf(next, cur.indent + cur.body.length + 1)];
      i++;
    } else if (lone && next && next.blanks <= TEXT.markerBlanks && !loneMarker(next.body, numbering, cur, true)) {
      // "1." then its text: one line, the marker hanging in the margin.
      if (lone.number) numbering.take(lone.number);
      segments = [segment(lone.marker, cur.source.offset + cur.indent, -TEXT.hang), ...segmentsOf(next, 0)];
      opensItem = true;
      i++;
    } else {
      const free = cur.blanks > 0 || prev === null || !wraps(prev.pending, cur, right);
      const opening = openingMarker(cur.body, numbering, prev?.pending ?? null, free);
      if (opening) {
        if (opening.number) numbering.take(opening.number);
        const rest = cur.body.slice(opening.length);
        const skipped = cur.body.length - rest.length;
        segments = [
          segment(opening.marker, cur.source.offset + cur.indent, -TEXT.hang),
          ...segmentsOf({ ...cur, body: rest, indent: 0, source: { ...cur.source, offset: cur.source.offset + cur.indent + skipped } }, 0),
        ];
        opensItem = true;
      } else segments = segmentsOf(cur, cur.indent);
    }
    const starts = prev === null || cur.blanks > 0 || startsParagraph(prev.pending, cur, opensItem, right);
    const waiting = queued[0];
    if (starts && !opensItem && waiting) {
      queued.shift();
      segments = [segment(waiting.marker, waiting.offset, -TEXT.hang), ...segments.map((s) => ({ ...s, x0: s.x0 - segments[0]!.x0, x1: s.x1 - segments[0]!.x0 }))];
      opensItem = true;
    }
    const line: Line = {
      page: number,
      index: cur.source.index,
      y: 0,
      size: TEXT.size,
      x0: segments[0]!.x0,
      x1: segments.at(-1)!.x1,
      segments,
    };
    if (prev && cur.blanks === 0 && starts) slot++;
    else if (prev && cur.blanks === 0 && wraps(prev.pending, cur, right) && prev.line.segments.length === (prev.marked ? 2 : 1)) {
      // The line above ran to the margin: say so in its geometry.
      prev.line.x1 = prev.line.segments.at(-1)!.x1 = margin;
    }
    line.y = slot * TEXT.leading;
    out.push(line);
    prev = { pending: page[i]!, line, marked: opensItem };
  }
  return { lines: out, slots: slot + 1 };
}

function isLoneBullet(body: string): boolean {
  const text = body.trim();
  return BULLET.test(text) && !/^[-–—*o]$/.test(text);
}

/** A marker alone on a line, or null. A number counts only when it comes next in the numbering, or stands apart. */
function loneMarker(body: string, numbering: Numbering, prev: Pending | null, apart: boolean): { marker: string; number?: string } | null {
  const text = body.trim();
  if (BULLET.test(text) && !/^[-–—*o]$/.test(text)) return { marker: text };
  if (LETTER.test(text)) return { marker: text };
  const m = LONE_NUMBER.exec(text);
  if (!m) return null;
  const number = (m[1] ?? m[2])!;
  const free = apart || prev === null || SENTENCE_END.test(prev.body);
  return numbering.follows(number) || free ? { marker: text, number } : null;
}

/**
 * A bullet or a paragraph number that opens a line of text, or null: a
 * number must come next in the numbering, on a line that does not go on
 * from a line that ran to the margin ("2014. Overall" after "… in" is text).
 */
function openingMarker(body: string, numbering: Numbering, prev: Pending | null, free: boolean): { marker: string; length: number; number?: string } | null {
  const bullet = OPENING_BULLET.exec(body);
  if (bullet) return { marker: bullet[1]!, length: bullet[0].length };
  const m = OPENING_NUMBER.exec(body);
  if (!m) return null;
  const number = (m[1] ?? m[2])!;
  const follows = numbering.follows(number);
  // The very next number starts a paragraph wherever it stands; one a few on, only where a line may start one.
  const starts = follows === 'next' || (follows === 'near' && (free || SENTENCE_END.test(prev?.body ?? '.') || isField(prev?.body ?? '')));
  return starts ? { marker: m[0].trimEnd(), length: m[0].length, number } : null;
}

/** Whether `cur` starts a paragraph although no blank line stands before it. */
function startsParagraph(prev: Pending, cur: Pending, opensItem: boolean, right: number): boolean {
  if (opensItem || isField(cur.body) || isField(prev.body)) return true;
  // A sentence that ran to the margin, then a short line that ends none and opens with a capital: a heading
  // ("… for the entire visit." then "Headline findings"), for a paragraph's last line ends a sentence.
  if (SENTENCE_END.test(prev.body) && isShortTitle(cur, right)) return true;
  if (wraps(prev, cur, right)) return false;
  // A line that stops short of the margin ends its paragraph, unless the next goes on in lower case.
  return SENTENCE_END.test(prev.body) || !/^[\p{Ll}(]/u.test(cur.body);
}

/** A line well short of the margin that opens with a capital and ends no sentence. */
function isShortTitle(line: Pending, right: number): boolean {
  return line.indent + line.body.length <= right * TEXT.titleShare && /^\p{Lu}/u.test(line.body) && !SENTENCE_END.test(line.body) && !/,$/.test(line.body);
}

/** Whether `prev` ran to the margin: the first word of `cur` would not have fitted after it. */
function wraps(prev: Pending, cur: Pending, right: number): boolean {
  const word = /^\S+/.exec(cur.body)?.[0] ?? '';
  return prev.indent + prev.body.length + 1 + word.length > right * (1 - TEXT.wrapSlack);
}

/** A header field's label alone, with its colon ("Lead inspector:"). */
function isLabel(body: string): boolean {
  const label = /^(.{2,60}?)\s*:$/.exec(body);
  return label !== null && standardKey(label[1]!) !== null;
}

function isField(body: string): boolean {
  const field = FIELD.exec(body);
  return field !== null && standardKey(field[1]!) !== null;
}

/** A line's segments: its text split at tabs and at wide runs of spaces (text laid out in columns). */
function segmentsOf(line: Pending, x: number): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const part of line.body.split(/(\t+| {3,})/)) {
    if (part.trim() && !/^(?:\t+| {3,})$/.test(part)) out.push(segment(part, line.source.offset + line.indent + at, x + at));
    at += part.length;
  }
  return out.length > 0 ? out : [segment(line.body, line.source.offset + line.indent, x)];
}

function segment(text: string, source: number, column: number): Segment {
  const x0 = column * TEXT.char;
  return { x0, x1: x0 + text.length * TEXT.char, runs: [{ text, bold: false, italic: false, family: '', size: TEXT.size }], source };
}
