/**
 * RFC 6902 JSON Patch from the old report model to the new one, as `diff`
 * compares them: without `source`, `diagnostics` and positions, and only the
 * parts chosen with `only`. A pure function returning the JSON text.
 */
import { comparableModel, jsonPatch } from './json-patch.js';
import type { DiffPart } from './schema.js';
import type { Report } from '../schema/report.js';

export interface DiffPatchOptions {
  only?: readonly DiffPart[];
  /** One line instead of indented JSON (default false). */
  compact?: boolean;
}

export function formatDiffPatch(oldReport: Report, newReport: Report, options: DiffPatchOptions = {}): string {
  const patch = jsonPatch(comparableModel(oldReport, options.only), comparableModel(newReport, options.only));
  return `${JSON.stringify(patch, null, options.compact ? undefined : 2)}\n`;
}
