/**
 * What every command reads: an input's bytes → its reports. The JSON that
 * `inspect parse` printed is read back (checked against the schema): one
 * report, or one per line of NDJSON. Anything else goes the one way in
 * (parse-document.ts) to one report. `inspect parse`, its workers, and every
 * command that takes reports come through here.
 */
import { parseDecoded, type DocumentOptions } from './parse-document.js';
import { decode, isReportJson } from './read/document.js';
import { reportFromJson, reportsFromJson } from './read/report-json.js';
import type { Report } from './schema/report.js';

export interface InputOptions extends DocumentOptions {
  /** How many reports the caller takes: 'one' refuses NDJSON of several (default 'many'). */
  count?: 'one' | 'many';
}

export async function parseInput(bytes: Uint8Array, options: InputOptions = {}): Promise<Report[]> {
  const { count = 'many', ...parse } = options;
  const path = parse.path ?? '-';
  const decoded = decode(bytes, parse);
  if (isReportJson(decoded)) return count === 'one' ? [await reportFromJson(decoded.text, path)] : reportsFromJson(decoded.text, path);
  return [await parseDecoded(decoded, bytes, parse)];
}
