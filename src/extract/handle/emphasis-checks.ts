/**
 * Emphasis, checked over the whole document before the walk: markers that
 * open or close nothing (removed from the text), and markers that open and
 * never close. Headings are left out of the second check.
 */
import { resolveEmphasis, unclosedOpeners } from '../emphasis.js';
import { offsetAt } from '../inline.js';
import { warn, type Walk } from '../walk.js';

export function checkEmphasis(walk: Walk): void {
  const { blocks, headingLike, locate } = walk;
  for (const problem of resolveEmphasis(
    blocks.map((b) => b.inline),
    headingLike,
  )) {
    const t = blocks[problem.block]!.inline;
    const marker = t.raw.slice(problem.marker.at, problem.marker.at + problem.marker.length);
    warn(
      walk,
      'emphasis-stray',
      'warning',
      `Unmatched \`${marker}\`: no emphasis opens or closes here (removed from the text)`,
      locate.position(offsetAt(t, problem.marker.at), offsetAt(t, problem.marker.at + problem.marker.length)),
    );
  }
  blocks.forEach((b, i) => {
    if (headingLike[i]) return;
    for (const at of unclosedOpeners(b.inline)) {
      const marker = b.inline.raw[at]!;
      warn(walk, 'emphasis-unclosed', 'warning', `Unclosed \`${marker}\`: emphasis opens here and never closes`, locate.position(offsetAt(b.inline, at), offsetAt(b.inline, at + 1)));
    }
  });
}
