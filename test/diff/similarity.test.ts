/**
 * The similarity that pairs reworded findings and recommendations, and why
 * the default threshold is 0.5: in the five real reports no two different
 * recommendations (or findings) reach it, and every rewording in the
 * fixtures does.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/diff/diff-reports.js';
import { DEFAULT_THRESHOLD, similarity, similarityAtLeast, wordDiff } from '../../src/diff/similarity.js';
import { parseReport } from '../../src/index.js';
import { REPORT_FIXTURES } from '../helpers/expected.js';
import { diffCase, reportAt } from './helpers.js';

const REPORTS = REPORT_FIXTURES.map((name) => [name, reportAt(`fixtures/${name}/input.md`)] as const);

/** Every pair of different texts among `texts`. */
function pairsOf(texts: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) if (texts[i] !== texts[j]) out.push([texts[i]!, texts[j]!]);
  return out;
}

describe('similarity', () => {
  it('is the share of tokens the word diff keeps: 2 × kept / (old + new)', () => {
    // Newham's R7 and R10: 14 and 11 tokens ("life-story" is three), keeping
    // "The quality … of … for … children ." = 6 in order: 12/25.
    const r7 = 'The quality and effectiveness of safety planning for children at risk of exploitation.';
    const r10 = 'The quality of life-story work for all children.';
    expect(similarity(r7, r10)).toBe(12 / 25);
    expect(similarity('Essex PCTs to act.', 'Essex PCTs to act.')).toBe(1);
    expect(similarity('alpha beta', 'gamma delta')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });

  it('ranks a word kept out of order below one kept in order', () => {
    expect(similarity('staff are available when required', 'when required staff are available')).toBeLessThan(
      similarity('staff are available when required', 'staff are available if required'),
    );
  });

  test.prop([fc.string(), fc.string(), fc.double({ min: 0.05, max: 1, noNaN: true })])(
    'the bounded comparer agrees with the exact score on either side of the threshold',
    (a, b, threshold) => {
      const exact = similarity(a, b);
      const bounded = similarityAtLeast(threshold)(a, b);
      if (exact >= threshold) expect(bounded).toBeCloseTo(exact, 10);
      else expect(bounded).toBeNull();
    },
  );

  test.prop([fc.array(fc.constantFrom('the', 'staff', 'Essex', 'PCTs', ',', '.', 'care', 'to', 'ensure', '-', 'life', '’s'), { maxLength: 30 }), fc.array(fc.constantFrom('the', 'staff', 'Essex', 'PCTs', ',', '.', 'new', 'to', 'ensure'), { maxLength: 30 })])(
    'gives a word diff whose kept and deleted runs spell the old text, and kept and inserted runs the new (up to spacing)',
    (oldWords, newWords) => {
      const a = oldWords.join(' ');
      const b = newWords.join(' ');
      const runs = wordDiff(a, b);
      // jsdiff keeps the spaces of a kept run from the new text, so only the spacing may differ.
      const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
      const spell = (op: 'delete' | 'insert') => spaced(runs.filter((r) => r.op === 'equal' || r.op === op).map((r) => r.text).join(''));
      expect(spell('delete')).toBe(spaced(a));
      expect(spell('insert')).toBe(spaced(b));
    },
  );
});

describe(`the default threshold (${DEFAULT_THRESHOLD})`, () => {
  it.each(REPORTS)('keeps every two different recommendations of %s apart', (_name, report) => {
    const scores = pairsOf(report.recommendations.map((r) => r.text)).map(([a, b]) => similarity(a, b));
    expect(scores.filter((s) => s >= DEFAULT_THRESHOLD)).toEqual([]);
  });

  it('has the closest two different recommendations of the five reports just below it: Newham R7 and R10 at 0.48', () => {
    const scores = REPORTS.flatMap(([, report]) => pairsOf(report.recommendations.map((r) => r.text)).map(([a, b]) => similarity(a, b)));
    expect(Math.max(...scores)).toBe(0.48);
  });

  it.each(REPORTS)('keeps every two different findings of %s apart', (_name, report) => {
    const atLeast = similarityAtLeast(DEFAULT_THRESHOLD);
    expect(pairsOf(report.findings.map((f) => f.text)).filter(([a, b]) => atLeast(a, b) !== null)).toEqual([]);
  });

  it('pairs every rewording in the fixtures, the heaviest (follow-up R2, 0.529) just above it', () => {
    const reworded = [...diffCase('follow-up').recommendations, ...diffCase('light-edits').recommendations].filter((r) => r.status === 'reworded');
    expect(reworded.map((r) => r.similarity)).toEqual([0.529, 0.854, 0.75, 0.957]);
  });

  it.each([
    // The Haringey follow-up's "almost met" recommendation, as a follow-up might reword it.
    [
      'Haringey Teaching PCT to ensure there are sufficient appropriately qualified paediatric staff available when required',
      'Haringey Teaching PCT to continue to ensure that sufficient appropriately qualified paediatric staff are available when required',
    ],
    [
      'Essex PCTs to review and address lack of capacity and consistency of practice across the county within the looked after children nurse service',
      'Essex PCTs to address the remaining gaps in capacity of the looked after children nurse service across the county',
    ],
    [
      'Mid Essex Hospitals to review its approach to involvement of fathers, particularly young fathers, to encourage parenting skills and responsibility',
      'Mid Essex Hospitals to put in place specific support for young fathers, to encourage parenting skills and responsibility',
    ],
  ])('calls "%s" reworded as "%s"', (a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('separates where it should: below 0.48 two different Newham recommendations would be paired as one reworded', () => {
    const report = (item: string) => parseReport(`## 1 Recommendations\n\nThe local authority should improve:\n\n- ${item}\n`);
    const old = report('The quality and effectiveness of safety planning for children at risk of exploitation.');
    const next = report('The quality of life-story work for all children.');
    expect(diffReports(old, next).recommendations.map((r) => r.status)).toEqual(['new', 'dropped']);
    expect(diffReports(old, next, { threshold: 0.45 }).recommendations.map((r) => r.status)).toEqual(['reworded']);
  });
});
