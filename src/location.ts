/**
 * Where things are in a text: offsets → unist points (line, column, offset),
 * as vfile-location does, and the one binary search that this, the inline
 * text's source map (extract/inline.ts) and the PDF page map
 * (read/pdf/markdown.ts) all rest on. Pure and dependency-free: any layer
 * may use it.
 */
import type { Point, Position } from './schema/report.js';

/**
 * The index of the last item whose key is at most `value` in items sorted
 * by key; 0 when there is none (callers treat the first item as covering
 * everything before it). `items` must not be empty.
 */
export function lastAtOrBefore<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid]!) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The key of a sorted list of numbers. */
export const itself = (value: number): number => value;

export interface Locator {
  /** The point of an offset (clamped to the text). */
  point(offset: number): Point;
  /** The position from one offset to another (an end before the start is the start). */
  position(start: number, end: number): Position;
}

/** A locator for one text: its line starts are found once, then every lookup is a binary search. */
export function createLocator(text: string): Locator {
  const starts = [0];
  if (!text.includes('\r')) {
    // The usual case, and indexOf searches far faster than a loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // CR, LF and CRLF each end a line, as in micromark.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
  }

  function point(offset: number): Point {
    const at = Math.max(0, Math.min(offset, text.length));
    const line = lastAtOrBefore(starts, at, itself);
    return { line: line + 1, column: at - starts[line]! + 1, offset: at };
  }

  return {
    point,
    position: (start, end) => ({ start: point(start), end: point(Math.max(start, end)) }),
  };
}
