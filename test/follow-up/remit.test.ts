/** Which families inspect the same services, so that a follow-up across remits is flagged. */
import { describe, expect, it } from 'vitest';
import { differentRemits } from '../../src/follow-up/remit.js';

describe('differentRemits', () => {
  it.each([
    ['sif', 'ilacs'],
    ['focused-visit', 'ilacs'],
    ['lac', 'ilacs'],
    ['cqc-safeguarding', 'cqc-safeguarding'],
  ] as const)('takes %s then %s for one remit, as the families of children’s social care follow one another', (a, b) => expect(differentRemits(a, b)).toBeNull());

  it.each([
    ['sif', 'area-send', ['children-social-care', 'send']],
    ['cqc-safeguarding', 'focused-visit', ['health', 'children-social-care']],
  ] as const)('tells %s then %s apart', (a, b, remits) => expect(differentRemits(a, b)).toEqual(remits));

  it('says nothing of a report whose family is unknown', () => {
    expect(differentRemits('unknown', 'area-send')).toBeNull();
    expect(differentRemits(undefined, 'ilacs')).toBeNull();
  });
});
