/** The index database (`inspect index`, `search`, `series`, `export`, `query --db`) as a library: re-exports only. */
export { indexFiles, type FileEvent, type IndexOptions, type IndexSummary } from './build.js';
export { IndexError, openIndex, type IndexProblem, type OpenIndexOptions } from './open.js';
export { INDEX_VERSION } from './schema.js';
export { search, type SearchHit, type SearchOptions } from './search.js';
export { series, type Recurrence, type Series, type SeriesFollowUp, type SeriesInspection } from './series.js';
export { seriesFollowUps, withFollowUps } from './series-follow-up.js';
export { inspectionPair, InspectionPairError, type IndexedInspection, type PairSelector, type Period } from './inspections.js';
export { readReports } from './store.js';
export type { Database, EngineName } from './sqlite.js';
