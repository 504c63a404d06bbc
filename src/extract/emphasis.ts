/**
 * Italics that open in one paragraph and close in another. Remark pairs `*`
 * only within a paragraph, so a joint-report extract split by a page break
 * arrives as a literal `*` at the start of one paragraph and another at the
 * end of a later one. Pair them here (marking the text between as italic) and
 * report the markers that pair with nothing.
 */
import { DROPPED, ITALIC, isSpace, markRange, type InlineText } from './inline.js';

export interface Marker {
  at: number;
  length: number;
}

export interface EmphasisProblem {
  block: number;
  marker: Marker;
  rule: 'emphasis-stray';
}

const NUMBER = /^\s*\d{1,3}(?:\.\d{1,3})*\.?\s+/;

/** A run of `*` or `_` left as text at the start of the block (after a paragraph number). */
export function leadingMarker(t: InlineText): Marker | null {
  const number = NUMBER.exec(t.raw);
  let i = number ? number[0].length : 0;
  while (i < t.raw.length && isSpace(t.raw.charCodeAt(i))) i++;
  return markerRun(t, i, 1);
}

/** A run of `*` or `_` left as text at the end of the block. */
export function trailingMarker(t: InlineText): Marker | null {
  let i = t.raw.length - 1;
  while (i >= 0 && isSpace(t.raw.charCodeAt(i))) i--;
  return markerRun(t, i, -1);
}

function markerRun(t: InlineText, i: number, step: 1 | -1): Marker | null {
  const ch = t.raw[i];
  if (ch !== '*' && ch !== '_') return null;
  let j = i;
  while (t.raw[j + step] === ch && !(t.flags[j + step]! & DROPPED)) j += step;
  if (t.flags[i]! & DROPPED) return null;
  const at = Math.min(i, j);
  return { at, length: Math.abs(j - i) + 1 };
}

/**
 * Pair markers across the blocks of one run (the blocks between two
 * headings), marking italic text and dropping the markers. `breaks[i]` is
 * true where a heading separates block i from the next.
 */
export function resolveEmphasis(blocks: InlineText[], isHeading: readonly boolean[]): EmphasisProblem[] {
  const problems: EmphasisProblem[] = [];
  const lead = blocks.map((b, i) => (isHeading[i] ? null : leadingMarker(b)));
  const trail = blocks.map((b, i) => (isHeading[i] ? null : trailingMarker(b)));

  // nextCloser[i]: the first later block, before a heading, that ends with a marker.
  const nextCloser = new Array<number>(blocks.length).fill(-1);
  for (let i = blocks.length - 2, next = -1; i >= 0; i--) {
    if (isHeading[i + 1]) next = -1;
    else if (trail[i + 1]) next = i + 1;
    nextCloser[i] = next;
  }

  const drop = (t: InlineText, m: Marker) => markRange(t, m.at, m.at + m.length, DROPPED);
  let open = -1;
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!;
    const l = lead[i];
    const r = trail[i];
    if (isHeading[i]) {
      open = -1;
      continue;
    }
    if (open >= 0) {
      // Inside a span opened earlier: italic up to a closing marker, or throughout.
      if (l && (!r || l.at < r.at)) {
        drop(t, l);
        problems.push({ block: i, marker: l, rule: 'emphasis-stray' });
      }
      if (r) {
        markRange(t, 0, r.at, ITALIC);
        drop(t, r);
        open = -1;
      } else markRange(t, 0, t.raw.length, ITALIC);
      continue;
    }
    const opens = l && isOpener(t, l);
    if (opens && r && r.at > l.at) {
      if (l.length !== 2) markRange(t, l.at + l.length, r.at, ITALIC);
      drop(t, l);
      drop(t, r);
    } else if (opens && nextCloser[i]! > i && l.length !== 2) {
      markRange(t, l.at + l.length, t.raw.length, ITALIC);
      drop(t, l);
      open = i;
    } else {
      if (l) {
        drop(t, l);
        problems.push({ block: i, marker: l, rule: 'emphasis-stray' });
      }
      if (r && (!l || r.at > l.at)) {
        drop(t, r);
        problems.push({ block: i, marker: r, rule: 'emphasis-stray' });
      }
    }
  }
  return problems;
}

/** CommonMark's left-flanking rule: an opener is followed by a non-space. */
function isOpener(t: InlineText, m: Marker): boolean {
  const next = t.raw.charCodeAt(m.at + m.length);
  return !Number.isNaN(next) && !isSpace(next);
}

/**
 * Markers left as text inside a block that can only open emphasis (after a
 * space, before a letter: "is *heard by"), which remark would have paired had
 * a closer followed. "A* to C" and "snake_case" are not openers.
 */
export function unclosedOpeners(t: InlineText): number[] {
  const out: number[] = [];
  const { raw } = t;
  // Markers are rare in prose: search for them rather than look at every character.
  const marker = /[*_]/g;
  marker.lastIndex = 1;
  for (let m = marker.exec(raw); m && m.index < raw.length - 1; m = marker.exec(raw)) {
    const i = m.index;
    if (t.flags[i]! & DROPPED) continue;
    if (isSpace(raw.charCodeAt(i - 1)) && /[\p{L}\p{N}]/u.test(raw[i + 1]!)) out.push(i);
  }
  return out;
}
