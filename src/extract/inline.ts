/**
 * The text of one block (paragraph, heading, table cell) with, for every
 * character, where it came from in the source and whether it was italic or
 * bold. Markup is gone from `raw`; HTML tags are read for their meaning
 * (`<i>`, `<em>`, `<b>`, `<br>`) and otherwise dropped.
 *
 * Extractors find things with regular expressions on `raw`, then ask for the
 * source offsets and emphasis of what they found.
 */
import type { Nodes } from 'mdast';
import { itself, lastAtOrBefore } from '../location.js';

export const ITALIC = 1;
export const BOLD = 2;
/** Markup that remark left as text (a stray `*`): kept for positions, left out of `text`. */
export const DROPPED = 4;

export interface InlineText {
  raw: string;
  /** Per character: ITALIC | BOLD | DROPPED. */
  flags: Uint8Array;
  /** Start index in `raw` of each run whose source offsets are known. */
  runStart: number[];
  runOffset: number[];
  /** Whether the run is a verbatim copy of the source (else offsets inside it snap to its start). */
  runExact: boolean[];
  /** Source offsets of the whole block. */
  start: number;
  end: number;
  /** Whether any character is DROPPED (the plain text then needs the slow path). */
  dropped: boolean;
  /** `textOf` of the whole block, once asked for. */
  text?: string;
  /** The last `textOf` of a part of the block: a finding's text is asked for several times. */
  part?: { from: number; to: number; text: string };
}

interface Builder {
  source: string;
  chars: string[];
  /** The emphasis flag of each run (a run has one). */
  runFlag: number[];
  length: number;
  runStart: number[];
  runOffset: number[];
  runExact: boolean[];
  italic: number;
  bold: number;
}

