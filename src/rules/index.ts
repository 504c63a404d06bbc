/**
 * The registry: every rule of `inspect validate`, in the order
 * `--list-rules` prints them. Report rules check the report model (from
 * report text or from report JSON); JSON rules check JSON input before it
 * can become a model.
 */
import type { Report } from '../schema/report.js';
import type { JsonInput } from '../validate/json.js';
import dateImpossible from './date-impossible.js';
import emphasisStray from './emphasis-stray.js';
import findingOutsideSection from './finding-outside-section.js';
import findingSectionMismatch from './finding-section-mismatch.js';
import headerDateUnreadable from './header-date-unreadable.js';
import headerMissingAddress from './header-missing-address.js';
import headerMissingChiefExecutive from './header-missing-chief-executive.js';
import headerMissingFinalReportDate from './header-missing-final-report-date.js';
import headerMissingInspectionDates from './header-missing-inspection-dates.js';
import headerMissingInspector from './header-missing-inspector.js';
import headerMissingOrganisation from './header-missing-organisation.js';
import jsonSchema from './json-schema.js';
import jsonSyntax from './json-syntax.js';
import noReportDate from './no-report-date.js';
import notAReport from './not-a-report.js';
import numberingDuplicate from './numbering-duplicate.js';
import numberingGap from './numbering-gap.js';
import numberingOrder from './numbering-order.js';
import outcomeUnknown from './outcome-unknown.js';
import paragraphContinuation from './paragraph-continuation.js';
import recommendationWithoutTimescale from './recommendation-without-timescale.js';
import sectionWithoutFindings from './section-without-findings.js';
import timescaleUnreadable from './timescale-unreadable.js';
import { RULE_DOCS, type RuleDoc, type RuleSource } from './ids.js';
import type { Rule, RuleMeta } from './rule.js';

export const reportRules: readonly Rule<Report>[] = [
  notAReport,
  headerMissingInspectionDates,
  headerMissingFinalReportDate,
  headerMissingChiefExecutive,
  headerMissingOrganisation,
  headerMissingAddress,
  headerMissingInspector,
  headerDateUnreadable,
  dateImpossible,
  numberingGap,
  numberingDuplicate,
  numberingOrder,
  findingSectionMismatch,
  findingOutsideSection,
  sectionWithoutFindings,
  outcomeUnknown,
  paragraphContinuation,
  emphasisStray,
  recommendationWithoutTimescale,
  timescaleUnreadable,
  noReportDate,
];

export const jsonRules: readonly Rule<JsonInput>[] = [jsonSyntax, jsonSchema];

/** Every rule, for listing and for checking the ids a user sets. */
export const allRules: readonly RuleMeta[] = [...jsonRules, ...reportRules];

/** An id a diagnostic may carry, with where it comes from: `inspect validate --list-rules` prints them all. */
export interface DocumentedRule {
  id: string;
  source: RuleSource;
  defaultSeverity: RuleDoc['defaultSeverity'];
  description: string;
}

/** validate's rules, then what the readers and the parser report that no validate rule selects. */
export const documentedRules: readonly DocumentedRule[] = [
  ...allRules.map(({ id, defaultSeverity, description }) => ({ id, source: 'validate' as const, defaultSeverity, description })),
  ...Object.entries(RULE_DOCS).map(([id, doc]) => ({ id, ...doc })),
];

export { runRules, severityOf, isSetting, SETTINGS, type Rule, type RuleMeta, type RuleSettings, type Setting } from './rule.js';
