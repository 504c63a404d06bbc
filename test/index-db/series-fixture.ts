/** An index holding three inspections of one authority, with grades that rise and fall, for the series tests. */
import { join } from 'node:path';
import { openIndex } from '../../src/index-db/open.js';
import { createStore, putReports } from '../../src/index-db/store.js';
import type { EngineName } from '../../src/index-db/sqlite.js';
import type { GradeValue, Report } from '../../src/schema/report.js';
import { fixtureReport, REPORT_FIXTURES, tempDir, withFacts } from './helpers.js';

const AREAS = [
  'Overall effectiveness',
  'The impact of leaders on social work practice with children and families',
  'The experiences and progress of children in care and care leavers',
];

export const INSPECTIONS: Array<{ path: string; kind: string; start: string; end: string; grades: GradeValue[] }> = [
  { path: 'reports/testshire-2014.md', kind: 'sif', start: '2014-03-04', end: '2014-03-26', grades: ['inadequate', 'inadequate', 'requires improvement'] },
  { path: 'reports/testshire-2018.md', kind: 'ilacs', start: '2018-06-11', end: '2018-06-22', grades: ['requires improvement', 'good', 'requires improvement'] },
  { path: 'reports/testshire-2023.md', kind: 'ilacs', start: '2023-01-09', end: '2023-01-20', grades: ['good', 'good', 'inadequate'] },
];

function judged(report: Report, grades: GradeValue[]): Report {
  const position = report.findings[0]!.position;
  return { ...report, judgements: grades.map((grade, i) => ({ part: 'main' as const, area: AREAS[i]!, grade: { value: grade, number: null, text: grade }, from: 'grid' as const, position })) };
}

export async function seriesIndex(engine?: EngineName): Promise<string> {
  const path = join(tempDir(), 'series.sqlite');
  const db = await openIndex(path, { write: true, ...(engine && { engine }) });
  const store = createStore(db);
  const base = await fixtureReport(REPORT_FIXTURES[3]!);
  // Written out of date order: the series sorts them.
  for (const inspection of [...INSPECTIONS].reverse()) {
    const report = withFacts(judged(base, inspection.grades), { authority: 'testshire', ...inspection });
    putReports(store, [report], { path: inspection.path, sha256: inspection.path.padEnd(64, '0'), bytes: 1 });
  }
  putReports(store, [withFacts(await fixtureReport(REPORT_FIXTURES[4]!), { authority: 'norfolk', start: '2013-04-08' })]);
  db.close();
  return path;
}
