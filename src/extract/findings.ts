/**
 * Numbered paragraphs ("4.17 …", "17. …") and the unnumbered paragraphs that
 * continue them across page breaks.
 */
import type { Finding, Insertion, JointReport, Part as ReportPart, Position, Section } from '../schema/report.js';
import type { Block } from './blocks.js';
import { DROPPED, endOffsetAt, italicCount, isSpace, offsetAt, textOf, type InlineText } from './inline.js';
import type { Locator } from '../location.js';

export interface NumberPrefix {
  id: string;
  /** Where the text after the number starts, in `raw`. */
  body: number;
}

// Dotted ids need no trailing dot ("4.17 "); a bare number does ("17. "), so
// that a sentence opening "15 children were …" is not a finding. The text
// after the number must not start in lower case ("1.5 million people").
const DOTTED = /^(\d{1,3}(?:\.\d{1,3}){1,3})\.?(?=[\s*_])/;
const BARE = /^(\d{1,3})\.(?=[\s*_])/;

/** The paragraph number written at the start of a block's text, if any. */
export function numberPrefix(t: InlineText): NumberPrefix | null {
  let i = 0;
  while (i < t.raw.length && (isSpace(t.raw.charCodeAt(i)) || t.flags[i]! & DROPPED || t.raw[i] === '*' || t.raw[i] === '_')) i++;
  const rest = t.raw.slice(i, i + 24);
  const match = DOTTED.exec(rest) ?? BARE.exec(rest);
  if (!match) return null;
  let body = i + match[0].length;
  while (body < t.raw.length && (isSpace(t.raw.charCodeAt(body)) || t.flags[body]! & DROPPED)) body++;
  const next = t.raw.charAt(body);
  if (next && next !== next.toUpperCase()) return null;
  return { id: match[1]!, body };
}

export interface Part {
  block: Block;
  /** Where this part's text starts in the block (after the number, for the first). */
  from: number;
  /** Where it ends, when a block holds more than one item (two prose recommendations run together). */
  to?: number;
}

/** The text of a block part: a row's cells are joined with " | ". */
export function partText(part: Part): string {
  const { block } = part;
  if (block.cells) return block.cells.map((cell) => textOf(cell)).filter(Boolean).join(' | ');
  return textOf(block.inline, part.from, part.to);
}

/**
 * Join parts: list items and table rows go on lines of their own; a
 * paragraph that starts in lower case continues a sentence broken by a page
 * break; anything else is a new paragraph.
 */
