/**
 * Where the text a page layout was rebuilt into came from: offsets of the
 * rebuilt text → page and line of the original (a PDF's pages, or the pages
 * of text copied out of one). The report's points carry them as `page` and
 * `pageLine`.
 */
import { lastAtOrBefore } from '../location.js';

export interface PageMark {
  /** Offset in the rebuilt text where the text of this line of the original starts. */
  offset: number;
  page: number;
  /** 1-based line on the page, counting every line of text top to bottom. */
  line: number;
  /** Text copied out of a PDF: the offset in that text where this piece of the rebuilt text came from. */
  source?: number;
}

/** The mark of the line of the original that the rebuilt text at `offset` came from (null without marks); marks are in offset order. */
export function markAt(marks: readonly PageMark[], offset: number): PageMark | null {
  return marks.length === 0 ? null : marks[lastAtOrBefore(marks, offset, (mark) => mark.offset)]!;
}
