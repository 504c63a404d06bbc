/** The public API of `inspect`: re-exports only. */
export { parseReport, type ParseOptions } from './parse-report.js';
export { decodeInput, InputError, type InputProblem } from './read/input.js';
export * from './schema/report.js';
export { reportJsonSchema } from './schema/json-schema.js';
