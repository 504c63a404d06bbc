/**
 * The one way in, for every input and every command: bytes → detected
 * format → decoded text (markdown, HTML) or document (DOCX, PDF) → mdast and
 * the text its positions point into. Each step runs once; the library's
 * parseReport(text) enters at the second, with text already decoded.
 *
 * The readers of HTML, DOCX and PDF are loaded only for those formats, so
 * that reading markdown loads none of them.
 */
import type { Root } from 'mdast';
import type { Diagnostic, InputFormat } from '../schema/report.js';
import { abortSignal, raceAbort, type AbortOptions } from './abort.js';
import { detectFormat, DocumentError, type FormatName } from './detect.js';
import { decodeHtml, decodeText } from './input.js';
import { parseMarkdown, readyToParse } from './markdown.js';
import { boundNesting } from './nesting.js';
import type { PageMark } from './pages.js';
import type { PdfLimits } from './pdf/text.js';
import { looksLikeJson } from './report-json.js';
import { looksLikePageText, readPageText } from './text-from-pdf.js';

export interface ReadOptions {
  /** The path for messages and for detection by extension ("-" for standard input, the default). */
  path?: string;
  /** Read the input as this format instead of detecting it. */
  format?: FormatName | InputFormat;
  /** Bounds on the work done for a PDF. */
  pdfLimits?: Partial<PdfLimits>;
  /** Decode report text in this encoding (a WHATWG label, e.g. "windows-1252") instead of UTF-8 or a guess. */
  encoding?: string;
}

/** A document read into mdast, before the extractor. */
export interface ReadDocument {
  format: InputFormat;
  tree: Root;
  /** The text the tree's positions point into: the markdown, the HTML (for DOCX, the HTML made from it), or the markdown rebuilt from a PDF. */
  text: string;
  /** What the reader could not recover. */
  diagnostics: Diagnostic[];
  /** PDF, and text copied out of a PDF: offsets of `text` → page and line (and, for text, offset in `original`). */
  pages?: PageMark[];
  /** Text copied out of a PDF: the text as given, which the report's positions are mapped back into through `pages`. */
  original?: string;
}

/** Input detected and decoded: the text of a text format, or the bytes of a binary document. */
export type Decoded =
  /** Report text: markdown, or text copied out of a PDF, told apart by readText unless `as` names which. */
  | { format: 'text'; text: string; as?: TextFormat; encoding?: { name: string; guessed: boolean } }
  | { format: 'html'; text: string }
  | { format: 'docx' | 'pdf'; bytes: Uint8Array };

/** The formats of report text. */
export type TextFormat = 'markdown' | 'text-from-pdf';

/**
 * Detect the format of `bytes` and decode them. Throws InputError
 * (DocumentError for a format no reader handles) for input that cannot be
 * read.
 */
export function decode(bytes: Uint8Array, options: ReadOptions = {}): Decoded {
  const path = options.path ?? '-';
  const detected = detectFormat(bytes, path, options.format);
  switch (detected.format) {
    case null:
      throw new DocumentError(path, detected.notADocument ? 'not-a-report' : 'unsupported', `is ${detected.kind}`);
    case 'markdown':
    case 'text-from-pdf': {
      // Text that is not UTF-8 but fits Windows-1252 (Word's "Plain Text") is read as such, and the report says so.
      const { text, encoding, guessed = false } = decodeText(bytes, path, { guess: true, ...(options.encoding !== undefined && { encoding: options.encoding }) });
      return {
        format: 'text',
        text,
        ...(detected.by === 'option' && { as: detected.format }),
        ...(encoding !== undefined && { encoding: { name: encoding, guessed } }),
      };
    }
    case 'html':
      return { format: 'html', text: decodeHtml(bytes, path) };
    default:
      return { format: detected.format, bytes };
  }
}

function encodingGuessed(name: string): Diagnostic {
  const start = { line: 1, column: 1, offset: 0 };
  return {
    rule: 'encoding-guessed',
    severity: 'warning',
    message: `Not UTF-8: decoded as ${name === 'windows-1252' ? 'Windows-1252' : name}, which its bytes fit (name it with --encoding ${name} to say so, or convert the file to UTF-8)`,
    position: { start, end: start },
    source: 'text',
    actual: name,
  };
}

