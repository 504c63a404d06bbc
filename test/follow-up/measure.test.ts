/**
 * Prints the real-pair figures while developing (not a check): run with
 * `npx vitest run test/follow-up/measure.test.ts`.
 */
import { it } from 'vitest';
import { disagreements, labelledRows, scoreTable } from './labels.js';

it('prints precision and recall against the hand labels', { timeout: 120_000 }, async () => {
  const rows = await labelledRows(process.env.FU_OPTS ? JSON.parse(process.env.FU_OPTS) : {});
  console.log(`${scoreTable(rows)}\n\n${disagreements(rows)}`);
});
