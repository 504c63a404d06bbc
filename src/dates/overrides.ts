/**
 * Corrections to date-holidays 3.x for the UK: one-off bank holidays that the
 * library gets wrong. Every other one-off since 2010 (8 May 2020, 2 and 3 June
 * 2022, 19 September 2022, 8 May 2023) it already has right; the tests pin all
 * of them, so a library upgrade that breaks one fails loudly.
 *
 * Bank holidays are appointed by Royal Proclamation under section 1(3) of the
 * Banking and Financial Dealings Act 1971 and published in The London Gazette.
 */
import type { Region } from './holidays.js';

export interface Override {
  date: string;
  regions: readonly Region[];
  action: 'add' | 'remove';
  name: string;
  source: string;
}

const UK: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export const OVERRIDES: readonly Override[] = [
  {
    date: '2011-04-29',
    regions: UK,
    action: 'add',
    name: 'Royal wedding',
    source:
      'Royal Proclamation under s.1(3) Banking and Financial Dealings Act 1971 appointing Friday 29 April 2011 ' +
      '(wedding of Prince William and Catherine Middleton) a bank holiday throughout the United Kingdom, ' +
      'The London Gazette (announced by the Prime Minister on 23 November 2010)',
  },
  {
    date: '2012-05-28',
    regions: UK,
    action: 'remove',
    name: 'Spring bank holiday',
    source:
      'Royal Proclamation under s.1(3) Banking and Financial Dealings Act 1971 moving the 2012 spring bank holiday ' +
      'from Monday 28 May to Monday 4 June for the Diamond Jubilee, The London Gazette; gov.uk bank-holidays.json ' +
      'lists "Spring bank holiday" on 2012-06-04 and nothing on 2012-05-28',
  },
  {
    date: '2012-06-04',
    regions: UK,
    action: 'add',
    name: 'Spring bank holiday',
    source:
      'Royal Proclamation under s.1(3) Banking and Financial Dealings Act 1971 appointing Monday 4 June 2012 ' +
      '(in place of 28 May) and Tuesday 5 June 2012 (Diamond Jubilee) as bank holidays, The London Gazette; ' +
      'gov.uk bank-holidays.json: 2012-06-04 "Spring bank holiday", notes "Substitute day"',
  },
];
