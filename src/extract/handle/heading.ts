/**
 * Headings (markdown headings and short all-bold lines) that are not the
 * title: a grade line under a section heading, a timescale group label
 * inside a recommendations section, or a new section.
 *
 * > | ## Outcome 6: Co-operating with other providers
 * > | **Grade 3 (adequate)**
 *     ^ the grade of the section above, not a section of its own
 */
import type { SectionKind } from '../../schema/report.js';
import { gradeLine, isKnownOutcome, kindOfTitle, parseHeading } from '../headings.js';
import { textOf } from '../inline.js';
import { numberPrefix } from '../findings.js';
import { groupLabel, groupName, type GroupLabel } from '../recommendations.js';
import type { Block } from '../blocks.js';
import { blockText, closeItems, positionOf, warn, type Handler, type SectionDraft, type Walk } from '../walk.js';

export const headingGrade: Handler = {
  name: 'heading-grade',
  enter(walk, i) {
    const section = walk.section;
    // Only right under its heading, and never a sentence's last word ("… judged to be" / "**good**.").
    if (!walk.headingLike[i] || !section || section.section.grade || section.section.content.length > 0 || section.findings > 0) return undefined;
    const text = textOf(walk.blocks[i]!.inline);
    const grade = /^[a-z]/.test(text) ? null : gradeLine(text);
    if (!grade) return undefined;
    section.section.grade = grade;
    return i + 1;
  },
};

export const groupHeading: Handler = {
  name: 'group-heading',
  enter(walk, i) {
    const section = walk.section;
    if (!walk.headingLike[i] || section?.namedKind !== 'recommendations') return undefined;
    const b = walk.blocks[i]!;
    const label = groupLabel(b.inline) ?? groupName(b.inline);
    if (!label) return undefined;
    startGroup(walk, section, label, b, label.timescale !== null || proseFollows(walk, i));
    return i + 1;
  },
};

export const sectionHeading: Handler = {
  name: 'section',
  enter(walk, i) {
    if (!walk.headingLike[i]) return undefined;
    const b = walk.blocks[i]!;
    closeItems(walk);
    if (walk.findings.length > 0 && LSCB_PART.test(textOf(b.inline))) walk.part = 'lscb';
    const before = walk.section;
    const section = openSection(walk, b, walk.parentKind);
    const named = section.namedKind === 'recommendations' ? groupName(b.inline) : null;
    if (named) {
      // "Areas for priority action" as a section of its own is also its recommendations' group.
      section.group = named;
      section.itemsAsParagraphs = proseFollows(walk, i);
    } else if (before && section.namedKind === 'recommendations' && before.namedKind === 'recommendations' && kindOfTitle(section.section.title) === null) {
      // A topic sub-heading ("Help and protection") inside a group keeps the group it sits in.
      section.group = before.group;
      section.itemsAsParagraphs = before.itemsAsParagraphs;
    }
    walk.section = section;
    walk.sections.push(section);
    walk.report.sections.push(section.section);
    if (b.type === 'heading') walk.parentKind = section.namedKind;
    return i + 1;
  },
};

/**
 * The heading that opens the LSCB review of a single inspection, after the
 * main report's findings ("Section 2: The effectiveness of the Local
 * Safeguarding Children Board", "The Local Safeguarding Children Board
 * (LSCB)"); on the cover, the same words are the title's.
 */
const LSCB_PART =
  /^(?:section\s+\d+\s*[:.–-]?\s*)?(?:the\s+)?(?:review\s+of\s+the\s+)?(?:effectiveness\s+(?:of\s+)?(?:the\s+)?)?(?:local\s+safeguarding\s+children(?:['’]s)?\s+board|LSCB)\b(?:\s*\(LSCB\))?\s*$/i;

/** A timescale label ("Within 3 months"): the items after it are recommendations of that group. */
export function startGroup(walk: Walk, draft: SectionDraft, label: GroupLabel, b: Block, itemsAsParagraphs = true): void {
  closeItems(walk);
  draft.group = label;
  draft.itemsAsParagraphs = itemsAsParagraphs;
  draft.section.content.push({ text: blockText(b), position: positionOf(walk, b) });
}

/**
 * Whether the group after block `i` is written as prose paragraphs (area
 * SEND) rather than as numbered paragraphs or bullets: then each paragraph
 * is a recommendation.
 */
function proseFollows(walk: Walk, i: number): boolean {
  const next = walk.blocks[i + 1];
  return Boolean(next && next.type === 'paragraph' && !next.list && !walk.headingLike[i + 1] && numberPrefix(next.inline) === null && textOf(next.inline).length >= PROSE_ITEM);
}

/** The shortest paragraph that reads as a recommendation in prose, not a note ("There are no areas for priority action"). */
const PROSE_ITEM = 100;

function openSection(walk: Walk, b: Block, parent: SectionKind | null): SectionDraft {
  const parts = parseHeading(textOf(b.inline));
  const bold = b.type === 'paragraph';
  const named = kindOfTitle(parts.title) ?? (parts.outcome ? 'findings' : null) ?? (bold && parts.number === null ? parent : null);
  if (parts.outcome && !isKnownOutcome(parts.outcome.number)) {
    warn(walk, 'outcome-unknown', 'warning', `Unknown CQC outcome \`${parts.outcome.number}\`: the Essential Standards have outcomes 1 to 28`, positionOf(walk, b));
  }
  return {
    section: {
      part: walk.part,
      number: parts.number,
      title: parts.title,
      kind: named ?? 'other',
      depth: b.type === 'heading' ? b.depth! : null,
      outcome: parts.outcome,
      grade: parts.grade,
      content: [],
      position: positionOf(walk, b),
    },
    namedKind: named,
    findings: 0,
    actor: null,
    group: null,
    itemsAsParagraphs: false,
    lines: [],
  };
}
