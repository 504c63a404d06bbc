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
