/** The expected JSON of a report fixture, as scripts/regenerate.ts writes it and the tests compare it. */
import { parseReport } from '../../src/index.js';
import { fixturePath, readFixture } from './fixtures.js';

/** The real reports (not the generated variants, which are checked against the seed). */
export const REPORT_FIXTURES = [
  'essex-2010-cqc-safeguarding-lac',
  'ofsted-bury-focused-visit-2019',
  'ofsted-derbyshire-sif-2014',
  'ofsted-newham-ilacs-2019',
  'ofsted-norfolk-lac-2013',
];

export function expectedJson(name: string): string {
  const path = fixturePath(name);
  return `${JSON.stringify(parseReport(readFixture(name), { path }), null, 2)}\n`;
}
