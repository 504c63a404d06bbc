/**
 * `diffReports` on the fixture pairs of fixtures/diff/ (copies of the seed,
 * each with the small edits listed in fixtures/diff/README.md). Each test
 * lists every item that differs, worked out from the edits by hand, so a
 * difference found that was not made fails as surely as one missed.
 */
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/diff/diff-reports.js';
import { Diff } from '../../src/diff/schema.js';
import { markdownFixtures } from '../helpers/fixtures.js';
import { DIFF_CASES, SEED, diffCase, differing, edits, pair, reportAt } from './helpers.js';

const finding = (diff: Diff, id: string, side: 'old' | 'new' = 'new') => diff.findings.find((f) => f[side]?.id === id)!;
const recommendation = (diff: Diff, id: string, side: 'old' | 'new' = 'old') => diff.recommendations.find((r) => r[side]?.id === id)!;

describe('diffing a report with itself', () => {
  it.each(markdownFixtures())('reports nothing for %s', (name) => {
    const report = reportAt(`fixtures/${name}/input.md`);
    const diff = diffReports(report, report);
    expect(diff.identical).toBe(true);
    expect(diff.differences).toBe(0);
    expect(differing(diff)).toEqual([]);
    expect(diff.findings.every((f) => f.status === 'unchanged' && f.similarity === 1 && f.words === null)).toBe(true);
  });

  it('lists every finding, recommendation, section and paragraph of the seed as unchanged', () => {
    const seed = reportAt(SEED);
    const { summary } = diffReports(seed, seed);
    expect(summary.findings).toEqual({ unchanged: 82, changed: 0, moved: 0, added: 0, removed: 0 });
    expect(summary.recommendations).toEqual({ unchanged: 11, reworded: 0, new: 0, dropped: 0, timescaleChanged: 0, dueChanged: 0 });
    // 16 headings; 6 preamble paragraphs + 4 + 2 + 2 group labels + next steps + organisations = 16 paragraphs.
    expect(summary.sections.unchanged).toBe(16);
    expect(summary.paragraphs.unchanged).toBe(16);
  });
});

describe('the same report in another markdown shape', () => {
  // Variants of the seed that change only the transcription (line ends, heading levels, header layout,
  // italics written with _ or split across paragraphs, "4.19." numbers, a BOM): nothing in the report changed.
  it.each(['bom', 'colon-header', 'crlf', 'heading-levels', 'pipe-table-header', 'split-italics', 'trailing-dot-numbers', 'underscore'])(
    'finds no difference between the seed and variants/%s',
    (variant) => {
      const diff = diffReports(reportAt(SEED), reportAt(`fixtures/variants/${variant}/input.md`));
      expect(differing(diff)).toEqual([]);
    },
  );

  it('finds the six header values gone, and every due date with them, in variants/no-header', () => {
    const diff = diffReports(reportAt(SEED), reportAt('fixtures/variants/no-header/input.md'));
    expect(diff.metadata.map((m) => [m.key, m.change])).toEqual([
      ['inspectionDates', 'removed'],
      ['finalReportDate', 'removed'],
      ['chiefExecutive', 'removed'],
      ['organisation', 'removed'],
      ['address', 'removed'],
      ['inspector', 'removed'],
    ]);
    // Without a final report date no due date can be worked out.
    expect(diff.recommendations.map((r) => [r.status, r.changes, r.new!.due])).toEqual(Array.from({ length: 11 }, () => ['unchanged', ['due'], null]));
    expect(diff.actionPlan).toMatchObject({ changes: ['due'], old: { due: '2010-09-21' }, new: { due: null } });
  });

  it('finds the recommendations section and its eleven items dropped in variants/no-recommendations', () => {
    const diff = diffReports(reportAt(SEED), reportAt('fixtures/variants/no-recommendations/input.md'));
    expect(diff.sections.filter((s) => s.status !== 'unchanged').map((s) => [s.status, s.old?.title])).toEqual([['removed', 'Recommendations']]);
    expect(diff.recommendations.map((r) => r.status)).toEqual(Array.from({ length: 11 }, () => 'dropped'));
    expect(diff.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => [p.status, p.old?.text])).toEqual([
      ['removed', 'Within 3 months (italics are from joint report)'],
      ['removed', 'Within 6 months'],
    ]);
  });
});

