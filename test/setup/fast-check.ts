/**
 * `npm test` runs the property tests on one fixed seed, so that CI checks the
 * same generated documents every time and a failure can be replayed;
 * FC_SEED=<n> runs another set, and `npm run fuzz` explores at random.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_100_823) });
