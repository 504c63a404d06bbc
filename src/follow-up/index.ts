/** Were the earlier report's recommendations acted on? Re-exports only. */
export { followUp, EVIDENCE_MAX, THRESHOLDS, type FollowUpOptions, type Thresholds } from './follow-up.js';
export { CUES, CUE_WEIGHTS, NEGATION_WINDOW, findCues, type CueEntry, type CueHit, type CueKind, type Reading } from './cues.js';
export { CLEAR_MAJORITY, combineAsks, readCues } from './decide.js';
export { splitAsks, ACTION_VERBS, MIN_OBJECT_WORDS, MIN_LIST_ITEMS } from './split.js';
export { ANCHORS, anchorIn, numbersNamed } from './stated.js';
export { FOLLOW_UP_STATUSES, STATUS_WORDS, countStatuses, summarise, type Status } from './statuses.js';
export { RETRIEVE_TOP_K } from './retrieve.js';
export type { AskResult, Basis, Evidence, FollowUp, RecommendationFollowUp, Repeat, ReportRef } from './schema.js';
