/** Recommendations and their deadlines: re-exports only. */
export { listRecommendations, type ListOptions, type ListWarning, type RecommendationList, type RecommendationRow, type Status } from './list.js';
export { recommendationColumns, recommendationEvent, type ColumnOptions } from './columns.js';
