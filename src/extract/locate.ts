/** Offsets ↔ unist points for one document, by binary search over line starts. */
import type { Point, Position } from '../schema/report.js';

export interface Locator {
  point(offset: number): Point;
  position(start: number, end: number): Position;
}

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
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1, offset: at };
  }

  return {
    point,
    position: (start, end) => ({ start: point(start), end: point(Math.max(start, end)) }),
  };
}
