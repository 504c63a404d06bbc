/** The staged alignment of two lists that every part of the diff uses. */
import { describe, expect, it } from 'vitest';
import { Alignment } from '../../src/diff/align.js';

const keys = (s: string) => s.split('');

describe('Alignment', () => {
  it('pairs equal keys in order, the first free one each time, and never a null key', () => {
    const a = new Alignment(4, 4).byKey(['x', 'y', 'x', null], ['x', 'x', 'z', null]);
    expect(a.oldTo).toEqual([0, null, 1, null]);
    expect(a.newTo).toEqual([0, 2, null, null]);
  });

  it('lets a later stage pair only what the earlier stages left', () => {
    const a = new Alignment(2, 2).byKey(['a', 'b'], ['b', 'c']).byKey(['1', '2'], ['1', '2']);
    // The first stage paired old 1 with new 0 ("b"), so the second cannot give new 0 to old 0 ("1").
    expect(a.oldTo).toEqual([null, 0]);
    expect(new Alignment(2, 2).byKey(['1', '2'], ['1', '2'], (i) => (i === 0 ? null : 0.7)).score).toEqual([null, 0.7]);
  });

  it('pairs by similarity best first, ties in document order', () => {
    const score = [
      [0.6, 0.9],
      [0.9, null],
    ];
    const a = new Alignment(2, 2).bySimilarity((i, j) => score[i]![j]!);
    expect(a.oldTo).toEqual([1, 0]);
  });

  it('merges both lists in the new order, each old-only item before the next pair that follows it', () => {
    // old a b c d, new a x c d e: b removed, x and e added.
    const a = new Alignment(4, 5).byKey(keys('abcd'), keys('axcde'));
    expect(a.merged()).toEqual([
      { old: 0, new: 0 },
      { old: null, new: 1 },
      { old: 1, new: null },
      { old: 2, new: 2 },
      { old: 3, new: 3 },
      { old: null, new: 4 },
    ]);
  });

  it('finds the items that left their order: the ones outside the longest run that keeps it', () => {
    // c moved from third to last: a b d e keep their order.
    expect(new Alignment(5, 5).byKey(keys('abcde'), keys('abdec')).outOfOrder()).toEqual(new Set([2]));
    expect(new Alignment(3, 3).byKey(keys('abc'), keys('abc')).outOfOrder()).toEqual(new Set());
  });
});
