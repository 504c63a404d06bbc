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

/** The page and line that the rebuilt text at `offset` came from; marks are in offset order. */
export function pageAt(marks: readonly PageMark[], offset: number): { page: number; line: number } | null {
  if (marks.length === 0) return null;
  const at = marks[lastAtOrBefore(marks, offset, (mark) => mark.offset)]!;
  return { page: at.page, line: at.line };
}
