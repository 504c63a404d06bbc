/**
 * Report text or a read document → the report model: the extractor, then
 * the report's source and, for a rebuilt page layout, the page of every
 * point. parseReport(text) is the one way in (read/document.ts) entered at
 * its text step; parseDocument (parse-document.ts) enters it at the bytes.
 *
 * The model is built to the types the zod schemas infer, so it is not
 * re-validated here: loading zod would cost more than parsing a report at
 * start-up. The tests check every fixture and every generated document
 * against the schema, and JSON from elsewhere is always validated.
 */
import { createHash } from 'node:crypto';
import { compareDiagnostics } from './diagnostics.js';
import { extract, type ExtractOptions } from './extract/report.js';
import { createLocator } from './location.js';
import { readText, readTextAsync, type ReadDocument, type TextFormat } from './read/document.js';
import { markAt, type PageMark } from './read/pages.js';
import type { Point, Report, Source } from './schema/report.js';
import { SCHEMA_VERSION } from './schema/version.js';

export interface ParseOptions extends ExtractOptions {
  /** Where the text came from: a path, or "-" for standard input (default "-"). */
  path?: string;
  /** Facts about the original bytes, when they differ from the text (a BOM, UTF-16). */
  source?: Partial<Source>;
  /** Read the text as markdown, or as text copied out of a PDF, instead of telling which from the text. */
  format?: TextFormat;
}

/** Parse a report's text into the report model. Never throws on any text input. */
export function parseReport(text: string, options: ParseOptions = {}): Report {
  return reportOf(readText(text, options.format), textOptions(text, options));
}

/**
 * parseReport for async callers: loads table support first when the text may
 * hold a table, so the entry points that read files never load it for nothing.
 */
export async function parseReportAsync(text: string, options: ParseOptions = {}): Promise<Report> {
  return reportOf(await readTextAsync(text, options.format), textOptions(text, options));
}

function textOptions(text: string, options: ParseOptions): ParseOptions & { source: Pick<Source, 'bytes' | 'sha256'> } {
  const given = options.source;
  return {
    ...options,
    // The caller that read the file has already measured and hashed its bytes.
    source: {
      bytes: given?.bytes ?? Buffer.byteLength(text, 'utf8'),
      sha256: given?.sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex'),
      ...given,
    },
  };
}

/** A read document → the report model, its source facts (`bytes`, `sha256`) given by the caller that read it. */
export function reportOf(doc: ReadDocument, options: ExtractOptions & { path?: string; source: Pick<Source, 'bytes' | 'sha256'> & Partial<Source> }): Report {
  const model = extract(doc.tree, doc.text, options);
  if (doc.diagnostics.length > 0) {
    model.diagnostics.push(...doc.diagnostics);
    model.diagnostics.sort(compareDiagnostics);
  }
  const marks = doc.pages;
  if (marks) {
    const back = doc.original === undefined ? null : mapBack(doc.original);
    visitPoints(model, (point) => {
      // One look-up per point: the mark gives both the page and, for text copied out of a PDF, where in it.
      const mark = markAt(marks, point.offset);
      if (back) Object.assign(point, back(point.offset, mark));
      if (mark) Object.assign(point, { page: mark.page, pageLine: mark.line });
    });
  }
  const { bytes, sha256, ...rest } = options.source;
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: options.path ?? '-', bytes, sha256, format: doc.format, ...rest },
    ...model,
  };
}

/**
 * Offsets of text rebuilt from text copied out of a PDF → points in the text
 * as given: from the mark of the piece an offset falls in (`markAt`), as far into that
 * piece's line of the text as it is into the piece (escapes the rebuilt text
 * added may shift a point by a character or two, never off its line).
 */
function mapBack(original: string): (offset: number, mark: PageMark | null) => Point {
  const locate = createLocator(original);
  return (offset, mark) => {
    if (mark?.source === undefined) return locate.point(0);
    const lineEnd = /[\r\n\f]/.exec(original.slice(mark.source))?.index ?? original.length - mark.source;
    return locate.point(mark.source + Math.min(Math.max(0, offset - mark.offset), lineEnd));
  };
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
