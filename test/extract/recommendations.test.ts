/** Who a recommendation names to act, and the groups it sits in: one case a line. */
import { describe, expect, it } from 'vitest';
import { actorOf } from '../../src/extract/recommendations.js';

describe('actorOf', () => {
  it.each([
    ['Essex PCTs to ensure that all staff are trained.', 'Essex PCTs'],
    ['The director of the service should ensure that plans are reviewed.', 'The director of the service'],
    ['The local authority should satisfy itself that all placements are safe.', 'The local authority'],
    ['The stability of the senior leadership team to support implementation of an improvement plan.', null],
    ['Ensure that return home interviews are offered to all children.', null],
    ['The quality of assessments, to ensure that they are regularly updated.', null],
  ])('%j → %j', (text, actor) => expect(actorOf(text)).toBe(actor));
});

describe('prose recommendations (area SEND)', () => {
  const long = (lead: string) => `${lead} should ensure that ${'the partnership improves the timeliness and quality of what it does '.repeat(3).trim()}.`;

  it('reads each paragraph under "Areas for improvement" as one, even two run together in one block', async () => {
    const { parseReport } = await import('../../src/index.js');
    const text = `## Areas for improvement\n\n${long('Leaders across health')}\n${long('Health commissioners')}\n\n${long('Strategic leaders')}\n`;
    const r = parseReport(text);
    expect(r.recommendations.map((x) => [x.group, x.text.split(' ').slice(0, 2).join(' ')])).toEqual([
      ['Areas for improvement', 'Leaders across'],
      ['Areas for improvement', 'Health commissioners'],
      ['Areas for improvement', 'Strategic leaders'],
    ]);
    expect(r.recommendations[1]!.position.start.line).toBe(4);
  });
});

describe('sub-bullets', () => {
  it('stay inside the recommendation they sit under', async () => {
    const { parseReport } = await import('../../src/index.js');
    const r = parseReport('## What needs to improve\n\n- The quality of plans, including:\n  - contingency plans\n  - timescales\n- Management oversight.\n');
    expect(r.recommendations.map((x) => x.text)).toEqual(['The quality of plans, including:\ncontingency plans\ntimescales', 'Management oversight.']);
  });
});