describe('reworded-findings', () => {
  const diff = diffCase('reworded-findings');

  it('finds the three reworded findings and the one set in italics, and nothing else', () => {
    expect(differing(diff)).toEqual([
      ['finding', 'changed', '1.3', '1.3', ['text']],
      ['finding', 'changed', '2.6', '2.6', ['jointReport']],
      ['finding', 'changed', '5.4', '5.4', ['text']],
      ['finding', 'changed', '7.1', '7.1', ['text']],
    ]);
    expect(diff.summary.findings).toEqual({ unchanged: 78, changed: 4, moved: 0, added: 0, removed: 0 });
    expect(diff.differences).toBe(4);
  });

  it('gives the word diff of each reworded finding', () => {
    expect(edits(finding(diff, '1.3').words)).toEqual({ deleted: ['Chief Executive', 'appears to be'], inserted: ['Director of Commissioning', 'is'] });
    // The longest common run is "the current proposals for resolution", so the rest of the sentence is what changed.
    expect(edits(finding(diff, '5.4').words)).toEqual({
      deleted: ['must be robustly implemented by trust managers'],
      inserted: ['trust managers must implement', 'without further delay'],
    });
    expect(edits(finding(diff, '7.1').words)).toEqual({ deleted: [], inserted: [',', ','] });
  });

  it('reports the joint-report flag of a finding set in italics, with no word diff', () => {
    const entry = finding(diff, '2.6');
    expect([entry.old!.jointReport, entry.new!.jointReport, entry.words, entry.similarity]).toEqual([false, true, null, 1]);
  });

  it('keeps the lines of both files and the section the finding sits under', () => {
    const entry = finding(diff, '1.3');
    expect([entry.old!.line, entry.new!.line]).toEqual([54, 54]);
    expect(entry.under).toEqual({ number: 1, title: 'General – leadership and management' });
  });
});

describe('renumbered-findings: 4.3 deleted and a new finding inserted at 4.10', () => {
  const diff = diffCase('renumbered-findings');

  it('reports one removed, seven renumbered as moved and one added, not a change to every finding in between', () => {
    expect(differing(diff)).toEqual([
      ['finding', 'removed', '4.3', null, []],
      ['finding', 'moved', '4.4', '4.3', ['id']],
      ['finding', 'moved', '4.5', '4.4', ['id']],
      ['finding', 'moved', '4.6', '4.5', ['id']],
      ['finding', 'moved', '4.7', '4.6', ['id']],
      ['finding', 'moved', '4.8', '4.7', ['id']],
      ['finding', 'moved', '4.9', '4.8', ['id']],
      ['finding', 'moved', '4.10', '4.9', ['id']],
      ['finding', 'added', null, '4.10', []],
    ]);
    expect(diff.summary.findings).toEqual({ unchanged: 74, changed: 0, moved: 7, added: 1, removed: 1 });
  });

  it('pairs a renumbered finding by its identical text, and keeps 4.11 (same number, same text) unchanged', () => {
    expect(finding(diff, '4.3')).toMatchObject({ similarity: 1, words: null, old: { id: '4.4', line: 142 }, new: { id: '4.3', line: 140 } });
    expect(finding(diff, '4.11')).toMatchObject({ status: 'unchanged', old: { line: 156 }, new: { line: 156 } });
  });

  it('gives the text and line of the removed and the added finding', () => {
    const removed = finding(diff, '4.3', 'old');
    expect(removed.status).toBe('removed');
    expect(removed.old).toMatchObject({ line: 140, jointReport: false });
    expect(removed.old!.text).toMatch(/^Mid Essex PCT Board feels it can navigate/);
    expect(finding(diff, '4.10', 'old')).toMatchObject({ status: 'moved', new: { id: '4.9' } });
    const added = diff.findings.find((f) => f.status === 'added')!;
    expect(added.new).toMatchObject({ id: '4.10', line: 154, section: 4 });
    expect(added.new!.text).toBe(
      'Health visitors in North East Essex now attend child protection conferences consistently, since a dedicated liaison post was created in May 2010.',
    );
  });
});

describe('moved-finding: 3.2 moved to the end of section 8', () => {
  const diff = diffCase('moved-finding');

  it('reports the moved finding under its new id and section, and the ten renumbered after it ("3.13" became "3.12")', () => {
    expect(differing(diff)).toEqual([
      ['finding', 'moved', '3.3', '3.2', ['id']],
      ['finding', 'moved', '3.4', '3.3', ['id']],
      ['finding', 'moved', '3.5', '3.4', ['id']],
      ['finding', 'moved', '3.6', '3.5', ['id']],
      ['finding', 'moved', '3.7', '3.6', ['id']],
      ['finding', 'moved', '3.8', '3.7', ['id']],
      ['finding', 'moved', '3.9', '3.8', ['id']],
      ['finding', 'moved', '3.10', '3.9', ['id']],
      ['finding', 'moved', '3.11', '3.10', ['id']],
      ['finding', 'moved', '3.13', '3.12', ['id']],
      ['finding', 'moved', '3.2', '8.6', ['id', 'section']],
    ]);
    expect(diff.summary.findings).toEqual({ unchanged: 71, changed: 0, moved: 11, added: 0, removed: 0 });
  });

  it('files the moved finding under its new section', () => {
    expect(finding(diff, '8.6')).toMatchObject({ under: { number: 8, title: 'Outcome 13 Staffing numbers' }, old: { section: 3, line: 110 }, new: { section: 8, line: 218 } });
  });

  it('does not count a finding that only moved lines because the text above it shrank', () => {
    // Two lines left section 3, so 4.1 starts two lines earlier.
    expect(finding(diff, '4.1')).toMatchObject({ status: 'unchanged', changes: [], old: { line: 136 }, new: { line: 134 } });
  });
});

