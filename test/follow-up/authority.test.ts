/** Telling whether two reports are of one authority, so that a follow-up across authorities is flagged. */
import { describe, expect, it } from 'vitest';
import { sameAuthority } from '../../src/follow-up/authority.js';

describe('sameAuthority', () => {
  it.each([
    ['Kingston Upon Hull City Council', 'Hull', true],
    ['London Borough of Haringey', 'Haringey', true],
    ['Bury Council', 'Bury', true],
    ['Calderdale Metropolitan Council', 'London Borough of Croydon', false],
    ['Mid Essex PCT (plus mid Essex NHS Trust)', 'Norfolk County Council', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameAuthority(a, b)).toBe(same);
  });

  it('does not know when either report names none, or only generic words', () => {
    expect(sameAuthority(null, 'Bury')).toBeNull();
    expect(sameAuthority('Local authority children’s services', 'Bury')).toBeNull();
  });
});