export function joinParts(parts: Part[]): string {
  let out = '';
  for (const part of parts) {
    const text = partText(part);
    if (!text) continue;
    if (out) out += part.block.cells || part.block.list?.first ? '\n' : /^[a-z(]/.test(text) ? ' ' : '\n\n';
    out += text;
  }
  return out;
}

// An insertion may wrap onto a second line; it never holds another bracket.
const INSERTION = /\[([^[\]]{1,200})\]/g;

/** Editorial insertions such as "[However]" or "[Note: …]"; bare citation numbers ("[1]") are not. */
/** The texts a part reads from: a row's cells, or the block from `from` on. */
function spans(part: Part): Array<[InlineText, number, number]> {
  return part.block.cells ? part.block.cells.map((cell) => [cell, 0, cell.raw.length]) : [[part.block.inline, part.from, part.to ?? part.block.inline.raw.length]];
}

export function insertionsOf(parts: Part[], locate: Locator): Insertion[] {
  const out: Insertion[] = [];
  for (const [t, from, to] of parts.flatMap(spans)) {
    for (const match of t.raw.slice(from, to).matchAll(INSERTION)) {
      if (/^\s*\d+\s*$/.test(match[1]!)) continue;
      const at = from + match.index;
      out.push({
        text: textOf(t, at, at + match[0].length),
        position: locate.position(offsetAt(t, at), endOffsetAt(t, at + match[0].length)),
      });
    }
  }
  return out;
}

/**
 * Whether the text is an italic extract from the joint report. Editorial
 * insertions are the inspector's own words, so they do not count either way.
 * A few italic words are emphasis, not an extract.
 */
export function jointReportOf(parts: Part[]): JointReport {
  let italic = 0;
  let total = 0;
  for (const [t, from, to] of parts.flatMap(spans)) {
    const count = italicCount(t, from, to, t.raw.includes('[') ? bracketMask(t.raw) : undefined);
    italic += count.italic;
    total += count.total;
  }
  if (total === 0 || italic < 12) return false;
  if (italic >= total * 0.97) return true;
  return 'partial';
}

function bracketMask(raw: string): Uint8Array {
  const mask = new Uint8Array(raw.length);
  for (const match of raw.matchAll(INSERTION)) mask.fill(1, match.index, match.index + match[0].length);
  return mask;
}

export interface NumberingProblem {
  rule: 'numbering-gap' | 'numbering-duplicate' | 'numbering-order' | 'finding-section-mismatch';
  index: number;
  message: string;
  /** The number as printed, and the one expected there (numbering-gap). */
  actual: string;
  expected?: string[];
}

/**
 * Check the numbering of findings in document order. Each id is compared
 * with the one before it at the same level ("3.13" after "3.11" in section 3;
 * "19" after "17" in a document numbered straight through).
 */
export function checkNumbering(findings: Array<{ id: string; sectionNumber: number | null }>): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  const seen = new Set<string>();
  let previous: number[] | null = null;
  findings.forEach(({ id, sectionNumber }, index) => {
    const parts = id.split('.').map(Number);
    if (seen.has(id)) {
      problems.push({ rule: 'numbering-duplicate', index, actual: id, message: `Duplicate paragraph number \`${id}\`` });
      previous = parts;
      return;
    }
    seen.add(id);
    if (parts.length > 1 && sectionNumber !== null && parts[0] !== sectionNumber) {
      problems.push({
        rule: 'finding-section-mismatch',
        index,
        actual: id,
        message: `Paragraph \`${id}\` is in section ${sectionNumber}, expected a number starting \`${sectionNumber}.\``,
      });
    }
    const before = previous ? `after \`${previous.join('.')}\`` : 'at the start';
    if (isBefore(parts, previous)) {
      problems.push({ rule: 'numbering-order', index, actual: id, message: `Unexpected \`${id}\` ${before}: numbers go backwards` });
    } else {
      const expected = expectedAfter(previous, parts);
      if (expected !== id) {
        problems.push({ rule: 'numbering-gap', index, actual: id, expected: [expected], message: `Unexpected \`${id}\` ${before}, expected \`${expected}\`` });
      }
    }
    previous = parts;
  });
  return problems;
}

/** The id that should follow `previous` at the depth of `current`. */
function expectedAfter(previous: number[] | null, current: number[]): string {
  const prefix = current.slice(0, -1);
  if (!previous || previous.length !== current.length || prefix.some((n, i) => n !== previous[i])) {
    // A new section (or the first paragraph): its numbering starts at 1.
    return [...prefix, 1].join('.');
  }
  return [...prefix, previous.at(-1)! + 1].join('.');
}

function isBefore(a: number[], b: number[] | null): boolean {
  if (!b) return false;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]!;
  }
  return a.length < b.length;
}

/** The span of a run of parts, from the first block's start to the last one's end. */
export function span(parts: Part[], locate: Locator): Position {
  const [first, last] = [parts[0]!, parts.at(-1)!];
  // A part cut out of its block spans its own text; a whole block spans the block.
  const start = first.to !== undefined ? offsetAt(first.block.inline, first.from) : first.block.inline.start;
  const end = last.to !== undefined ? endOffsetAt(last.block.inline, last.to) : last.block.inline.end;
  return locate.position(start, end);
}

/** A finding from its number, its parts and the section it stands in. */
export function buildFinding(id: string, parts: Part[], section: Section | null, locate: Locator, part: ReportPart = 'main'): Finding {
  const prefix = id.includes('.') ? Number(id.split('.')[0]) : null;
  return {
    part,
    id,
    section: prefix ?? section?.number ?? null,
    heading: section?.title ?? null,
    outcome: section?.outcome?.number ?? null,
    text: joinParts(parts),
    jointReport: jointReportOf(parts),
    insertions: insertionsOf(parts, locate),
    paragraphs: parts.length,
    position: span(parts, locate),
  };
}
