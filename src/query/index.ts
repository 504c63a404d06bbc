/** Selecting findings, recommendations and sections across reports: re-exports only. */
export { buildFilter, chooseFields, COUNT_KEYS, createCounter, QueryError, type CountKey, type FilterOptions } from './filter.js';
export { compileExpression, type Expression } from './expr.js';
export { columnsFor, FIELDS, rowsOf, type Row, type RowKind } from './rows.js';
