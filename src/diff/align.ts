/**
 * Aligning two lists of items (old and new) in stages: each stage pairs some
 * of the items the earlier stages left, so the strongest evidence wins.
 */

export type Compare = (oldIndex: number, newIndex: number) => number | null;

export class Alignment {
  /** For each old item, the index of its new item, or null. */
  readonly oldTo: Array<number | null>;
  /** For each new item, the index of its old item, or null. */
  readonly newTo: Array<number | null>;
  /** For each old item, the similarity of its pair. */
  readonly score: Array<number | null>;

  constructor(oldCount: number, newCount: number) {
    this.oldTo = Array.from({ length: oldCount }, () => null);
    this.newTo = Array.from({ length: newCount }, () => null);
    this.score = Array.from({ length: oldCount }, () => null);
  }

  pair(oldIndex: number, newIndex: number, score: number): void {
    this.oldTo[oldIndex] = newIndex;
    this.newTo[newIndex] = oldIndex;
    this.score[oldIndex] = score;
  }

  /**
   * Pair the free items whose keys are equal (null keys never pair), in
   * order: each old item takes the first free new item with its key that
   * `accept` scores (default: 1).
   */
  byKey(oldKeys: Array<string | null>, newKeys: Array<string | null>, accept: Compare = () => 1): this {
    const free = new Map<string, number[]>();
    newKeys.forEach((key, j) => {
      if (key === null || this.newTo[j] !== null) return;
      const list = free.get(key);
      if (list) list.push(j);
      else free.set(key, [j]);
    });
    oldKeys.forEach((key, i) => {
      if (key === null || this.oldTo[i] !== null) return;
      const candidates = free.get(key);
      if (!candidates) return;
      for (let k = 0; k < candidates.length; k++) {
        const j = candidates[k]!;
        const score = accept(i, j);
        if (score === null) continue;
        this.pair(i, j, score);
        candidates.splice(k, 1);
        return;
      }
    });
    return this;
  }

  /** Pair the free items by similarity, best pair first (ties: document order). */
  bySimilarity(compare: Compare): this {
    const candidates: Array<[number, number, number]> = [];
    this.oldTo.forEach((to, i) => {
      if (to !== null) return;
      this.newTo.forEach((from, j) => {
        if (from !== null) return;
        const score = compare(i, j);
        if (score !== null) candidates.push([i, j, score]);
      });
    });
    candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
    for (const [i, j, score] of candidates) {
      if (this.oldTo[i] === null && this.newTo[j] === null) this.pair(i, j, score);
    }
    return this;
  }

  /**
   * Both lists merged in the new document's order: pairs and new-only items
   * in new order, each old-only item just before the first pair that comes
   * after it in the old order.
   */
  merged(): Array<{ old: number | null; new: number | null }> {
    const out: Array<{ old: number | null; new: number | null }> = [];
    let next = 0;
    const flushOldBefore = (limit: number) => {
      for (; next < limit; next++) if (this.oldTo[next] === null) out.push({ old: next, new: null });
    };
    this.newTo.forEach((i, j) => {
      if (i !== null) {
        flushOldBefore(i);
        next = Math.max(next, i + 1);
      }
      out.push({ old: i, new: j });
    });
    flushOldBefore(this.oldTo.length);
    return out;
  }

  /**
   * The old indices of pairs that left their order: the pairs outside one
   * longest run whose old and new orders agree.
   */
  outOfOrder(): Set<number> {
    const pairs = this.oldTo.flatMap((j, i) => (j === null ? [] : [[i, j] as const]));
    // Longest increasing subsequence of the new indices (patience sorting).
    const tails: number[] = [];
    const previous: number[] = [];
    pairs.forEach(([, j], k) => {
      let low = 0;
      let high = tails.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (pairs[tails[mid]!]![1] < j) low = mid + 1;
        else high = mid;
      }
      previous[k] = low > 0 ? tails[low - 1]! : -1;
      tails[low] = k;
    });
    const inOrder = new Set<number>();
    for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) inOrder.add(pairs[k]![0]);
    return new Set(pairs.map(([i]) => i).filter((i) => !inOrder.has(i)));
  }
}
