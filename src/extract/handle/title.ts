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
import { isCouncilName } from '../family.js';
import { parseHeading } from '../headings.js';
import { linesOf, textOf } from '../inline.js';
import type { Handler, Walk } from '../walk.js';

export const titleHeading: Handler = {
  name: 'title',
  enter(walk, i) {
    if (!walk.headingLike[i]) return undefined;
    const b = walk.blocks[i]!;
    const text = linesOf(b.inline)
      .map(([from, to]) => textOf(b.inline, from, to))
      .join(' ')
      // A footnote mark glued to the last word ("… Children Board1") is not part of the title.
      .replace(/(?<=[a-z])\d$/, '');
    if (startsTitleUnderName(walk, i, text)) {
      // "# Bolton Council" over "### Inspection of services for children …": the name is whom the report is about.
      walk.coverOrganisation = walk.titleParts.pop()!;
    } else if (!isTitlePart(walk, i)) return undefined;
    walk.titleParts.push(text);
    walk.lastTitle = i;
    return i + 1;
  },
};

export const titleConnector: Handler = {
  name: 'title-connector',
  enter(walk, i) {
    const next = walk.blocks[i + 1];
    const continues = next?.depth === 1 || (walk.headingLike[i + 1] && TITLE_WORDS.test(textOf(next!.inline)));
    if (walk.headingLike[i] || walk.lastTitle !== i - 1 || !continues) return undefined;
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

/** How a report's own title opens, under the name of the council it is about. */
const TITLE_WORDS = /^(?:inspection|review|focused visit|(?:joint\s+)?(?:local\s+)?area SEND)\b/i;

/** Whether block `i` is the report's title and the one title part before it only the council's name. */
function startsTitleUnderName(walk: Walk, i: number, text: string): boolean {
  return (
    walk.report.title === null &&
    walk.sections.length === 0 &&
    walk.titleParts.length === 1 &&
    walk.lastTitle === i - 1 &&
    walk.coverOrganisation === null &&
    isCouncilName(walk.titleParts[0]!) &&
    TITLE_WORDS.test(text)
  );
}

function isTitlePart(walk: Walk, i: number): boolean {
  const b = walk.blocks[i]!;
  if (walk.report.title !== null || walk.sections.length > 0 || parseHeading(textOf(b.inline)).number !== null) return false;
  // A letter's title is the heading under its salutation ("Dear Florence,").
  const afterSalutation = i > 0 && /^dear\b/i.test(textOf(walk.blocks[i - 1]!.inline));
  if (walk.titleParts.length === 0) return b.depth === 1 || (b.type === 'paragraph' && (i === 0 || afterSalutation));
  // After a connector ("and"), the next heading continues the title at any depth.
  const afterConnector = /^(?:and|&|incorporating)$/i.test(walk.titleParts.at(-1)!);
  return walk.lastTitle === i - 1 && (b.depth === 1 || b.type === 'paragraph' || afterConnector);
}
