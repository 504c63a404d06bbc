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
import { groupLabel, type GroupLabel } from '../recommendations.js';
import type { Block } from '../blocks.js';
import { blockText, closeItems, positionOf, warn, type Handler, type SectionDraft, type Walk } from '../walk.js';

export const headingGrade: Handler = {
  name: 'heading-grade',
  enter(walk, i) {
    const section = walk.section;
    if (!walk.headingLike[i] || !section || section.section.grade) return undefined;
    const grade = gradeLine(textOf(walk.blocks[i]!.inline));
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
    const label = groupLabel(walk.blocks[i]!.inline);
    if (!label) return undefined;
    startGroup(walk, section, label, walk.blocks[i]!);
    return i + 1;
  },
};

export const sectionHeading: Handler = {
  name: 'section',
  enter(walk, i) {
    if (!walk.headingLike[i]) return undefined;
    const b = walk.blocks[i]!;
    closeItems(walk);
    const section = openSection(walk, b, walk.parentKind);
    walk.section = section;
    walk.sections.push(section);
    walk.report.sections.push(section.section);
    if (b.type === 'heading') walk.parentKind = section.namedKind;
    return i + 1;
  },
};

/** A timescale label ("Within 3 months"): the items after it are recommendations of that group. */
export function startGroup(walk: Walk, draft: SectionDraft, label: GroupLabel, b: Block): void {
  closeItems(walk);
  draft.group = label;
  draft.itemsAsParagraphs = true;
  draft.section.content.push({ text: blockText(b), position: positionOf(walk, b) });
}

function openSection(walk: Walk, b: Block, parent: SectionKind | null): SectionDraft {
  const parts = parseHeading(textOf(b.inline));
  const bold = b.type === 'paragraph';
  const named = kindOfTitle(parts.title) ?? (parts.outcome ? 'findings' : null) ?? (bold && parts.number === null ? parent : null);
  if (parts.outcome && !isKnownOutcome(parts.outcome.number)) {
    warn(walk, 'outcome-unknown', 'warning', `Unknown CQC outcome \`${parts.outcome.number}\`: the Essential Standards have outcomes 1 to 28`, positionOf(walk, b));
  }
  return {
    section: {
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
