/**
 * Indexes for `follow-up --db` and `series --follow-up`: the seed and the two
 * follow-ups written from it, three inspections of Essex (the area each CQC
 * title names, as the parser reads it), with one inspection of Bury, which a
 * follow-up cannot use alone, or with the other cases a test needs.
 */
import { join } from 'node:path';
import { openIndex } from '../../src/index-db/open.js';
import { createStore, putReports } from '../../src/index-db/store.js';
import type { Report } from '../../src/schema/report.js';
import { fixtureReport, tempDir, withFacts } from '../index-db/helpers.js';

export const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
export const REVIEW = 'fixtures/follow-up/essex-2011-review/later.md';
export const LATER = 'fixtures/follow-up/essex-2012-inspection/later.md';
export const BURY = 'fixtures/ofsted-bury-focused-visit-2019/input.md';

/** A new index holding these reports, each a file of its own, in this order. */
async function indexOf(name: string, reports: readonly Report[]): Promise<string> {
  const path = join(tempDir(`inspect-follow-up-${name}-`), 'reports.sqlite');
  const db = await openIndex(path, { write: true });
  const store = createStore(db);
  for (const report of reports) putReports(store, [report]);
  db.close();
  return path;
}

const reports = (files: readonly string[]) => Promise.all(files.map((file) => fixtureReport(file)));

/** Written out of date order: the index sorts them. Each report keeps the dates it gives itself. */
export async function followUpIndex(): Promise<string> {
  return indexOf('db', await reports([LATER, SEED, REVIEW, BURY]));
}

/** The same three CQC reports with an Ofsted visit of the same area (Bury's 2019 visit, filed as Essex's): an area's index of both inspectorates. */
export async function areaIndex(): Promise<string> {
  return indexOf('area', [...(await reports([SEED, REVIEW, LATER])), withFacts(await fixtureReport(BURY), { authority: 'essex' })]);
}

/** The seed, the review and the later inspection, with the review saved a second time under another name. */
export const REVIEW_AGAIN = 'copies/essex-2011-review.md';
export async function indexWithACopy(): Promise<string> {
  const review = await fixtureReport(REVIEW);
  return indexOf('copy', [...(await reports([SEED, REVIEW, LATER])), { ...review, source: { ...review.source, path: REVIEW_AGAIN } }]);
}
