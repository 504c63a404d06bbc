/**
 * What the fonts of a PDF would have said about its blocks, decided for
 * text copied out of one from the words and their order alone (the
 * `classify` hook of blocks.ts):
 *
 * - cells printed one to a line (a judgement grid, a contents list, a
 *   header's labels and then its values) become the table they were;
 * - a short line or two that ends no sentence and stands over the text it
 *   names is a heading.
 */
import { gradeLine, trailingGrade } from '../../vocabulary/grades.js';
import { standardKey } from '../../vocabulary/header-fields.js';
import { kindOfTitle } from '../../vocabulary/sections.js';
import type { PdfBlock, PdfCell } from './blocks.js';
import { lineText, segmentText } from './lines.js';
import { TEXT_BLOCK } from './thresholds.js';

const SENTENCE_END = /[.!?;…,]["'”’)\]]*$/;

export function classifyText(blocks: PdfBlock[]): void {
  const dated = letterMatter(blocks);
  const texts = blocks.map(textOf);
  const cells = blocks.map((block, i) => !dated.has(i) && isCell(block, texts[i]!));
  const replaced = new Map<number, { block: PdfBlock; end: number }>();
  for (let i = 0; i < blocks.length; i++) {
    if (!cells[i]) continue;
    let end = i;
    while (end < blocks.length && cells[end] && samePlace(blocks[i]!, blocks[end]!)) end++;
    // The table may start a little into the run (after a title, a label): the one that takes most cells.
    let best: { start: number; block: PdfBlock; end: number } | null = null;
    for (let start = i; end - start >= TEXT_BLOCK.minCells; start++) {
      const table = tableOfCells(blocks.slice(start, end), texts.slice(start, end));
      if (table && (!best || table.end > best.end - best.start)) best = { start, block: table.block, end: start + table.end };
    }
    if (best) replaced.set(best.start, { block: best.block, end: best.end });
    i = end - 1;
  }
  const inTable = new Set([...replaced].flatMap(([start, { end }]) => Array.from({ length: end - start }, (_, k) => start + k)));
  // Last first, so that a heading may stand over one sub-heading ("12 Recommendations" over "Within 3 months",
  // "Capacity to improve" over "Grade 4 (inadequate)"), never over a run of them (the cells of a grid).
  const overText = new Set<number>();
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph' || inTable.has(i)) continue;
    const next = blocks[i + 1];
    if (isHeading(block, texts[i]!, i === 0, next, texts[i + 1])) overText.add(i);
    // …and only where text stands above it too (a grade of a grid stands under the grid's last area).
    else if (!(overText.has(i + 1) && (i === 0 || isBody(texts[i - 1]!)) && isHeading(block, texts[i]!, true, next, texts[i + 1]))) continue;
    block.kind = 'heading';
    block.level = i === 0 ? 1 : 2;
  }
  // Inside a list of recommendations, whose items go on from one number to the next across them, headings
  // name groups of its items: after one that names a section of recommendations, they are labels within it,
  // set in bold as a PDF sets them ("Areas for improvement", then "Leadership, management and governance";
  // "Help and protection" between recommendations 5 and 6). A heading whose items start unlike those above
  // it ("The local authority’s strengths" over findings, after "Ensure …", "Improve …") opens a section.
  let section: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'heading' || block.level !== 2) continue;
    const before = blocks[i - 1];
    let end = i;
    while (end < blocks.length && blocks[end]!.kind === 'heading' && blocks[end]!.level === 2 && !trailingGrade(texts[end]!)) end++;
    const after = blocks[end];
    const inList =
      before?.kind === 'numbered' && after?.kind === 'numbered' && comesNext(before.number!, after.number!) && sameOpenings(blocks, texts, i, end);
    for (let k = i; k < end; k++) {
      if (!inList || kindOfTitle(texts[k]!) === 'recommendations' || section === null || kindOfTitle(section) !== 'recommendations') {
        section = texts[k]!;
        continue;
      }
      const label = blocks[k]!;
      label.kind = 'paragraph';
      delete label.level;
      for (const run of label.lines.flatMap((line) => line.segments.flatMap((segment) => segment.runs))) run.bold = true;
    }
    // A graded heading ends no run of labels: it is passed over (never stepped back onto).
    i = Math.max(i, end - 1);
  }
  // A grade alone under a short area ("Capacity to improve", "Grade 4 (inadequate)"): the area's heading and its grade's.
  for (let i = 1; i < blocks.length; i++) {
    const [area, grade, next] = [blocks[i - 1]!, blocks[i]!, blocks[i + 1]];
    if (grade.kind !== 'paragraph' || inTable.has(i) || inTable.has(i - 1) || !gradeLine(texts[i]!)) continue;
    if (!['paragraph', 'heading'].includes(area.kind) || gradeLine(texts[i - 1]!) || !isHeadingText(area, texts[i - 1]!)) continue;
    if (!next || !(next.kind === 'heading' || next.kind === 'numbered' || isBody(texts[i + 1]!))) continue;
    area.kind = 'heading';
    area.level ??= 2;
    grade.kind = 'heading';
    grade.level = Math.min(6, area.level + 1);
  }
  // Replace cell runs by their tables, last first so that indices hold.
  for (const [start, { block, end }] of [...replaced].sort((a, b) => b[0] - a[0])) blocks.splice(start, end - start, block);
}

