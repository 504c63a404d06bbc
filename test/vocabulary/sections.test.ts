/**
 * The section-kind vocabulary (src/vocabulary/sections.ts): the words of a
 * heading → the kind of section it opens.
 */
import { describe, expect, it } from 'vitest';
import { kindOfTitle } from '../../src/vocabulary/sections.js';

describe('kindOfTitle', () => {
  it.each([
    ['Recommendations', 'recommendations'],
    ['What does the local authority need to improve?', 'recommendations'],
    ['Areas for improvement', 'recommendations'],
    ['Next steps', 'next-steps'],
    ['Inspection findings', 'findings'],
  ])('reads "%s" as %s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });

  // A follow-up review's account of the earlier recommendations, one paragraph each ("Recommendation 1 asked that …
  // This recommendation has been met"), is what the review found, not what it recommends.
  it.each([
    '1 Progress against the recommendations of August 2010',
    'Progress on the areas for improvement',
    'Progress in implementing the recommendations of the last inspection',
    'Progress towards the priority actions',
  ])('reads "%s" as findings, though it names recommendations', (title) => {
    expect(kindOfTitle(title)).toBe('findings');
  });

  it('leaves a heading that names no kind alone', () => {
    expect(kindOfTitle('Progress since the last inspection')).toBeNull();
    expect(kindOfTitle('Children in care')).toBeNull();
  });
});
