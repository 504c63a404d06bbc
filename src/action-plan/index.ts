/**
 * The action plan a report asks for, and how a filled-in plan stands: the
 * model, its writers, the reader and the classifier. Re-exports only.
 */
export { buildActionPlan, type ActionPlan, type ActionPlanOptions, type Cover, type Deadline, type PlanRow } from './plan.js';
export { findRecipients, recipientsIn, type Recipients } from './recipients.js';
export { PLAN_COLUMNS, PROGRESS_STATUSES, type PlanColumn, type PlanColumnId, type ProgressStatus } from './columns.js';
export { dateFromText, dateOrder, NotAPlanError, readCsv, readPlan, type DateCell, type DateOrder, type PlanEntry, type PlanFileFormat, type PlanTable } from './read.js';
export {
  planStatus,
  PROGRESS,
  statusRowColumns,
  statusTotalColumns,
  type PlanStatus,
  type Progress,
  type ProblemRule,
  type RowProblem,
  type StatusRow,
  type StatusTotals,
} from './status.js';
export { PLAN_FORMATS, writeActionPlan, type PlanFormat } from './write.js';