describe('moved-paragraph: a paragraph of "The Inspection Process" moved to the end of "The Context"', () => {
  const diff = diffCase('moved-paragraph');

  it('reports one paragraph moved and nothing else', () => {
    expect(differing(diff)).toEqual([['paragraph', 'moved', 36, 46, ['place']]]);
    expect(diff.summary.paragraphs).toEqual({ unchanged: 15, changed: 0, moved: 1, added: 0, removed: 0 });
  });

  it('files it under its new section, with no word diff since its text is the same', () => {
    const moved = diff.paragraphs.find((p) => p.status === 'moved')!;
    expect(moved.under).toEqual({ number: null, title: 'The Context' });
    expect(moved.words).toBeNull();
    expect(moved.new!.text).toMatch(/^CQC used a range of documentary evidence/);
  });
});

describe('recommendation-timescales: "Within 3 months" became 2 months, and the third recommendation moved to the 6 months list', () => {
  const diff = diffCase('recommendation-timescales');

  it('reports the label and the three recommendations whose timescale changed, all with the same words', () => {
    expect(differing(diff)).toEqual([
      ['paragraph', 'changed', 246, 246, ['text']],
      ['recommendation', 'unchanged', 'R1', 'R1', ['timescale', 'due']],
      ['recommendation', 'unchanged', 'R2', 'R2', ['timescale', 'due']],
      ['recommendation', 'unchanged', 'R3', 'R11', ['timescale', 'due']],
    ]);
    expect(diff.summary.recommendations).toEqual({ unchanged: 11, reworded: 0, new: 0, dropped: 0, timescaleChanged: 3, dueChanged: 3 });
  });

  it('shows the old and new timescale and due date (from 23 August 2010)', () => {
    const r1 = recommendation(diff, 'R1');
    expect([r1.old!.timescale, r1.new!.timescale]).toEqual([
      { text: 'Within 3 months', kind: 'within', amount: 3, unit: 'months', date: null },
      { text: 'Within 2 months', kind: 'within', amount: 2, unit: 'months', date: null },
    ]);
    expect([r1.old!.due, r1.new!.due]).toEqual(['2010-11-23', '2010-10-23']);
    const r3 = recommendation(diff, 'R3');
    expect([r3.new!.id, r3.new!.group, r3.new!.timescale?.amount, r3.old!.due, r3.new!.due]).toEqual(['R11', 'Within 6 months', 6, '2010-11-23', '2011-02-23']);
  });

  it('pairs recommendations by their words, not by their place: old R4 is new R3, unchanged', () => {
    expect(recommendation(diff, 'R4')).toMatchObject({ status: 'unchanged', changes: [], new: { id: 'R3' } });
  });
});

describe('header-date: the final report date moved from 23 August to 6 September 2010', () => {
  const diff = diffCase('header-date');

  it('reports the header date, the eleven due dates and the action plan deadline that follow from it', () => {
    expect(differing(diff)).toEqual([
      ['metadata', 'changed', 'finalReportDate', 'finalReportDate', []],
      ...Array.from({ length: 11 }, (_, i) => ['recommendation', 'unchanged', `R${i + 1}`, `R${i + 1}`, ['due']]),
      ['actionPlan', 'changed', 264, 264, ['due']],
    ]);
    expect(diff.differences).toBe(13);
  });

  it('gives the header value as written and as a date, with its label and line', () => {
    expect(diff.metadata[0]).toEqual({
      key: 'finalReportDate',
      change: 'changed',
      old: { label: 'Date of final Report', text: '23rd August 2010', dates: { start: '2010-08-23', end: '2010-08-23' }, line: 10 },
      new: { label: 'Date of final Report', text: '6th September 2010', dates: { start: '2010-09-06', end: '2010-09-06' }, line: 10 },
    });
  });

  it('moves the due dates by the same timescales from the new date', () => {
    expect(diff.recommendations.map((r) => r.new!.due)).toEqual([
      ...Array.from({ length: 3 }, () => '2010-12-06'), // within 3 months
      ...Array.from({ length: 8 }, () => '2011-03-06'), // within 6 months
    ]);
    // 20 working days after Monday 6 September 2010 (no bank holiday in between): Monday 4 October.
    expect(diff.actionPlan).toMatchObject({ old: { workingDays: 20, due: '2010-09-21' }, new: { workingDays: 20, due: '2010-10-04' } });
  });
});

