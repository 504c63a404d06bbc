/**
 * Small made-up reports of one authority for the matching and formatting
 * tests: a 2014 recommendation on child protection conferences, and later
 * reports whose findings are the sentences a test needs.
 */
import { followUp } from '../../src/follow-up/index.js';
import { parseReport } from '../../src/index.js';

export const testshire = (year: number, recommendations: string[], findings: string[]) =>
  parseReport(
    [
      '# Inspection of Testshire local authority children’s services',
      '',
      `Inspection dates: 1 to 12 May ${year}`,
      '',
      '## What needs to improve',
      '',
      ...recommendations.map((r) => `- ${r}`),
      '',
      '## Findings',
      '',
      ...findings.map((f, i) => `${i + 1}. ${f}\n`),
    ].join('\n'),
    { path: `testshire-${year}.md` },
  );

/** A long 2014 ask that a 2023 report answers in a few words, or not at all. */
export const CONFERENCES_2014 = testshire(
  2014,
  ['Consolidate recent improvements made in the number of timely completions of initial child protection conferences held within 15 working days.'],
  ['Leaders are visible.'],
);

/** A 2023 report whose findings are the sentences given, with a recommendation on another subject. */
export const later2023 = (findings: string[]) => testshire(2023, ['The understanding of frontline workers about adoption.'], findings);

/** What the follow-up says of the 2014 ask against a 2023 report of these findings. */
export const conferencesAskAgainst = (findings: string[]) => followUp(CONFERENCES_2014, later2023(findings)).results[0]!.asks[0]!;
