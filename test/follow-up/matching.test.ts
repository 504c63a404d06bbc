/**
 * What an ask is matched on, and when a sentence speaks to it: the rules of
 * words.ts, split.ts (askTopic) and follow-up.ts (focus), one case each.
 */
import { describe, expect, it } from 'vitest';
import { followUp } from '../../src/follow-up/index.js';
import { askTopic } from '../../src/follow-up/split.js';
import { contentStems } from '../../src/follow-up/words.js';
import { parseReport } from '../../src/index.js';
import { conferencesAskAgainst, testshire } from './testshire.js';

describe('the words compared', () => {
  it('read "children" as "child", which the stemmer leaves apart', () => {
    expect(contentStems('children')).toEqual(contentStems('child'));
    expect(contentStems('CP plans')).toEqual(contentStems('child protection plans'));
  });
});

describe('askTopic', () => {
  it.each([
    ['Review Haringey’s CSE multi-agency guidance', null, 'Haringey’s CSE multi-agency guidance'],
    ['Ensure that all children in need receive a timely assessment', null, 'all children in need receive a timely assessment'],
    ['Essex PCTs to ensure that there is an integrated, agreed IT strategy', 'Essex PCTs', 'there is an integrated, agreed IT strategy'],
  ])('leaves out the instruction an ask opens with: "%s"', (ask, actor, topic) => expect(askTopic(ask, actor)).toBe(topic));

  it('keeps an ask that opens with no action verb, or would keep too little', () => {
    expect(askTopic('The quality of return home interviews')).toBe('The quality of return home interviews');
    expect(askTopic('Improve it')).toBe('Improve it');
  });
});

describe('a sentence that speaks to an ask', () => {
  it('may be a short one whose words are all the ask’s, however long the ask', () => {
    const ask = conferencesAskAgainst(['Most CP conferences are timely.', 'Leaders are visible and staff morale is high.']);
    expect(ask.status).toBe('met');
    expect(ask.evidence[0]!.sentence).toBe('Most CP conferences are timely.');
  });

  it('holds more than a word or two of the ask: "Conferences are timely" alone does not speak to it', () => {
    expect(conferencesAskAgainst(['Conferences are timely.', 'Leaders are visible and staff morale is high.']).status).toBe('not-assessed');
  });
});

describe('an ask nothing speaks to', () => {
  it('carries the sentence that came closest, below the evidence threshold, for the reader to check', () => {
    const ask = conferencesAskAgainst(['Conferences are timely.', 'Leaders are visible and staff morale is high.']);
    expect([ask.status, ask.evidence]).toEqual(['not-assessed', []]);
    expect(ask.nearest?.sentence).toBe('Conferences are timely.');
    expect(ask.nearest!.score).toBeLessThan(0.3);
    expect(ask.reason).toMatch(/^no sentence of the later report holds 0\.3 of its words \(the nearest, paragraph 1 \(line \d+\), holds 0\.\d+\)$/);
  });

  it('carries none when no sentence shares a word with it', () => {
    const ask = conferencesAskAgainst(['Leaders are visible and staff morale is high.']);
    expect([ask.status, ask.nearest]).toEqual(['not-assessed', null]);
    expect(ask.reason).toBe('no sentence of the later report holds 0.3 of its words');
  });

  it('is not given to an ask the later report speaks to', () => {
    expect(conferencesAskAgainst(['Most CP conferences are timely.']).nearest).toBeNull();
  });
});

describe('a recommendation to the Local Safeguarding Children Board', () => {
  const withBoard = (year: number, boardRecommendation: string, boardFindings: string[] = []) =>
    parseReport(
      [
        '# Inspection of Testshire local authority children’s services',
        '',
        `Inspection dates: 1 to 12 May ${year}`,
        '',
        '## Findings',
        '',
        '1. Practice with children who go missing is strong and return home interviews are timely.',
        '',
        '## Review of the effectiveness of the Local Safeguarding Children Board',
        '',
        ...boardFindings.map((f, i) => `${i + 2}. ${f}\n`),
        '### Areas for improvement',
        '',
        `- ${boardRecommendation}`,
      ].join('\n'),
      { path: `testshire-${year}.md` },
    );
  const ask = 'Ensure that the Board receives an annual report on children who go missing from home and care.';

  it('is not read from a later report that reviews no Board, whose sentences on the same subject are about practice', () => {
    const earlier = withBoard(2015, ask);
    expect(earlier.recommendations.map((r) => r.part)).toEqual(['lscb']);
    const later = testshire(2023, ['The quality of supervision.'], ['The Board receives an annual report on children who go missing from home and care, and it is strong.']);
    const [result] = followUp(earlier, later).results;
    expect(result!.status).toBe('not-assessed');
    expect(result!.asks[0]!.reason).toMatch(/Local Safeguarding Children Board, and the later report reviews no such board/);
    expect(result!.asks[0]!.evidence).toEqual([]);
  });

  it('is read from a later report that reviews a Board', () => {
    const earlier = withBoard(2015, ask);
    const later = withBoard(2017, 'Ensure that the Board audits multi-agency training.', ['The Board now receives an annual report on children who go missing from home and care, which is effective.']);
    const [result] = followUp(earlier, later).results;
    expect(result!.status).toBe('met');
    expect(result!.asks[0]!.evidence[0]!.sentence).toMatch(/^The Board now receives an annual report/);
  });

  it('is still repeated when the later report recommends it again', () => {
    const earlier = withBoard(2015, ask);
    const later = testshire(2023, ['Ensure that the partnership receives an annual report on children who go missing from home and care.'], ['Leaders know their services well.']);
    const [result] = followUp(earlier, later).results;
    expect(result!.status).toBe('repeated');
  });
});
