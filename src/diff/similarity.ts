/**
 * Text similarity and the word diff, both from jsdiff's `diffWords`, so that
 * the score that pairs two texts and the diff shown for them agree.
 *
 * similarity = 2 × kept / (old tokens + new tokens), where tokens are jsdiff's
 * word tokens (words and punctuation marks) and "kept" counts the tokens of the
 * longest common subsequence the diff finds: the ratio of Python's difflib
 * `SequenceMatcher`, over words. A reworded recommendation keeps most of its
 * words in order; two different recommendations of one report share little
 * beyond "to", "the", "and" (see test/diff/similarity.test.ts for the measured
 * separation that justifies DEFAULT_THRESHOLD).
 */
import { diffWords, wordDiff as wordTokenizer } from 'diff';
import type { WordChange } from './schema.js';

/** The default similarity needed to pair two different texts: half their tokens kept, in order. */
export const DEFAULT_THRESHOLD = 0.5;

/** The word diff from `a` to `b`. */
export function wordDiff(a: string, b: string): WordChange[] {
  return diffWords(a, b).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}

/** The similarity of two texts, from 0 (nothing kept) to 1 (identical tokens). */
export function similarity(a: string, b: string): number {
  return ratio(a, b, tokens(a).length + tokens(b).length, Infinity) ?? 0;
}

/**
 * A comparer for many pairs: the similarity when it reaches `threshold`, else
 * null. Cheap bounds come first: the shared bag of tokens bounds the common
 * subsequence from above, and the diff gives up once it needs more edits than
 * the threshold allows.
 */
export function similarityAtLeast(threshold: number): (a: string, b: string) => number | null {
  const bags = new Map<string, { size: number; counts: Map<string, number> }>();
  const bagOf = (text: string) => {
    let bag = bags.get(text);
    if (!bag) {
      const list = tokens(text);
      const counts = new Map<string, number>();
      for (const token of list) counts.set(token, (counts.get(token) ?? 0) + 1);
      bag = { size: list.length, counts };
      bags.set(text, bag);
    }
    return bag;
  };
  return (a, b) => {
    if (a === b) return 1;
    const bagA = bagOf(a);
    const bagB = bagOf(b);
    const total = bagA.size + bagB.size;
    if (total === 0) return 1;
    let shared = 0;
    for (const [token, count] of bagA.counts) shared += Math.min(count, bagB.counts.get(token) ?? 0);
    if ((2 * shared) / total < threshold) return null;
    const score = ratio(a, b, total, Math.floor((1 - threshold) * total));
    return score !== undefined && score >= threshold ? score : null;
  };
}

function ratio(a: string, b: string, total: number, maxEditLength: number): number | undefined {
  if (total === 0) return 1;
  const changes = Number.isFinite(maxEditLength) ? diffWords(a, b, { maxEditLength }) : diffWords(a, b);
  if (!changes) return undefined;
  let kept = 0;
  for (const change of changes) if (!change.added && !change.removed) kept += change.count;
  return (2 * kept) / total;
}

function tokens(text: string): string[] {
  return wordTokenizer.tokenize(text).map((token) => token.trim());
}
