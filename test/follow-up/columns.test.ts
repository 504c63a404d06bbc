/** A follow-up as rows for the table, CSV and markdown: what a row says when nothing was found. */
import { describe, expect, it } from 'vitest';
import { followUpColumns, followUpRows, nothingFound } from '../../src/follow-up/columns.js';
import { formatFollowUpMarkdown } from '../../src/follow-up/format-markdown.js';
import { followUp } from '../../src/follow-up/index.js';
import { CONFERENCES_2014, later2023 } from './testshire.js';

describe('a recommendation nothing was found to speak to', () => {
  const result = followUp(CONFERENCES_2014, later2023(['Conferences are timely.', 'Leaders are visible and staff morale is high.']));
  const [row] = followUpRows(result);

  it('shows the nearest sentence with its place and score, not a claim that the report is silent', () => {
    const shown = followUpColumns().find((c) => c.key === 'evidence')!.display!(row!);
    expect(shown).toMatch(/^Nothing found to speak to it; the nearest \(line \d+, paragraph 1, score 0\.\d+\): “Conferences are timely\.”$/);
  });

  it('gives the nearest sentence, its place and score as CSV columns', () => {
    const columns = followUpColumns();
    const value = (key: string) => columns.find((c) => c.key === key)!.value(row!);
    expect(value('nearest')).toBe('Conferences are timely.');
    expect(value('nearestWhere')).toMatch(/^line \d+, paragraph 1$/);
    expect(value('nearestScore')).toBeLessThan(0.3);
    expect(value('evidence')).toBeNull();
  });

  it('says the same in the markdown for a board paper', () => {
    expect(formatFollowUpMarkdown(result)).toContain('Nothing found to speak to it; the nearest (line');
  });

  it('says only that nothing was found when no sentence shares a word with it', () => {
    expect(nothingFound(null)).toBe('Nothing in the later report was found to speak to it.');
  });
});
