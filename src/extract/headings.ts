/**
 * What a heading says: its number, title, CQC outcome, grade and kind. Pure
 * functions of the heading text, so that `##`, `####`, setext and bold-only
 * headings read the same.
 */
import outcomes from './cqc-outcomes.json' with { type: 'json' };
import type { Grade, Outcome } from '../schema/report.js';
import { trailingGrade } from '../vocabulary/grades.js';

export { gradeLine, gradeValue } from '../vocabulary/grades.js';
export { kindOfTitle } from '../vocabulary/sections.js';

export interface HeadingParts {
  number: number | null;
  title: string;
  outcome: Outcome | null;
  grade: Grade | null;
}

const STANDARD_TITLES = new Map(outcomes.outcomes.map((o) => [o.number, o.title]));

/** Whether `n` is one of the 28 outcomes of the CQC Essential Standards. */
export function isKnownOutcome(n: number): boolean {
  return STANDARD_TITLES.has(n);
}

const SECTION_NUMBER = /^(?:(?:section|part)\s+)?(\d{1,2})(?:\.(?!\d))?(?:\s*[:.–—-])?\s+(?=\S)/i;
const OUTCOME = /^outcome\s+(\d{1,2})\b[\s:.–—-]*(.*)$/i;

export function parseHeading(text: string): HeadingParts {
  let title = text.trim();
  let number: number | null = null;
  const numbered = SECTION_NUMBER.exec(title);
  if (numbered) {
    number = Number(numbered[1]);
    // "Section 1: the Local Authority" keeps its words; "2 Outcome 1 …" loses the bare number.
    if (!/^(?:section|part)\b/i.test(title)) title = title.slice(numbered[0].length);
  }

  let grade: Grade | null = null;
  const trailing = trailingGrade(title);
  if (trailing) {
    grade = trailing.grade;
    // "Leadership: Good" loses its grade from the title; "The LSCB is good" keeps its words.
    if (trailing.apart) title = trailing.before;
  }

  let outcome: Outcome | null = null;
  const o = OUTCOME.exec(title);
  if (o) {
    const n = Number(o[1]);
    const standardTitle = STANDARD_TITLES.get(n);
    outcome = { number: n, title: o[2]!.trim(), ...(standardTitle && { standardTitle }) };
  }

  return { number, title, outcome, grade };
}
