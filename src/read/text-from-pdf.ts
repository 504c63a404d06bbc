/**
 * Text copied out of a PDF (what `pdftotext` writes, or what a viewer puts
 * on the clipboard), told apart from markdown and ordinary prose by the
 * marks a page layout leaves in it, and rebuilt as the PDF reader rebuilds
 * a PDF: the same line and paragraph passes (pdf/rebuild.ts) on lines made
 * from the text (pdf/text-lines.ts), blocks told apart by their words
 * (pdf/text-blocks.ts). The report's positions are mapped back into the text
 * as given (see parse-report.ts).
 */
import { createLocator } from '../location.js';
import type { Diagnostic, Position } from '../schema/report.js';
import type { PageMark } from './pages.js';
import { lineText } from './pdf/lines.js';
import { rebuildLayout } from './pdf/rebuild.js';
import { classifyText } from './pdf/text-blocks.js';
import { sourceLines, textPageLines } from './pdf/text-lines.js';
import { LAYOUT_TEXT } from './pdf/thresholds.js';

export interface PageText {
  /** The report rebuilt as markdown: the tree's positions point into it. */
  markdown: string;
  /** Offsets of `markdown` → page, line and offset of the text as given. */
  marks: PageMark[];
  diagnostics: Diagnostic[];
}

// Markdown's own structure: a text that has any of it was written as markdown, whatever else it holds.
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/m;
const TABLE_DELIMITER = /^ {0,3}\|?\s*:?-{3,}:?\s*\|/m;
const EMPHASIS = /(?:^|[\s(])(?:\*\*|__)\S[^\n]*?\S(?:\*\*|__)(?=[\s).,;:]|$)/m;
const LINK = /\[[^\]\n]+\]\([^)\s]+\)/;
const SETEXT = /\n {0,3}(?:=+|-{2,})[ \t]*\n/;

// Marks of a page layout.
const LAYOUT_BULLET = /^[ \t]*[•◼▪●\ue000-\uf8ff][ \t]/gmu;
const LONE_NUMBER_LINE = /^[ \t]*\d{1,3}(?:\.\d{1,3}){0,3}\.?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*\p{Lu}/gmu;

/**
 * Whether a text was copied out of a PDF: a form feed between pages, bullets
 * as PDFs set them (•, ◼, a symbol font's private-use bullets), or paragraph
 * numbers alone on their lines, and nothing that markdown would mark up.
 * Ordinary prose and markdown never pass: they have no such marks.
 */
export function looksLikePageText(text: string): boolean {
  if (ATX_HEADING.test(text) || TABLE_DELIMITER.test(text) || EMPHASIS.test(text) || LINK.test(text) || SETEXT.test(text)) return false;
  const formFeeds = text.includes('\f');
  const bullets = (text.match(LAYOUT_BULLET) ?? []).length;
  const loneNumbers = (text.match(LONE_NUMBER_LINE) ?? []).length;
  return formFeeds || bullets >= LAYOUT_TEXT.minBullets || loneNumbers >= LAYOUT_TEXT.minLoneNumbers;
}

/** Rebuild text copied out of a PDF as markdown. Never throws: any text gives some markdown. */
export function readPageText(text: string): PageText {
  const pages = textPageLines(sourceLines(text));
  const { laid, rendered } = rebuildLayout(pages, { classify: classifyText });
  const locator = createLocator(rendered.markdown);
  const here = (offset: number): Position => locator.position(offset, offset);
  const diagnostics: Diagnostic[] = [
    {
      rule: 'text-from-pdf',
      severity: 'info',
      message: `Read as text copied out of a PDF (${pages.length} ${pages.length === 1 ? 'page' : 'pages'}): the text keeps no fonts and no columns, so headings set only in bold, joint-report extracts set in italic, and labels printed beside their values may be lost`,
      position: here(0),
    },
  ];
  if (laid.removed.length > 0) {
    const n = laid.removed.length;
    diagnostics.push({
      rule: 'text-running-lines',
      severity: 'info',
      message: `Removed ${n} running header, footer${n === 1 ? ' or page number line' : ' and page number lines'} (e.g. \`${lineText(laid.removed[0]!, ' ')}\`)`,
      position: here(0),
    });
  }
  return { markdown: rendered.markdown, marks: rendered.marks, diagnostics };
}
