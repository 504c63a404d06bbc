/**
 * Inside a recommendations section every block is read here: a timescale
 * group label, a numbered introduction ("4.1 The following actions …:"),
 * an item (a list item, a numbered paragraph, or any paragraph after a
 * group label), or the section's own text, which may name who must act.
 *
 * > | Within 3 months
 * > | - Essex PCTs to ensure that …
 *     ^ a recommendation in group "Within 3 months", actor "Essex PCTs"
 */
import type { Block } from '../blocks.js';
import { linesOf, textOf } from '../inline.js';
import { groupLabel, introActorOf } from '../recommendations.js';
import { closeItems, keep, type Handler, type Walk } from '../walk.js';
import { numberOf, startFinding } from './finding.js';
import { startGroup } from './heading.js';

export const recommendationItems: Handler = {
  name: 'recommendation-items',
  enter(walk, i) {
    const section = walk.section;
    if (section?.namedKind !== 'recommendations') return undefined;
    const b = walk.blocks[i]!;
    const plain = textOf(b.inline);
    const label = !b.list ? groupLabel(b.inline) : null;
    if (label) {
      closeItems(walk);
      startGroup(walk, section, label, b);
      return i + 1;
    }
    const number = numberOf(walk, b);
    if (number && isIntroduction(walk, i, plain)) {
      startFinding(walk, number.id, b, number.body);
      section.actor = introActorOf(plain) ?? section.actor;
      return i + 1;
    }
    // A bullet with no words (a stray "◼" left by a PDF) is not a recommendation.
    if ((b.list || number || section.itemsAsParagraphs) && /[\p{L}\p{N}]/u.test(plain)) {
      const first = !b.list || (b.list.first && b.list.depth === 1) || !walk.rec;
      // Prose recommendations printed with no gap between them arrive as one block: one item each.
      const items = !b.list && !number && section.itemsAsParagraphs ? proseItems(b) : [{ from: number?.body ?? 0 }];
      for (const item of items.slice(0, -1)) {
        walk.recs.push({ parts: [{ block: b, ...item }], part: walk.part, number: null, section, group: section.group, actor: section.actor });
      }
      if (first || !walk.rec) {
        const rec = {
          parts: [{ block: b, ...items.at(-1)! }],
          part: walk.part,
          number: number?.id ?? null,
          section,
          group: section.group,
          actor: section.actor,
        };
        walk.finding = null;
        walk.rec = rec;
        walk.recs.push(rec);
      } else walk.rec.parts.push({ block: b, from: 0 });
      return i + 1;
    }
    closeItems(walk);
    section.actor = introActorOf(plain) ?? section.actor;
    keep(walk, b);
    return i + 1;
  },
};

// "The following actions …", "… should take the following action." ("following a statutory review" is not one.)
const INTRODUCES = /\b(?:the|these)\s+following\b|\bfollowing\s+(?:actions?|recommendations?|areas?|steps?)\b/i;

/**
 * The items of a block of prose recommendations: it is cut where a line
 * longer than any printed line (so a whole paragraph the PDF reader joined)
 * ends a sentence and the next line opens a new one.
 */
function proseItems(b: Block): Array<{ from: number; to?: number }> {
  const lines = linesOf(b.inline);
  const cuts = lines.flatMap(([from, to], k) => {
    const next = lines[k + 1];
    const line = textOf(b.inline, from, to);
    return next && line.length >= JOINED_PARAGRAPH && /[.!?]['’”)]*$/.test(line) && /^[A-Z]/.test(textOf(b.inline, next[0], next[1])) ? [next[0]] : [];
  });
  if (cuts.length === 0) return [{ from: 0 }];
  const starts = [0, ...cuts];
  return starts.map((from, k) => ({ from, to: k < cuts.length ? cuts[k]! - 1 : b.inline.raw.length }));
}

/** Longer than a line of print (about 100 characters): a line this long is a paragraph joined by the reader. */
const JOINED_PARAGRAPH = 160;

/** A numbered paragraph that introduces the items after it rather than being one. */
function isIntroduction(walk: Walk, i: number, plain: string): boolean {
  const b = walk.blocks[i]!;
  const next = walk.blocks[i + 1];
  const nextList = next?.list && next.list.listId !== b.list?.listId;
  return /:$/.test(plain) || INTRODUCES.test(plain) || Boolean(next && (nextList || groupLabel(next.inline)));
}
