/** The diff of two reports: re-exports only. */
export { diffReports, entryDiffers, type DiffOptions } from './diff-reports.js';
export { comparableModel, jsonPatch, type JsonPatchOperation } from './json-patch.js';
export * from './schema.js';
export { DEFAULT_THRESHOLD, similarity, wordDiff } from './similarity.js';
