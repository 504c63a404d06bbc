/**
 * What a heading says: its number, title, CQC outcome, grade and kind. Pure
 * functions of the heading text, so that `##`, `####`, setext and bold-only
 * headings read the same.
 */
import outcomes from './cqc-outcomes.json' with { type: 'json' };
import type { Grade, Outcome, SectionKind } from '../schema/report.js';
import { trailingGrade } from '../vocabulary/grades.js';

export { gradeLine, gradeValue } from '../vocabulary/grades.js';

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

const KINDS: Array<[SectionKind, RegExp]> = [
  ['next-steps', /\bnext steps\b/i],
  ['recommendations', /\brecommendations?\b|\bareas? (?:for|of) (?:improvement|development|priority action)|\bwhat (?:needs|does .+ need|do .+ need) to improve|\bactions? (?:required|needed)|\bpriority actions?\b|\bimprovement actions?\b/i],
  ['organisations', /\b(?:other )?organi[sz]ations? (?:involved|inspected)|\bother organi[sz]ations\b/i],
  ['contents', /^(?:table of )?contents$/i],
  ['context', /\bcontext\b|\bservice information\b|\binformation about (?:this|the) .*\barea\b|\bbackground\b/i],
  ['preamble', /\binspection team\b|\b(?:inspection|review) process\b|\babout (?:this|the) (?:inspection|review|visit)\b|\binformation about (?:this|the) (?:inspection|review|visit)\b|\bintroduction\b|\bmethodology\b|\bjudgements? and what they mean\b|\bwhat the inspection judge?ments mean\b/i],
  ['findings', /\bfindings\b|\bjudge?ments? about\b/i],
];

/** The kind a heading's words name, or null when they name none. */
export function kindOfTitle(title: string): SectionKind | null {
  // A footnote mark glued to the last word by PDF transcription ("area2") hides the word.
  const words = title.replace(/(?<=[a-z])\d{1,2}$/, '');
  for (const [kind, pattern] of KINDS) if (pattern.test(words)) return kind;
  return null;
}