/** Whether decoded input is the JSON that `inspect parse` printed, which the commands read back instead of parsing. */
export function isReportJson(decoded: Decoded): decoded is { format: 'text'; text: string } {
  return decoded.format === 'text' && looksLikeJson(decoded.text);
}

/** Read decoded input into mdast. Throws DocumentError for a document its reader cannot read. */
export async function treeOf(decoded: Decoded, options: ReadOptions = {}): Promise<ReadDocument> {
  const path = options.path ?? '-';
  switch (decoded.format) {
    case 'text': {
      const doc = await readTextAsync(decoded.text, decoded.as);
      if (decoded.encoding?.guessed) doc.diagnostics.push(encodingGuessed(decoded.encoding.name));
      return doc;
    }
    case 'html': {
      const { parseHtml } = await import('./html.js');
      return { format: 'html', tree: parseHtml(decoded.text), text: decoded.text, diagnostics: [] };
    }
    case 'docx': {
      const [{ docxToHtml }, { parseHtml }] = await Promise.all([import('./docx.js'), import('./html.js')]);
      const { html, notes } = await docxToHtml(decoded.bytes, { path });
      const start = { line: 1, column: 1, offset: 0 };
      const diagnostics = notes.map((note) => ({ ...note, severity: 'warning' as const, position: { start, end: start } }));
      return { format: 'docx', tree: parseHtml(html, { keepTabs: true }), text: html, diagnostics };
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf/read.js');
      const pdf = await readPdf(decoded.bytes, { path, ...(options.pdfLimits && { limits: options.pdfLimits }) });
      await readyToParse(pdf.markdown);
      return { format: 'pdf', tree: parseMarkdown(pdf.markdown), text: pdf.markdown, diagnostics: pdf.diagnostics, pages: pdf.marks };
    }
  }
}

/**
 * Report text (already decoded) into mdast: the synchronous step that
 * parseReport enters at. Text copied out of a PDF (told apart by
 * `looksLikePageText` unless `as` names the format) is rebuilt first, as a
 * PDF is. Positions are offsets into the text without its leading
 * byte-order marks (micromark would skip one more itself and count offsets
 * after it). Table support must be loaded for markdown that may hold a
 * table: readTextAsync sees to it.
 */
export function readText(text: string, as?: TextFormat): ReadDocument {
  const source = textSource(text, as);
  return { ...source, tree: parseMarkdown(source.text) };
}

/** readText, with table support loaded first when the markdown may hold a table. */
export async function readTextAsync(text: string, as?: TextFormat): Promise<ReadDocument> {
  const source = textSource(text, as);
  await readyToParse(source.text);
  return { ...source, tree: parseMarkdown(source.text) };
}

function textSource(text: string, as?: TextFormat): Omit<ReadDocument, 'tree'> {
  const body = text.replace(/^\uFEFF+/, '');
  if ((as ?? (looksLikePageText(body) ? 'text-from-pdf' : 'markdown')) === 'markdown') {
    // Containers nested past a fixed depth are flattened first, so that remark's time stays linear in the text.
    const bounded = boundNesting(body);
    return { format: 'markdown', text: bounded.text, diagnostics: bounded.diagnostics };
  }
  const page = readPageText(body);
  return { format: 'text-from-pdf', text: page.markdown, diagnostics: page.diagnostics, pages: page.marks, original: body };
}

/**
 * Read any supported document into mdast. Throws InputError or
 * DocumentError for input it cannot read, and the signal's reason once
 * `signal` or `timeout` aborts.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions & AbortOptions = {}): Promise<ReadDocument> {
  const signal = abortSignal(options);
  signal?.throwIfAborted();
  return raceAbort(Promise.resolve().then(() => treeOf(decode(bytes, options), withTimeoutForPdf(options))), signal);
}

/** `timeout` also caps the PDF reader's own time for the whole document, so that its work stops and does not only go unwaited for. */
export function withTimeoutForPdf<T extends ReadOptions & AbortOptions>(options: T): T {
  if (options.timeout === undefined) return options;
  const total = Math.min(options.pdfLimits?.totalTimeoutMs ?? Number.POSITIVE_INFINITY, Math.max(1, options.timeout));
  return { ...options, pdfLimits: { ...options.pdfLimits, totalTimeoutMs: total } };
}
