/**
 * A judgement grid read as two streams, areas and grades, paired in order.
 * A grid laid out by a PDF wraps its cells: an area over two rows
 * ("The experiences and progress of" / "children in care"), a grade over
 * two ("Requires improvement" / "to be good"), or a grade that slides into
 * the row below. Read row by row, such a grid loses rows or gives a grade
 * from the wrong words; read as streams it comes out whole, and when the
 * two streams do not pair up the grid is reported as unread, not guessed.
 */
import type { Grade, Part, Position } from '../schema/report.js';
import { gradeRun, isGradeWord } from '../vocabulary/grades.js';

export interface GridPiece {
  /** Area words in this piece of the grid (a cell, a line), or "". */
  area: string;
  /** Grade words in it, or "". */
  grade: string;
  position: Position;
}

export interface GridRow {
  area: string;
  grade: Grade;
  position: Position;
}

/**
 * Pair the areas and grades of a grid's pieces, or null when they do not
 * pair up. An area piece that starts in lower case ("and protection")
 * continues the area before it.
 */
export function pairGrid(pieces: readonly GridPiece[]): GridRow[] | null {
  const areas: Array<{ text: string; position: Position }> = [];
  for (const piece of pieces) {
    const text = piece.area.trim();
    if (!text) continue;
    const last = areas.at(-1);
    if (last && /^[a-z(]/.test(text)) {
      last.text = `${last.text} ${text}`;
      last.position = { start: last.position.start, end: piece.position.end };
    } else areas.push({ text, position: piece.position });
  }
  const grades = gradeRun(pieces.map((piece) => piece.grade).join(' '));
  if (!grades || grades.length === 0 || grades.length !== areas.length) return null;
  return areas.map((area, index) => ({ area: area.text, grade: grades[index]!, position: area.position }));
}

/** Whether every word of a text can belong to a grade ("Requires", "to be good"). */
export function isGradeFragment(text: string): boolean {
  const words = text.trim().split(/\s+/);
  // "Grade" alone is a grid's header, and a number alone a page number: each is a grade only together ("Grade 3").
  if (words.length === 1 && /^(?:grade|\d+)$/i.test(words[0]!)) return false;
  return words.every((word, i) => (/^\d$/.test(word) ? /^grade$/i.test(words[i - 1] ?? '') : isGradeWord(word)));
}

// A numbered area of a single inspection's grid: "1. Children who need help and protection", "2.1 Adoption performance".
const NUMBERED_AREA = /^(\d{1,2}(?:\.\d{1,2})?)\.?\s+([A-Z][^.!?:;]{2,100})$/;

const LEADING_GRADE = /^(Requires improvement(?: to be good)?|Outstanding|Good|Adequate|Inadequate)\s+([a-z][a-z ,]*)$/;

/**
 * One line of a grid printed as lines rather than as a table: an area and
 * its grade apart by a tab ("Overall effectiveness\tGood"), a numbered area
 * ("2.1 Adoption performance"), the rest of an area wrapped onto a line of
 * its own ("permanence"), or grade words alone ("Requires"). Null for a
 * line that cannot be part of a grid.
 */
export function gridLine(line: string, bareAreas = false): { area: string; grade: string; numbered: boolean } | null {
  const text = line.trim();
  if (!text) return null;
  if (isGradeFragment(text)) return { area: '', grade: text, numbered: false };
  // A grade run into the rest of a wrapped area beside it ("Requires improvement protection").
  const leading = LEADING_GRADE.exec(text);
  if (leading) return { area: leading[2]!, grade: leading[1]!, numbered: false };
  const [area, grade] = splitGrade(text.replace(/\s+/g, ' '));
  const numbered = NUMBERED_AREA.exec(area);
  if (numbered) return { area: numbered[2]!.trim(), grade, numbered: true };
  if (area.length > 120 || /[.!?]$/.test(area)) return null;
  // An unnumbered area needs its grade beside it, unless it continues the area above ("permanence")
  // or the grid has a "Judgement | Grade" header above it, which says that what follows are areas.
  return grade || bareAreas || /^[a-z]/.test(area) ? { area, grade, numbered: false } : null;
}

/**
 * An area and the grade printed after it on its line ("Leadership,
 * management and governance Good"): the longest run of grade words that
 * ends the line and opens with a capital, as grids print grades.
 */
function splitGrade(text: string): [string, string] {
  const words = text.split(' ');
  let at = words.length;
  while (at > 1 && isGradeWord(words[at - 1]!)) at--;
  while (at < words.length && !/^[A-Z]/.test(words[at]!)) at++;
  const grade = words.slice(at).join(' ');
  return at < words.length && isGradeFragment(grade) ? [words.slice(0, at).join(' '), grade] : [text, ''];
}

/** A grid's header line: "Judgement Grade", "Key judgement Judgement grade". */
export function isGridHeader(text: string): boolean {
  return /^(?:key\s+)?judge?ments?\s+(?:judge?ment\s+)?grades?$/i.test(text.replace(/\s+/g, ' ').trim());
}

/**
 * Whether two printings name one area: the content words of the shorter
 * (stripped of a plural s) are all in the longer, so that "The graded
 * judgement about the experience and progress of care leavers" is the
 * grid's "Experiences and progress of care leavers".
 */
export function sameArea(a: string, b: string): boolean {
  const [x, y] = [contentWords(a), contentWords(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((word) => long.includes(word));
}

function contentWords(text: string): string[] {
  return areaKey(text)
    .split(' ')
    .filter((word) => word.length > 3 && word !== 'that' && word !== 'about' && word !== 'with')
    .map((word) => word.replace(/s$/, ''));
}

/**
 * The area a graded sentence or heading names, without its verb: "The
 * overall judgement is that children’s services require" → "The overall
 * judgement", "The LSCB is" → "The LSCB".
 */
export function judgedArea(before: string): string {
  return before.replace(/\s+(?:is|are|was|were)(?:\s+that\b.*)?$/i, '').trim();
}

const LSCB = /\b(?:local safeguarding children(?:'s|’s)? board|LSCB)\b/i;

/** The part an area belongs to: the LSCB's own judgement is the LSCB review's. */
export function partOfArea(area: string, current: Part): Part {
  return LSCB.test(area) ? 'lscb' : current;
}

/** Areas compared without case, numbering, punctuation or quotes: a grid row and a heading name one area alike. */
export function areaKey(area: string): string {
  return area
    .toLowerCase()
    .replace(/^\d{1,2}(?:\.\d{1,2})?\.?\s+/, '')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
