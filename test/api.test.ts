/** The public API: the list of exports is fixed, and the types are inferred from the zod schemas. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import type { Finding, JointReport, Report } from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ActionPlan",
        "DateRange",
        "DateSpan",
        "DateValue",
        "Diagnostic",
        "Diff",
        "DocumentError",
        "FOLLOW_UP_STATUSES",
        "FOLLOW_UP_THRESHOLDS",
        "Field",
        "Finding",
        "FollowUp",
        "Grade",
        "GradeValue",
        "INDEX_VERSION",
        "IndexError",
        "InputError",
        "InputFormat",
        "Insertion",
        "InspectionPairError",
        "IsoDate",
        "JointReport",
        "Judgement",
        "Metadata",
        "NextSteps",
        "NotAPlanError",
        "Outcome",
        "Paragraph",
        "Part",
        "Point",
        "Position",
        "READABLE_VERSIONS",
        "REGIONS",
        "Recommendation",
        "Report",
        "ReportKind",
        "SCHEMA_VERSION",
        "Section",
        "SectionKind",
        "SendOutcome",
        "Severity",
        "Source",
        "Timescale",
        "TimescaleUnit",
        "addWorkingDays",
        "bankHolidays",
        "buildActionPlan",
        "carryForward",
        "decodeInput",
        "detectFormat",
        "diffJsonSchema",
        "diffReports",
        "dueDate",
        "followUp",
        "followUpJsonSchema",
        "indexFiles",
        "inspectionPair",
        "inspectionSeries",
        "isBankHoliday",
        "isWorkingDay",
        "listRecommendations",
        "openIndex",
        "parseDate",
        "parseDateRange",
        "parseDocument",
        "parseReport",
        "parseTimescale",
        "planStatus",
        "readDocument",
        "readIndexedReports",
        "readPlan",
        "reportJsonSchema",
        "searchIndex",
        "seriesWithFollowUps",
        "validateReport",
        "validateText",
        "writeActionPlan",
      ]
    `);
  });

  it('infers the model types from the schemas', () => {
    expectTypeOf(api.parseReport).returns.toEqualTypeOf<Report>();
    expectTypeOf<Finding['jointReport']>().toEqualTypeOf<JointReport>();
    expectTypeOf<JointReport>().toEqualTypeOf<boolean | 'partial'>();
    expectTypeOf<Report['metadata']['inspector']>().toEqualTypeOf<string | undefined>();
  });

  it('is importable by its package name from the built files', async () => {
    const built = await import('uk-inspection-reports');
    expect(Object.keys(built).sort()).toEqual(Object.keys(api).sort());
  });
});
