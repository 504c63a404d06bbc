/**
 * A report too slow to parse within a time limit on any machine, for the
 * tests of `--timeout`. Tests of a time limit must pass on a machine many
 * times faster (CI) or slower (eight busy processes on two cores) than this
 * one, so the margins are wide both ways: the slow report (the seed 16 times
 * over, 20 MB) takes about half a minute here and many seconds on the
 * fastest machine, while the seed, the first file of a cold worker, takes a
 * tenth of a second here and under two seconds on a loaded machine. It is
 * given up on, so its size costs a test only the limit's wait.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Seconds: the `--timeout` that parts the slow report from the seed. */
export const LIMIT_SECONDS = 5;

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';

/** Write the slow report to `path` and give `path` back. */
export function writeSlowReport(path: string): string {
  const seed = readFileSync(SEED, 'utf8');
  writeFileSync(path, seed.repeat(Math.ceil(20_000_000 / seed.length)));
  return path;
}