/** A date alone, as a letter is dated ("13 January 2025"). */
const DATE_ALONE = /^\d{1,2}(?:st|nd|rd|th)? \p{L}+,? \d{4}$/u;

/**
 * A letter's matter, as the PDF set it: its date alone, then its addressee's
 * lines as one block, up to its salutation ("Dear …"). A text puts each on
 * a line of its own with no blank between, which would read as one
 * paragraph a line, or as the cells of a table. Merges the addressee's
 * lines into one block and returns the indices of the date and the
 * addressee, which are never cells.
 */
function letterMatter(blocks: PdfBlock[]): Set<number> {
  const out = new Set<number>();
  const dear = blocks.findIndex((block) => block.kind === 'paragraph' && /^Dear\s+\S/.test(textOf(block)));
  if (dear < 0) return out;
  // Back from the salutation over short lines to the last block that opens with a date alone.
  let start = dear;
  while (start > 0) {
    const block = blocks[start - 1]!;
    if (block.kind !== 'paragraph' || SENTENCE_END.test(textOf(block)) || isField(block)) break;
    if (block.lines.some((line) => lineText(line).length > TEXT_BLOCK.headingChars)) break;
    start--;
    if (DATE_ALONE.test(lineText(block.lines[0]!).trim())) break;
  }
  const date = blocks[start];
  if (start === dear || !date || !DATE_ALONE.test(lineText(date.lines[0]!).trim())) return out;
  const lines = blocks.slice(start, dear).flatMap((block) => block.lines);
  const addressee = lines.slice(1);
  if (addressee.length === 0) return out;
  blocks.splice(start, dear - start, { kind: 'paragraph', lines: [lines[0]!] }, { kind: 'paragraph', lines: addressee });
  // Above the date, on its page, the sender's letterhead: its address and numbers, one to a line, are one block too.
  let head = start;
  const page = lines[0]!.page;
  while (head > 0 && isLetterhead(blocks[head - 1]!, page)) head--;
  if (head < start) {
    blocks.splice(head, start - head, { kind: 'paragraph', lines: blocks.slice(head, start).flatMap((block) => block.lines) });
    return new Set([head, head + 1, head + 2]);
  }
  return new Set([start, start + 1]);
}

/** A line of a letterhead: a short paragraph on the letter's first page that ends no sentence. */
function isLetterhead(block: PdfBlock, page: number): boolean {
  return block.kind === 'paragraph' && block.lines.every((line) => line.page === page && lineText(line).length <= TEXT_BLOCK.cellChars) && !SENTENCE_END.test(textOf(block));
}

function textOf(block: PdfBlock): string {
  return block.lines.map((line) => lineText(line, ' ')).join(' ').replace(/\s+/g, ' ').trim();
}

/** A paragraph short enough to be a cell: a few words a line, no sentence, no marker, not a header field. */
function isCell(block: PdfBlock, text: string): boolean {
  return (
    block.kind === 'paragraph' &&
    !isField(block) &&
    block.lines.length <= TEXT_BLOCK.cellLines &&
    block.lines.every((line) => line.segments.length === 1 && lineText(line).length <= TEXT_BLOCK.cellChars) &&
    !SENTENCE_END.test(text)
  );
}

function samePlace(a: PdfBlock, b: PdfBlock): boolean {
  return a.lines[0]!.page === b.lines[0]!.page;
}

/**
 * Cells → a table from the first of them, or null: a header's labels then
 * as many values (paired in order), or rows of two or three cells whose last
 * cells are short (grades, page numbers), as many rows as there are.
 */
function tableOfCells(blocks: PdfBlock[], texts: string[]): { block: PdfBlock; end: number } | null {
  const firstValue = texts.findIndex((text) => standardKey(text) === null);
  const labels = firstValue < 0 ? texts.length : firstValue;
  if (labels >= TEXT_BLOCK.minFields && texts.length - labels >= labels) {
    const values = pairValues(blocks.slice(labels), texts.slice(labels), blocks.slice(0, labels).map((_, k) => standardKey(texts[k]!)!));
    if (values) return { block: table(blocks.slice(0, labels).map((label, k) => [cell(label), values[k]!]), blocks), end: blocks.length };
  }
  for (const width of [2, 3]) {
    let rows = 0;
    while ((rows + 1) * width <= texts.length && texts[(rows + 1) * width - 1]!.split(' ').length <= TEXT_BLOCK.shortCellWords) rows++;
    if (rows * width >= TEXT_BLOCK.minCells) {
      const used = blocks.slice(0, rows * width);
      const cells: PdfCell[][] = [];
      for (let k = 0; k < used.length; k += width) cells.push(used.slice(k, k + width).map(cell));
      return { block: table(cells, used), end: used.length };
    }
  }
  return null;
}

