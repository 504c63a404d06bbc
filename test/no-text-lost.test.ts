/**
 * Every non-blank line of every fixture ends up somewhere in the output. The
 * input side is read with mdast-util-to-string, independently of the
 * extractor's own block reader, so a block the extractor skips is caught.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { markdownFixtures, readFixture } from './helpers/fixtures.js';
import { lostLines } from './helpers/text-lost.js';

describe('no text is lost', () => {
  for (const name of markdownFixtures()) {
    it(`keeps every line of ${name}`, () => {
      const text = readFixture(name);
      expect(lostLines(text, parseReport(text))).toEqual([]);
    });
  }
});
