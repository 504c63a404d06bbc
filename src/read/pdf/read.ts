/**
 * PDF → markdown text that the markdown reader parses like any other report.
 * pdfjs gives positioned text items with their fonts (text.ts); they become
 * lines (lines.ts), lines in reading order without running headers and
 * footers (layout.ts), blocks (blocks.ts) and finally markdown with `*`
 * and `**` where the fonts were italic and bold (markdown.ts). A map from
 * the markdown back to page and line keeps positions meaningful.
 */
import { createLocator } from '../../location.js';
import type { Diagnostic, Position } from '../../schema/report.js';
import { DocumentError } from '../detect.js';
import { baseFontName } from './fonts.js';
import type { PageLines } from './layout.js';
import { lineText, linesOfPage } from './lines.js';
import type { PageMark } from '../pages.js';
import { rebuildLayout } from './rebuild.js';
import { pdfText, type PdfLimits, type PdfText } from './text.js';
import { REPORT } from './thresholds.js';

export type { PdfFont, PdfItem, PdfLimits, PdfPage, PdfText } from './text.js';

export interface PdfDocument {
  /** The reconstructed report as markdown: positions in the model point into this text. */
  markdown: string;
  /** Offsets of `markdown` → PDF page and line, in offset order. */
  marks: PageMark[];
  pageCount: number;
  /** What could not be recovered; positions point into `markdown`. */
  diagnostics: Diagnostic[];
}

export interface PdfOptions {
  /** The path for messages ("-" for standard input). */
  path?: string;
  limits?: Partial<PdfLimits>;
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfDocument> {
  const path = options.path ?? '-';
  return rebuildPdf(await pdfText(bytes, path, options.limits), path);
}

/**
 * Positioned text items → markdown: everything after pdfjs, as a pure
 * function of the items. Throws DocumentError when there is no text at all.
 */
export function rebuildPdf(text: PdfText, path = '-'): PdfDocument {
  const families = new Map(text.fonts.map((f) => [f.id, familyName(f.name)]));
  const familyOf = (font: string) => families.get(font) ?? '';
  const pages: PageLines[] = text.pages.map((p) => ({
    page: p.number,
    width: p.width,
    height: p.height,
    lines: linesOfPage(p.number, p.items, familyOf),
  }));
  const chars = pages.reduce((n, p) => n + p.lines.reduce((m, l) => m + lineText(l).length, 0), 0);
  if (chars === 0) {
    const skipped = text.pages.filter((p) => p.skipped).length;
    throw new DocumentError(
      path,
      'no-text',
      skipped === text.pages.length && skipped > 0
        ? `is a PDF whose pages could not be read (${text.pages[0]!.skipped})`
        : `is a PDF with no text layer (${text.pageCount} ${text.pageCount === 1 ? 'page' : 'pages'} of images?); run OCR on it first`,
    );
  }
  const { laid, rendered } = rebuildLayout(pages);

  const diagnostics: Diagnostic[] = [];
  const locator = createLocator(rendered.markdown);
  const here = (offset: number): Position => locator.position(offset, offset);
  const at = (page: number): Position => {
    const mark = rendered.marks.find((m) => m.page >= page);
    const offset = mark?.offset ?? rendered.markdown.length;
    return here(offset);
  };
  const warn = (rule: string, severity: Diagnostic['severity'], message: string, position: Position) =>
    diagnostics.push({ rule, severity, message, position });

  const empty = text.pages.filter((p) => !p.skipped && !pages[p.number - 1]!.lines.length).map((p) => p.number);
  if (empty.length > 0) {
    warn('pdf-page-no-text', 'warning', `${plural(empty.length, 'page has', 'pages have')} no text (scanned images?): ${list(empty)}; their content is missing`, at(empty[0]!));
  }
  for (const p of text.pages.filter((page) => page.skipped)) {
    const why = p.skipped === 'timeout' ? 'took too long to read' : p.skipped === 'too-many-items' ? 'has too many text items' : 'could not be read';
    warn('pdf-page-skipped', 'warning', `Page ${p.number} ${why}: its content is missing`, at(p.number));
  }
  if (text.pageCount > text.pages.length) {
    warn('pdf-page-limit', 'warning', `Only the first ${text.pages.length} of ${text.pageCount} pages were read`, here(rendered.markdown.length));
  }
  const unknown = unstyledShare(text);
  if (unknown > REPORT.unstyledShare) {
    warn(
      'pdf-font-style-unknown',
      'warning',
      `${Math.round(unknown * 100)}% of the text is set in fonts whose names carry no style: italic (joint-report extracts) and bold headings cannot be told apart in it`,
      here(0),
    );
  }
  if (laid.removed.length > 0) {
    const example = lineText(laid.removed[0]!, ' ');
    warn('pdf-running-lines', 'info', `Removed ${plural(laid.removed.length, 'running header, footer or page number line', 'running header, footer and page number lines')} (e.g. \`${example}\`)`, here(0));
  }
  if (laid.twoColumnPages.length > 0) {
    warn('pdf-two-columns', 'info', `Read ${plural(laid.twoColumnPages.length, 'page', 'pages')} as two columns: ${list(laid.twoColumnPages)}`, at(laid.twoColumnPages[0]!));
  }
  if (text.rotated > 0) {
    warn('pdf-rotated-text', 'info', `Left out ${plural(text.rotated, 'piece', 'pieces')} of rotated or vertical text`, here(0));
  }
  return { markdown: rendered.markdown, marks: rendered.marks, pageCount: text.pageCount, diagnostics };
}

/** A font's family: its name without subset prefix, style words and the "MT"/"PS" of PostScript names. */
function familyName(name: string): string {
  return baseFontName(name)
    .split(/[-,]/)[0]!
    .replace(/(?:PS)?MT$|PS$/, '')
    .replace(/(?:Bold|Italic|Oblique|Regular)+$/i, '');
}

function unstyledShare(text: PdfText): number {
  const known = new Map(text.fonts.map((f) => [f.id, f.known]));
  let total = 0;
  let unknown = 0;
  for (const item of text.pages.flatMap((p) => p.items)) {
    const n = item.text.trim().length;
    total += n;
    if (!known.get(item.font)) unknown += n;
  }
  return total === 0 ? 0 : unknown / total;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function list(pages: number[]): string {
  return pages.length > REPORT.pagesListed ? `${pages.slice(0, REPORT.pagesListed).join(', ')} …` : pages.join(', ');
}
