/**
 * The cue table, phrase by phrase: every entry's own example reads as the
 * entry says, and the rules around the table (negation, persistence that
 * reads positive, words of a cue that are none) hold.
 */
import { describe, expect, it } from 'vitest';
import { CONCESSION_WEIGHT, CUES, findCues, NEGATION_WINDOW } from '../../src/follow-up/cues.js';
import { readCues } from '../../src/follow-up/decide.js';

const readings = (sentence: string) => findCues(sentence).map((c) => [c.phrase, c.reads]);

describe('each phrase of the cue table', () => {
  it.each(CUES.filter((c) => c.kind !== 'ignore').map((c) => [c.phrase, c] as const))('"%s" is found in its example and reads as the table says', (_phrase, entry) => {
    const hits = findCues(entry.example);
    expect(hits.map((h) => h.phrase)).toContain(entry.phrase);
    expect(hits.find((h) => h.phrase === entry.phrase)!.reads).toBe(entry.reads);
  });

  it.each(CUES.filter((c) => c.kind === 'ignore').map((c) => [c.phrase, c] as const))('"%s" reads as nothing in its example', (_phrase, entry) => {
    expect(findCues(entry.example)).toEqual([]);
  });

  it('has every phrase once', () => {
    const phrases = CUES.map((c) => c.phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

describe('the rules around the table', () => {
  it('reads "has not improved" as not met, not as "improved"', () => {
    expect(readings('Involvement of service users has not improved.')).toEqual([['has not improved', 'not-met']]);
  });

  it('reads "has not been met" as a not-met verdict and "has almost been met" as partly met', () => {
    expect(readings('This recommendation has not been met.')).toEqual([['has not been met', 'not-met']]);
    expect(readings('This recommendation has almost been met.')).toEqual([['almost been met', 'partly-met']]);
  });

  it('does not read a positive word a negator governs', () => {
    // "Not always effective" is effective some of the time: partly met, read once.
    expect(readings('Child protection planning is not always effective in reducing risks.')).toEqual([['not always', 'partly-met']]);
    expect(readings('The response does not receive effective oversight.')).toEqual([['not', 'not-met']]);
  });

  it(`reads a positive word more than ${NEGATION_WINDOW} words after a negator, or past a comma`, () => {
    expect(readings('It is not the case that, in most teams, practice is effective.')).toContainEqual(['effective', 'met']);
  });

  it('reads persistence as met when a positive word follows in its clause', () => {
    expect(readings('Care leavers continue to receive effective help.')).toEqual([
      ['continues to', 'met'],
      ['effective', 'met'],
    ]);
    expect(readings('Practice continues to vary between areas.')).toEqual([['continues to', 'not-met']]);
  });

  it('does not read a capitalised "No" inside a sentence, which is part of a name', () => {
    expect(readings('Families receive a responsive service from the No Recourse to Public Funds team.')).toEqual([]);
    expect(readings('No child waits.')).toEqual([['not', 'not-met']]);
  });

  it('reads "no longer" as progress, not as a negator', () => {
    expect(readings('The posts are no longer vacant.')).toEqual([['no longer', 'met']]);
  });

  it(`counts a cue inside a concession for ${CONCESSION_WEIGHT} of its weight, before the main clause or after it`, () => {
    const conceded = (sentence: string) => findCues(sentence).map((c) => [c.phrase, Boolean(c.concession)]);
    expect(conceded('Although variable in quality, most assessments identify the impact. This is an improvement from the previous inspection.')).toEqual([
      ['inconsistent', true],
      ['an improvement', false],
    ]);
    expect(conceded('Workers complete viability assessments, although the quality of these assessments is inconsistent.')).toEqual([['inconsistent', true]]);
    expect(conceded('While most children are now supported well, there is more to do.')).toEqual([
      ['is now', true],
      ['well', true],
      ['more to do', false],
    ]);
    // "while" inside a sentence is a time, not a concession.
    expect(conceded('Children are not safe while in care.')).toEqual([['not', false]]);
  });

  it('reads the main clause over a concession: "Although variable …, … an improvement" is met', () => {
    expect(readCues(findCues('Although variable in quality, most assessments identify the impact. This is an improvement from the previous inspection.'))).toBe('met');
  });

  it('does not read "areas for improvement" or "requires improvement to be good" as improvement', () => {
    expect(readings('The areas for improvement were set out.')).toEqual([]);
    expect(readings('Overall effectiveness: requires improvement to be good.')).toEqual([]);
  });
});

describe('from cues to a status', () => {
  it('is met or not met with a clear majority, partly met between, and nothing without cues', () => {
    expect(readCues(findCues('Leadership has improved and is effective.'))).toBe('met');
    expect(readCues(findCues('Capacity remains insufficient.'))).toBe('not-met');
    expect(readCues(findCues('The response is timely. However, there are delays when the officer is absent.'))).toBe('partly-met');
    expect(readCues(findCues('Recruitment of foster carers is an improving picture.'))).toBe('partly-met');
    expect(readCues(findCues('Commissioners meet monthly with the provider arms.'))).toBeNull();
  });
});

describe('the README', () => {
  it('shows the cue table as the code has it', async () => {
    const { readFileSync } = await import('node:fs');
    const { cueTableMarkdown } = await import('../../src/follow-up/cue-table.js');
    expect(readFileSync('README.md', 'utf8')).toContain(cueTableMarkdown());
  });
});