describe('follow-up: the Haringey shape (some recommendations repeated word for word, some reworded, the met ones gone)', () => {
  const diff = diffCase('follow-up');

  it('classifies every recommendation', () => {
    expect(differing(diff).filter(([part]) => part === 'recommendation')).toEqual([
      ['recommendation', 'unchanged', 'R1', 'R1', ['due']],
      ['recommendation', 'reworded', 'R2', 'R2', ['text', 'due']],
      ['recommendation', 'new', null, 'R3', []],
      ['recommendation', 'dropped', 'R3', null, []],
      ['recommendation', 'unchanged', 'R4', 'R4', ['due']],
      ['recommendation', 'dropped', 'R5', null, []],
      ['recommendation', 'reworded', 'R6', 'R5', ['text', 'due']],
      ['recommendation', 'reworded', 'R7', 'R6', ['text', 'due']],
      ['recommendation', 'unchanged', 'R8', 'R7', ['due']],
      ['recommendation', 'dropped', 'R9', null, []],
      ['recommendation', 'dropped', 'R10', null, []],
      ['recommendation', 'dropped', 'R11', null, []],
    ]);
    // Every paired one (3 unchanged + 3 reworded) has a due date from the new report date.
    expect(diff.summary.recommendations).toEqual({ unchanged: 3, reworded: 3, new: 1, dropped: 5, timescaleChanged: 0, dueChanged: 6 });
  });

  it('finds the new title and dates in the header, and nothing else outside the recommendations', () => {
    expect(diff.metadata.map((m) => [m.key, m.old?.text, m.new?.text])).toEqual([
      [
        'title',
        "Inspection Report Integrated Inspection of Safeguarding and Looked After Children's Services in Essex – Mid Essex PCT and Mid Essex NHS Trust And North Essex Partnership NHS Foundation trust",
        "Follow-up Inspection Report Integrated Inspection of Safeguarding and Looked After Children's Services in Essex – Mid Essex PCT and Mid Essex NHS Trust And North Essex Partnership NHS Foundation trust",
      ],
      ['inspectionDates', '28 June – 9th July 2010', '4 – 8 July 2011'],
      ['finalReportDate', '23rd August 2010', '15th August 2011'],
    ]);
    expect(diff.metadata[1]!.new!.dates).toEqual({ start: '2011-07-04', end: '2011-07-08' });
    expect(differing(diff).filter(([part]) => !['metadata', 'recommendation', 'actionPlan'].includes(part))).toEqual([]);
    expect(diff.differences).toBe(16);
  });

  it('gives the word diff of the reworded recommendations', () => {
    expect(edits(recommendation(diff, 'R6').words)).toEqual({ deleted: [', both currently and during/after', 'planned'], inserted: ['following', 'in April 2011'] });
    expect(edits(recommendation(diff, 'R7').words)).toEqual({
      deleted: ['provision for', 'who may have been sexually assaulted'],
      inserted: ['the new sexual assault referral centre provides', 'that'],
    });
  });

  it('pairs the heavily reworded R2: 18 of its 36 + 32 tokens kept in order, 36/68 = 0.529', () => {
    // Kept: "Essex PCTs to" + "clear and effective leadership for safeguarding of children and young people" + "across the health communities".
    expect(recommendation(diff, 'R2')).toMatchObject({ status: 'reworded', similarity: 0.529, new: { id: 'R2' } });
  });

  it('gives the new recommendation with its timescale, due date and who must act', () => {
    expect(diff.recommendations.find((r) => r.status === 'new')!.new).toMatchObject({
      id: 'R3',
      text: 'Mid Essex PCT to appoint a named GP for safeguarding children.',
      actor: 'Mid Essex PCT',
      jointReport: false,
      group: 'Within 3 months',
      due: '2011-11-15',
    });
  });

  it('counts the due dates from the follow-up date, 15 August 2011', () => {
    expect(recommendation(diff, 'R1')).toMatchObject({ old: { due: '2010-11-23' }, new: { due: '2011-11-15' } });
    expect(recommendation(diff, 'R8')).toMatchObject({ old: { due: '2011-02-23' }, new: { due: '2012-02-15' } });
    // 20 working days after Monday 15 August 2011, skipping the 29 August bank holiday: Tuesday 13 September.
    expect(diff.actionPlan).toMatchObject({ changes: ['due'], old: { due: '2010-09-21', line: 264 }, new: { due: '2011-09-13', line: 259 } });
  });

  it('calls R2 dropped and new instead at --threshold 0.6, above its similarity', () => {
    const strict = diffCase('follow-up', { threshold: 0.6 });
    expect(strict.summary.recommendations).toMatchObject({ unchanged: 3, reworded: 2, new: 2, dropped: 6 });
    expect(recommendation(strict, 'R2').status).toBe('dropped');
  });
});

