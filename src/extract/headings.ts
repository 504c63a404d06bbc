/**
 * What a heading says: its number, title, CQC outcome, grade and kind. Pure
 * functions of the heading text, so that `##`, `####`, setext and bold-only
 * headings read the same.
 */
import outcomes from './cqc-outcomes.json' with { type: 'json' };
import type { Grade, GradeValue, Outcome, SectionKind } from '../schema/report.js';

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

const GRADE_WORDS = 'outstanding|good|adequate|inadequate|requires improvement(?: to be good)?';
const GRADE_SUFFIX = new RegExp(`^(.*?\\S)\\s*[:–—-]\\s*(${GRADE_WORDS})\\.?$`, 'i');
const GRADE_SENTENCE = new RegExp(`\\b(?:is|are|was|were|be|judged(?: to be)?|requires?)\\s+(${GRADE_WORDS}|improvement)\\.?$`, 'i');
const GRADE_LINE = new RegExp(`^(?:(?:overall\\s+)?grade\\s*(\\d)\\s*[:(–-]?\\s*(${GRADE_WORDS})?\\)?|(${GRADE_WORDS}))\\s*[.:]?$`, 'i');
const GRADE_NUMBERS: Record<GradeValue, number> = {
  outstanding: 1,
  good: 2,
  adequate: 3,
  'requires improvement': 3,
  inadequate: 4,
};

export function gradeValue(word: string): GradeValue | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('requires improvement') || w === 'improvement') return 'requires improvement';
  return (['outstanding', 'good', 'adequate', 'inadequate'] as const).find((g) => g === w) ?? null;
}

/**
 * A line that is only a grade: "Grade 4 (inadequate)", "Inadequate". The
 * number alone ("Grade 3") is read with the four-point scale of 2009–2013.
 */
export function gradeLine(text: string): Grade | null {
  const m = GRADE_LINE.exec(text.trim());
  if (!m) return null;
  const number = m[1] ? Number(m[1]) : null;
  const word = m[2] ?? m[3];
  const value = word
    ? gradeValue(word)
    : (Object.entries(GRADE_NUMBERS).find(([g, n]) => n === number && g !== 'requires improvement')?.[0] as GradeValue | undefined);
  return value ? { value, number, text: text.trim() } : null;
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
  const suffix = GRADE_SUFFIX.exec(title);
  if (suffix) {
    const value = gradeValue(suffix[2]!);
    if (value) {
      grade = { value, number: null, text: suffix[2]! };
      title = suffix[1]!;
    }
  } else {
    const sentence = GRADE_SENTENCE.exec(title);
    const value = sentence && gradeValue(sentence[1]!);
    if (value) grade = { value, number: null, text: sentence[1]! };
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
  ['preamble', /\b(?:inspection|review) process\b|\babout (?:this|the) (?:inspection|review|visit)\b|\binformation about (?:this|the) (?:inspection|review|visit)\b|\bintroduction\b|\bmethodology\b|\bjudgements? and what they mean\b|\bwhat the inspection judge?ments mean\b/i],
  ['findings', /\bfindings\b|\bjudge?ments? about\b/i],
];

/** The kind a heading's words name, or null when they name none. */
export function kindOfTitle(title: string): SectionKind | null {
  // A footnote mark glued to the last word by PDF transcription ("area2") hides the word.
  const words = title.replace(/(?<=[a-z])\d{1,2}$/, '');
  for (const [kind, pattern] of KINDS) if (pattern.test(words)) return kind;
  return null;
}
