/**
 * The grade vocabulary of every framework the archive holds, in one place:
 * the four-point CQC and Ofsted scales of 2009-17 ("Grade 3 (adequate)",
 * "Grade 4"), the words alone ("Good"), and the ILACS scale of 2018 on, whose
 * third grade is "requires improvement to be good". A grade is always read
 * from its words, and the longest phrase wins: "requires improvement to be
 * good" is `requires improvement`, never `good`.
 */
import type { Grade, GradeValue } from '../schema/report.js';

/** Longest first, so that an alternation never stops at a shorter phrase. */
const PHRASE = 'requires improvement to be good|requires improvement|outstanding|good|adequate|inadequate';

// The four-point scale before 2014: 1 outstanding, 2 good, 3 adequate, 4 inadequate.
const BY_NUMBER: Record<number, GradeValue> = { 1: 'outstanding', 2: 'good', 3: 'adequate', 4: 'inadequate' };

const LINE = new RegExp(`^(?:(?:overall\\s+)?grade\\s*(\\d)\\s*[:(–-]?\\s*(${PHRASE})?\\)?|(${PHRASE}))\\s*[.:]?$`, 'i');
const SUFFIX = new RegExp(`^(.*?\\S)\\s*[:–—-]\\s*(${PHRASE})\\.?$`, 'i');
// "… is good", "… are judged to be inadequate", "… requires improvement to be good." The verb
// "requires" belongs to its phrase; "require improvement" is the plural of it.
const SENTENCE = new RegExp(`(?:\\b(?:is|are|was|were|be|judged(?: to be)?)\\s+(${PHRASE})|\\b(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?))\\.?$`, 'i');
const STREAM = new RegExp(`\\s*(?:grade\\s*(\\d)\\s*[:(–-]?\\s*(?:(${PHRASE})\\s*\\)?)?|(${PHRASE}))\\s*[.,;]?`, 'iy');

/** The grade a phrase names ("Requires improvement to be good" → requires improvement), or null. */
export function gradeValue(words: string): GradeValue | null {
  const w = normal(words);
  if (w.startsWith('requires improvement') || w.startsWith('require improvement') || w === 'improvement') return 'requires improvement';
  return (['outstanding', 'good', 'adequate', 'inadequate'] as const).find((g) => g === w) ?? null;
}

/**
 * A text that is only a grade: "Grade 4 (inadequate)", "Inadequate",
 * "Requires improvement / to be good" over two lines. The number alone
 * ("Grade 3") is read with the four-point scale.
 */
export function gradeLine(text: string): Grade | null {
  const m = LINE.exec(normal(text, false));
  if (!m) return null;
  const number = m[1] ? Number(m[1]) : null;
  const words = m[2] ?? m[3];
  const value = words ? gradeValue(words) : number !== null ? (BY_NUMBER[number] ?? null) : null;
  return value ? { value, number, text: text.trim() } : null;
}

/**
 * A grade that ends a heading or a sentence, and the words before it:
 * "Leadership: Good" (the grade is apart from the area) or "The LSCB is
 * good" (the grade is part of the sentence; `apart` is false).
 */
export function trailingGrade(text: string): { grade: Grade; before: string; apart: boolean } | null {
  const suffix = SUFFIX.exec(text);
  const suffixValue = suffix && gradeValue(suffix[2]!);
  if (suffixValue) return { grade: { value: suffixValue, number: null, text: suffix[2]! }, before: suffix[1]!, apart: true };
  const sentence = SENTENCE.exec(text);
  const words = sentence && (sentence[1] ?? sentence[2]!);
  const value = words && gradeValue(words);
  if (!sentence || !value) return null;
  return { grade: { value, number: null, text: words }, before: text.slice(0, sentence.index).trim(), apart: false };
}

/**
 * A run of grades printed one after another, as a grid's grade column reads
 * when its rows wrap ("Requires improvement to be good Requires improvement"
 * / "to be good"): the grades in order, or null when anything else is in it.
 */
export function gradeRun(text: string): Grade[] | null {
  const source = normal(text, false);
  const out: Grade[] = [];
  STREAM.lastIndex = 0;
  while (STREAM.lastIndex < source.length) {
    const at = STREAM.lastIndex;
    const m = STREAM.exec(source);
    if (!m || m[0].length === 0) return null;
    const number = m[1] ? Number(m[1]) : null;
    const words = m[2] ?? m[3];
    const value = words ? gradeValue(words) : number !== null ? (BY_NUMBER[number] ?? null) : null;
    if (!value) return null;
    out.push({ value, number, text: m[0].trim().replace(/[.,;]$/, '') });
    if (STREAM.lastIndex === at) return null;
  }
  return out;
}

/** Whether a word can be part of a grade ("requires", "to", "be", "good", "grade", "3"). */
export function isGradeWord(word: string): boolean {
  return /^(?:requires?|improvement|to|be|good|outstanding|adequate|inadequate|grade|\d)$/i.test(word.replace(/[.,;:()]/g, ''));
}

function normal(text: string, lower = true): string {
  const spaced = text.trim().replace(/\s+/g, ' ');
  return lower ? spaced.toLowerCase() : spaced;
}
