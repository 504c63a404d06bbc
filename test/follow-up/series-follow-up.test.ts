/**
 * `inspect series --follow-up`: each inspection follows up the one before,
 * with the statuses `inspect follow-up` gives the same two reports, and
 * repeats of repeats join into the recommendations that recur.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followUp } from '../../src/follow-up/follow-up.js';
import { openIndex } from '../../src/index-db/open.js';
import { withFollowUps } from '../../src/index-db/series-follow-up.js';
import { series } from '../../src/index-db/series.js';
import { parseDocument } from '../../src/parse-document.js';
import { runInProcess } from '../helpers/cli.js';
import { followUpIndex, indexWithACopy, LATER, REVIEW, REVIEW_AGAIN, SEED } from './index-fixture.js';

const DB = await followUpIndex();
const read = async (path: string) => parseDocument(readFileSync(path), { path });

describe('a series with its follow-ups', { timeout: 60_000 }, () => {
  it('gives each inspection after the first the statuses of `follow-up` of the one before', async () => {
    const db = await openIndex(DB);
    const result = withFollowUps(db, series(db, 'essex'));
    db.close();
    expect(result.inspections.map((i) => i.source)).toEqual([SEED, REVIEW, LATER]);
    expect(result.inspections[0]!.followUp).toBeNull();
    const [seed, review, later] = await Promise.all([read(SEED), read(REVIEW), read(LATER)]);
    for (const [at, earlier, report] of [[1, seed, review], [2, review, later]] as const) {
      const direct = followUp(earlier, report);
      expect(result.inspections[at]!.followUp).toMatchObject({ of: earlier.source.path, summary: direct.summary, counts: direct.counts, stated: direct.stated });
      expect(result.inspections[at]!.followUp!.open).toBe(direct.counts['not-met'] + direct.counts['partly-met'] + direct.counts['not-assessed']);
    }
  });

  it('joins repeats across inspections: health visiting capacity, asked in 2010, again in 2011 and again in 2012', async () => {
    const db = await openIndex(DB);
    const result = withFollowUps(db, series(db, 'essex'));
    db.close();
    const chains = result.recurrences!.map((r) => r.chain.map((c) => `${c.date?.slice(0, 4)} ${c.id}`));
    // Read by hand: the seed's R6 (capacity in health visiting and school nursing) is the review's R1 ("increase the
    // number of health visitors and school nurses", the first of its own three) and the 2012 inspection's R1
    // ("increase the capacity of health visiting and school nursing"); the seed's R8 (the looked after children nurse
    // service) is the review's R2.
    expect(chains).toContainEqual(['2010 R6', '2011 R1', '2012 R1']);
    expect(chains).toContainEqual(['2010 R8', '2011 R2']);
  });
});

describe('a series in which one inspection is held in two files', { timeout: 60_000 }, () => {
  it('marks the second file as the same inspection, and follows the next inspection up from the first, never a file by its copy', async () => {
    const db = await openIndex(await indexWithACopy());
    const result = withFollowUps(db, series(db, 'essex'));
    db.close();
    expect(result.inspections.map((i) => [i.source, i.sameAs])).toEqual([
      [SEED, null],
      [REVIEW_AGAIN, null],
      [REVIEW, REVIEW_AGAIN],
      [LATER, null],
    ]);
    expect(result.inspections.map((i) => i.followUp?.of ?? null)).toEqual([null, SEED, null, REVIEW_AGAIN]);
  });
});

describe('inspect series --follow-up', { timeout: 60_000 }, () => {
  it('adds the follow-up of the previous inspection and what it recommends again to the table', async () => {
    const result = await runInProcess(['series', 'essex', '--db', DB, '--follow-up', '--format', 'table']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Previous recommendations');
    expect(result.stdout).toContain('Recommended again');
  });

  it('leaves the series as it was without --follow-up', async () => {
    const result = await runInProcess(['series', 'essex', '--db', DB, '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(json.recurrences).toBeUndefined();
    expect(json.inspections[1].followUp).toBeUndefined();
  });
});
