import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { hasPart } from '../../src/schema/parts.js';

const text = (withBoard: boolean) =>
  [
    '# Inspection of Testshire local authority children’s services',
    '',
    '## Findings',
    '',
    '1. Practice with children who go missing is strong.',
    '',
    ...(withBoard ? ['## Review of the effectiveness of the Local Safeguarding Children Board', '', '2. The Board meets monthly.', ''] : []),
  ].join('\n');

describe('hasPart', () => {
  it('finds the Board review of a single inspection, and the main part of every report', () => {
    const report = parseReport(text(true), { path: 'with-board.md' });
    expect(hasPart(report, 'lscb')).toBe(true);
    expect(hasPart(report, 'main')).toBe(true);
  });

  it('finds no Board review where the report has none', () => {
    expect(hasPart(parseReport(text(false), { path: 'without.md' }), 'lscb')).toBe(false);
  });
});