describe('light-edits: the seed with five small edits', () => {
  const diff = diffCase('light-edits');

  it('finds exactly the edits made and nothing else', () => {
    expect(differing(diff)).toEqual([
      ['metadata', 'changed', 'inspector', 'inspector', []],
      ['section', 'renamed', 202, 202, ['title', 'outcome']],
      ['paragraph', 'changed', 18, 18, ['text']],
      ['finding', 'changed', '9.3', '9.3', ['text']],
      ['recommendation', 'reworded', 'R9', 'R9', ['text']],
    ]);
    expect(diff.differences).toBe(5);
    expect(diff.identical).toBe(false);
  });

  it('gives the old and new value of each edit', () => {
    expect(diff.metadata[0]).toMatchObject({ old: { label: 'CQC Inspector name', text: 'Sue Eardley', line: 14 }, new: { text: 'Susan Eardley' } });
    const section = diff.sections.find((s) => s.status === 'renamed')!;
    expect([section.old!.number, section.old!.title, section.new!.number, section.new!.title]).toEqual([7, 'Outcome 12 Staffing recruitment', 7, 'Outcome 12 Recruitment of staff']);
    expect([section.old!.outcome?.number, section.old!.outcome?.title, section.new!.outcome?.title]).toEqual([12, 'Staffing recruitment', 'Recruitment of staff']);
    expect(edits(diff.paragraphs.find((p) => p.status === 'changed')!.words)).toEqual({ deleted: ['relatively'], inserted: [] });
    expect(edits(finding(diff, '9.3').words)).toEqual({ deleted: ['implementation'], inserted: ['take-up'] });
    // 22 tokens kept of 22 + 24: 44/46.
    expect(recommendation(diff, 'R9')).toMatchObject({ similarity: 0.957 });
    expect(edits(recommendation(diff, 'R9').words)).toEqual({ deleted: [], inserted: ['the', 'shared'] });
  });

  it('files the unchanged finding of the renamed section under its new title', () => {
    expect(finding(diff, '7.1')).toMatchObject({ status: 'unchanged', under: { number: 7, title: 'Outcome 12 Recruitment of staff' } });
  });
});

describe('every pair', () => {
  it.each(DIFF_CASES)('gives output that matches the published schema, the same each time (%s)', (name) => {
    const diff = diffCase(name);
    expect(Diff.parse(diff)).toEqual(diff);
    expect(JSON.stringify(diffCase(name))).toBe(JSON.stringify(diff));
  });

  it.each(DIFF_CASES)('mirrors when the reports are swapped (%s)', (name) => {
    const [old, next] = pair(name);
    const forward = diffReports(old, next);
    const backward = diffReports(next, old);
    expect(backward.differences).toBe(forward.differences);
    expect(backward.summary.findings).toEqual({ ...forward.summary.findings, added: forward.summary.findings.removed, removed: forward.summary.findings.added });
    expect(backward.summary.recommendations).toEqual({ ...forward.summary.recommendations, new: forward.summary.recommendations.dropped, dropped: forward.summary.recommendations.new });
  });

  it('compares only the part asked for with only', () => {
    const diff = diffCase('light-edits', { only: ['findings'] });
    expect(differing(diff)).toEqual([['finding', 'changed', '9.3', '9.3', ['text']]]);
    expect([diff.only, diff.metadata, diff.sections, diff.recommendations, diff.differences]).toEqual([['findings'], [], [], [], 1]);
    expect(diffCase('renumbered-findings', { only: ['metadata'] }).identical).toBe(true);
  });

  it('refuses a threshold outside (0, 1]', () => {
    const [old, next] = pair('light-edits');
    expect(() => diffReports(old, next, { threshold: 0 })).toThrow(RangeError);
    expect(() => diffReports(old, next, { threshold: 1.5 })).toThrow(RangeError);
  });
});
