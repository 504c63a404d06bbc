/**
 * The pipeline for every input format: bytes → format → mdast (and the text
 * its positions point into) → the one extractor → report model. Markdown
 * goes through parseReport unchanged; HTML, DOCX and PDF become mdast first.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { compareDiagnostics } from './diagnostics.js';
import { extract, type ExtractOptions } from './extract/report.js';
import { parseReportAsync, type ParseOptions } from './parse-report.js';
import { abortSignal, raceAbort, type AbortOptions } from './read/abort.js';
import { detectFormat, DocumentError, type FormatName } from './read/detect.js';
import { decodeInput, InputError } from './read/input.js';
import { parseMarkdown, readyToParse } from './read/markdown.js';
import { boundNesting } from './read/nesting.js';
import type { PageMark, PdfLimits } from './read/pdf.js';
import { Report, SCHEMA_VERSION, type Diagnostic, type InputFormat, type Point } from './schema/report.js';

export interface DocumentOptions extends ParseOptions, AbortOptions {
  /** Read the input as this format instead of detecting it. */
  format?: FormatName | InputFormat;
  /** Bounds on the work done for a PDF. */
  pdfLimits?: Partial<PdfLimits>;
}

/** A document read into mdast, before the extractor. */
export interface ReadDocument {
  format: InputFormat;
  tree: Root;
  /** The text the tree's positions point into: the markdown, the HTML (for DOCX, the HTML made from it), or the markdown rebuilt from a PDF. */
  text: string;
  /** What the reader could not recover. */
  diagnostics: Diagnostic[];
  /** PDF only: offsets of `text` → page and line of the PDF. */
  pages?: PageMark[];
}

/** Read any supported document into mdast. Throws InputError or DocumentError for input it cannot read, and the signal's reason once `signal` or `timeout` aborts. */
export async function readDocument(bytes: Uint8Array, options: DocumentOptions = {}): Promise<ReadDocument> {
  const signal = abortSignal(options);
  signal?.throwIfAborted();
  return raceAbort(read(bytes, withTimeoutForPdf(options)), signal);
}

/** `timeout` also caps the PDF reader's own time for the whole document, so that its work stops and does not only go unwaited for. */
function withTimeoutForPdf(options: DocumentOptions): DocumentOptions {
  if (options.timeout === undefined) return options;
  const total = Math.min(options.pdfLimits?.totalTimeoutMs ?? Number.POSITIVE_INFINITY, Math.max(1, options.timeout));
  return { ...options, pdfLimits: { ...options.pdfLimits, totalTimeoutMs: total } };
}

async function read(bytes: Uint8Array, options: DocumentOptions): Promise<ReadDocument> {
  const path = options.path ?? '-';
  const detected = detectFormat(bytes, path, options.format);
  if (detected.format === null) throw new DocumentError(path, 'unsupported', `is ${detected.kind}`);
  switch (detected.format) {
    case 'markdown': {
      const raw = decodeInput(bytes, path);
      const { text, diagnostics } = boundNesting(raw.replace(/^\uFEFF+/, ''));
      await readyToParse(text);
      return { format: 'markdown', tree: parseMarkdown(text), text, diagnostics };
    }
    case 'html': {
      const { parseHtml } = await import('./read/html.js');
      const text = decodeHtml(bytes, path);
      return { format: 'html', tree: parseHtml(text), text, diagnostics: [] };
    }
    case 'docx': {
      const [{ docxToHtml }, { parseHtml }] = await Promise.all([import('./read/docx.js'), import('./read/html.js')]);
      const { html, notes } = await docxToHtml(bytes, { path });
      const start = { line: 1, column: 1, offset: 0 };
      const diagnostics = notes.map((note) => ({ ...note, severity: 'warning' as const, position: { start, end: start } }));
      return { format: 'docx', tree: parseHtml(html, { keepTabs: true }), text: html, diagnostics };
    }
    case 'pdf': {
      const { readPdf } = await import('./read/pdf.js');
      const pdf = await readPdf(bytes, { path, ...(options.pdfLimits && { limits: options.pdfLimits }) });
      await readyToParse(pdf.markdown);
      return { format: 'pdf', tree: parseMarkdown(pdf.markdown), text: pdf.markdown, diagnostics: pdf.diagnostics, pages: pdf.marks };
    }
  }
}

/**
 * Parse a report in any supported format into the report model, with
 * `source.format` set. Markdown gives exactly what parseReport gives.
 */
export async function parseDocument(bytes: Uint8Array, options: DocumentOptions = {}): Promise<Report> {
  const signal = abortSignal(options);
  signal?.throwIfAborted();
  const path = options.path ?? '-';
  const source = {
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  const { format } = detectFormat(bytes, path, options.format);
  if (format === 'markdown') {
    return raceAbort(parseReportAsync(decodeInput(bytes, path), { ...extractOptions(options), path, source: { ...source, ...options.source } }), signal);
  }
  const doc = await raceAbort(read(bytes, withTimeoutForPdf(options)), signal);
  signal?.throwIfAborted();
  const model = extract(doc.tree, doc.text, extractOptions(options));
  model.diagnostics.push(...doc.diagnostics);
  model.diagnostics.sort(compareDiagnostics);
  if (doc.pages) {
    const { pageAt } = await import('./read/pdf-markdown.js');
    const marks = doc.pages;
    visitPoints(model, (point) => {
      const at = pageAt(marks, point.offset);
      if (at) Object.assign(point, { page: at.page, pageLine: at.line });
    });
  }
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    source: { path, ...source, format: doc.format, ...options.source },
    ...model,
  };
  return Report.parse(report);
}

/** Every unist point in the model (objects with a line, a column and an offset). */
function visitPoints(value: unknown, visit: (point: Point) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visitPoints(item, visit);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  if (typeof object.line === 'number' && typeof object.column === 'number' && typeof object.offset === 'number') {
    visit(object as unknown as Point);
    return;
  }
  for (const child of Object.values(object)) visitPoints(child, visit);
}

function extractOptions(options: DocumentOptions): ExtractOptions {
  return { ...(options.from && { from: options.from }), ...(options.region && { region: options.region }) };
}

/**
 * HTML is UTF-8 (or UTF-16 with a byte-order mark) as every other text
 * input; a page that declares a single-byte charset in a `<meta>` tag is
 * read in that charset.
 */
function decodeHtml(bytes: Uint8Array, path: string): string {
  let text: string;
  try {
    text = decodeInput(bytes, path);
  } catch (error) {
    const charset = declaredCharset(bytes);
    if (!(error instanceof InputError) || error.problem !== 'encoding' || !charset) throw error;
    text = new TextDecoder(charset).decode(bytes);
  }
  return text.replace(/^\uFEFF+/, '');
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const name = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!name || name === 'utf-8' || name === 'utf8') return null;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}
