/**
 * PDF bytes → positioned text items, one list per page, with the bold and
 * italic of each item's font. The only module that reads through pdf.js
 * (loaded by pdfjs.ts); everything after it is plain geometry on these items.
 */
import { DocumentError } from '../detect.js';
import { fontStyle, type FontStyle } from './fonts.js';
import { loadPdfJs, openDocument, type PdfJs } from './pdfjs.js';

export interface PdfItem {
  text: string;
  /** Left edge and baseline, in points from the top-left corner of the page. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
  italic: boolean;
  /** The font's id in the document, to tell runs of the same font apart. */
  font: string;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** Set when the page could not be read within the limits. */
  skipped?: 'timeout' | 'error' | 'too-many-items';
}

export interface PdfFont extends FontStyle {
  id: string;
  name: string;
}

export interface PdfText {
  pages: PdfPage[];
  /** Pages in the file (more than `pages.length` when the page limit cut it short). */
  pageCount: number;
  fonts: PdfFont[];
  /** Text items left out because they are not horizontal (rotated margin notes, vertical text). */
  rotated: number;
}

export interface PdfLimits {
  /** Pages read at most; the rest are reported and left out. */
  maxPages: number;
  /** Text items read from one page at most. */
  maxItemsPerPage: number;
  /** Time allowed for opening the file, and for each page. */
  pageTimeoutMs: number;
  /** Time allowed for the whole document. */
  totalTimeoutMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxPages: 2000,
  maxItemsPerPage: 50_000,
  pageTimeoutMs: 15_000,
  totalTimeoutMs: 120_000,
};

type PageProxy = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/** Read the text items of every page. Throws DocumentError for encrypted, corrupt or unreadable files. */
export async function pdfText(bytes: Uint8Array, path: string, limits: Partial<PdfLimits> = {}): Promise<PdfText> {
  const limit = { ...DEFAULT_PDF_LIMITS, ...limits };
  const started = Date.now();
  const pdfjs = await loadPdfJs();
  const task = openDocument(pdfjs, bytes);
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await within(task.promise, limit.pageTimeoutMs, 'opening the file');
  } catch (error) {
    void task.destroy();
    throw openError(error, path);
  }

  try {
    const pageCount = doc.numPages;
    const fonts = new Map<string, PdfFont>();
    const pages: PdfPage[] = [];
    let rotated = 0;
    const last = Math.min(pageCount, limit.maxPages);
    for (let number = 1; number <= last; number++) {
      const left = limit.totalTimeoutMs - (Date.now() - started);
      if (left <= 0) throw new DocumentError(path, 'timeout', `took longer than ${limit.totalTimeoutMs / 1000} s to read (stopped at page ${number} of ${pageCount})`);
      try {
        const page = await within(doc.getPage(number), Math.min(left, limit.pageTimeoutMs), `page ${number}`);
        const read = await within(readPage(page, number, fonts, limit), Math.min(left, limit.pageTimeoutMs), `page ${number}`);
        rotated += read.rotated;
        pages.push(read.page);
        page.cleanup();
      } catch (error) {
        if (error instanceof DocumentError) throw error;
        pages.push({ number, width: 0, height: 0, items: [], skipped: error instanceof Timeout ? 'timeout' : 'error' });
      }
    }
    return { pages, pageCount, fonts: [...fonts.values()], rotated };
  } finally {
    void doc.destroy();
  }
}

async function readPage(
  page: PageProxy,
  number: number,
  fonts: Map<string, PdfFont>,
  limit: PdfLimits,
): Promise<{ page: PdfPage; rotated: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const raw = content.items.filter((item) => 'str' in item);
  if (raw.length > limit.maxItemsPerPage) {
    return { page: { number, width: viewport.width, height: viewport.height, items: [], skipped: 'too-many-items' }, rotated: 0 };
  }
  // Font names reach the main thread only with a page's operator list.
  if (raw.some((item) => !fonts.has(item.fontName) && !page.commonObjs.has(item.fontName))) await page.getOperatorList();
  for (const item of raw) {
    if (fonts.has(item.fontName)) continue;
    const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as FontData) : null;
    fonts.set(item.fontName, { id: item.fontName, name: font?.name ?? '', ...fontStyle(font?.name, font ?? {}) });
  }

  const [va, vb, vc, vd, ve, vf] = viewport.transform as number[];
  const items: PdfItem[] = [];
  let rotated = 0;
  for (const item of raw) {
    if (item.str.length === 0) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    // Device space (y down) = viewport transform × text matrix.
    const ta = va! * a! + vc! * b!;
    const tb = vb! * a! + vd! * b!;
    const tc = va! * c! + vc! * d!;
    const td = vb! * c! + vd! * d!;
    const x = va! * e! + vc! * f! + ve!;
    const y = vb! * e! + vd! * f! + vf!;
    if (Math.abs(tb) > Math.abs(ta) * 0.05 || ta <= 0) {
      if (item.str.trim()) rotated++;
      continue;
    }
    const size = Math.hypot(tc, td) || Math.abs(ta);
    const font = fonts.get(item.fontName)!;
    items.push({ text: item.str, x, y, width: item.width, size, bold: font.bold, italic: font.italic, font: item.fontName });
  }
  return { page: { number, width: viewport.width, height: viewport.height, items }, rotated };
}

interface FontData {
  name?: string;
  bold?: boolean;
  italic?: boolean;
  black?: boolean;
}

class Timeout extends Error {}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function openError(error: unknown, path: string): DocumentError {
  const name = (error as Error)?.name;
  const message = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new DocumentError(path, 'encrypted', 'is an encrypted PDF that needs a password; save an unprotected copy first');
  }
  if (error instanceof Timeout) return new DocumentError(path, 'timeout', `is a PDF that could not be opened in time (${message})`);
  const reason = message.replace(/\s+/g, ' ').trim();
  return new DocumentError(path, 'corrupt', `is not a readable PDF${reason ? ` (${reason})` : ''}`);
}
