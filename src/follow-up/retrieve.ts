/**
 * Finding what the later report says about an ask: BM25 retrieval of
 * candidate passages (MiniSearch, whose scoring is BM25+), then re-ranking of
 * their sentences by stemmed, stop-worded word overlap, each word weighted by
 * how rare it is in the later report, so that sharing "children" counts for
 * little and sharing "fostering" for much.
 */
import MiniSearch from 'minisearch';
import type { Passage, Sentence } from './passages.js';
import { processTerm, tokenize } from './words.js';

/** How many passages BM25 hands to the re-ranker for each ask. */
export const RETRIEVE_TOP_K = 12;

export interface Candidate {
  passage: Passage;
  bm25: number;
}

export interface Retriever {
  /** The passages BM25 ranks highest for a text, best first. */
  retrieve(text: string, k?: number): Candidate[];
  /** The rarity weight of a stem in the later report (inverse sentence frequency). */
  weight(stem: string): number;
}

export function makeRetriever(passages: readonly Passage[]): Retriever {
  const search = new MiniSearch<{ key: number; text: string }>({
    idField: 'key',
    fields: ['text'],
    tokenize,
    processTerm,
    searchOptions: { combineWith: 'OR', tokenize, processTerm },
  });
  search.addAll(passages.map((p) => ({ key: p.key, text: p.text })));

  // Inverse document frequency over sentences: the unit evidence is quoted in.
  const frequency = new Map<string, number>();
  let count = 0;
  for (const passage of passages) {
    for (const sentence of passage.sentences) {
      count += 1;
      for (const stem of new Set(sentence.stems)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
    }
  }
  const weight = (stem: string) => Math.log(1 + count / ((frequency.get(stem) ?? 0) + 1));

  return {
    retrieve(text, k = RETRIEVE_TOP_K) {
      return search
        .search(text)
        .slice(0, k)
        .map((hit) => ({ passage: passages[hit.id as number]!, bm25: hit.score }));
    },
    weight,
  };
}

/**
 * The share of the ask's words, weighted by rarity, that the text holds: 1
 * when every content word of the ask is there.
 */
export function coverage(ask: ReadonlySet<string>, text: ReadonlySet<string>, weight: (stem: string) => number): number {
  let total = 0;
  let shared = 0;
  for (const stem of ask) {
    const w = weight(stem);
    total += w;
    if (text.has(stem)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}

/** Weighted Dice: how alike two recommendations are, whichever is longer. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (stem: string) => number): number {
  let total = 0;
  let shared = 0;
  for (const stem of a) {
    total += weight(stem);
    if (b.has(stem)) shared += 2 * weight(stem);
  }
  for (const stem of b) total += weight(stem);
  return total === 0 ? 0 : shared / total;
}

/** The stems a sentence is compared on: its own, and those of the sentence before when it leans back on it. */
export function sentenceStems(passage: Passage, index: number): Set<string> {
  const sentence: Sentence = passage.sentences[index]!;
  const stems = new Set(sentence.stems);
  if (sentence.leansBack && index > 0) for (const s of passage.sentences[index - 1]!.stems) stems.add(s);
  return stems;
}
