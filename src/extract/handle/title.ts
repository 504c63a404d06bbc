/**
 * The title block: a top-level heading, or bold lines opening the document,
 * with the headings and bold lines right after it, and a short connector
 * ("and") between two title headings. It is read once, before the first
 * section, and never takes a numbered heading.
 *
 * > | # Inspection Report
 * > | # Integrated Inspection of Safeguarding …
 *     ^ one title: "Inspection Report Integrated Inspection of …"
 */
import { parseHeading } from '../headings.js';
import { linesOf, textOf } from '../inline.js';
import type { Handler, Walk } from '../walk.js';

export const titleHeading: Handler = {
  name: 'title',
  enter(walk, i) {
    if (!walk.headingLike[i] || !isTitlePart(walk, i)) return undefined;
    const b = walk.blocks[i]!;
    walk.titleParts.push(linesOf(b.inline).map(([from, to]) => textOf(b.inline, from, to)).join(' '));
    walk.lastTitle = i;
    return i + 1;
  },
};

export const titleConnector: Handler = {
  name: 'title-connector',
  enter(walk, i) {
    if (walk.headingLike[i] || walk.lastTitle !== i - 1 || walk.blocks[i + 1]?.depth !== 1) return undefined;
    const plain = textOf(walk.blocks[i]!.inline);
    if (!/^(?:and|&|incorporating)$/i.test(plain)) return undefined;
    walk.titleParts.push(plain);
    walk.lastTitle = i;
    return i + 1;
  },
};

/** The title is settled by the first block that is not part of it. */
export function closeTitle(walk: Walk): void {
  if (walk.report.title === null && walk.titleParts.length > 0) walk.report.title = walk.titleParts.join(' ');
}

function isTitlePart(walk: Walk, i: number): boolean {
  const b = walk.blocks[i]!;
  if (walk.report.title !== null || walk.sections.length > 0 || parseHeading(textOf(b.inline)).number !== null) return false;
  // A letter's title is the heading under its salutation ("Dear Florence,").
  const afterSalutation = i > 0 && /^dear\b/i.test(textOf(walk.blocks[i - 1]!.inline));
  if (walk.titleParts.length === 0) return b.depth === 1 || (b.type === 'paragraph' && (i === 0 || afterSalutation));
  return walk.lastTitle === i - 1 && (b.depth === 1 || b.type === 'paragraph');
}
