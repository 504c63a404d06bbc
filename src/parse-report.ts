/**
 * The pipeline every command shares: report text → mdast → report model.
 *
 * The model is built to the types the zod schemas infer, so it is not
 * re-validated here: loading zod would cost more than parsing a report at
 * start-up. The tests check every fixture and every generated document
 * against the schema, and JSON from elsewhere is always validated.
 */
import { createHash } from 'node:crypto';
import { extract, type ExtractOptions } from './extract/report.js';
import { compareDiagnostics } from './diagnostics.js';
import { parseMarkdown, readyToParse } from './read/markdown.js';
import { boundNesting } from './read/nesting.js';
import type { Report, Source } from './schema/report.js';
import { SCHEMA_VERSION } from './schema/version.js';

export interface ParseOptions extends ExtractOptions {
  /** Where the text came from: a path, or "-" for standard input (default "-"). */
  path?: string;
  /** Facts about the original bytes, when they differ from the text (a BOM, UTF-16). */
  source?: Partial<Source>;
}

/** Parse a report's text into the report model. Never throws on any text input. */
export function parseReport(text: string, options: ParseOptions = {}): Report {
  // Positions are offsets into the text without its leading byte-order marks
  // (micromark would skip one more itself and count offsets after it).
  // Containers nested past a fixed depth are flattened first, so that remark's time stays linear in the text.
  const { text: body, diagnostics: flattened } = boundNesting(text.replace(/^\uFEFF+/, ''));
  const tree = parseMarkdown(body);
  const model = extract(tree, body, options);
  if (flattened.length > 0) {
    model.diagnostics.push(...flattened);
    model.diagnostics.sort(compareDiagnostics);
  }
  const given = options.source;
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: options.path ?? '-',
      // The caller that read the file has already measured and hashed its bytes.
      bytes: given?.bytes ?? Buffer.byteLength(text, 'utf8'),
      sha256: given?.sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex'),
      format: 'markdown',
      ...given,
    },
    ...model,
  };
  return report;
}

/**
 * parseReport for async callers: loads table support first when the text may
 * hold a table, so the entry points that read files never load it for nothing.
 */
export async function parseReportAsync(text: string, options: ParseOptions = {}): Promise<Report> {
  await readyToParse(text);
  return parseReport(text, options);
}
