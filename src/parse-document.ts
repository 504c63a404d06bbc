/**
 * A report in any supported format → the report model: the one way in
 * (read/document.ts: bytes → format → text or document → mdast), then
 * reportOf (parse-report.ts). Markdown gives exactly what parseReport gives.
 */
import { createHash } from 'node:crypto';
import { reportOf, type ParseOptions } from './parse-report.js';
import { abortSignal, raceAbort, type AbortOptions } from './read/abort.js';
import { decode, treeOf, withTimeoutForPdf, type Decoded, type ReadOptions } from './read/document.js';
import type { Report } from './schema/report.js';

export { readDocument, type ReadDocument } from './read/document.js';

export interface DocumentOptions extends Omit<ParseOptions, 'format'>, ReadOptions, AbortOptions {}

/**
 * Parse a report in any supported format into the report model, with
 * `source.format` set. Throws InputError or DocumentError for input it
 * cannot read, and the signal's reason once `signal` or `timeout` aborts.
 */
export async function parseDocument(bytes: Uint8Array, options: DocumentOptions = {}): Promise<Report> {
  const signal = abortSignal(options);
  signal?.throwIfAborted();
  return raceAbort(
    Promise.resolve().then(() => parseDecoded(decode(bytes, options), bytes, withTimeoutForPdf(options))),
    signal,
  );
}

/** parseDocument once the bytes are decoded (`bytes` are measured and hashed for `source`). */
export async function parseDecoded(decoded: Decoded, bytes: Uint8Array, options: DocumentOptions = {}): Promise<Report> {
  const doc = await treeOf(decoded, options);
  // The signal is checked between reading and extracting (raceAbort has already rejected; this stops the work).
  options.signal?.throwIfAborted();
  const given = options.source;
  const source = { bytes: given?.bytes ?? bytes.length, sha256: given?.sha256 ?? createHash('sha256').update(bytes).digest('hex'), ...given };
  const report = reportOf(doc, { ...options, path: options.path ?? '-', source });
  if (doc.format === 'markdown') return report;
  // What a document reader rebuilt is checked against the schema (zod is loaded for those formats anyway).
  const { Report } = await import('./schema/report.js');
  return Report.parse(report);
}
