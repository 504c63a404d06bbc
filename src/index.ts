/** The public API of `inspect`: re-exports, and table support loaded up front. */
import { loadTables } from './read/markdown.js';

// parseReport is synchronous, so it cannot load GFM table support when a text
// turns out to hold a table: the entry loads it once for every caller.
await loadTables();

export { parseReport, type ParseOptions } from './parse-report.js';
export { parseDocument, readDocument, type DocumentOptions, type ReadDocument } from './parse-document.js';
export { detectFormat, DocumentError, type Detected, type DocumentProblem, type FormatName } from './read/detect.js';
export { decodeInput, InputError, type InputProblem } from './read/input.js';
export * from './schema/report.js';
export { reportJsonSchema } from './schema/json-schema.js';
export {
  addWorkingDays,
  bankHolidays,
  dueDate,
  isBankHoliday,
  isWorkingDay,
  parseDate,
  parseDateRange,
  parseTimescale,
  REGIONS,
  type Region,
} from './dates/index.js';
export { listRecommendations, type ListOptions, type RecommendationRow, type Status } from './recommendations/index.js';
export { validateReport, validateText, type FileResult, type ValidateOptions } from './validate/index.js';
export { Diff, diffJsonSchema, diffReports, type DiffOptions } from './diff/index.js';
export { followUp, FOLLOW_UP_STATUSES, THRESHOLDS as FOLLOW_UP_THRESHOLDS, type FollowUpOptions } from './follow-up/index.js';
export { FollowUp, followUpJsonSchema, type RecommendationFollowUp } from './follow-up/schema.js';
export { carryForward } from './action-plan/carry-forward.js';
export {
  buildActionPlan,
  NotAPlanError,
  planStatus,
  readPlan,
  writeActionPlan,
  type ActionPlan as ActionPlanDocument,
  type PlanFormat,
} from './action-plan/index.js';
export {
  indexFiles,
  IndexError,
  INDEX_VERSION,
  openIndex,
  readReports as readIndexedReports,
  search as searchIndex,
  series as inspectionSeries,
  withFollowUps as seriesWithFollowUps,
  inspectionPair,
  InspectionPairError,
  type Database as IndexDatabase,
  type IndexOptions,
  type IndexSummary,
  type SearchHit,
  type SearchOptions,
  type Series,
} from './index-db/index.js';
