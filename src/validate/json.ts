/**
 * Report JSON, read once for the JSON rules: whether it parses, what the
 * schema says of it, and where each path is written.
 */
import type { z } from 'zod';
import { createLocator } from '../location.js';
import { Report, type Position } from '../schema/report.js';
import { indexJson, jsonSyntaxError, locateJsonPath, type JsonPath, type JsonSpan } from './json-text.js';

export interface JsonInput {
  text: string;
  /** Why the text is not JSON, and where; null when it is JSON. */
  syntaxError: { reason: string; position: Position } | null;
  /** Every problem the report schema finds (none when the text is not JSON). */
  issues: readonly z.core.$ZodIssue[];
  /** The place of the value at a path, for messages. */
  locate(path: JsonPath): Position;
  /** The report, when the JSON is one. */
  report: Report | null;
}

export function readJsonInput(text: string): JsonInput {
  const locator = createLocator(text);
  let spans: Map<string, JsonSpan> | null = null;
  const locate = (path: JsonPath): Position => {
    spans ??= indexJson(text);
    const [start, end] = locateJsonPath(spans, path);
    return locator.position(start, end);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text) ?? { offset: 0, reason: 'not valid JSON' };
    const position = locator.position(error.offset, error.offset);
    return { text, syntaxError: { reason: error.reason, position }, issues: [], locate, report: null };
  }
  const result = Report.safeParse(data);
  return result.success
    ? { text, syntaxError: null, issues: [], locate, report: result.data }
    : { text, syntaxError: null, issues: result.error.issues, locate, report: null };
}
