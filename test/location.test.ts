/** Offsets → points: the one location utility the readers and the extractor share. */
import { describe, expect, it } from 'vitest';
import { createLocator, itself, lastAtOrBefore } from '../src/location.js';

describe('lastAtOrBefore finds the last item at or before a value', () => {
  it.each([
    [[0, 10, 20], 0, 0],
    [[0, 10, 20], 9, 0],
    [[0, 10, 20], 10, 1],
    [[0, 10, 20], 25, 2],
    [[5, 10], 2, 0],
    [[7], 100, 0],
  ])('%j at %i → %i', (values, value, index) => {
    expect(lastAtOrBefore(values, value, itself)).toBe(index);
  });

  it('reads keys from objects', () => {
    expect(lastAtOrBefore([{ at: 0 }, { at: 4 }, { at: 9 }], 5, (item) => item.at)).toBe(1);
  });
});

describe('createLocator maps offsets to lines and columns', () => {
  it.each([
    ['ab\ncd', 0, { line: 1, column: 1, offset: 0 }],
    ['ab\ncd', 2, { line: 1, column: 3, offset: 2 }],
    ['ab\ncd', 3, { line: 2, column: 1, offset: 3 }],
    ['ab\ncd', 99, { line: 2, column: 3, offset: 5 }],
    ['ab\r\ncd', 4, { line: 2, column: 1, offset: 4 }],
    ['ab\rcd', 3, { line: 2, column: 1, offset: 3 }],
    ['', 0, { line: 1, column: 1, offset: 0 }],
  ])('%j at %i', (text, offset, point) => {
    expect(createLocator(text).point(offset)).toEqual(point);
  });

  it('gives a position whose end is never before its start', () => {
    expect(createLocator('abc').position(2, 1)).toEqual({ start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 3, offset: 2 } });
  });
});
