import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { inlineOf, isAllBold } from '../../src/extract/inline.js';

/** The inline text of a one-paragraph markdown source. */
function inline(markdown: string) {
  const paragraph = fromMarkdown(markdown).children[0] as Paragraph;
  return inlineOf(paragraph, markdown);
}

describe('isAllBold', () => {
  it('reads a paragraph whose every letter is bold as bold', () => {
    expect(isAllBold(inline('**Safeguarding Children Board**'))).toBe(true);
  });

  it('leaves out a footnote mark of one or two digits glued to the last word', () => {
    expect(isAllBold(inline('**Local Safeguarding Children Board**1'))).toBe(true);
    expect(isAllBold(inline('**Local Safeguarding Children Board**12  '))).toBe(true);
  });

  it('counts digits that are not a glued footnote mark: after a space or a digit, or three of them', () => {
    expect(isAllBold(inline('**Children in care** 12'))).toBe(false);
    expect(isAllBold(inline('**Outcome**123'))).toBe(false);
    expect(isAllBold(inline('**Outcome 1**23'))).toBe(false);
  });

  it('is not bold when a word is plain', () => {
    expect(isAllBold(inline('**Leadership** and management'))).toBe(false);
  });
});
