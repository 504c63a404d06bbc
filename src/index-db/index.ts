/** The index database (`inspect index`, `search`, `series`, `export`, `query --db`) as a library: re-exports only. */
export { indexFiles, type FileEvent, type IndexOptions, type IndexSummary } from './build.js';
export { IndexError, openIndex, type IndexProblem, type OpenIndexOptions } from './open.js';
export { INDEX_VERSION } from './schema.js';
export { search, type SearchHit, type SearchOptions } from './search.js';
export { series, type Series, type SeriesInspection } from './series.js';
export { readReports } from './store.js';
export type { Database, EngineName } from './sqlite.js';
