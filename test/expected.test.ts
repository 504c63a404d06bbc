/**
 * Regression: each real report parses to its committed expected.json, and
 * the committed JSON Schema is the one the zod schema generates. After a
 * deliberate change, run `npm run regenerate` and check the diff by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffJsonSchema, followUpJsonSchema, Report, reportJsonSchema } from '../src/index.js';
import { expectedJson, REPORT_FIXTURES } from './helpers/expected.js';
import { readFixture } from './helpers/fixtures.js';

describe('committed expectations', () => {
  for (const name of REPORT_FIXTURES) {
    it(`parses ${name} to its expected.json`, () => {
      const expected = readFixture(name, 'expected.json');
      expect(Report.safeParse(JSON.parse(expected)).success).toBe(true);
      expect(expectedJson(name)).toBe(expected);
    });
  }

  it('publishes the JSON Schemas the zod schemas generate (run npm run regenerate if stale)', () => {
    expect(JSON.parse(readFileSync('schema/report.schema.json', 'utf8'))).toEqual(reportJsonSchema());
    expect(JSON.parse(readFileSync('schema/diff.schema.json', 'utf8'))).toEqual(diffJsonSchema());
    expect(JSON.parse(readFileSync('schema/follow-up.schema.json', 'utf8'))).toEqual(followUpJsonSchema());
  });

  it('gives byte-identical JSON for the same input', () => {
    expect(expectedJson(REPORT_FIXTURES[0]!)).toBe(expectedJson(REPORT_FIXTURES[0]!));
  });
});
