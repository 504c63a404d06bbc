/**
 * An index for `follow-up --db`: the seed and the two follow-ups written from
 * it, three inspections of Essex (the area each CQC title names, as the
 * parser reads it), and one inspection of Bury, which a follow-up cannot use
 * alone.
 */
import { join } from 'node:path';
import { openIndex } from '../../src/index-db/open.js';
import { createStore, putReports } from '../../src/index-db/store.js';
import { fixtureReport, tempDir, withFacts } from '../index-db/helpers.js';

export const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
export const REVIEW = 'fixtures/follow-up/essex-2011-review/later.md';
export const LATER = 'fixtures/follow-up/essex-2012-inspection/later.md';
export const BURY = 'fixtures/ofsted-bury-focused-visit-2019/input.md';

/** Written out of date order: the index sorts them. Each report keeps the dates it gives itself. */
export async function followUpIndex(): Promise<string> {
  const path = join(tempDir('inspect-follow-up-db-'), 'reports.sqlite');
  const db = await openIndex(path, { write: true });
  const store = createStore(db);
  for (const file of [LATER, SEED, REVIEW]) putReports(store, [await fixtureReport(file)]);
  putReports(store, [await fixtureReport(BURY)]);
  db.close();
  return path;
}

/** The same three CQC reports with an Ofsted visit of the same area (Bury's 2019 visit, filed as Essex's): an area's index of both inspectorates. */
export async function areaIndex(): Promise<string> {
  const path = join(tempDir('inspect-follow-up-area-'), 'reports.sqlite');
  const db = await openIndex(path, { write: true });
  const store = createStore(db);
  for (const file of [SEED, REVIEW, LATER]) putReports(store, [await fixtureReport(file)]);
  putReports(store, [withFacts(await fixtureReport(BURY), { authority: 'essex' })]);
  db.close();
  return path;
}
