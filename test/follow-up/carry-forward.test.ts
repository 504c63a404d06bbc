/** An action plan for the later report that carries forward what is still open of the earlier one. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildActionPlan } from '../../src/action-plan/index.js';
import { carryForward } from '../../src/action-plan/carry-forward.js';
import { followUp } from '../../src/follow-up/index.js';
import { parseReport } from '../../src/index.js';
import { runInProcess } from '../helpers/cli.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const LATER = 'fixtures/follow-up/essex-2012-inspection/later.md';
const read = (path: string) => parseReport(readFileSync(path, 'utf8'), { path });

describe('carryForward', () => {
  const earlier = read(SEED);
  const later = read(LATER);
  const plan = carryForward(buildActionPlan(later), earlier, followUp(earlier, later));

  it('keeps the later report’s own rows first and marks those that repeat an earlier recommendation', () => {
    expect(plan.rows.slice(0, 3).map((r) => r.reference)).toEqual(['R1', 'R2', 'R3']);
    expect(plan.rows[0]!.text).toMatch(/\[repeats 2010 R6\]$/);
    expect(plan.rows[1]!.text).toMatch(/\[repeats 2010 R10\]$/);
    expect(plan.rows[2]!.text).not.toMatch(/repeats/);
  });

  it('adds a row for each earlier recommendation not met, partly met or not assessed, and none for the met or repeated', () => {
    expect(plan.rows.slice(3).map((r) => r.reference)).toEqual(['2010 R1', '2010 R3', '2010 R4', '2010 R7', '2010 R8', '2010 R11']);
    expect(plan.rows[3]).toMatchObject({ owner: 'Essex PCTs', timescale: 'Carried forward', due: null, text: expect.stringMatching(/\[carried forward: partly met in the later report\]$/) });
  });
});

describe('inspect action-plan --carry-forward', () => {
  it('writes the carried rows into the plan', async () => {
    const result = await runInProcess(['action-plan', LATER, '--carry-forward', SEED, '--format', 'csv']);
    expect(result.code, result.stderr).toBe(0);
    const refs = result.stdout.split('\r\n').map((l) => l.split(',')[0]);
    expect(refs).toEqual(expect.arrayContaining(['R1', '2010 R3', '2010 R11']));
    expect(refs).not.toContain('2010 R9');
  });
});
