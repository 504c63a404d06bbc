/**
 * Findings: a numbered paragraph ("4.17 …", "17. …", an ordered list item
 * that continues the numbering) opens one; unnumbered blocks after it may
 * continue it (a list or table in it, a sentence broken by a page break).
 *
 * > | 4.17 Health visitors …
 * > | *…extract from the joint report.*
 *     ^ the same finding, a second paragraph
 */
import type { Block } from '../blocks.js';
import { numberPrefix, partText } from '../findings.js';
import { textOf } from '../inline.js';
import type { FindingDraft, Handler, Walk } from '../walk.js';

export const numberedFinding: Handler = {
  name: 'finding',
  enter(walk, i) {
    const b = walk.blocks[i]!;
    const number = numberOf(walk, b);
    if (!number) return undefined;
    startFinding(walk, number.id, b, number.body);
    return i + 1;
  },
};

export const findingContinuation: Handler = {
  name: 'finding-continuation',
  enter(walk, i) {
    const open = walk.finding;
    if (!open) return undefined;
    if (continues(walk, open, i)) {
      open.parts.push({ block: walk.blocks[i]!, from: 0 });
      return i + 1;
    }
    walk.finding = null;
    return undefined;
  },
};

export function startFinding(walk: Walk, id: string, b: Block, body: number): void {
  walk.rec = null;
  if (!id.includes('.')) walk.lastBare = Math.max(walk.lastBare, Number(id));
  const finding = { id, part: walk.part, parts: [{ block: b, from: body }], section: walk.section };
  walk.finding = finding;
  walk.findings.push(finding);
  if (walk.section) walk.section.findings++;
}

/** The paragraph number a block opens with, and where its text starts. */
export function numberOf(walk: Walk, b: Block): { id: string; body: number } | null {
  const list = b.list;
  if (list?.ordered && list.first && list.marker !== null) {
    // An ordered list continues the paragraph numbering, unless it is
    // nested, or restarts at or below it, inside an open finding: then it
    // is a numbered list within that finding's text.
    if (walk.finding && (list.depth > 1 || walk.subLists.has(list.listId))) return null;
    if (walk.finding && list.marker === list.listStart && list.marker <= walk.lastBare) {
      walk.subLists.add(list.listId);
      return null;
    }
    return { id: String(list.marker), body: 0 };
  }
  if (list && (!list.first || list.depth > 1)) return null;
  return numberPrefix(b.inline);
}

/** A cheap look for a paragraph number, for looking ahead. */
export function looksNumbered(b: Block): boolean {
  if (b.list) return b.list.ordered && b.list.first && b.list.depth === 1;
  return b.type === 'paragraph' && numberPrefix(b.inline) !== null;
}

/**
 * Whether an unnumbered block continues the open finding: a list or table
 * right after it, a sentence broken by a page break, or any paragraph that
 * sits between two numbered paragraphs of one section (seed 4.17). Text
 * after a section's last finding that starts a new sentence (a closing
 * note, a publisher's footer) is the section's own.
 */
function continues(walk: Walk, open: FindingDraft, i: number): boolean {
  const b = walk.blocks[i]!;
  if (b.list || b.type === 'row') return true;
  if (/^[a-z(]/.test(textOf(b.inline))) return true;
  // A closing note or citation in brackets ("… weakness. [Note: …]", "remain.[12]") does not leave it unfinished.
  const last = partText(open.parts.at(-1)!).replace(/(?:\s*\[[^[\]]*\])+$/, '');
  if (!/[.!?…]['"”’)\]]*$/.test(last)) return true;
  return walk.numberedAhead[i]!;
}
