/**
 * The tool against the hand labels of three real pairs of inspections
 * (fixtures/follow-up/labels.json): prints precision and recall of each
 * status, and checks that the README quotes exactly what it prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledRows, LABELS, scoreTable, type Row } from './labels.js';

describe('the real pairs against their hand labels', { timeout: 120_000 }, () => {
  let rows: Row[];

  it('finds every labelled recommendation among the earlier reports’ recommendations', async () => {
    rows = await labelledRows();
    expect(rows).toHaveLength(LABELS.pairs.reduce((n, p) => n + p.labels.length, 0));
  });

  it('prints the precision and recall the README quotes', () => {
    const table = scoreTable(rows);
    console.log(table);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(table);
  });
});
