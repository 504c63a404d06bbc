/** `inspect validate` as a library: re-exports only (none of them loads zod; JSON input loads it when met). */
export { validateInput, validateReport, validateText, validateTexts, summarize, fails, type FileResult, type Summary, type ValidateOptions } from './validate.js';
export { CONFIG_FILE, ConfigError, createConfigLoader, checkRuleId, parseConfig, type Config } from './config.js';
export type { JsonInput } from './json.js';
export { isJsonText } from './json-text.js';
