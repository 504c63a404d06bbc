/**
 * The two follow-ups written from the seed (fixtures/follow-up/*): each
 * earlier recommendation gets the status and basis written in expected.json
 * before the code existed, with the evidence that justifies it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followUp } from '../../src/follow-up/index.js';
import { parseReport } from '../../src/index.js';

interface Expected {
  earlier: string;
  later: string;
  statuses: Array<{ earlier: string; words: string; status: string; basis: string; asks?: string[] }>;
  summary: string;
}

const CASES = ['essex-2011-review', 'essex-2012-inspection'];

const read = (path: string) => parseReport(readFileSync(path, 'utf8'), { path });

describe('the review written from the seed', () => {
  // Read by hand: section 2 "Recommendations" makes three (two within 3 months, one within 6), and the next steps ask
  // for an action plan; section 1's "Recommendation N asked …" paragraphs report on the seed's and are findings.
  it('makes only the recommendations of its own section 2', () => {
    const later = read('fixtures/follow-up/essex-2011-review/later.md');
    expect(later.recommendations.map((r) => [r.timescale?.text, r.text.slice(0, 40)])).toEqual([
      ['Within 3 months', 'Essex PCTs to increase the number of hea'],
      ['Within 3 months', 'Essex PCTs to address the capacity of th'],
      ['Within 6 months', 'Essex PCTs to appoint a substantive desi'],
    ]);
    expect(later.findings.filter((f) => /^Recommendations? \d+/.test(f.text))).toHaveLength(10);
  });
});

describe.each(CASES)('following the seed up in %s', (name) => {
  const expected: Expected = JSON.parse(readFileSync(`fixtures/follow-up/${name}/expected.json`, 'utf8'));
  const result = followUp(read(expected.earlier), read(expected.later));

  it.each(expected.statuses.map((s) => [s.earlier, s] as const))('gives %s the status written down by hand', (id, want) => {
    const got = result.results.find((r) => r.id === id)!;
    expect(got.text.startsWith(want.words)).toBe(true);
    expect({ status: got.status, basis: got.basis }).toEqual({ status: want.status, basis: want.basis });
    if (want.asks) expect(got.asks.map((a) => a.status)).toEqual(want.asks);
  });

  it('sums up as written down', () => {
    expect(result.summary).toBe(expected.summary);
  });

  it('quotes a sentence of the later report for every status but "not assessed"', () => {
    const text = readFileSync(expected.later, 'utf8').replace(/\s+/g, ' ');
    for (const r of result.results.filter((x) => x.status !== 'not-assessed')) {
      const evidence = r.asks.flatMap((a) => a.evidence);
      expect(evidence.length, r.id).toBeGreaterThan(0);
      for (const e of evidence) expect(text, `${r.id}: ${e.sentence}`).toContain(e.sentence.split(/(?<=\.) /)[0]!);
    }
  });
});

describe('what decided', () => {
  const expected: Expected = JSON.parse(readFileSync('fixtures/follow-up/essex-2011-review/expected.json', 'utf8'));
  const result = followUp(read(expected.earlier), read(expected.later));
  const of = (id: string) => result.results.find((r) => r.id === id)!.asks[0]!;

  it('names the verdict a stated status rests on, and the finding with it', () => {
    expect(of('R5').decidedBy.map((c) => c.phrase)).toEqual(['has been met']);
    expect(of('R5').evidence[0]).toMatchObject({ kind: 'finding', id: '1.5', stated: true, sentence: expect.stringContaining('all three trusts inspected are now compliant with level 3 safeguarding training. This recommendation has been met.') });
  });

  it('gives a repeated recommendation the later recommendation that repeats it', () => {
    expect(of('R6').repeatedBy).toMatchObject({ text: expect.stringMatching(/^Essex PCTs to increase the number of health visitors/) });
  });

  it('reads "Recommendations 9 and 10 … were outside the scope" for both', () => {
    expect([of('R9').reason, of('R10').reason]).toEqual([expect.stringContaining('outside the scope'), expect.stringContaining('outside the scope')]);
  });
});

describe('the JSON it prints', () => {
  it.each(CASES)('matches the published follow-up schema for %s', async (name) => {
    const { FollowUp } = await import('../../src/follow-up/schema.js');
    const expected: Expected = JSON.parse(readFileSync(`fixtures/follow-up/${name}/expected.json`, 'utf8'));
    const result = followUp(read(expected.earlier), read(expected.later));
    expect(FollowUp.safeParse(JSON.parse(JSON.stringify(result))).error).toBeUndefined();
  });
});

describe('a report followed up by itself', () => {
  it.each(['fixtures/essex-2010-cqc-safeguarding-lac/input.md', 'fixtures/ofsted-norfolk-lac-2013/input.md', 'fixtures/ofsted-newham-ilacs-2019/input.md', 'fixtures/ofsted-derbyshire-sif-2014/input.md'])(
    'finds every recommendation of %s repeated',
    (path) => {
      const report = read(path);
      const result = followUp(report, report);
      expect(result.results.length).toBeGreaterThan(0);
      expect(result.results.filter((r) => r.status !== 'repeated').map((r) => r.id)).toEqual([]);
    },
  );
});

describe('a statement about another report', () => {
  it('is not read as stated progress when it names another year than the earlier report’s', () => {
    const earlier = read('fixtures/essex-2010-cqc-safeguarding-lac/input.md');
    // The inferred follow-up, its finding on the IT strategy replaced by one about another report and one about ours.
    const text = readFileSync('fixtures/follow-up/essex-2012-inspection/later.md', 'utf8').replace(
      /^6\.1 .*$/m,
      [
        '6.1 The integrated IT strategy to link children’s services and health partners has been implemented since the last inspection in 2006.',
        '',
        '6.2 The integrated IT strategy to link children’s services and health partners has not been agreed since the last inspection.',
      ].join('\n'),
    );
    const later = parseReport(text, { path: 'later.md' });
    const r11 = followUp(earlier, later).results.find((r) => r.id === 'R11')!;
    const stated = r11.asks[0]!.evidence.filter((e) => e.stated).map((e) => e.id);
    expect(stated).toEqual(['6.2']);
  });
});
