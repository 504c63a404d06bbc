import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/format/json-chunks.js';
import { parseReport } from '../../src/index.js';
import { markdownFixtures, readFixture } from '../helpers/fixtures.js';

describe('jsonChunks', () => {
  it('joins to exactly JSON.stringify of every fixture report, pretty and compact', () => {
    for (const name of markdownFixtures()) {
      const report = parseReport(readFixture(name), { path: name });
      expect([...jsonChunks(report)].join('')).toBe(JSON.stringify(report, null, 2));
      expect([...jsonChunks(report, 0)].join('')).toBe(JSON.stringify(report));
    }
  });

  it('keeps every piece to one member of the top two levels', () => {
    const report = parseReport(readFixture('essex-2010-cqc-safeguarding-lac'));
    const whole = JSON.stringify(report, null, 2).length;
    const largest = Math.max(...[...jsonChunks(report)].map((piece) => piece.length));
    const members: unknown[] = Object.values(report).flatMap((value: unknown) => (Array.isArray(value) ? value : [value]));
    const largestMember = Math.max(...members.map((member) => JSON.stringify(member, null, 2)?.length ?? 0));
    expect(largest).toBeLessThanOrEqual(largestMember * 1.2);
    expect(largest).toBeLessThan(whole / 5);
  });

  it('leaves out undefined members of objects and writes those of arrays as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: undefined } };
    for (const indent of [0, 2]) expect([...jsonChunks(value, indent)].join('')).toBe(JSON.stringify(value, null, indent));
  });

  test.prop([fc.jsonValue(), fc.constantFrom(0, 2, 4), fc.integer({ min: 0, max: 4 })])(
    'joins to JSON.stringify for any JSON value, indent and depth',
    (value, indent, depth) => {
      expect([...jsonChunks(value, indent, depth)].join('')).toBe(JSON.stringify(value, null, indent));
    },
  );
});