/**
 * The values of a header whose labels were printed first: one block each,
 * except that a value may wrap into the next block (an unclosed bracket, a
 * lower-case start) and an address takes the blocks left over.
 */
function pairValues(blocks: PdfBlock[], texts: string[], keys: string[]): PdfCell[] | null {
  const values: PdfBlock[][] = [];
  texts.forEach((text, k) => {
    const last = values.at(-1);
    const open = last ? last.map(textOf).join(' ') : '';
    if (last && ((open.match(/\(/g) ?? []).length > (open.match(/\)/g) ?? []).length || /^[\p{Ll}]/u.test(text))) last.push(blocks[k]!);
    else values.push([blocks[k]!]);
  });
  let extra = values.length - keys.length;
  const address = keys.indexOf('address');
  if (extra > 0 && address >= 0) {
    values.splice(address, extra + 1, values.slice(address, address + extra + 1).flat());
    extra = 0;
  }
  if (extra !== 0) return null;
  return values.map((parts) => ({ pieces: parts.flatMap((b) => cell(b).pieces) }));
}

function cell(block: PdfBlock): PdfCell {
  return { pieces: block.lines.flatMap((line) => line.segments.map((segment) => ({ line, segment, runs: segment.runs }))) };
}

function table(rows: PdfCell[][], blocks: PdfBlock[]): PdfBlock {
  return { kind: 'table', lines: blocks.flatMap((b) => b.lines), rows, header: false };
}

/**
 * A heading: one to three lines that end no sentence, opening with a capital
 * or a number, not a header field, over a block of text (a sentence, a
 * longer paragraph, an item).
 */
function isHeading(block: PdfBlock, text: string, first: boolean, next: PdfBlock | undefined, nextText: string | undefined): boolean {
  // A grade alone is a grid's cell, or the grade of the heading above it (below).
  if (!isHeadingText(block, text) || gradeLine(text)) return false;
  // A statement ("The overall judgement is good") is a sentence, even without its full stop; a question may be a heading.
  if (/\b(?:is|are|was|were)\b(?!:)/i.test(text.replace(/\([^)]*\)/g, '')) && !text.endsWith('?')) return false;
  if (!next || nextText === undefined) return false;
  // Text that goes on in lower case goes on from the block above (across a page break): that block is no heading.
  if (/^\p{Ll}/u.test(nextText)) return false;
  if (first || isField(next)) return true;
  return next.kind === 'bullet' || next.kind === 'table' || isBody(nextText);
}

/** Words that open items of any kind, which say nothing of the kind. */
const PLAIN_OPENINGS = new Set(['the', 'a', 'an', 'this', 'these', 'there', 'in', 'all', 'some', 'most', 'many', 'when', 'where', 'while']);

/**
 * Whether the items after the headings from `start` to `end` open as those
 * before them do: one of the first words of the next few is among the first
 * words of the last few above ("Ensure", "Improve").
 */
function sameOpenings(blocks: PdfBlock[], texts: string[], start: number, end: number): boolean {
  const opening = (k: number) => /^\S+\s+(\p{L}+)/u.exec(texts[k]!)?.[1]?.toLowerCase();
  const items = (from: number, step: number) => {
    const out: string[] = [];
    for (let k = from; k >= 0 && k < blocks.length && out.length < TEXT_BLOCK.openingItems; k += step) {
      if (blocks[k]!.kind !== 'numbered') break;
      const word = opening(k);
      if (word && !PLAIN_OPENINGS.has(word)) out.push(word);
    }
    return out;
  };
  const above = new Set(items(start - 1, -1));
  return items(end, 1).some((word) => above.has(word));
}

/** Whether paragraph number `b` comes right after `a` ("4" after "3", "2.5" after "2.4"). */
function comesNext(a: string, b: string): boolean {
  const [x, y] = [a.split('.'), b.split('.')];
  return x.length === y.length && x.slice(0, -1).join('.') === y.slice(0, -1).join('.') && Number(y.at(-1)) === Number(x.at(-1)) + 1;
}

/** Words that could make a heading: a line or few that end no sentence, open with a capital or a number, and are no field. */
function isHeadingText(block: PdfBlock, text: string): boolean {
  if (block.lines.length > TEXT_BLOCK.headingLines || text.length > TEXT_BLOCK.headingChars) return false;
  return !/[.;,:…]["'”’)\]]*$/.test(text) && /^[\p{Lu}\p{N}]/u.test(text) && !isField(block);
}

/** Text that a heading stands over: a sentence, or more than a heading's length (a grid's next area is neither). */
function isBody(text: string): boolean {
  return SENTENCE_END.test(text) || text.length > TEXT_BLOCK.headingChars;
}

/** A header field ("Inspection dates: …"): a label the vocabulary knows, then its value. */
function isField(block: PdfBlock): boolean {
  const field = /^([^:\t]{2,60}?)\s*(?::\s+|\t)\S/.exec(segmentText(block.lines[0]!.segments[0]!));
  return field !== null && standardKey(field[1]!) !== null;
}
