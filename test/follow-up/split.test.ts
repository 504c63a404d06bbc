/** Cutting a recommendation into its asks, one line per shape. */
import { describe, expect, it } from 'vitest';
import { askCore, splitAsks } from '../../src/follow-up/split.js';

describe('splitAsks', () => {
  it('cuts "… and <verb> …" when the words before already have an object', () => {
    expect(
      splitAsks('Essex PCTs to ensure appropriately trained individuals undertake health assessments and implement a robust monitoring system to ensure consistent good quality of assessments.', { actor: 'Essex PCTs' }),
    ).toEqual(['Essex PCTs to ensure appropriately trained individuals undertake health assessments', 'implement a robust monitoring system to ensure consistent good quality of assessments.']);
  });

  it('keeps "review and address X" whole: the first verb has no object of its own', () => {
    const text = 'Essex PCTs to review and address lack of capacity and consistency of practice across the county within the looked after children nurse service';
    expect(splitAsks(text, { actor: 'Essex PCTs' })).toEqual([text]);
  });

  it('keeps "measure and evaluate progress" whole: the verb after "and" has no object of its own', () => {
    const text = 'Make clear how the strategy will link to front-line practice, and what success criteria will be used to measure and evaluate progress.';
    expect(splitAsks(text)).toEqual([text]);
  });

  it('starts a new ask at a sentence that starts with a verb, and keeps any other sentence with the ask before it', () => {
    expect(
      splitAsks('Accelerate plans to formally agree the draft CSE strategy. Make clear how the strategy will link to front-line practice.'),
    ).toEqual(['Accelerate plans to formally agree the draft CSE strategy.', 'Make clear how the strategy will link to front-line practice.']);
    expect(splitAsks('Accelerate plans to provide an early help offer. This should include shared commissioning arrangements.')).toEqual([
      'Accelerate plans to provide an early help offer. This should include shared commissioning arrangements.',
    ]);
  });

  it('cuts ", and that …" after "Ensure that …"', () => {
    expect(splitAsks('Ensure that risks are comprehensively assessed and reviewed, and that managers consider the life histories of children.')).toEqual([
      'Ensure that risks are comprehensively assessed and reviewed',
      'that managers consider the life histories of children.',
    ]);
  });

  it('never cuts a recommendation phrased as a noun at its clauses: "review officers" is no verb there', () => {
    const text = 'Scrutiny and oversight of practice by managers and the independent conference and review officers (ICROs) in driving children’s plans to improve their outcomes.';
    expect(splitAsks(text)).toEqual([text]);
  });

  it('cuts "<head>, including A, B and C" into one ask per item, each with its head', () => {
    expect(splitAsks('The response to children with specific vulnerabilities, including disabled children, children in private fostering arrangements, and homeless 16-year-olds.')).toEqual([
      'The response to children with specific vulnerabilities: disabled children',
      'The response to children with specific vulnerabilities: children in private fostering arrangements',
      'The response to children with specific vulnerabilities: homeless 16-year-olds',
    ]);
  });

  it('cuts "<head>, such as A, B and C" as it cuts "including"', () => {
    expect(splitAsks('Consolidate performance in areas that were previously good, such as employment, suitable accommodation for care leavers and dental health checks.')).toEqual([
      'Consolidate performance in areas that were previously good: employment',
      'Consolidate performance in areas that were previously good: suitable accommodation for care leavers',
      'Consolidate performance in areas that were previously good: dental health checks',
    ]);
  });

  it('keeps an "including" of one item whole', () => {
    expect(splitAsks('Development of quality assurance, including auditing practice.')).toEqual(['Development of quality assurance, including auditing practice.']);
  });
});

describe('askCore', () => {
  it('leaves the purpose clause out of the matching', () => {
    expect(askCore('Ensure that life story work is completed at the first opportunity, so that looked after children understand their life journey.')).toBe(
      'Ensure that life story work is completed at the first opportunity',
    );
  });

  it('matches an item of a list on its own words when they are enough, else with its head', () => {
    expect(askCore('Consolidate performance in areas that were previously good: suitable accommodation for care leavers')).toBe('suitable accommodation for care leavers');
    expect(askCore('Consolidate performance in areas that were previously good: employment')).toBe('Consolidate performance in areas that were previously good: employment');
  });

  it('keeps the ask whole when too little would be left', () => {
    expect(askCore('Improve it so that children are safe.')).toBe('Improve it so that children are safe.');
  });
});
