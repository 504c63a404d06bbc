import { describe, expect, it } from 'vitest';
import { dueDate, parseTimescale, type Region } from '../../src/dates/index.js';
import type { Timescale } from '../../src/schema/report.js';

const EW: Region = 'england-and-wales';

function within(text: string, amount: number, unit: Timescale['unit']): Timescale {
  return { text, kind: 'within', amount, unit, date: null };
}

function plain(text: string, kind: 'immediately' | 'ongoing'): Timescale {
  return { text, kind, amount: null, unit: null, date: null };
}

function by(text: string, date: string): Timescale {
  return { text, kind: 'by', amount: null, unit: null, date };
}

describe('parseTimescale', () => {
  it.each<[string, Timescale]>([
    ['Within 3 months', within('Within 3 months', 3, 'months')],
    ['Within three months:', within('Within three months', 3, 'months')],
    ['within six weeks', within('within six weeks', 6, 'weeks')],
    ['within 20 working days', within('within 20 working days', 20, 'working-days')],
    ['within ten business days', within('within ten business days', 10, 'working-days')],
    ['within 10 days', within('within 10 days', 10, 'days')],
    ['within one year', within('within one year', 1, 'years')],
    ['within a year', within('within a year', 1, 'years')],
    ['within 12 months', within('within 12 months', 12, 'months')],
    ['Within fourteen days', within('Within fourteen days', 14, 'days')],
    ['Within twenty-four months', within('Within twenty-four months', 24, 'months')],
    ['Within twenty one days', within('Within twenty one days', 21, 'days')],
    ['Within six (6) months', within('Within six (6) months', 6, 'months')],
    ['Immediately', plain('Immediately', 'immediately')],
    ['Immediately:', plain('Immediately', 'immediately')],
    ['Immediate', plain('Immediate', 'immediately')],
    ['immediate:', plain('immediate', 'immediately')],
    ['by 31 March 2011', by('by 31 March 2011', '2011-03-31')],
    ['by 31st March 2011', by('by 31st March 2011', '2011-03-31')],
    ['by 31/03/2011', by('by 31/03/2011', '2011-03-31')],
    ['by April 2011', by('by April 2011', '2011-04-01')],
    ['by the end of April 2011', by('by the end of April 2011', '2011-04-30')],
    ['ongoing', plain('ongoing', 'ongoing')],
    ['On-going', plain('On-going', 'ongoing')],
    ['Ongoing:', plain('Ongoing', 'ongoing')],
  ])('%j', (text, expected) => {
    expect(parseTimescale(text)).toEqual(expected);
  });

  it.each<[string, Timescale]>([
    ['The PCT should, within 6 months, review its policy.', within('within 6 months', 6, 'months')],
    ['Timescale: within three months of this report', within('within three months', 3, 'months')],
    ['The trust should immediately review its staffing.', plain('immediately', 'immediately')],
    ['The policy should take effect with immediate effect.', plain('with immediate effect', 'immediately')],
    ['An action plan is to be sent by 31 March 2011.', by('by 31 March 2011', '2011-03-31')],
    ['Supervision is to continue on an ongoing basis.', plain('on an ongoing basis', 'ongoing')],
    ['Immediately, and in any case within 3 months', plain('Immediately', 'immediately')],
  ])('finds the timescale inside %j', (text, expected) => {
    expect(parseTimescale(text)).toEqual(expected);
  });

  it.each([
    ['by the local authority'],
    ['Assessments were completed by 2 social workers.'],
    ['Partnership working within the health community is weak.'],
    ['within 3 of the 5 PCTs'],
    ['within a few weeks'],
    ['It was not immediately clear who was responsible.'],
    ['Children in the immediate area were not visited.'],
    ['There are ongoing concerns about staffing.'],
    ['by 31 April 2011'],
    ['by 2011'],
    [''],
    ['Sue Eardley'],
  ])('finds no timescale in %j', (text) => {
    expect(parseTimescale(text)).toBeNull();
  });
});

describe('dueDate', () => {
  function due(base: string, text: string): string | null {
    const t = parseTimescale(text);
    if (!t) throw new Error(`no timescale in ${text}`);
    return dueDate(base, t, EW);
  }

  it.each([
    ['2010-08-23', 'Within 3 months', '2010-11-23'],
    ['2010-08-23', 'Within 6 months', '2011-02-23'],
    ['2013-08-16', 'Immediately', '2013-08-16'],
    ['2013-08-16', 'Within three months', '2013-11-16'],
    ['2013-08-16', 'Within six months', '2014-02-16'],
    ['2010-08-31', 'Within 6 months', '2011-02-28'],
    ['2011-08-31', 'Within 6 months', '2012-02-29'],
    ['2010-08-23', 'within six weeks', '2010-10-04'],
    ['2010-08-23', 'within 10 days', '2010-09-02'],
    ['2010-08-23', 'within 20 working days', '2010-09-21'],
    ['2012-02-29', 'within one year', '2013-02-28'],
    ['2010-08-23', 'by 31 March 2011', '2011-03-31'],
    ['2010-08-23', 'by April 2011', '2011-04-01'],
  ])('from %s, %j is due %s', (base, text, expected) => {
    expect(due(base, text)).toBe(expected);
  });

  it('gives no due date for an ongoing timescale', () => {
    expect(due('2010-08-23', 'Ongoing')).toBeNull();
  });

  it('counts working days in the given region', () => {
    const t = parseTimescale('within 20 working days')!;
    expect(dueDate('2010-08-23', t, 'scotland')).toBe('2010-09-20');
  });
});