/** Read the phrasing content of `node` (or the node itself, for a text-like node). */
export function inlineOf(node: Nodes, source: string): InlineText {
  const b: Builder = {
    source,
    chars: [],
    runFlag: [],
    length: 0,
    runStart: [],
    runOffset: [],
    runExact: [],
    italic: 0,
    bold: 0,
  };
  if ('children' in node) walk(node.children as Nodes[], b);
  else if ('value' in node) push(b, node.value, node.position?.start.offset ?? 0, false);
  return finish(b, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** An inline text for a plain string found at `offset` (code blocks, split lines). */
export function inlineOfString(value: string, offset: number, source: string): InlineText {
  const b: Builder = {
    source, chars: [], runFlag: [], length: 0, runStart: [], runOffset: [], runExact: [], italic: 0, bold: 0,
  };
  const end = pushAligned(b, value, offset, offset + value.length);
  return finish(b, offset, end);
}

/**
 * An HTML block's text: the tags read for their meaning (<i>, <em>, <b>,
 * <br>) and dropped, every character of text at its own place in the source
 * (an HTML block's value is the source itself).
 */
export function inlineOfHtml(value: string, offset: number, source: string): InlineText {
  const b: Builder = {
    source, chars: [], runFlag: [], length: 0, runStart: [], runOffset: [], runExact: [], italic: 0, bold: 0,
  };
  // Inside a blockquote or list item the value has lost each later line's
  // "> " or indent, so text is aligned with the source, and tags found in it,
  // from a cursor that moves on through both.
  let at = 0;
  let j = offset;
  for (const tag of value.matchAll(/<[^>]*>/g)) {
    if (tag.index > at) j = pushAligned(b, value.slice(at, tag.index), j, j + tag.index - at);
    const k = source.indexOf(tag[0], j);
    const tagAt = k >= 0 && k - j <= 16 ? k : j;
    html(tag[0], tagAt, b);
    j = tagAt + tag[0].length;
    at = tag.index + tag[0].length;
  }
  if (at < value.length) j = pushAligned(b, value.slice(at), j, j + value.length - at);
  return finish(b, offset, Math.max(j, offset));
}

function finish(b: Builder, start: number, end: number): InlineText {
  const flags = new Uint8Array(b.length);
  for (let r = 0; r < b.runStart.length; r++) {
    if (b.runFlag[r]) flags.fill(b.runFlag[r]!, b.runStart[r], b.runStart[r + 1] ?? b.length);
  }
  return {
    raw: b.chars.join(''),
    flags,
    runStart: b.runStart,
    runOffset: b.runOffset,
    runExact: b.runExact,
    start,
    end,
    dropped: false,
  };
}

const TAG = /^<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>$/i;

function walk(nodes: Nodes[], b: Builder): void {
  for (const node of nodes) {
    const at = node.position?.start.offset ?? 0;
    switch (node.type) {
      case 'text':
        pushAligned(b, node.value, at, node.position?.end.offset ?? at);
        break;
      case 'emphasis':
        b.italic++;
        walk(node.children, b);
        b.italic--;
        break;
      case 'strong':
        b.bold++;
        walk(node.children, b);
        b.bold--;
        break;
      case 'break':
        push(b, '\n', at, false);
        break;
      case 'inlineCode': {
        // Align the code inside its backtick fences, as text is aligned.
        const fence = /^`+/.exec(b.source.slice(at, at + 64))?.[0].length ?? 0;
        const end = node.position?.end.offset ?? at;
        pushAligned(b, node.value, at + fence, Math.max(at + fence, end - fence));
        break;
      }
      case 'html':
        html(node.value, at, b);
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) push(b, node.alt, at, false);
        break;
      case 'footnoteReference':
        break;
      case 'tableRow':
        // Cells of a row are separated by a tab, as in the tab-separated header form.
        node.children.forEach((cell, index) => {
          if (index > 0) push(b, '\t', cell.position?.start.offset ?? at, false);
          walk(cell.children, b);
        });
        break;
      default:
        if ('children' in node) walk(node.children as Nodes[], b);
        else if ('value' in node && typeof node.value === 'string') push(b, node.value, at, false);
    }
  }
}

function html(value: string, at: number, b: Builder): void {
  if (value.startsWith('<!--')) return;
  const tag = TAG.exec(value);
  if (!tag) {
    push(b, value, at, false);
    return;
  }
  const name = tag[2]!.toLowerCase();
  const delta = tag[1] ? -1 : tag[3] ? 0 : 1;
  if (name === 'br') push(b, '\n', at, false);
  else if (name === 'i' || name === 'em') b.italic = Math.max(0, b.italic + delta);
  else if (name === 'b' || name === 'strong') b.bold = Math.max(0, b.bold + delta);
}

function push(b: Builder, value: string, offset: number, exact: boolean): void {
  if (!value) return;
  b.runStart.push(b.length);
  b.runOffset.push(offset);
  b.runExact.push(exact);
  b.runFlag.push((b.italic > 0 ? ITALIC : 0) | (b.bold > 0 ? BOLD : 0));
  b.chars.push(value);
  b.length += value.length;
}

/**
 * Push a text node, splitting it into runs that are verbatim copies of the
 * source. Escapes (`\*`), entities and the whitespace remark trims at line
 * ends make the value differ from the source slice.
 */
function pushAligned(b: Builder, value: string, start: number, end: number): number {
  const src = b.source;
  if (src.slice(start, end) === value) {
    push(b, value, start, true);
    return end;
  }
  let i = 0;
  let j = start;
  let runI = 0;
  let runJ = start;
  while (i < value.length) {
    // A line ending that a code span turned into a space is still that character's place.
    if (src[j] === value[i] || (value[i] === ' ' && (src[j] === '\n' || (src[j] === '\r' && src[j + 1] !== '\n')))) {
      i++;
      j++;
      continue;
    }
    if (i > runI) push(b, value.slice(runI, i), runJ, true);
    const reference = src[j] === '&' ? CHARACTER_REFERENCE.exec(src.slice(j, j + 40)) : null;
    if (reference) {
      // "&nbsp;" or "&#8217;" in the source is one character in the text.
      const width = value.codePointAt(i)! > 0xffff ? 2 : 1;
      push(b, value.slice(i, i + width), j, false);
      i += width;
      j += reference[0].length;
    } else if (src[j] === '\\' && src[j + 1] === value[i]) j++;
    else {
      const k = src.indexOf(value[i]!, j);
      if (k < 0 || k - j > 16) {
        push(b, value.slice(i), j, false);
        return Math.max(j, end);
      }
      j = k;
    }
    runI = i;
    runJ = j;
  }
  if (i > runI) push(b, value.slice(runI, i), runJ, true);
  return j;
}

const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** The source offset just after `raw[index - 1]`: where a span that ends at `index` ends in the source. */
export function endOffsetAt(t: InlineText, index: number): number {
  return index > 0 ? offsetAt(t, index - 1) + 1 : offsetAt(t, 0);
}

/** Source offset of `raw[index]` (or of the end, for index === raw.length). */
export function offsetAt(t: InlineText, index: number): number {
  if (t.runStart.length === 0) return t.start;
  if (index >= t.raw.length) {
    const last = t.runStart.length - 1;
    const len = t.raw.length - t.runStart[last]!;
    return t.runExact[last] ? t.runOffset[last]! + len : Math.max(t.runOffset[last]!, t.end);
  }
  const lo = lastAtOrBefore(t.runStart, index, itself);
  return t.runExact[lo] ? t.runOffset[lo]! + (index - t.runStart[lo]!) : t.runOffset[lo]!;
}

export function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000 || code === 0xfeff;
}

/** The plain text of `raw[from, to)`: dropped markup left out, whitespace collapsed, trimmed. */
export function textOf(t: InlineText, from = 0, to = t.raw.length): string {
  const whole = from === 0 && to === t.raw.length;
  if (whole && t.text !== undefined) return t.text;
  if (!whole && t.part?.from === from && t.part.to === to) return t.part.text;
  const text = t.dropped ? collapse(keptChars(t, from, to)) : collapse(t.raw.slice(from, to));
  if (whole) t.text = text;
  else t.part = { from, to, text };
  return text;
}

function collapse(text: string): string {
  // Most whitespace in prose is already a single space, so a block is copied
  // only when it holds another space character or a run ("  ", which
  // includes() finds fastest).
  const uncollapsed = OTHER_SPACE_CHAR.test(text) || text.includes('  ');
  return (uncollapsed ? text.replace(UNCOLLAPSED_RUNS, ' ') : text).trim();
}

// The characters isSpace accepts, as one class, and its members other than " ".
const SPACE = String.raw`\u0000-\u0020\u00a0\u2000-\u200a\u202f\u3000\ufeff`;
const OTHER_SPACE = String.raw`\u0000-\u001f\u00a0\u2000-\u200a\u202f\u3000\ufeff`;
const OTHER_SPACE_CHAR = new RegExp(`[${OTHER_SPACE}]`);
const UNCOLLAPSED_RUNS = new RegExp(`[${OTHER_SPACE}][${SPACE}]*| [${SPACE}]+`, 'g');

function keptChars(t: InlineText, from: number, to: number): string {
  let out = '';
  let run = from;
  for (let i = from; i < to; i++) {
    if (t.flags[i]! & DROPPED) {
      out += t.raw.slice(run, i);
      run = i + 1;
    }
  }
  return out + t.raw.slice(run, to);
}

/** Lines of the block (soft and hard breaks), as [from, to) ranges of `raw`. */
export function linesOf(t: InlineText): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= t.raw.length; i++) {
    // CR, LF and CRLF each end a line, as in micromark.
    const c = t.raw.charCodeAt(i);
    if (i === t.raw.length || c === 10 || (c === 13 && t.raw.charCodeAt(i + 1) !== 10)) {
      if (textOf(t, from, i)) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0
  );
}

// 1 for each UTF-16 code unit isWordChar accepts: a table lookup keeps the
// counting loop below free of branches, which made it three times faster.
const WORD_CHAR = new Uint8Array(0x10000).map((_, code) => (isWordChar(code) ? 1 : 0));

/** Count the letters and digits of `raw[from, to)` that are italic, and all of them. */
export function italicCount(t: InlineText, from = 0, to = t.raw.length, skip?: Uint8Array): {
  italic: number;
  total: number;
} {
  // This loop runs over every character of every finding.
  const { flags, raw } = t;
  let italic = 0;
  let total = 0;
  for (let i = from; i < to; i++) {
    const f = flags[i]!;
    // DROPPED (4) shifted down is 1, and ~1 clears the lookup's 1.
    const counted = WORD_CHAR[raw.charCodeAt(i)]! & ~(f >> 2) & ~(skip === undefined ? 0 : skip[i]!);
    total += counted;
    italic += counted & f & ITALIC;
  }
  return { italic, total };
}

/** Whether every letter of the block is bold (a bold-only paragraph reads as a heading). */
export function isAllBold(t: InlineText): boolean {
  let letters = 0;
  const end = footnoteMarkStart(t.raw);
  for (let i = 0; i < end; i++) {
    if (!isWordChar(t.raw.charCodeAt(i)) || t.flags[i]! & DROPPED) continue;
    if (!(t.flags[i]! & BOLD)) return false;
    letters++;
  }
  return letters > 0;
}

/**
 * Where a footnote mark glued to the last word ("**… Board**1") starts, else the length: the mark is not part of
 * the line's style. Read back from the end, because a regular expression anchored at the end is tried at every
 * position of every paragraph.
 */
function footnoteMarkStart(raw: string): number {
  let end = raw.length;
  while (end > 0 && /\s/.test(raw[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start < 2 && raw.charCodeAt(start - 1) >= 48 && raw.charCodeAt(start - 1) <= 57) start--;
  if (start === end || start === 0) return raw.length;
  const before = raw.charCodeAt(start - 1);
  const glued = (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 42 || before === 95;
  return glued ? start : raw.length;
}

/** Index just past the leading bold run (for "**Within 3 months** (note)"), or 0. */
export function boldPrefixEnd(t: InlineText): number {
  let i = 0;
  while (i < t.raw.length && isSpace(t.raw.charCodeAt(i))) i++;
  if (!(t.flags[i]! & BOLD)) return 0;
  while (i < t.raw.length && (t.flags[i]! & BOLD || isSpace(t.raw.charCodeAt(i)))) i++;
  return i;
}

export function markRange(t: InlineText, from: number, to: number, flag: number): void {
  for (let i = from; i < to; i++) t.flags[i]! |= flag;
  if (flag & DROPPED) t.dropped = true;
  t.text = undefined;
  t.part = undefined;
}
